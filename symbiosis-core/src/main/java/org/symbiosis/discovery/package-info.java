/**
 * Synergy discovery: candidate links from what plants release or sell to plants that buy the
 * same carrier (or one it may substitute for), within a distance, ranked by the life-cycle
 * emissions each would avoid, written as candidate links for {@code plan}. The rules are stated
 * in docs/resilience.md.
 */
package org.symbiosis.discovery;
