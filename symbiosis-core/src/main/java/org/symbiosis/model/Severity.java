package org.symbiosis.model;

/** How bad a validation issue is: an error stops the park being built; a warning does not. */
public enum Severity {
    ERROR,
    WARNING
}
