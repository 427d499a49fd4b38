package org.symbiosis.pathway;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import org.symbiosis.model.Target;

/**
 * A target of a pathway: a reduction vs a base year by a year, net zero by a year, or a cap in a
 * year. Emissions are residual (scope 1 + 2), net (minus removals) or life cycle (plus scope 3
 * upstream), t CO2e per year.
 */
public sealed interface PathwayTarget permits PathwayTarget.Reduction, PathwayTarget.NetZero,
        PathwayTarget.Cap {

    /**
     * The target's id, as reports name it.
     *
     * @return the id, never blank, e.g. {@code net-zero-2050}
     */
    String id();

    /**
     * What the target is and where it comes from.
     *
     * @return free text; empty when none was given
     */
    String description();

    /**
     * The years this target reads.
     *
     * @return the base year and the year for a reduction; the year alone otherwise
     */
    List<Integer> years();

    /**
     * The year it is judged in.
     *
     * @return the year
     */
    int year();

    /**
     * Which emissions the target counts.
     *
     * @return residual unless given otherwise; always net for net zero
     */
    Target.Metric metric();

    /**
     * The emissions allowed in {@link #year()}, given the emissions of each year.
     *
     * @param emissions the run's emissions by {@link #metric()}, for every year of
     *                  {@link #years()}
     * @return t CO2e per year: {@code (1 - reduction)} x the base year's for a reduction, 0 for
     *         net zero, the cap's value for a cap
     */
    double goal(YearSeries emissions);

    /**
     * What keeps this target from being judged in a scenario running {@code firstYear} to
     * {@code lastYear}: a message naming the target, the year and the fix, or null if nothing.
     *
     * @param firstYear the scenario's first year
     * @param lastYear  the scenario's last year
     * @return the message for the first year read outside them, or null
     */
    default String problemIn(int firstYear, int lastYear) {
        for (int year : years()) {
            if (year < firstYear || year > lastYear) {
                return String.format("The target '%s' needs year %d, outside the scenario's"
                        + " years %d-%d: widen the years or move the target.", id(), year,
                        firstYear, lastYear);
            }
        }
        return null;
    }

    /** The text of an optional description: empty when absent. */
    private static String orEmpty(String description) {
        return description == null ? "" : description;
    }

    private static void checkId(String id) {
        checkArgument(id != null && !id.isBlank(), "A target needs an id, such as"
                + " \"net-zero-2050\".");
    }

    /** Emissions by year, for goals. */
    interface YearSeries {
        /**
         * The emissions of one year.
         *
         * @param year a year of the run
         * @return t CO2e per year
         */
        double at(int year);
    }

    /**
     * Emissions in {@code year} at most {@code 1 - reduction} times those of {@code baseYear}.
     *
     * @param id          the target's id
     * @param description free text; empty for none (null becomes empty)
     * @param baseYear    the year compared with, before {@code year}
     * @param year        the year judged
     * @param reduction   the share to cut, from 0 to 1 (0.351 for -35.1 %)
     * @param metric      which emissions count (null becomes residual)
     */
    record Reduction(String id, String description, int baseYear, int year, double reduction,
            Target.Metric metric) implements PathwayTarget {
        /**
         * Checks the target; a null description becomes empty and a null metric residual.
         *
         * @param id          the target's id
         * @param description free text; empty for none (null becomes empty)
         * @param baseYear    the year compared with
         * @param year        the year judged
         * @param reduction   the share to cut
         * @param metric      which emissions count (null becomes residual)
         * @throws IllegalArgumentException if the id is null or blank, the reduction is not from
         *                                  0 to 1, or the base year is not before the year
         */
        public Reduction {
            checkId(id);
            description = PathwayTarget.orEmpty(description);
            metric = metric == null ? Target.Metric.RESIDUAL : metric;
            checkArgument(reduction >= 0 && reduction <= 1, "The reduction (%s) of target '%s'"
                    + " must be between 0 and 1: write 0.351 for -35.1 %.", reduction, id);
            checkArgument(baseYear < year, "The base year (%s) of target '%s' must come before"
                    + " its year (%s).", baseYear, id, year);
        }

        public List<Integer> years() {
            return List.of(baseYear, year);
        }

        public double goal(YearSeries emissions) {
            return (1 - reduction) * emissions.at(baseYear);
        }
    }

    /**
     * Net emissions in {@code year} at most 0.
     *
     * @param id          the target's id
     * @param description free text; empty for none (null becomes empty)
     * @param year        the year judged
     */
    record NetZero(String id, String description, int year) implements PathwayTarget {
        /**
         * Checks the target; a null description becomes empty.
         *
         * @param id          the target's id
         * @param description free text; empty for none (null becomes empty)
         * @param year        the year judged
         * @throws IllegalArgumentException if the id is null or blank
         */
        public NetZero {
            checkId(id);
            description = PathwayTarget.orEmpty(description);
        }

        public List<Integer> years() {
            return List.of(year);
        }

        public Target.Metric metric() {
            return Target.Metric.NET;
        }

        public double goal(YearSeries emissions) {
            return 0;
        }
    }

    /**
     * Emissions in {@code year} at most {@code value}.
     *
     * @param id          the target's id
     * @param description free text; empty for none (null becomes empty)
     * @param year        the year judged
     * @param value       the most allowed, t CO2e per year
     * @param metric      which emissions count (null becomes residual)
     */
    record Cap(String id, String description, int year, double value, Target.Metric metric)
            implements PathwayTarget {
        /**
         * Checks the target; a null description becomes empty and a null metric residual.
         *
         * @param id          the target's id
         * @param description free text; empty for none (null becomes empty)
         * @param year        the year judged
         * @param value       the most allowed, t CO2e per year
         * @param metric      which emissions count (null becomes residual)
         * @throws IllegalArgumentException if the id is null or blank, or the value is negative
         *                                  or not finite
         */
        public Cap {
            checkId(id);
            description = PathwayTarget.orEmpty(description);
            metric = metric == null ? Target.Metric.RESIDUAL : metric;
            checkArgument(value >= 0 && Double.isFinite(value), "The cap (%s t CO2e/yr) of target"
                    + " '%s' must be a finite number of 0 or more.", value, id);
        }

        public List<Integer> years() {
            return List.of(year);
        }

        public double goal(YearSeries emissions) {
            return value;
        }
    }
}
