package org.symbiosis.ortools;

import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;
import org.symbiosis.optimize.lp.MinCostFlowNetwork;
import org.symbiosis.optimize.lp.MinCostFlowSolver;

/** OR-Tools' network simplex ({@code MinCostFlow}) behind {@link MinCostFlowSolver}. */
public final class OrToolsMinCostFlow implements MinCostFlowSolver {

    @Override
    public String name() {
        return "min-cost flow (OR-Tools)";
    }

    @Override
    public Result solve(MinCostFlowNetwork network) {
        OrToolsNatives.load();
        MinCostFlow flow = new MinCostFlow();
        for (int a = 0; a < network.arcs(); a++) {
            flow.addArcWithCapacityAndUnitCost(network.tail(a), network.head(a),
                    network.capacity(a), network.unitCost(a));
        }
        for (int n = 0; n < network.nodes(); n++) {
            flow.setNodeSupply(n, network.supply(n));
        }
        MinCostFlowBase.Status status;
        try {
            status = flow.solve();
        } catch (IllegalArgumentException e) {
            // OR-Tools returns codes its Java enum does not know (overflow, bad input).
            return new Result(Status.NOT_SOLVED, 0, new long[0], "an unknown status");
        }
        return switch (status) {
            case OPTIMAL -> {
                long[] flows = new long[network.arcs()];
                for (int a = 0; a < flows.length; a++) {
                    flows[a] = flow.getFlow(a);
                }
                yield new Result(Status.OPTIMAL, flow.getOptimalCost(), flows, "");
            }
            case INFEASIBLE -> new Result(Status.INFEASIBLE, 0, new long[0], "");
            default -> new Result(Status.NOT_SOLVED, 0, new long[0], "status " + status);
        };
    }
}
