package org.symbiosis.optimize.lp;

import static com.google.common.base.Preconditions.checkElementIndex;

import java.util.Arrays;

/**
 * A min-cost-flow problem in integers: nodes {@code 0..nodes-1} with supplies (positive at a
 * source, negative at a demand), arcs with a capacity and a cost per unit. Built by the caller,
 * then given to a {@link MinCostFlowSolver}. Not thread-safe while being built.
 */
public final class MinCostFlowNetwork {

    private final long[] supply;
    private int arcs;
    private int[] from = new int[16];
    private int[] to = new int[16];
    private long[] capacity = new long[16];
    private long[] unitCost = new long[16];

    /**
     * A network without arcs.
     *
     * @param nodes the number of nodes
     */
    public MinCostFlowNetwork(int nodes) {
        this.supply = new long[nodes];
    }

    /**
     * Adds an arc.
     *
     * @param tail     the node it leaves
     * @param head     the node it enters
     * @param cap      its capacity, at least 0
     * @param costUnit its cost per unit of flow
     * @return the arc's index
     */
    public int addArc(int tail, int head, long cap, long costUnit) {
        checkElementIndex(tail, supply.length, "tail");
        checkElementIndex(head, supply.length, "head");
        if (arcs == from.length) {
            int grown = arcs * 2;
            from = Arrays.copyOf(from, grown);
            to = Arrays.copyOf(to, grown);
            capacity = Arrays.copyOf(capacity, grown);
            unitCost = Arrays.copyOf(unitCost, grown);
        }
        from[arcs] = tail;
        to[arcs] = head;
        capacity[arcs] = cap;
        unitCost[arcs] = costUnit;
        return arcs++;
    }

    /**
     * Sets a node's supply.
     *
     * @param node   the node
     * @param amount positive at a source, negative at a demand
     */
    public void setSupply(int node, long amount) {
        supply[node] = amount;
    }

    /** @return the number of nodes */
    public int nodes() {
        return supply.length;
    }

    /** @return the number of arcs */
    public int arcs() {
        return arcs;
    }

    /**
     * @param node a node
     * @return its supply
     */
    public long supply(int node) {
        return supply[node];
    }

    /**
     * @param arc an arc
     * @return the node it leaves
     */
    public int tail(int arc) {
        return from[arc];
    }

    /**
     * @param arc an arc
     * @return the node it enters
     */
    public int head(int arc) {
        return to[arc];
    }

    /**
     * @param arc an arc
     * @return its capacity
     */
    public long capacity(int arc) {
        return capacity[arc];
    }

    /**
     * @param arc an arc
     * @return its cost per unit
     */
    public long unitCost(int arc) {
        return unitCost[arc];
    }
}
