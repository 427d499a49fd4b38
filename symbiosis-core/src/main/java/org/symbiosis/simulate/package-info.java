/**
 * The simulate engine: runs a park by its operating rules (fixed, follows, meets; push and pull
 * links), loops included, and reports the state with symbiosis and without it.
 */
package org.symbiosis.simulate;
