package org.symbiosis.model;

/**
 * Where a release goes. Releases to {@link #AIR} of carriers with a GWP are scope 1 emissions;
 * carbon released to {@link #STORAGE} (mineralised, geological) is counted as stored.
 */
public enum DisposalKind {
    /**
     * To the atmosphere: the carrier's GWP counts in scope 1 (a biogenic carrier's at 0, its CO2
     * in the biogenic memo).
     */
    AIR,
    /** Discharged to water: the disposal cost is counted, no emissions. */
    WATER,
    /** To landfill: the disposal cost is counted, no emissions. */
    LANDFILL,
    /**
     * Permanent storage, mineralised or geological: the carbon is counted as stored, and biogenic
     * carbon as a removal. A process whose output goes here needs a capacity, or validation warns
     * ({@code unbounded-sink}).
     */
    STORAGE
}
