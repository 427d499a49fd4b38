/**
 * The engine-neutral solution of a park: {@link org.symbiosis.flow.FlowState} (activities, link
 * flows, purchases, sales, releases) over a dense {@link org.symbiosis.flow.ParkIndex}, and the
 * balance every engine's result satisfies.
 */
package org.symbiosis.flow;
