package org.symbiosis.optimize.lp;

/**
 * Solves a {@link MinCostFlowNetwork} exactly, in integers. Implementations are stateless and
 * thread-safe.
 */
public interface MinCostFlowSolver {

    /**
     * A short name for reports.
     *
     * @return e.g. {@code min-cost flow (OR-Tools)}
     */
    String name();

    /**
     * Solves the network.
     *
     * @param network the arcs and supplies
     * @return the status, and the flow on every arc when optimal
     */
    Result solve(MinCostFlowNetwork network);

    /** How a min-cost-flow solve ended. */
    enum Status {
        /** The flows are a minimum-cost flow. */
        OPTIMAL,
        /** The supplies cannot be met within the capacities. */
        INFEASIBLE,
        /** The solver stopped without an answer (overflow, bad input); see the note. */
        NOT_SOLVED
    }

    /**
     * The outcome of a solve.
     *
     * @param status      how it ended
     * @param optimalCost the total cost when optimal
     * @param flows       the flow on each arc, in the order added, when optimal; else empty
     * @param note        why it was not solved, or empty
     */
    record Result(Status status, long optimalCost, long[] flows, String note) {

        /**
         * The flow on one arc.
         *
         * @param arc the arc's index, as returned when it was added
         * @return the flow
         */
        public long flow(int arc) {
            return flows[arc];
        }
    }
}
