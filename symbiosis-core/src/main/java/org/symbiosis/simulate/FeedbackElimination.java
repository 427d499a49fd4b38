package org.symbiosis.simulate;

import java.util.Arrays;

/**
 * A direct solve of one cyclic component of {@code x = min(cap, M x + d)}: the component's
 * variables are in depth-first postorder ({@link Condensation}), so all of its dependencies point
 * backwards except those on back edges. The targets of back edges form a feedback set F; the rest,
 * D, is acyclic in that order and is eliminated by substitution, each variable of D becoming a
 * sparse combination of F ({@code (I - B_DD)^-1 B_DF}, one pass in order). What is left is the
 * Schur complement {@code S = I - B_FF - B_FD (I - B_DD)^-1 B_DF} on F, usually a small fraction
 * of the component (one variable per local loop); it is ordered by reverse Cuthill-McKee and
 * factorised {@code S = L U} without pivoting. Then one pass gives D with {@code x_F = 0} and the
 * right-hand side on F, two triangular solves give {@code x_F}, and a second pass gives D.
 *
 * <p>Why no pivoting is needed: when the loop's gain (the spectral radius of its block B) is below
 * 1, {@code I - B} is a non-singular M-matrix, so is every principal submatrix and Schur
 * complement of it, and elimination in any order has positive pivots, non-positive off-diagonal
 * factors and no cancellation except in the pivots; the solution is non-negative. A pivot that is
 * not positive means the gain is 1 or more (or within rounding of it): the caller then checks the
 * gain. Nothing here proves anything: the caller accepts a solution only if its true residual is
 * within the tolerance and the loop's gain is proved below 1 as before.
 *
 * <p>Capacities by policy iteration: solve with none clipped; clip every variable whose value
 * exceeds its capacity and release every clipped one whose right-hand side falls below it; repeat
 * until nothing changes (Howard's iteration for {@code min(cap, .)}, which decreases
 * monotonically from the unclipped solution for an M-matrix), at most {@link #MAX_ROUNDS} times.
 *
 * <p>Cost per round: O(entries of the component x average size of the combinations) for the
 * elimination, O(fill) for the factors, three passes for the solve; gives up (for the caller to
 * fall back on Gauss-Seidel) when the combinations or the factors would exceed
 * {@link #FILL_FACTOR} times the component's entries. Scratch arrays are kept for the next
 * component. Not thread-safe: one per solve.
 */
final class FeedbackElimination {

    /** How a component's solve ended. */
    enum Outcome {
        /** x holds the solution, every variable at its rule or its capacity. */
        SOLVED,
        /** A pivot was not positive or a value not finite: the gain is 1 or more, or nearly. */
        NOT_BELOW_ONE,
        /** The combinations or the factors outgrew {@link #FILL_FACTOR}. */
        TOO_LARGE,
        /** The clipped set still changed after {@link #MAX_ROUNDS} rounds. */
        UNSETTLED
    }

    /** Rounds of policy iteration before giving up. */
    static final int MAX_ROUNDS = 16;
    /** Combinations and factors may hold this many entries per entry of the component. */
    static final int FILL_FACTOR = 8;
    private static final int MIN_BUDGET = 1 << 16;

    private final BalanceSystem system;
    private final int fillFactor;
    private final int maxRounds;

    // Per variable of the component (local index i = variable - from).
    private boolean[] clipped = new boolean[0];
    private int[] feedbackIndex = new int[0];
    private int[] expressionStart = new int[1];
    // Combinations of the variables of D over F.
    private int[] expressionColumn = new int[16];
    private double[] expressionValue = new double[16];
    // Per variable of F.
    private int[] feedbackVariable = new int[0];
    private int[] mark = new int[0];
    private int[] pattern = new int[0];
    private int[] heap = new int[0];
    private double[] accumulator = new double[0];
    private double[] rhs = new double[0];
    // S's rows (the reduced system, before ordering), then L (unit diagonal) and U by rows.
    private int[] sStart = new int[1];
    private int[] sColumn = new int[16];
    private double[] sValue = new double[16];
    private int[] lStart = new int[1];
    private int[] lColumn = new int[16];
    private double[] lValue = new double[16];
    private int[] uStart = new int[1];
    private int[] uColumn = new int[16];
    private double[] uValue = new double[16];
    private int[] permutation = new int[0];
    private int[] inverse = new int[0];

