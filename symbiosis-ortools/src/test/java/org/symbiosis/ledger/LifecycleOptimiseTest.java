package org.symbiosis.ledger;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symbiosis.flow.FlowInvariants.assertClose;
import static org.symbiosis.ledger.LifecycleTest.HANDYMAX;
import static org.symbiosis.ledger.LifecycleTest.SUPRAMAX;
import static org.symbiosis.ledger.LifecycleTest.ca;
import static org.symbiosis.ledger.LifecycleTest.pellets;
import static org.symbiosis.ledger.LifecycleTest.vn;

import org.junit.jupiter.api.Test;
import org.symbiosis.model.CarrierId;
import org.symbiosis.model.Park;
import org.symbiosis.model.Target;
import org.symbiosis.optimize.LinearProgramOptimizer;
import org.symbiosis.optimize.Objective;
import org.symbiosis.optimize.OptimizationResult;

/** The optimiser chooses origins by their life cycle (the fixtures of LifecycleTest). */
class LifecycleOptimiseTest {

    /**
     * Under the life-cycle metric the optimiser takes the cleaner origin up to its capacity:
     * pellets from vn (0.1 + 3700 x 5.4e-6 t CO2e/t) limited to 30 t, the rest from ca (0.2 +
     * 8480 x 5.77e-6). Listed ca first so that filling in order would be the wrong answer.
     */
    @Test
    void theOptimiserChoosesOriginsByTheirLifeCycle() {
        Park park = pellets(ca().withCapacity(Double.POSITIVE_INFINITY), vn().withCapacity(30));
        OptimizationResult r = new LinearProgramOptimizer(Objective.emissions()
                .withMetric(Target.Metric.LIFECYCLE)).optimize(park);
        assertTrue(r.optimal(), r.diagnosis());
        double vn = 0.1 + 3700 * SUPRAMAX;
        double ca = 0.2 + 8480 * HANDYMAX;
        assertClose(30 * vn + 70 * ca, r.objective(), "objective");
        assertClose(30 * vn + 70 * ca, r.ledger().orElseThrow().totals().lifecycle(),
                "ledger life cycle");
        assertClose(30, r.state().orElseThrow().fromOrigins(CarrierId.of("pellets"))[1],
                "from vn");
    }
}
