/**
 * Pathways: a park changing over years (scenarios), targets judged year by year, Monte Carlo
 * bands reproducible from one seed, and one-at-a-time sensitivity.
 */
package org.symbiosis.pathway;