    private int from;
    private int to;
    private int feedback;
    private long combinations;
    private long factors;
    private boolean unitLoad;

    /**
     * @param fillFactor entries the combinations and factors may hold per entry of the
     *                   component ({@link #FILL_FACTOR}; 0 for none, so that every component
     *                   falls back)
     * @param maxRounds  rounds of policy iteration ({@link #MAX_ROUNDS})
     */
    FeedbackElimination(BalanceSystem system, int fillFactor, int maxRounds) {
        this.system = system;
        this.fillFactor = fillFactor;
        this.maxRounds = maxRounds;
    }

    /** Size of the feedback set of the last factorisation. */
    int feedbackSize() {
        return feedback;
    }

    /** Entries of the last factorisation: combinations of D over F, rows of S, L and U. */
    long fill() {
        return combinations + factors;
    }

    /**
     * Solves the component {@code [from, to)} (contiguous, in postorder) for its fixed point
     * {@code x = min(cap, M x + d)}, the variables before {@code from} being solved already.
     * On anything but {@link Outcome#SOLVED} the component's entries of x are meaningless.
     */
    Outcome solve(int from, int to, double[] x) {
        begin(from, to, false);
        Arrays.fill(clipped, 0, to - from, false);
        for (int round = 0; round < maxRounds; round++) {
            Outcome factorised = factorise();
            if (factorised != Outcome.SOLVED) {
                return factorised;
            }
            substitute(x);
            boolean changed = false;
            for (int v = from; v < to; v++) {
                double value = x[v];
                if (!Double.isFinite(value)) {
                    return Outcome.NOT_BELOW_ONE;
                }
                int i = v - from;
                double right = rowSum(v, x);
                if (clipped[i] ? right < system.upper[v] : right > system.upper[v]) {
                    clipped[i] = !clipped[i];
                    changed = true;
                }
            }
            if (!changed) {
                return Outcome.SOLVED;
            }
        }
        return Outcome.UNSETTLED;
    }

    /**
     * Solves {@code y = B y + 1} on the component's block B, capacities and everything outside
     * the component ignored: the vector of the Collatz-Wielandt certificate. Only the
     * component's entries of y are written.
     */
    Outcome solveUnitLoad(int from, int to, double[] y) {
        begin(from, to, true);
        Arrays.fill(clipped, 0, to - from, false);
        Outcome factorised = factorise();
        if (factorised != Outcome.SOLVED) {
            return factorised;
        }
        substitute(y);
        for (int v = from; v < to; v++) {
            if (!Double.isFinite(y[v])) {
                return Outcome.NOT_BELOW_ONE;
            }
        }
        return Outcome.SOLVED;
    }

    private void begin(int from, int to, boolean unitLoad) {
        this.from = from;
        this.to = to;
        this.unitLoad = unitLoad;
        int n = to - from;
        if (clipped.length < n) {
            clipped = new boolean[n];
            feedbackIndex = new int[n];
            expressionStart = new int[n + 1];
        }
    }

    /** {@code d_v + (M x)_v}, or {@code 1 + (B x)_v} for the unit load: no clipping. */
    private double rowSum(int v, double[] x) {
        double sum = unitLoad ? 1 : system.constant[v];
        int[] column = system.column;
        double[] value = system.value;
        for (int e = system.rowStart[v]; e < system.rowStart[v + 1]; e++) {
            int c = column[e];
            if (!unitLoad || (c >= from && c < to)) {
                sum += value[e] * x[c];
            }
        }
        return sum;
    }

