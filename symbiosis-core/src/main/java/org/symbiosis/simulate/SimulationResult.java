package org.symbiosis.simulate;

/**
 * A simulated park "with symbiosis vs without".
 *
 * @param withSymbiosis the park as given
 * @param baseline      the same park with its symbiosis links switched off: needs bought,
 *                      by-products released (utility links, {@code symbiosis: false}, stay on)
 */
public record SimulationResult(Simulation withSymbiosis, Simulation baseline) {

    /**
     * The figures per site, with and without symbiosis ({@link org.symbiosis.ledger.Sites}).
     *
     * @return one entry per site; plants without a site under
     *         {@link org.symbiosis.ledger.Sites#NO_SITE}
     */
    public java.util.List<org.symbiosis.ledger.Sites.Site> sites() {
        return org.symbiosis.ledger.Sites.of(withSymbiosis.state().park(), withSymbiosis.ledger(),
                baseline.ledger());
    }

    /**
     * The figures of one site, with and without symbiosis.
     *
     * @param site a site some plants name ({@link org.symbiosis.ledger.Sites#NO_SITE} for the
     *             plants without one)
     * @return its figures
     * @throws org.symbiosis.model.InvalidValueException if no plant is on that site, naming the
     *                                                   sites there are
     */
    public org.symbiosis.ledger.Sites.Site site(String site) {
        java.util.List<org.symbiosis.ledger.Sites.Site> all = sites();
        for (org.symbiosis.ledger.Sites.Site s : all) {
            if (s.site().equals(site)) {
                return s;
            }
        }
        throw new org.symbiosis.model.InvalidValueException("site", site, String.format(
                "No plant is on site '%s': the sites are %s.", site,
                all.stream().map(org.symbiosis.ledger.Sites.Site::site).toList()));
    }

    /**
     * Residual emissions avoided by symbiosis, t CO2e per year (baseline minus with).
     *
     * @return the reduction; negative when symbiosis raises residual emissions
     */
    public double residualReduction() {
        return baseline.ledger().totals().residual() - withSymbiosis.ledger().totals().residual();
    }
}
