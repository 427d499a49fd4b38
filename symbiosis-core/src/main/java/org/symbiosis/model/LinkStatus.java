package org.symbiosis.model;

/**
 * Whether a link exists. The simulate engine uses existing links only; the optimise engine may
 * also route flow over candidate links.
 */
public enum LinkStatus {
    EXISTING,
    CANDIDATE
}