    /**
     * Finds F for the current clipped set, eliminates D into S and factorises S. SOLVED means
     * factorised.
     */
    private Outcome factorise() {
        int n = to - from;
        int[] rowStart = system.rowStart;
        int[] column = system.column;
        double[] value = system.value;
        // F: unclipped targets of back edges (and self-dependencies) of unclipped rows.
        Arrays.fill(feedbackIndex, 0, n, -1);
        long entries = 0;
        for (int i = 0; i < n; i++) {
            if (clipped[i]) {
                continue;
            }
            int v = from + i;
            entries += rowStart[v + 1] - rowStart[v];
            for (int e = rowStart[v]; e < rowStart[v + 1]; e++) {
                int j = column[e] - from;
                if (j >= i && j < n && !clipped[j]) {
                    feedbackIndex[j] = 0;
                }
            }
        }
        feedback = 0;
        for (int i = 0; i < n; i++) {
            if (feedbackIndex[i] == 0) {
                feedbackIndex[i] = feedback++;
            }
        }
        int m = feedback;
        if (fillFactor == 0) {
            return Outcome.TOO_LARGE;
        }
        long budget = Math.max(MIN_BUDGET, (long) fillFactor * (entries + n));
        combinations = 0;
        factors = 0;
        ensureFeedback(m);
        if (expressionColumn.length < 2 * entries) {
            // Room for the usual case at once (about two entries per entry of the component).
            expressionColumn = new int[(int) Math.min(budget, 2 * entries + 16)];
            expressionValue = new double[expressionColumn.length];
        }
        int f = 0;
        for (int i = 0; i < n; i++) {
            if (feedbackIndex[i] >= 0) {
                feedbackVariable[f++] = i;
            }
        }
        // Eliminate D in order: each variable of D as a combination over F; rows of S for F.
        Arrays.fill(mark, 0, m, -1);
        int expressions = 0;
        int sEntries = 0;
        for (int i = 0; i < n; i++) {
            if (clipped[i]) {
                expressionStart[i] = expressions;
                continue;
            }
            int v = from + i;
            int size = 0;
            for (int e = rowStart[v]; e < rowStart[v + 1]; e++) {
                int j = column[e] - from;
                if (j < 0 || j >= n || clipped[j]) {
                    continue;
                }
                double b = value[e];
                int fj = feedbackIndex[j];
                if (fj >= 0) {
                    size = accumulate(fj, b, i, size);
                } else {
                    for (int k = expressionStart[j]; k < expressionStart[j + 1]; k++) {
                        size = accumulate(expressionColumn[k], b * expressionValue[k], i, size);
                    }
                }
            }
            if (expressions + sEntries + size > budget) {
                return Outcome.TOO_LARGE;
            }
            if (feedbackIndex[i] >= 0) {
                int row = feedbackIndex[i];
                sStart[row] = sEntries;
                if (sEntries + size > sColumn.length) {
                    sColumn = Arrays.copyOf(sColumn, Math.max(2 * sColumn.length,
                            sEntries + size));
                    sValue = Arrays.copyOf(sValue, sColumn.length);
                }
                for (int k = 0; k < size; k++) {
                    sColumn[sEntries] = pattern[k];
                    sValue[sEntries++] = accumulator[pattern[k]];
                }
                expressionStart[i] = expressions;
            } else {
                expressionStart[i] = expressions;
                if (expressions + size > expressionColumn.length) {
                    expressionColumn = Arrays.copyOf(expressionColumn, (int) Math.min(budget,
                            Math.max(2L * expressionColumn.length, expressions + size)));
                    expressionValue = Arrays.copyOf(expressionValue, expressionColumn.length);
                }
                for (int k = 0; k < size; k++) {
                    expressionColumn[expressions] = pattern[k];
                    expressionValue[expressions++] = accumulator[pattern[k]];
                }
            }
            expressionStart[i + 1] = expressions;
        }
        sStart[m] = sEntries;
        combinations = expressions + sEntries;
        if (m == 0) {
            return Outcome.SOLVED;
        }
        order(m);
        return factoriseReduced(m, budget);
    }

    /** Adds {@code b} to entry {@code f} of the row being built (a sparse accumulator). */
    private int accumulate(int f, double b, int row, int size) {
        if (mark[f] != row) {
            mark[f] = row;
            accumulator[f] = 0;
            pattern[size++] = f;
        }
        accumulator[f] += b;
        return size;
    }

    private void ensureFeedback(int m) {
        if (mark.length < m) {
            int length = Math.max(m, 2 * mark.length);
            feedbackVariable = new int[length];
            mark = new int[length];
            pattern = new int[length];
            heap = new int[length];
            accumulator = new double[length];
            rhs = new double[length];
            permutation = new int[length];
            inverse = new int[length];
            sStart = new int[length + 1];
            lStart = new int[length + 1];
            uStart = new int[length + 1];
        }
    }

