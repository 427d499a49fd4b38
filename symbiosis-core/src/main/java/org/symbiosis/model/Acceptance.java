package org.symbiosis.model;


/**
 * An explained warning: the park knows that {@code element} raises the warning {@code warning}
 * and says why that is acceptable (for example an illustrative sink whose capacity no source
 * gives). Validation lists accepted warnings apart and {@code validate --strict} passes them.
 *
 * @param warning the warning's code, e.g. {@code unbounded-sink}
 * @param element the id of the element the warning is about, e.g. a process id
 * @param note    why the warning is accepted: required
 */
public record Acceptance(String warning, String element, String note) {

    /**
     * Checks that every field is given and that the warning is written as a code.
     *
     * @param warning the warning's code as validate prints it: lower-case letters, digits and
     *                {@code -}, e.g. {@code unbounded-sink}
     * @param element the id of the element the warning names; not blank
     * @param note    why the warning is acceptable; not blank
     * @throws InvalidValueException if a field is null or blank, or the code has another
     *                               character
     */
    public Acceptance {
        String what = "accepted warning '" + warning + "' of '" + element + "'";
        Checks.text(warning, "warning (its code, e.g. \"unbounded-sink\")", "an accepted warning");
        Checks.text(element, "element (the id the warning names)", what);
        Checks.text(note, "note (why the warning is acceptable)", what);
        Checks.require(what, warning.matches("[a-z0-9-]+"), "The warning code '%s' of an accepted"
                + " warning is not a code: write it as validate prints it, e.g."
                + " \"unbounded-sink\".", warning);
    }

    /**
     * Whether this acceptance explains {@code issue}: the issue's code is the warning, and the id
     * in its element ({@link ParkIssue#elementId()}) is the element.
     *
     * @param issue a validation finding
     * @return true if this acceptance explains it
     */
    public boolean explains(ParkIssue issue) {
        return issue.code().equals(warning) && issue.elementId().equals(element);
    }
}
