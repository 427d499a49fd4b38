package org.symbiosis.pathway;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symbiosis.flow.FlowInvariants.assertClose;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.symbiosis.io.ParkFiles;
import org.symbiosis.model.InvalidValueException;
import org.symbiosis.model.Measure;
import org.symbiosis.model.Park;
import org.symbiosis.model.SymbiosisException;
import org.symbiosis.model.Target;
import org.symbiosis.pathway.PathwayResult.TargetVerdict;

/**
 * Pathways on the chain fixture (parks/chain.json), whose residual emissions are linear in the
 * power plant's fixed activity a: the capture unit vents 0.1 a t CO2 and the capture and cement
 * plants buy 0.295 a MWh at 0.423 t/MWh, so residual = K a with K = 0.1 + 0.295 x 0.423.
 */
class PathwayRunnerTest {

    static final double K = 0.1 + 0.295 * 0.423;
    static final String POWER = "process:power.coal:fixed";

    static Park chain() {
        try (InputStream in = PathwayRunnerTest.class.getResourceAsStream("/parks/chain.json")) {
            return ParkFiles.read(in, "chain.json").park();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static Scenario scenario(Scenario.Interpolation mode, List<Scenario.Point> points,
            List<PathwayTarget> targets) {
        return new Scenario("test", "", chain(), 2020, 2032, List.of(new Scenario.Change(
                new Parameter(POWER), mode, points)), List.of(), targets, false);
    }

    static Scenario.Point point(int year, double value) {
        return new Scenario.Point(year, new Distribution.Fixed(value));
    }

    /** Linear from 1000 MWh in 2020 to 2000 in 2030, then held: 2025 runs at 1500. */
    @Test
    void linearPathwayMatchesItsHandComputation() {
        PathwayResult r = new PathwayRunner().run(scenario(Scenario.Interpolation.LINEAR,
                List.of(point(2020, 1000), point(2030, 2000)), List.of()));
        assertEquals(13, r.years().size());
        for (PathwayResult.YearEmissions y : r.years()) {
            double a = y.year() >= 2030 ? 2000 : 1000 + 100 * (y.year() - 2020);
            assertClose(K * a, y.residual(), "residual in " + y.year());
        }
        assertClose(0.1 * 1500, r.years().get(5).scope1(), "scope 1 in 2025");
    }

    /** Step: 1000 until 2029, 2000 from 2030. */
    @Test
    void stepPathwayHoldsUntilTheNextPoint() {
        PathwayResult r = new PathwayRunner().run(scenario(Scenario.Interpolation.STEP,
                List.of(point(2020, 1000), point(2030, 2000)), List.of()));
        assertClose(K * 1000, r.years().get(9).residual(), "2029");
        assertClose(K * 2000, r.years().get(10).residual(), "2030");
    }

    /**
     * -35.1 % by 2030 vs 2020: with a falling to 649 MWh the residual is exactly 0.649 of the
     * base: met, gap 0, first met in 2030. At 650 it is missed by 0.001 x 1000 K.
     */
    @Test
    void targetsAreMetExactlyAtTheBoundaryAndMissedByALittle() {
        PathwayTarget target = new PathwayTarget.Reduction("minus-35.1", "", 2020, 2030, 0.351,
                Target.Metric.RESIDUAL);
        TargetVerdict met = new PathwayRunner().run(scenario(Scenario.Interpolation.LINEAR,
                List.of(point(2020, 1000), point(2030, 649)), List.of(target))).verdicts().get(0);
        assertTrue(met.met());
        assertClose(0.649 * 1000 * K, met.goal(), "goal");
        assertEquals(0, met.gap(), 1e-9);
        assertEquals(OptionalInt.of(2030), met.firstYearMet());
        TargetVerdict missed = new PathwayRunner().run(scenario(Scenario.Interpolation.LINEAR,
                List.of(point(2020, 1000), point(2030, 650)), List.of(target))).verdicts().get(0);
        assertFalse(missed.met());
        assertClose(K, missed.gap(), "gap");
        assertEquals(OptionalInt.empty(), missed.firstYearMet());
        PathwayTarget cap = new PathwayTarget.Cap("cap", "", 2032, K * 2000, Target.Metric.RESIDUAL);
        TargetVerdict capVerdict = new PathwayRunner().run(scenario(Scenario.Interpolation.LINEAR,
                List.of(point(2020, 1000), point(2030, 2000)), List.of(cap))).verdicts().get(0);
        assertTrue(capVerdict.met());
        assertEquals(OptionalInt.of(2020), capVerdict.firstYearMet());
    }

    /**
     * a ~ uniform(800, 1200): residual = K a has mean 1000 K and variance (400 K)^2 / 12; its 5th
     * and 95th percentiles are 820 K and 1180 K. 4000 samples: the mean within 4 standard errors,
     * the variance within 4 of its standard errors (uniform: Var(s^2) = (mu4 - sigma^4) / n with
     * mu4 = 9/5 sigma^4), percentiles within 4 of theirs.
     */
    @Test
    void monteCarloMatchesTheAnalyticMeanAndVariance() {
        int n = 4000;
        Scenario s = new Scenario("mc", "", chain(), 2020, 2020, List.of(new Scenario.Change(
                new Parameter(POWER), Scenario.Interpolation.STEP, List.of(new Scenario.Point(
                2020, new Distribution.Uniform(800, 1200))))), List.of(), List.of(), false);
        PathwayResult r = new PathwayRunner(2, org.symbiosis.flow.ProgressListener.NONE)
                .run(s, n, 42);
        double sum = 0;
        double sumSq = 0;
        for (double[] sample : r.residualBySample()) {
            sum += sample[0];
            sumSq += sample[0] * sample[0];
        }
        double mean = sum / n;
        double variance = (sumSq - n * mean * mean) / (n - 1);
        double sigma2 = Math.pow(400 * K, 2) / 12;
        assertEquals(1000 * K, mean, 4 * Math.sqrt(sigma2 / n), "mean");
        assertEquals(sigma2, variance, 4 * Math.sqrt((1.8 - 1) * sigma2 * sigma2 / n),
                "variance");
        double quantileError = 4 * Math.sqrt(0.05 * 0.95 / n) * 400 * K;
        assertEquals(820 * K, r.residualBands().get(0).p5(), quantileError, "P5");
        assertEquals(1180 * K, r.residualBands().get(0).p95(), quantileError, "P95");
        assertEquals(r.residualBands().get(0), r.residualBand(2020));
        assertEquals(r.years().get(0), r.year(2020));
        org.symbiosis.model.InvalidValueException e = org.junit.jupiter.api.Assertions
                .assertThrows(org.symbiosis.model.InvalidValueException.class,
                        () -> r.year(2031));
        assertEquals("The pathway of scenario 'mc' has no year 2031: ask for one of its years,"
                + " 2020 to 2020.", e.getMessage());
        PathwayResult once = new PathwayRunner(1, org.symbiosis.flow.ProgressListener.NONE)
                .run(s, 0, 42);
        org.symbiosis.model.InvalidValueException noBands = org.junit.jupiter.api.Assertions
                .assertThrows(org.symbiosis.model.InvalidValueException.class,
                        () -> once.residualBand(2020));
        assertEquals("The pathway of scenario 'mc' ran no samples, so it has no band for 2020:"
                + " run it with samples.", noBands.getMessage());
    }

    @Test
    void theSameSeedGivesTheSameResultOnOneOrTwoThreads() {
        Scenario s = new Scenario("mc", "", chain(), 2020, 2030, List.of(new Scenario.Change(
                new Parameter(POWER), Scenario.Interpolation.LINEAR, List.of(
                        new Scenario.Point(2020, new Distribution.Normal(1000, 50)),
                        new Scenario.Point(2030, new Distribution.Triangular(500, 800, 900))))),
                List.of(), List.of(), false);
        PathwayResult one = new PathwayRunner(1, org.symbiosis.flow.ProgressListener.NONE)
                .run(s, 200, 7);
        PathwayResult two = new PathwayRunner(2, org.symbiosis.flow.ProgressListener.NONE)
                .run(s, 200, 7);
        for (int i = 0; i < 200; i++) {
            assertArrayEquals(one.residualBySample()[i], two.residualBySample()[i]);
        }
        assertEquals(one.residualBands(), two.residualBands());
        PathwayResult other = new PathwayRunner(2, org.symbiosis.flow.ProgressListener.NONE)
                .run(s, 200, 8);
        assertFalse(one.residualBands().equals(other.residualBands()));
    }

    /** Without the pipe (commissioned in 2025) the captured CO2 is released: +0.9 a t CO2. */
    @Test
    void commissionedLinksExistFromTheirYear() {
        Scenario s = new Scenario("presence", "", chain(), 2024, 2025, List.of(),
                List.of(new Scenario.Presence("link:co2-pipe", 2025, null)), List.of(), false);
        PathwayResult r = new PathwayRunner().run(s);
        assertClose(1000 * (0.1 + 0.9 + 0.25 * 0.423), r.years().get(0).residual(), "2024");
        assertClose(1000 * K, r.years().get(1).residual(), "2025");
    }

    /** The tornado of a single uncertain number: its swing is K times its 5-95 % range. */
    @Test
    void tornadoSwingsByTheRangeOfEachNumber() {
        Scenario s = new Scenario("tornado", "", chain(), 2020, 2020, List.of(new Scenario.Change(
                new Parameter(POWER), Scenario.Interpolation.STEP, List.of(new Scenario.Point(
                2020, new Distribution.Uniform(800, 1200))))), List.of(), List.of(), false);
        List<PathwayRunner.TornadoBar> bars = new PathwayRunner().tornado(s, 2020);
        assertEquals(1, bars.size());
        assertClose(K * 360, bars.get(0).swing(), "swing");
    }

    /** Issue 12, class 9: a result's sample array cannot be changed from outside. */
    @Test
    void handsOutCopiesOfItsSamples() {
        Scenario s = scenario(Scenario.Interpolation.LINEAR, List.of(new Scenario.Point(2020,
                new Distribution.Uniform(800, 1200))), List.of());
        PathwayResult r = new PathwayRunner().run(s, 3, 1);
        double first = r.residualBySample()[0][0];
        r.residualBySample()[0][0] = -1;
        r.residualBySample()[1] = null;
        assertEquals(first, r.residualBySample()[0][0]);
        assertEquals(13, r.residualBySample()[1].length);
    }

    /** Issue 12, class 5: impossible sizes are refused before any work, with the fix. */
    @Test
    void refusesImpossibleSizesUpFront() {
        Scenario s = scenario(Scenario.Interpolation.LINEAR, List.of(point(2020, 1000)),
                List.of());
        IllegalArgumentException samples = org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> new PathwayRunner().run(s, 100_000_000, 1));
        assertEquals("Samples (100000000) must be from 0 to 1,000,000: percentile bands settle"
                + " long before that; use --samples 1000 or so.", samples.getMessage());
        // 3 series (residual, net, life cycle) x 10^6 samples x (13 x 8 + 16 bytes) + 16 bytes per
        // sample = 376e6 B = 358 MB
        assertEquals("1,000,000 samples of 13 years need about 358 MB for their results, more"
                + " than half of the 256 MB heap: use fewer samples or years, or give Java more"
                + " memory (for the symbiosis launcher: SYMBIOSIS_JAVA_OPTS=-Xmx8g).",
                PathwayRunner.sizeProblem(s, 1_000_000, 256L << 20));
        assertEquals(null, PathwayRunner.sizeProblem(s, 1000, 256L << 20));
        InvalidValueException years = org.junit.jupiter.api.Assertions.assertThrows(
                InvalidValueException.class, () -> new Scenario("long", "", chain(), 1,
                        2_000, List.of(), List.of(), List.of(), false));
        assertEquals("The scenario runs 2000 years (1-2000), more than the 1000 one run may"
                + " hold: run a shorter span, or split it into several scenarios.",
                years.getMessage());
        assertEquals("scenario 'long'", years.issues().get(0).element());
        assertEquals("1-2000", years.issues().get(0).value());
    }

    /** Issue 12, class 1: a target without a description reads as an empty one. */
    @Test
    void aTargetWithoutADescriptionHasAnEmptyOne() {
        assertEquals("", new PathwayTarget.NetZero("nz", null, 2030).description());
        assertEquals("", new PathwayTarget.Reduction("r", null, 2020, 2030, 0.5, null)
                .description());
        assertEquals("", new PathwayTarget.Cap("c", null, 2030, 5, null).description());
    }

    /** Every problem of a scenario is an issue naming its element and the value to blame. */
    @Test
    void aScenarioListsItsProblemsAsIssues() {
        SymbiosisException e = org.junit.jupiter.api.Assertions.assertThrows(
                SymbiosisException.class, () -> new Scenario("bad", "", chain(), 2020, 2032,
                        List.of(new Scenario.Change(new Parameter("process:nothing:fixed"),
                                Scenario.Interpolation.STEP, List.of(point(2020, 1)))),
                        List.of(new Scenario.Presence("plant:ghost", 2025, null)),
                        List.of(new PathwayTarget.Cap("cap", null, 2040, 5, null)), false));
        assertEquals(3, e.issues().size(), e.getMessage());
        assertEquals("change 'process:nothing:fixed'", e.issues().get(0).element());
        assertEquals("process:nothing:fixed", e.issues().get(0).value());
        assertEquals("plant 'ghost'", e.issues().get(1).element());
        assertEquals("plant:ghost", e.issues().get(1).value());
        assertEquals("The scenario commissions or retires 'plant:ghost', which the base park does"
                + " not have.", e.issues().get(1).message());
        assertEquals("target 'cap'", e.issues().get(2).element());
        assertEquals("2040", e.issues().get(2).value());
        assertEquals("The target 'cap' needs year 2040, outside the scenario's years 2020-2032:"
                + " widen the years or move the target.", e.issues().get(2).message());
    }

    /** A year's bad value keeps its type and issue; the message says the year and the path. */
    @Test
    void aYearsBadValueKeepsItsTypeAndNamesTheYear() {
        Scenario s = scenario(Scenario.Interpolation.STEP, List.of(point(2020, -1000)),
                List.of());
        SymbiosisException e = org.junit.jupiter.api.Assertions.assertThrows(
                SymbiosisException.class, () -> new PathwayRunner().run(s));
        assertEquals(InvalidValueException.class, e.getClass(), e.getMessage());
        assertEquals("Year 2020 (the deterministic run): setting '" + POWER + "' to -1000.0:"
                + " The fixed activity (-1000.0) of a process rule must not be negative.",
                e.getMessage());
        assertEquals("-1000.0", e.issues().get(0).value());
        assertEquals(InvalidValueException.class, e.getCause().getClass());
    }

    /** A measure's path that names nothing in the park: the measure, the path and the fix. */
    @Test
    void aMeasureWhosePathNamesNothingIsAnInvalidValue() {
        Measure m = new Measure("ghost", "", java.util.Map.of("process:nothing:fixed", 1.0));
        InvalidValueException e = org.junit.jupiter.api.Assertions.assertThrows(
                InvalidValueException.class, () -> MeasureEffects.without(chain(), m));
        assertEquals("measure 'ghost'", e.issues().get(0).element());
        assertEquals("process:nothing:fixed", e.issues().get(0).value());
        assertTrue(e.getMessage().startsWith("The measure 'ghost' sets 'process:nothing:fixed',"
                + " but "), e.getMessage());
    }

    /** A measure's value the park refuses keeps the park's exception type, prefixed. */
    @Test
    void aMeasureWhoseValueBreaksTheParkKeepsTheTypeAndNamesTheMeasure() {
        Measure m = new Measure("neg", "", java.util.Map.of(POWER, -5.0));
        InvalidValueException e = org.junit.jupiter.api.Assertions.assertThrows(
                InvalidValueException.class, () -> MeasureEffects.without(chain(), m));
        assertEquals("The measure 'neg' sets '" + POWER + "' to -5.0: The fixed activity (-5.0)"
                + " of a process rule must not be negative.", e.getMessage());
        assertEquals("-5.0", e.issues().get(0).value());
    }
}
