package org.symbiosis.generate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.symbiosis.flow.FlowInvariants;
import org.symbiosis.optimize.LinearProgramOptimizer;
import org.symbiosis.optimize.Objective;
import org.symbiosis.optimize.OptimizationResult;

/** The optimiser on the synthetic parks. */
class SyntheticParksOptimiseTest {

    @Test
    void optimisesToOptimality() {
        OptimizationResult result = new LinearProgramOptimizer(Objective.cost(50))
                .optimize(SyntheticParks.generate(3, 200));
        assertTrue(result.optimal(), result.diagnosis());
        FlowInvariants.check(result.state().orElseThrow(), "synthetic 200 optimised");
    }
}
