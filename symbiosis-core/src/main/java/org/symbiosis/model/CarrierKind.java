package org.symbiosis.model;

/**
 * What kind of thing a carrier is; decides how its purchases and sales are accounted. Purchases
 * of {@link #ELECTRICITY} and {@link #HEAT} (heat and steam) are scope 2; purchases of a
 * {@link #FUEL} are scope 3 category 3 (fuel- and energy-related) and its sales category 11 (use
 * of sold products: it will be burned); purchases of a {@link #MATERIAL} are category 1 (purchased
 * goods) and the carbon in its sales category 12 (end of life of sold products).
 */
public enum CarrierKind {
    MATERIAL,
    FUEL,
    ELECTRICITY,
    HEAT
}
