package org.symbiosis.model;

/**
 * Whether a link exists. The simulate engine uses existing links only; the optimise engine may
 * also route flow over candidate links.
 */
public enum LinkStatus {
    /** Built: the simulate engine sets its flow by its rule, and the optimise engine uses it. */
    EXISTING,
    /**
     * Not built: it carries nothing when the park is simulated; only the optimise engine routes
     * flow over it, and a plan may build it.
     */
    CANDIDATE
}
