package org.symbiosis.model;

/** How bad a validation issue is: an error stops the park being built; a warning does not. */
public enum Severity {
    /**
     * Stops the park being built: {@link Park.Builder#build()} throws an
     * {@link InvalidParkException} that lists every error found.
     */
    ERROR,
    /**
     * Something looks wrong but the park is built: listed by {@link Park#warnings()} unless the
     * park accepts it; {@code validate --strict} fails on the ones it does not accept.
     */
    WARNING
}
