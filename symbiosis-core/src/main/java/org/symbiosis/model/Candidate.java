package org.symbiosis.model;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;

/**
 * An investment the planner may make: build a candidate process or link (which does not run
 * until it is built), expand an existing one, or retire an existing process (saving its fixed
 * cost, at a one-off decommissioning cost). The size built is a decision between 0 and the
 * element's capacity (for an expansion: {@code maxExpansion}); its cost per year is the capital
 * cost annualised by the capital recovery factor plus the fixed O&amp;M.
 *
 * @param element          {@code process:ID} or {@code link:ID}
 * @param kind             build a candidate, expand an existing element, or retire an existing
 *                         process
 * @param capexPerUnit     capital cost per unit of capacity (reference unit per year for a
 *                         process, carrier unit per year for a link)
 * @param capexFixed       capital cost paid if built at all
 * @param lifetimeYears    economic life, years
 * @param fixedOmPerYear   fixed operation and maintenance per year if built
 * @param maxExpansion     for an expansion, the most capacity it can add; NaN for a build
 * @param note             free text, the source of the numbers
 */
public record Candidate(String element, Kind kind, double capexPerUnit,
        double capexFixed, int lifetimeYears, double fixedOmPerYear, double maxExpansion,
        String note) {

    /** What a candidate does to its element. */
    public enum Kind {
        /** Build a process or link that does not exist yet. */
        BUILD,
        /** Add capacity to an existing process or link. */
        EXPAND,
        /** Retire an existing process: it stops, and its fixed cost is saved. */
        RETIRE
    }

    /**
     * Checks the candidate and turns a null note into an empty one. Whether its element exists,
     * and has a capacity to build, expand or retire from, is checked when the park is built.
     *
     * @param element        {@code process:ID} or {@code link:ID}
     * @param kind           build, expand or retire
     * @param capexPerUnit   capital cost per unit of capacity; finite, not negative
     * @param capexFixed     capital cost paid if built at all; finite, not negative
     * @param lifetimeYears  economic life, 1 to 200 years
     * @param fixedOmPerYear fixed operation and maintenance per year if built; finite, not
     *                       negative
     * @param maxExpansion   for an expansion, the most capacity it can add (finite, not
     *                       negative); not checked otherwise (NaN)
     * @param note           free text; null for none
     * @throws NullPointerException  if {@code element} or {@code kind} is null
     * @throws InvalidValueException if the element is neither {@code process:ID} nor
     *                               {@code link:ID}, a cost is negative or not finite, the
     *                               lifetime is outside 1 to 200, an expansion's
     *                               {@code maxExpansion} is negative or not finite, or a
     *                               retirement names a link
     */
    public Candidate {
        checkNotNull(element, "A candidate needs the process or link it builds.");
        checkNotNull(kind, "A candidate needs a kind: build, expand or retire.");
        Checks.require("candidate '" + element + "'",
                element.startsWith("process:") || element.startsWith("link:"),
                "A candidate names 'process:ID' or 'link:ID', not '%s'.", element);
        String what = "candidate '" + element + "'";
        Checks.nonNegativeFinite(capexPerUnit, "capital cost per unit", what);
        Checks.nonNegativeFinite(capexFixed, "fixed capital cost", what);
        Checks.require(what, lifetimeYears >= 1 && lifetimeYears <= 200, "The lifetime (%s years) of"
                + " %s must be between 1 and 200 years.", lifetimeYears, what);
        Checks.nonNegativeFinite(fixedOmPerYear, "fixed O&M", what);
        if (kind == Kind.EXPAND) {
            Checks.nonNegativeFinite(maxExpansion, "largest expansion", what);
        }
        Checks.require(what, kind != Kind.RETIRE || element.startsWith("process:"), "Only a process can"
                + " be retired, not '%s'.", element);
        note = note == null ? "" : note;
    }

    /**
     * Whether the candidate adds capacity to an existing element.
     *
     * @return true for {@link Kind#EXPAND}
     */
    public boolean expansion() {
        return kind == Kind.EXPAND;
    }

    /**
     * Whether the candidate builds a process or link that does not exist yet.
     *
     * @return true for {@link Kind#BUILD}
     */
    public boolean build() {
        return kind == Kind.BUILD;
    }

    /**
     * Whether the candidate retires an existing process.
     *
     * @return true for {@link Kind#RETIRE}
     */
    public boolean retirement() {
        return kind == Kind.RETIRE;
    }

    /**
     * The id of the process or link.
     *
     * @return the element without its prefix: {@code capture.amine} of
     *         {@code process:capture.amine}
     */
    public String id() {
        return element.substring(element.indexOf(':') + 1);
    }

    /**
     * Whether the element is a process (else a link).
     *
     * @return true for {@code process:ID}
     */
    public boolean isProcess() {
        return element.startsWith("process:");
    }

    /**
     * The capital recovery factor: the share of a capital cost paid each year over the lifetime
     * at the discount rate, {@code r (1 + r)^n / ((1 + r)^n - 1)}, or {@code 1 / n} at r = 0.
     *
     * @param rate  the real discount rate {@code r}, e.g. 0.03 ({@link Finance#discountRate()})
     * @param years the lifetime {@code n}, at least 1
     * @return the share of the capital cost paid per year: 0.0510 for 3 % over 30 years
     */
    public static double capitalRecoveryFactor(double rate, int years) {
        if (rate == 0) {
            return 1.0 / years;
        }
        double growth = Math.pow(1 + rate, years);
        return rate * growth / (growth - 1);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s %s", kind.name().toLowerCase(Locale.ROOT), element);
    }

    /**
     * This candidate with another kind.
     *
     * @param newKind build, expand or retire
     * @return the changed candidate
     * @throws InvalidValueException if a retirement names a link, or an expansion has no finite
     *                               {@code maxExpansion}
     */
    public Candidate withKind(Kind newKind) {
        return new Candidate(element, newKind, capexPerUnit, capexFixed, lifetimeYears,
                fixedOmPerYear, maxExpansion, note);
    }

    /**
     * This candidate with another capital cost per unit of capacity.
     *
     * @param newCapexPerUnit capital cost per unit of capacity; finite, not negative
     * @return the changed candidate
     * @throws InvalidValueException if it is negative or not finite
     */
    public Candidate withCapexPerUnit(double newCapexPerUnit) {
        return new Candidate(element, kind, newCapexPerUnit, capexFixed, lifetimeYears,
                fixedOmPerYear, maxExpansion, note);
    }

    /**
     * This candidate with another fixed capital cost.
     *
     * @param newCapexFixed capital cost paid if built at all; finite, not negative
     * @return the changed candidate
     * @throws InvalidValueException if it is negative or not finite
     */
    public Candidate withCapexFixed(double newCapexFixed) {
        return new Candidate(element, kind, capexPerUnit, newCapexFixed, lifetimeYears,
                fixedOmPerYear, maxExpansion, note);
    }

    /**
     * This candidate with another economic life.
     *
     * @param newLifetimeYears economic life, 1 to 200 years
     * @return the changed candidate
     * @throws InvalidValueException if it is outside 1 to 200
     */
    public Candidate withLifetimeYears(int newLifetimeYears) {
        return new Candidate(element, kind, capexPerUnit, capexFixed, newLifetimeYears,
                fixedOmPerYear, maxExpansion, note);
    }

    /**
     * This candidate with another fixed O&amp;M.
     *
     * @param newFixedOmPerYear fixed operation and maintenance per year; finite, not negative
     * @return the changed candidate
     * @throws InvalidValueException if it is negative or not finite
     */
    public Candidate withFixedOmPerYear(double newFixedOmPerYear) {
        return new Candidate(element, kind, capexPerUnit, capexFixed, lifetimeYears,
                newFixedOmPerYear, maxExpansion, note);
    }

    /**
     * This candidate with another largest expansion.
     *
     * @param newMaxExpansion for an expansion, the most capacity it can add; finite, not negative
     * @return the changed candidate
     * @throws InvalidValueException if it is negative or not finite for an expansion
     */
    public Candidate withMaxExpansion(double newMaxExpansion) {
        return new Candidate(element, kind, capexPerUnit, capexFixed, lifetimeYears, fixedOmPerYear,
                newMaxExpansion, note);
    }

    /**
     * This candidate with another note.
     *
     * @param newNote free text; null for none
     * @return the changed candidate
     */
    public Candidate withNote(String newNote) {
        return new Candidate(element, kind, capexPerUnit, capexFixed, lifetimeYears, fixedOmPerYear,
                maxExpansion, newNote);
    }
}
