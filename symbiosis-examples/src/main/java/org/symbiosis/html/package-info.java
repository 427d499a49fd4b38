/**
 * The self-contained HTML report: one file that opens offline, drawing with Plotly (inlined from
 * its WebJar) from the same JSON document the {@code --json} option writes.
 */
package org.symbiosis.html;
