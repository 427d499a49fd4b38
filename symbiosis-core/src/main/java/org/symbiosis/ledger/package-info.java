/**
 * The carbon ledger: emissions by scope, biogenic memo, stored and sold carbon, avoided
 * emissions, circularity and carbon closure, derived from any engine's flow state.
 */
package org.symbiosis.ledger;
