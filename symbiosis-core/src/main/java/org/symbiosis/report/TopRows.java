package org.symbiosis.report;

import java.util.function.IntToDoubleFunction;

/**
 * The indices of the largest rows of a table, for reports that show the top of a large table.
 * A bounded heap over primitive keys: O(n log k) time and O(k) memory for the k largest of n.
 */
final class TopRows {

    private TopRows() {
    }

    /**
     * The indices {@code 0..n-1} with the {@code limit} largest sizes, largest first; equal sizes
     * in index order. All of them, in index order, when {@code n <= limit}.
     *
     * @param n     rows in the table
     * @param limit rows to keep, at least 0
     * @param size  the size of a row (NaN counts as the smallest)
     * @return the chosen indices
     */
    static int[] of(int n, int limit, IntToDoubleFunction size) {
        if (n <= limit) {
            int[] all = new int[n];
            for (int i = 0; i < n; i++) {
                all[i] = i;
            }
            return all;
        }
        int[] heap = new int[limit];
        double[] keys = new double[limit];
        int count = 0;
        for (int i = 0; i < n; i++) {
            double key = size.applyAsDouble(i);
            if (Double.isNaN(key)) {
                key = Double.NEGATIVE_INFINITY;
            }
            if (count < limit) {
                heap[count] = i;
                keys[count] = key;
                up(heap, keys, count++);
            } else if (limit > 0 && key > keys[0]) {
                heap[0] = i;
                keys[0] = key;
                down(heap, keys, limit);
            }
        }
        // Pop the heap (smallest first) into the result from its end: largest first.
        int[] top = new int[count];
        for (int m = count; m > 0; m--) {
            top[m - 1] = heap[0];
            heap[0] = heap[m - 1];
            keys[0] = keys[m - 1];
            down(heap, keys, m - 1);
        }
        return top;
    }

    /** Whether row a (key ka) ranks below row b: a smaller key, or the same key and a later row. */
    private static boolean below(double ka, int a, double kb, int b) {
        return ka < kb || ka == kb && a > b;
    }

    private static void up(int[] heap, double[] keys, int i) {
        while (i > 0) {
            int parent = (i - 1) / 2;
            if (!below(keys[i], heap[i], keys[parent], heap[parent])) {
                return;
            }
            swap(heap, keys, i, parent);
            i = parent;
        }
    }

    private static void down(int[] heap, double[] keys, int n) {
        int i = 0;
        while (true) {
            int l = 2 * i + 1;
            int r = l + 1;
            int least = i;
            if (l < n && below(keys[l], heap[l], keys[least], heap[least])) {
                least = l;
            }
            if (r < n && below(keys[r], heap[r], keys[least], heap[least])) {
                least = r;
            }
            if (least == i) {
                return;
            }
            swap(heap, keys, i, least);
            i = least;
        }
    }

    private static void swap(int[] heap, double[] keys, int i, int j) {
        int h = heap[i];
        heap[i] = heap[j];
        heap[j] = h;
        double k = keys[i];
        keys[i] = keys[j];
        keys[j] = k;
    }
}
