package org.symbiosis.simulate;

import java.util.Arrays;

/**
 * The strongly connected components of a CSR dependency graph (row i depends on its columns), in
 * an order where every component comes after all components it depends on: the acyclic part is
 * then solved in one pass and only cyclic components need iterating. Iterative Tarjan, O(n + nnz)
 * time and O(n) extra memory, no recursion (safe for a million variables).
 */
final class Condensation {

    /** Variables, component by component, in evaluation order. */
    final int[] order;
    /** Component c holds {@code order[start[c] .. start[c+1]-1]}. */
    final int[] start;
    /** Whether component c contains a cycle (more than one variable, or a self-dependency). */
    final boolean[] cyclic;

    private Condensation(int[] order, int[] start, boolean[] cyclic) {
        this.order = order;
        this.start = start;
        this.cyclic = cyclic;
    }

    /** The same components over variables renumbered in this order: order becomes 0..n-1. */
    Condensation sequential() {
        int[] identity = new int[order.length];
        for (int i = 0; i < identity.length; i++) {
            identity[i] = i;
        }
        return new Condensation(identity, start, cyclic);
    }

    int components() {
        return cyclic.length;
    }

    static Condensation of(int n, int[] rowStart, int[] column) {
        int[] indexOf = new int[n];
        int[] low = new int[n];
        Arrays.fill(indexOf, -1);
        boolean[] onStack = new boolean[n];
        int[] stack = new int[n];
        int stackTop = 0;
        int[] callVertex = new int[n];
        int[] callEdge = new int[n];
        int[] order = new int[n];
        int[] componentStart = new int[n + 1];
        int orderSize = 0;
        int components = 0;
        int counter = 0;
        for (int root = 0; root < n; root++) {
            if (indexOf[root] >= 0) {
                continue;
            }
            int depth = 0;
            callVertex[0] = root;
            callEdge[0] = rowStart[root];
            indexOf[root] = low[root] = counter++;
            stack[stackTop++] = root;
            onStack[root] = true;
            while (depth >= 0) {
                int v = callVertex[depth];
                if (callEdge[depth] < rowStart[v + 1]) {
                    int w = column[callEdge[depth]++];
                    if (indexOf[w] < 0) {
                        indexOf[w] = low[w] = counter++;
                        stack[stackTop++] = w;
                        onStack[w] = true;
                        depth++;
                        callVertex[depth] = w;
                        callEdge[depth] = rowStart[w];
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], indexOf[w]);
                    }
                    continue;
                }
                if (low[v] == indexOf[v]) {
                    componentStart[components++] = orderSize;
                    int w;
                    do {
                        w = stack[--stackTop];
                        onStack[w] = false;
                        order[orderSize++] = w;
                    } while (w != v);
                }
                depth--;
                if (depth >= 0) {
                    int parent = callVertex[depth];
                    low[parent] = Math.min(low[parent], low[v]);
                }
            }
        }
        componentStart[components] = orderSize;
        int[] start = Arrays.copyOf(componentStart, components + 1);
        boolean[] cyclic = new boolean[components];
        for (int c = 0; c < components; c++) {
            if (start[c + 1] - start[c] > 1) {
                cyclic[c] = true;
            } else {
                int v = order[start[c]];
                for (int e = rowStart[v]; e < rowStart[v + 1]; e++) {
                    if (column[e] == v) {
                        cyclic[c] = true;
                    }
                }
            }
        }
        return new Condensation(order, start, cyclic);
    }
}
