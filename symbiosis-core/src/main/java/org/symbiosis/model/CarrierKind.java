package org.symbiosis.model;

/**
 * What kind of thing a carrier is. Purchases of {@link #ELECTRICITY} and {@link #HEAT} (heat and
 * steam) count as scope 2; purchases of anything else as upstream.
 */
public enum CarrierKind {
    MATERIAL,
    ELECTRICITY,
    HEAT
}
