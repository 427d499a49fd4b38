package org.symbiosis.simulate;

import java.util.Arrays;

/**
 * The strongly connected components of a CSR dependency graph (row i depends on its columns), in
 * an order where every component comes after all components it depends on: the acyclic part is
 * then solved in one pass and only cyclic components need iterating. Inside a component the
 * variables are in the order the depth-first search finished them (postorder), so that every
 * dependency along a tree, forward or cross edge comes first; only the targets of back edges
 * come later, which is all a Gauss-Seidel sweep reads stale (half the sweeps of the order the
 * components were popped in, on the synthetic parks) and what {@link FeedbackElimination} keeps
 * as its feedback set. Iterative Tarjan, O(n + nnz) time and eight ints per variable of scratch,
 * no recursion (safe for millions of variables).
 */
final class Condensation {

    /**
     * Variables, component by component, in evaluation order; null once the system is
     * renumbered in this order ({@link #renumbered()}).
     */
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

    /**
     * The same components over variables renumbered in this order: component c is then the
     * variables {@code start[c] .. start[c+1]-1}, and the order (the identity) is not kept.
     */
    Condensation renumbered() {
        return new Condensation(null, start, cyclic);
    }

    int components() {
        return cyclic.length;
    }

    static Condensation of(int n, int[] rowStart, int[] column) {
        int[] indexOf = new int[n];
        // low[v] while v is on the stack; its component once popped.
        int[] low = new int[n];
        Arrays.fill(indexOf, -1);
        boolean[] onStack = new boolean[n];
        int[] stack = new int[n];
        int stackTop = 0;
        int[] callVertex = new int[n];
        int[] callEdge = new int[n];
        int[] postorder = new int[n];
        int finished = 0;
        int[] componentSize = new int[n + 1];
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
                postorder[finished++] = v;
                depth--;
                if (depth >= 0) {
                    int parent = callVertex[depth];
                    low[parent] = Math.min(low[parent], low[v]);
                }
                if (low[v] == indexOf[v]) {
                    int w;
                    do {
                        w = stack[--stackTop];
                        onStack[w] = false;
                        low[w] = components;
                        componentSize[components + 1]++;
                    } while (w != v);
                    components++;
                }
            }
        }
        int[] start = Arrays.copyOf(componentSize, components + 1);
        for (int c = 0; c < components; c++) {
            start[c + 1] += start[c];
        }
        // Components in the order they were completed, each in postorder.
        int[] order = stack;
        int[] fill = Arrays.copyOf(start, components);
        for (int i = 0; i < n; i++) {
            int v = postorder[i];
            order[fill[low[v]]++] = v;
        }
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
