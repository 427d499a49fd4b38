package org.symbiosis.model;

/**
 * Where a release goes. Releases to {@link #AIR} of carriers with a GWP are scope 1 emissions;
 * carbon released to {@link #STORAGE} (mineralised, geological) is counted as stored.
 */
public enum DisposalKind {
    AIR,
    WATER,
    LANDFILL,
    STORAGE
}
