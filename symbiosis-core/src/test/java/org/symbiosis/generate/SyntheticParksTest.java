package org.symbiosis.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.symbiosis.flow.FlowInvariants;
import org.symbiosis.model.Park;
import org.symbiosis.optimize.LinearProgramOptimizer;
import org.symbiosis.optimize.Objective;
import org.symbiosis.optimize.OptimizationResult;
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

    @Test
    void optimisesToOptimality() {
        OptimizationResult result = new LinearProgramOptimizer(Objective.cost(50))
                .optimize(SyntheticParks.generate(3, 200));
        assertTrue(result.optimal(), result.diagnosis());
        FlowInvariants.check(result.state().orElseThrow(), "synthetic 200 optimised");
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
