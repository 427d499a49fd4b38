/** The {@code symbiosis} command-line tool (picocli). The only place that prints. */
package org.symbiosis.cli;
