package org.symbiosis.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.symbiosis.flow.FlowInvariants;
import org.symbiosis.model.Park;
import org.symbiosis.simulate.SimulationResult;
import org.symbiosis.simulate.Simulator;

class SyntheticParksTest {

    @Test
    void theSameSeedGivesAnEqualPark() {
        assertEquals(SyntheticParks.generate(7, 200), SyntheticParks.generate(7, 200));
        assertTrue(!SyntheticParks.generate(7, 200).equals(SyntheticParks.generate(8, 200)));
    }

    @Test
    void hasTheRequestedSizeAndNoWarnings() {
        Park park = SyntheticParks.generate(1, 1000);
        assertEquals(1000, park.plants().size());
        assertEquals(3500, park.links().size());
        assertEquals(0, park.warnings().size(), park.warnings().toString());
    }

    @Test
    void simulatesWithLoopsAndKeepsTheInvariants() {
        SimulationResult result = new Simulator().run(SyntheticParks.generate(3, 1000));
        assertTrue(result.withSymbiosis().convergence().cyclicComponents() >= 1);
        FlowInvariants.check(result.withSymbiosis().state(), "synthetic 1000");
        FlowInvariants.check(result.baseline().state(), "synthetic 1000 baseline");
        // The ring of captured CO2 between clusters makes one component of all clusters' loops.
        assertTrue(result.withSymbiosis().convergence().largestCyclicComponent() > 1000,
                "largest loop " + result.withSymbiosis().convergence());
    }

    /** The streamed file is the file of the generated park, and reads back as it. */
    @Test
    void writesTheGeneratedParkAsItsFile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Path file = dir.resolve("park.json");
        SyntheticParks.write(42, 300, file);
        Park park = SyntheticParks.generate(42, 300);
        assertEquals(org.symbiosis.io.ParkFiles.toJson(park), java.nio.file.Files.readString(file));
        assertEquals(park, org.symbiosis.io.ParkFiles.read(file).park());
        assertEquals(SyntheticParks.generate(1, 10), org.symbiosis.io.ParkFiles.read(
                write(dir, 10)).park(), "one cluster, no links between clusters");
    }

    private static java.nio.file.Path write(java.nio.file.Path dir, int plants) {
        java.nio.file.Path file = dir.resolve(plants + ".json");
        SyntheticParks.write(1, plants, file);
        return file;
    }

    /**
     * Two clusters: the ring's link two clusters ahead would be the cluster's own capture to
     * methanation link (the same id: the park did not build). Without it the park builds, and at
     * a loop gain of 0.8 (below 0.8185, the most two clusters reach with all their CO2 captured:
     * the gain counts the 0.05 to the other cluster only) it simulates.
     */
    @Test
    void twoClustersMakeAPark() {
        Park park = SyntheticParks.generate(42, 20);
        assertEquals(20, park.plants().size());
        assertEquals(0, park.warnings().size(), park.warnings().toString());
        Park strong = SyntheticParks.generate(42, 20, 0.8);
        SimulationResult result = new Simulator().run(strong);
        FlowInvariants.check(result.withSymbiosis().state(), "synthetic 20, gain 0.8");
        assertEquals(0.8185, SyntheticParks.gainAtFullShare(2), 5e-5);
        // Per MWh: flue CO2 to capture (0.30 t coal x 2.44 + 0.02 t CH4 x 2.744) x (0.1 MWh
        // per t + 0.9 t captured x the shares that reach methanation / 2.744 t per t CH4 x (0.5
        // + 0.5 x 0.503 x 55) MWh per t CH4).
        double perMethane = 0.5 + 0.5 * 0.503 * 55;
        for (int clusters = 1; clusters <= 3; clusters++) {
            double toMethanation = new double[] {0.15, 0.20, 0.25}[clusters - 1];
            assertEquals((0.30 * 2.44 + 0.02 * 2.744) * (0.1 + 0.9 * toMethanation / 2.744
                    * perMethane), SyntheticParks.gainAtFullShare(clusters), 1e-12,
                    clusters + " clusters");
        }
    }

    @Test
    void rejectsASizeOutOfRange() {
        assertThrows(IllegalArgumentException.class, () -> SyntheticParks.generate(1, 5));
    }

    @Test
    void rejectsALoopGainOutOfRange() {
        for (double gain : new double[] {0, 1, 1.5, -0.5}) {
            assertThrows(IllegalArgumentException.class,
                    () -> SyntheticParks.generate(1, 100, gain), "gain " + gain);
        }
    }

    /** The gain knob changes the CO2 share to capture (and capacities), nothing else. */
    @Test
    void aParkWithAGivenLoopGainHasNoWarningsAndTheSameSize() {
        Park park = SyntheticParks.generate(1, 1000, 0.99);
        assertEquals(1000, park.plants().size());
        assertEquals(3500, park.links().size());
        assertEquals(0, park.warnings().size(), park.warnings().toString());
        SimulationResult result = new Simulator().run(park);
        FlowInvariants.check(result.withSymbiosis().state(), "synthetic 1000, gain 0.99");
        assertEquals(0, result.baseline().convergence().cyclicComponents());
    }
}
