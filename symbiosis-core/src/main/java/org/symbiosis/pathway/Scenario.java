package org.symbiosis.pathway;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.symbiosis.model.InvalidValueException;
import org.symbiosis.model.Park;
import org.symbiosis.model.ParkIssue;
import org.symbiosis.model.Severity;
import org.symbiosis.model.SymbiosisException;

/**
 * A park changing over years, with targets: the base park, the years to run, changes of numbers
 * (each a series of year points, step or linear in between, a point's value possibly uncertain),
 * elements commissioned or retired, and the targets. Before a change's first point the base
 * value holds; after its last point the last value holds.
 *
 * @param name        the scenario's name
 * @param description what it represents and its sources
 * @param base        the base park
 * @param firstYear   the first year run
 * @param lastYear    the last year run
 * @param changes     changes of numbers
 * @param presence    elements that exist only from a year or until a year
 * @param targets     the targets
 * @param optimize    run each year through the optimiser (minimum emissions) instead of the
 *                    simulator
 */
public record Scenario(String name, String description, Park base, int firstYear, int lastYear,
        List<Change> changes, List<Presence> presence, List<PathwayTarget> targets,
        boolean optimize) {

    /** The earliest year a scenario may name. */
    public static final int MIN_YEAR = 1;
    /** The latest year a scenario may name. */
    public static final int MAX_YEAR = 9999;
    /** The most years one scenario may run (each year is a park built and solved). */
    public static final int MAX_YEARS = 1000;

    /**
     * Checks the years and checks every change, presence and target against the base park;
     * copies the lists; a null description becomes empty.
     *
     * @param name        the scenario's name
     * @param description what it represents and its sources; null for none
     * @param base        the base park
     * @param firstYear   the first year run, {@link #MIN_YEAR} or later
     * @param lastYear    the last year run, {@link #MAX_YEAR} or earlier
     * @param changes     changes of numbers
     * @param presence    elements that exist only from a year or until a year
     * @param targets     the targets
     * @param optimize    run each year through the optimiser instead of the simulator
     * @throws NullPointerException     if {@code base} or a list is null
     * @throws InvalidValueException   if the years lie outside {@link #MIN_YEAR} to
     *                                  {@link #MAX_YEAR}, the first is after the last, or they
     *                                  span more than {@link #MAX_YEARS}
     * @throws SymbiosisException       with one issue per problem (the element, the value and
     *                                  the fix), if a change or presence names an element the
     *                                  base park lacks or a target reads a year outside the run
     */
    public Scenario {
        checkNotNull(base, "A scenario needs a base park.");
        String self = "scenario '" + name + "'";
        String years = firstYear + "-" + lastYear;
        if (!(firstYear >= MIN_YEAR && lastYear <= MAX_YEAR)) {
            throw new InvalidValueException(self, years, String.format("The scenario's years"
                    + " (%s-%s) must lie between %s and %s.", firstYear, lastYear, MIN_YEAR,
                    MAX_YEAR));
        }
        if (firstYear > lastYear) {
            throw new InvalidValueException(self, years, String.format("The scenario's first"
                    + " year (%s) must not be after its last year (%s).", firstYear, lastYear));
        }
        if (lastYear - firstYear >= MAX_YEARS) {
            throw new InvalidValueException(self, years, String.format("The scenario runs %s"
                    + " years (%s-%s), more than the %s one run may hold: run a shorter span, or"
                    + " split it into several scenarios.", lastYear - firstYear + 1, firstYear,
                    lastYear, MAX_YEARS));
        }
        changes = List.copyOf(changes);
        presence = List.copyOf(presence);
        targets = List.copyOf(targets);
        description = description == null ? "" : description;
        List<ParkIssue> problems = new ArrayList<>();
        for (Change c : changes) {
            String problem = c.parameter().problemIn(base);
            if (problem != null) {
                problems.add(new ParkIssue(Severity.ERROR, "change '" + c.parameter() + "'",
                        "The change of '" + c.parameter() + "': " + problem + ".", "", "",
                        c.parameter().toString()));
            }
        }
        for (Presence p : presence) {
            String problem = p.problemIn(base);
            if (problem != null) {
                problems.add(new ParkIssue(Severity.ERROR, (p.isPlant() ? "plant '" : "link '")
                        + p.id() + "'", problem, "", "", p.element()));
            }
        }
        for (PathwayTarget t : targets) {
            String problem = t.problemIn(firstYear, lastYear);
            if (problem != null) {
                int outside = t.years().stream().filter(y -> y < firstYear || y > lastYear)
                        .findFirst().orElse(firstYear);
                problems.add(new ParkIssue(Severity.ERROR, "target '" + t.id() + "'", problem,
                        "", "", String.valueOf(outside)));
            }
        }
        if (!problems.isEmpty()) {
            throw new SymbiosisException(problems);
        }
    }

    /**
     * The number of years run.
     *
     * @return {@code lastYear - firstYear + 1}
     */
    public int years() {
        return lastYear - firstYear + 1;
    }

    /** How values between year points are found. */
    public enum Interpolation {
        /** A point's value holds until the next point's year. */
        STEP,
        /** A straight line between two points' values; the default. */
        LINEAR
    }

    /**
     * One point of a change.
     *
     * @param year  the year the value is for
     * @param value the value, in the unit of the parameter it sets; possibly uncertain
     */
    public record Point(int year, Distribution value) {
        /**
         * Checks that there is a value.
         *
         * @param year  the year the value is for
         * @param value the value, in the unit of the parameter it sets
         * @throws NullPointerException if {@code value} is null
         */
        public Point {
            checkNotNull(value, "A change point needs a value.");
        }
    }

    /**
     * A number changing over years.
     *
     * @param parameter     the number it changes
     * @param interpolation how values between points are found (null becomes linear)
     * @param points        the points, sorted by year, each year once
     */
    public record Change(Parameter parameter, Interpolation interpolation, List<Point> points) {
        /**
         * Checks the change and sorts its points by year.
         *
         * @param parameter     the number it changes
         * @param interpolation how values between points are found; null for linear
         * @param points        the points, in any order
         * @throws NullPointerException     if {@code parameter} or {@code points} is null
         * @throws IllegalArgumentException if there are no points, or two for one year
         */
        public Change {
            checkNotNull(parameter);
            interpolation = interpolation == null ? Interpolation.LINEAR : interpolation;
            checkArgument(!points.isEmpty(), "The change of '%s' has no points.", parameter);
            points = points.stream().sorted(Comparator.comparingInt(Point::year)).toList();
            for (int i = 1; i < points.size(); i++) {
                checkArgument(points.get(i).year() != points.get(i - 1).year(),
                        "The change of '%s' gives year %s twice.", parameter,
                        points.get(i).year());
            }
        }

        /** The value in {@code year}, given the drawn point values and the base value. */
        double valueAt(int year, double[] pointValues, double baseValue) {
            if (year < points.get(0).year()) {
                return baseValue;
            }
            for (int i = points.size() - 1; i >= 0; i--) {
                int y0 = points.get(i).year();
                if (year >= y0) {
                    if (i == points.size() - 1 || interpolation == Interpolation.STEP
                            || year == y0) {
                        return pointValues[i];
                    }
                    int y1 = points.get(i + 1).year();
                    double t = (double) (year - y0) / (y1 - y0);
                    return pointValues[i] + t * (pointValues[i + 1] - pointValues[i]);
                }
            }
            return baseValue;
        }
    }

    /**
     * A plant or link that exists only from {@code from} (commissioned) and before {@code until}
     * (retired); either may be absent. The links from and to a plant go with it.
     *
     * @param element {@code plant:ID} or {@code link:ID}
     * @param from    the first year it exists, or null for every year before {@code until}
     * @param until   the first year it no longer exists, or null for every year from
     *                {@code from} on
     */
    public record Presence(String element, Integer from, Integer until) {
        /**
         * Checks the form of the element and that a year is given.
         *
         * @param element {@code plant:ID} or {@code link:ID}
         * @param from    the first year it exists, or null
         * @param until   the first year it no longer exists, or null
         * @throws IllegalArgumentException if the element is of another form, or both years are
         *                                  null
         */
        public Presence {
            checkArgument(element != null && (element.startsWith("plant:")
                    || element.startsWith("link:")), "Commission or retire 'plant:ID' or"
                    + " 'link:ID', not '%s'.", element);
            checkArgument(from != null || until != null, "'%s' needs a year to be commissioned"
                    + " or retired.", element);
        }

        boolean present(int year) {
            return (from == null || year >= from) && (until == null || year < until);
        }

        String id() {
            return element.substring(element.indexOf(':') + 1);
        }

        boolean isPlant() {
            return element.startsWith("plant:");
        }

        /**
         * What is wrong with this presence in {@code park}, or null if nothing.
         *
         * @param park the base park
         * @return a sentence naming the element the park lacks, or null
         */
        public String problemIn(Park park) {
            boolean known;
            try {
                known = isPlant()
                        ? park.plants().containsKey(org.symbiosis.model.PlantId.of(id()))
                        : park.links().containsKey(org.symbiosis.model.LinkId.of(id()));
            } catch (IllegalArgumentException e) {
                return e.getMessage();
            }
            return known ? null : "The scenario commissions or retires '" + element
                    + "', which the base park does not have.";
        }
    }
}
