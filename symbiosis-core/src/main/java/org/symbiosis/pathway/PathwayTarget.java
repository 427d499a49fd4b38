package org.symbiosis.pathway;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import org.symbiosis.model.Target;

/**
 * A target of a pathway: a reduction vs a base year by a year, net zero by a year, or a cap in a
 * year. Emissions are residual (scope 1 + 2) or net (minus removals).
 */
public sealed interface PathwayTarget permits PathwayTarget.Reduction, PathwayTarget.NetZero,
        PathwayTarget.Cap {

    String id();

    String description();

    /** The years this target reads. */
    List<Integer> years();

    /** The year it is judged in. */
    int year();

    Target.Metric metric();

    /** The emissions allowed in {@link #year()}, given the emissions of each year. */
    double goal(YearSeries emissions);

    /**
     * What keeps this target from being judged in a scenario running {@code firstYear} to
     * {@code lastYear}: a message naming the target, the year and the fix, or null if nothing.
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
        double at(int year);
    }

    record Reduction(String id, String description, int baseYear, int year, double reduction,
            Target.Metric metric) implements PathwayTarget {
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

    record NetZero(String id, String description, int year) implements PathwayTarget {
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

    record Cap(String id, String description, int year, double value, Target.Metric metric)
            implements PathwayTarget {
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
