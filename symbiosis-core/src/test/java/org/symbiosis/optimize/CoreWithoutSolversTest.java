package org.symbiosis.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.symbiosis.model.SymbiosisException;
import org.symbiosis.optimize.lp.NoSolverException;
import org.symbiosis.optimize.lp.Solvers;
import java.nio.file.Path;
import org.symbiosis.io.ParkFiles;
import org.symbiosis.simulate.Simulator;

/**
 * The core runs without OR-Tools: its test classpath is the core's runtime classpath, so OR-Tools
 * must not be on it, simulation must work, and the optimisers must say which module to add.
 */
class CoreWithoutSolversTest {

    @Test
    void orToolsIsNotOnTheCoreClasspath() {
        assertThrows(ClassNotFoundException.class, () -> Class.forName("com.google.ortools.Loader"));
        assertThrows(ClassNotFoundException.class,
                () -> Class.forName("com.google.protobuf.Message"));
        assertTrue(Solvers.providers().isEmpty(), "providers: " + Solvers.providers());
        assertEquals(false, Solvers.available());
    }

    @Test
    void simulationNeedsNoSolver() {
        assertTrue(new Simulator().run(ParkFiles.read(
                Path.of("src/test/resources/parks/chain.json")).park()).withSymbiosis().ledger().totals()
                .residual() > 0);
    }

    @Test
    void optimisersNameTheModuleToAdd() {
        NoSolverException lp = assertThrows(NoSolverException.class,
                () -> new LinearProgramOptimizer(Objective.emissions()));
        assertEquals("No LP solver 'glop' is on the classpath (solver providers found: none). Add"
                + " the module org.symbiosis:symbiosis-ortools (OR-Tools' GLOP, CLP, SCIP and"
                + " min-cost flow) to the classpath, or register your own"
                + " org.symbiosis.optimize.lp.SolverProvider.", lp.getMessage());
        assertEquals("LP solver 'glop'", lp.issues().get(0).element());
        SymbiosisException flow = assertThrows(NoSolverException.class,
                () -> new MinCostFlowAllocator(Objective.emissions()));
        assertTrue(flow.getMessage().startsWith("No min-cost-flow solver is on the classpath"));
        assertThrows(NoSolverException.class,
                () -> new InvestmentPlanner(PlanGoal.cost(50)));
    }
}
