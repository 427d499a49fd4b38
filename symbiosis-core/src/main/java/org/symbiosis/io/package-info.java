/**
 * Park files: JSON that a person can write by hand (docs/park-format.md), read with every problem
 * reported at its line and column, and written back so that a round trip gives an equal park.
 */
package org.symbiosis.io;