    /**
     * Reverse Cuthill-McKee on the symmetrised pattern of S: {@code permutation[new] = old}.
     * Keeps the factors' fill near the bandwidth of S, small for loops that are chained like
     * the clusters of a park.
     */
    private void order(int m) {
        int[] degree = new int[m + 1];
        for (int r = 0; r < m; r++) {
            for (int e = sStart[r]; e < sStart[r + 1]; e++) {
                int c = sColumn[e];
                if (c != r) {
                    degree[r + 1]++;
                    degree[c + 1]++;
                }
            }
        }
        for (int r = 0; r < m; r++) {
            degree[r + 1] += degree[r];
        }
        int[] adjacent = new int[degree[m]];
        int[] fill = Arrays.copyOf(degree, m);
        for (int r = 0; r < m; r++) {
            for (int e = sStart[r]; e < sStart[r + 1]; e++) {
                int c = sColumn[e];
                if (c != r) {
                    adjacent[fill[r]++] = c;
                    adjacent[fill[c]++] = r;
                }
            }
        }
        int[] queue = permutation;
        int[] level = inverse;
        Arrays.fill(level, 0, m, -1);
        int placed = 0;
        for (int seed = 0; seed < m; seed++) {
            if (level[seed] >= 0) {
                continue;
            }
            // A pseudo-peripheral start: the last vertex reached from the seed, then from it.
            int start = seed;
            for (int round = 0; round < 2; round++) {
                start = farthest(start, degree, adjacent, queue, level, placed);
            }
            int head = placed;
            queue[placed++] = start;
            level[start] = 0;
            while (head < placed) {
                int r = queue[head++];
                int first = placed;
                for (int e = degree[r]; e < degree[r + 1]; e++) {
                    int c = adjacent[e];
                    if (level[c] < 0) {
                        level[c] = 0;
                        queue[placed++] = c;
                    }
                }
                // Neighbours by increasing degree (insertion sort: they are few).
                for (int a = first + 1; a < placed; a++) {
                    int t = queue[a];
                    int dt = degree[t + 1] - degree[t];
                    int b = a - 1;
                    while (b >= first && degree[queue[b] + 1] - degree[queue[b]] > dt) {
                        queue[b + 1] = queue[b];
                        b--;
                    }
                    queue[b + 1] = t;
                }
            }
        }
        for (int a = 0, b = m - 1; a < b; a++, b--) {
            int t = queue[a];
            queue[a] = queue[b];
            queue[b] = t;
        }
        for (int k = 0; k < m; k++) {
            inverse[permutation[k]] = k;
        }
    }

    /**
     * The last vertex a breadth-first search from {@code start} reaches, among vertices not yet
     * placed; uses {@code queue} from {@code placed} on and leaves {@code level} as it was.
     */
    private static int farthest(int start, int[] degree, int[] adjacent, int[] queue,
            int[] level, int placed) {
        int head = placed;
        int tail = placed;
        queue[tail++] = start;
        level[start] = -2;
        int last = start;
        while (head < tail) {
            int r = queue[head++];
            last = r;
            for (int e = degree[r]; e < degree[r + 1]; e++) {
                int c = adjacent[e];
                if (level[c] == -1) {
                    level[c] = -2;
                    queue[tail++] = c;
                }
            }
        }
        for (int k = placed; k < tail; k++) {
            level[queue[k]] = -1;
        }
        return last;
    }

