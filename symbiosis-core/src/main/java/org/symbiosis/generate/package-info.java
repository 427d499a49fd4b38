/**
 * Seeded synthetic parks for tests, examples and benchmarks (public API, so that everyone measures
 * and tests on the same parks).
 */
package org.symbiosis.generate;
