/** Reports of engine results: readable text tables, and JSON and CSV for other tools. */
package org.symbiosis.report;