    /**
     * Up-looking LU of S in the order {@link #permutation}, no pivoting: row k of S is reduced by
     * the rows of U before it, in increasing column order (a heap), fill included.
     */
    private Outcome factoriseReduced(int m, long budget) {
        double[] w = accumulator;
        Arrays.fill(mark, 0, m, -1);
        int lEntries = 0;
        int uEntries = 0;
        uStart[0] = 0;
        for (int k = 0; k < m; k++) {
            int row = permutation[k];
            int size = 0;
            int heapSize = 0;
            mark[k] = k;
            w[k] = 1;
            pattern[size++] = k;
            for (int e = sStart[row]; e < sStart[row + 1]; e++) {
                int c = inverse[sColumn[e]];
                if (mark[c] != k) {
                    mark[c] = k;
                    w[c] = 0;
                    pattern[size++] = c;
                    if (c < k) {
                        heapSize = push(heap, heapSize, c);
                    }
                }
                w[c] -= sValue[e];
            }
            lStart[k] = lEntries;
            while (heapSize > 0) {
                int p = heap[0];
                heapSize = pop(heap, heapSize);
                double factor = w[p] / uValue[uStart[p]];
                if (lEntries == lColumn.length) {
                    if (lEntries + uEntries >= budget) {
                        return Outcome.TOO_LARGE;
                    }
                    lColumn = Arrays.copyOf(lColumn, 2 * lEntries);
                    lValue = Arrays.copyOf(lValue, lColumn.length);
                }
                lColumn[lEntries] = p;
                lValue[lEntries++] = factor;
                for (int e = uStart[p] + 1; e < uStart[p + 1]; e++) {
                    int c = uColumn[e];
                    if (mark[c] != k) {
                        mark[c] = k;
                        w[c] = 0;
                        pattern[size++] = c;
                        if (c < k) {
                            heapSize = push(heap, heapSize, c);
                        }
                    }
                    w[c] -= factor * uValue[e];
                }
            }
            double pivot = w[k];
            if (!(pivot > 0) || !Double.isFinite(pivot)) {
                return Outcome.NOT_BELOW_ONE;
            }
            if (uEntries + size > uColumn.length) {
                if (lEntries + uEntries + size > budget) {
                    return Outcome.TOO_LARGE;
                }
                uColumn = Arrays.copyOf(uColumn, Math.max(2 * uColumn.length, uEntries + size));
                uValue = Arrays.copyOf(uValue, uColumn.length);
            }
            uColumn[uEntries] = k;
            uValue[uEntries++] = pivot;
            for (int a = 0; a < size; a++) {
                int c = pattern[a];
                if (c > k) {
                    uColumn[uEntries] = c;
                    uValue[uEntries++] = w[c];
                }
            }
            uStart[k + 1] = uEntries;
        }
        lStart[m] = lEntries;
        factors = lEntries + uEntries;
        return Outcome.SOLVED;
    }

    /**
     * Given the factors, writes the component's solution into x: clipped variables at their
     * capacity, D with {@code x_F = 0} and the right-hand side on F in one pass, {@code x_F}
     * from the factors, D again with it.
     */
    private void substitute(double[] x) {
        int n = to - from;
        int m = feedback;
        for (int i = 0; i < n; i++) {
            x[from + i] = clipped[i] ? system.upper[from + i] : 0;
        }
        for (int i = 0; i < n; i++) {
            if (clipped[i]) {
                continue;
            }
            double sum = rowSum(from + i, x);
            if (feedbackIndex[i] >= 0) {
                rhs[inverse[feedbackIndex[i]]] = sum;
            } else {
                x[from + i] = sum;
            }
        }
        if (m > 0) {
            for (int k = 0; k < m; k++) {
                double sum = rhs[k];
                for (int e = lStart[k]; e < lStart[k + 1]; e++) {
                    sum -= lValue[e] * rhs[lColumn[e]];
                }
                rhs[k] = sum;
            }
            for (int k = m - 1; k >= 0; k--) {
                double sum = rhs[k];
                for (int e = uStart[k] + 1; e < uStart[k + 1]; e++) {
                    sum -= uValue[e] * rhs[uColumn[e]];
                }
                rhs[k] = sum / uValue[uStart[k]];
            }
            for (int k = 0; k < m; k++) {
                x[from + feedbackVariable[permutation[k]]] = rhs[k];
            }
            for (int i = 0; i < n; i++) {
                if (!clipped[i] && feedbackIndex[i] < 0) {
                    x[from + i] = rowSum(from + i, x);
                }
            }
        }
    }

    private static int push(int[] heap, int size, int value) {
        int i = size++;
        heap[i] = value;
        while (i > 0) {
            int parent = (i - 1) / 2;
            if (heap[parent] <= heap[i]) {
                break;
            }
            int t = heap[parent];
            heap[parent] = heap[i];
            heap[i] = t;
            i = parent;
        }
        return size;
    }

    private static int pop(int[] heap, int size) {
        heap[0] = heap[--size];
        int i = 0;
        while (true) {
            int left = 2 * i + 1;
            int smallest = i;
            if (left < size && heap[left] < heap[smallest]) {
                smallest = left;
            }
            if (left + 1 < size && heap[left + 1] < heap[smallest]) {
                smallest = left + 1;
            }
            if (smallest == i) {
                return size;
            }
            int t = heap[smallest];
            heap[smallest] = heap[i];
            heap[i] = t;
            i = smallest;
        }
    }
}
