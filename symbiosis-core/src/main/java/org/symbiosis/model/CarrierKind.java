package org.symbiosis.model;

/**
 * What kind of thing a carrier is; decides how its purchases and sales are accounted. Purchases
 * of {@link #ELECTRICITY} and {@link #HEAT} (heat and steam) are scope 2; purchases of a
 * {@link #FUEL} are scope 3 category 3 (fuel- and energy-related) and its sales category 11 (use
 * of sold products: it will be burned); purchases of a {@link #MATERIAL} are category 1 (purchased
 * goods) and the carbon in its sales category 12 (end of life of sold products).
 */
public enum CarrierKind {
    /**
     * A material, the default: purchases are scope 3 category 1, the carbon in sales category
     * 12.
     */
    MATERIAL,
    /** A fuel: purchases are scope 3 category 3, the carbon in sales category 11. */
    FUEL,
    /**
     * Electricity: purchases are scope 2, at the market's location-based factor and, shown apart,
     * its market-based factor.
     */
    ELECTRICITY,
    /** Heat and steam: purchases are scope 2, as for {@link #ELECTRICITY}. */
    HEAT
}
