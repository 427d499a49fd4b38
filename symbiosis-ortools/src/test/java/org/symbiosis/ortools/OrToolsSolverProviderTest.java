package org.symbiosis.ortools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.symbiosis.optimize.lp.MinCostFlowNetwork;
import org.symbiosis.optimize.lp.MinCostFlowSolver;
import org.symbiosis.optimize.lp.NoSolverException;
import org.symbiosis.optimize.lp.SolverProvider;
import org.symbiosis.optimize.lp.Solvers;

/** The core finds this module's solvers through ServiceLoader, by name. */
class OrToolsSolverProviderTest {

    @Test
    void theCoreFindsEverySolverByName() {
        assertEquals(List.of("OR-Tools"), Solvers.providers().stream().map(SolverProvider::name)
                .toList());
        assertTrue(Solvers.available());
        assertEquals("GLOP (OR-Tools)", Solvers.lp("glop", 0).name());
        assertEquals("GLOP without presolve (OR-Tools)", Solvers.lp("glop-no-presolve", 0).name());
        assertEquals("CLP (OR-Tools)", Solvers.lp("clp", 0).name());
        assertEquals("GLOP dual simplex (OR-Tools)", Solvers.lp("glop-dual", 0).name());
        assertEquals("GLOP dual simplex, slack basis (OR-Tools)",
                Solvers.lp("glop-dual-slack", 0).name());
        assertEquals("GLOP [use_scaling:false] (OR-Tools)",
                Solvers.lp("glop:use_scaling:false", 0).name());
        assertEquals("CLP dual simplex (OR-Tools)", Solvers.lp("clp-dual", 0).name());
        assertEquals("CLP primal simplex (OR-Tools)", Solvers.lp("clp-primal", 0).name());
        assertEquals("CLP barrier (OR-Tools)", Solvers.lp("clp-barrier", 0).name());
        assertEquals("HiGHS (OR-Tools)", Solvers.lp("highs", 0).name());
        assertEquals("PDLP (OR-Tools)", Solvers.lp("pdlp", 0).name());
        assertEquals("SCIP (OR-Tools)", Solvers.lp("scip", 1000).name());
        NoSolverException e = assertThrows(NoSolverException.class,
                () -> Solvers.lp("gurobi", 0));
        assertTrue(e.getMessage().startsWith("No LP solver 'gurobi' is on the classpath (solver"
                + " providers found: OR-Tools)."), e.getMessage());
    }

    /**
     * Two units from node 0 to node 2: the direct arc costs 5 per unit and takes one unit, the
     * path through node 1 costs 1 + 1 = 2 per unit and takes one unit; so one unit each way, cost
     * 7. By hand.
     */
    @Test
    void minCostFlowSolvesASmallNetworkByHand() {
        MinCostFlowNetwork network = new MinCostFlowNetwork(3);
        int direct = network.addArc(0, 2, 1, 5);
        int first = network.addArc(0, 1, 1, 1);
        int second = network.addArc(1, 2, 5, 1);
        network.setSupply(0, 2);
        network.setSupply(2, -2);
        MinCostFlowSolver.Result r = Solvers.minCostFlow().solve(network);
        assertEquals(MinCostFlowSolver.Status.OPTIMAL, r.status());
        assertEquals(7, r.optimalCost());
        assertEquals(1, r.flow(direct));
        assertEquals(1, r.flow(first));
        assertEquals(1, r.flow(second));
        network.setSupply(0, 3);
        network.setSupply(2, -3);
        assertEquals(MinCostFlowSolver.Status.INFEASIBLE,
                Solvers.minCostFlow().solve(network).status(), "only 2 units fit");
    }
}
