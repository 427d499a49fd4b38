package org.symbiosis.simulate;

import java.util.Arrays;
import org.symbiosis.flow.ParkIndex;
import org.symbiosis.model.Candidate;
import org.symbiosis.model.OperatingRule;
import org.symbiosis.model.Process;
import org.symbiosis.model.ProcessId;

/**
 * A park's operating rules assembled once into the fixed-point system {@code x = min(cap, M x +
 * d)} on primitive arrays, M in compressed sparse rows with non-negative entries. Variables, in
 * the assembled numbering:
 *
 * <ul>
 *   <li>{@code a_r}, the activity of process r (index r);</li>
 *   <li>{@code f_l}, the flow on each active link l, in link order (inactive links carry
 *       nothing and have no variable);</li>
 *   <li>{@code H_k}, what plant p has of carrier c (pair k): its processes' output plus what it
 *       receives, for pairs that push or that a process follows;</li>
 *   <li>{@code N_k}, what plant p needs of carrier c: its processes' input plus what pull links
 *       draw from it, for pairs that pull or whose demand a process meets.</li>
 * </ul>
 * Rows: fixed {@code a_r = A}; follows {@code a_r = (1 - S_k) H_k / in[r,c]} with S_k the push
 * shares of pair k; meets {@code a_r = N_k / out[r,c]}; push {@code f_l = share (H_k + out[r,c]
 * a_r)} with r the follower of k, if any; pull {@code f_l = cover (N_k + in[r,c] a_r) / (1 -
 * loss)} with r the process meeting k's demand, if any; {@code H_k = sum out[q,c] a_q + sum (1 -
 * loss) f_l in} over processes q other than k's follower; {@code N_k = sum in[q,c] a_q + sum f_l
 * pulled out} over processes q other than the one meeting k's demand. So a process that also
 * gives out what it follows (a capture unit venting CO2) does not run on its own output, and one
 * that also takes in what it meets does not meet its own demand; its own flow is left out of H or
 * N rather than subtracted, so that the system has no artificial self-loop and the gain of every
 * cycle of M is the physical gain of a loop of the park.
 *
 * <p>An H or N is a variable of its own only where that keeps M smaller: with t terms and u rows
 * that use it, it costs {@code t + u} entries and substituting it {@code t u}, so it is
 * substituted into the rows that use it whenever {@code t u <= t + u} (one term, one user, or two
 * and two). On a park whose hubs are small that leaves the activities and active flows alone,
 * the variables the equations need; at a hub (many links into one plant and carrier, many rows
 * reading it) the auxiliary keeps the number of entries linear in the park where substituting
 * would make it quadratic. Substitution keeps every cycle's gain: a cycle through a substituted H
 * or N becomes one edge whose weight is the product of the two.
 *
 * <p>Memory: 28 bytes per variable and 12 per entry, plus 4 per variable for the numbering.
 */
final class BalanceSystem {

    final ParkIndex index;
    final boolean[] linkActive;
    final int size;
    final int[] rowStart;
    final int[] column;
    final double[] value;
    final double[] constant;
    final double[] upper;
    /** The assembled number of each variable here (identity unless permuted). */
    final int[] origin;
    /** Active links, in the order of their assembled variables {@code processes() + j}. */
    private final int[] linkOfVariable;
    /** The pair of each auxiliary H or N, in the order of their assembled variables. */
    private final int[] pairOfAuxiliary;

    private BalanceSystem(ParkIndex index, boolean[] linkActive, int size, int[] rowStart,
            int[] column, double[] value, double[] constant, double[] upper, int[] origin,
            int[] linkOfVariable, int[] pairOfAuxiliary) {
        this.index = index;
        this.linkActive = linkActive;
        this.size = size;
        this.rowStart = rowStart;
        this.column = column;
        this.value = value;
        this.constant = constant;
        this.upper = upper;
        this.origin = origin;
        this.linkOfVariable = linkOfVariable;
        this.pairOfAuxiliary = pairOfAuxiliary;
    }

    int processes() {
        return index.processCount();
    }

    /** Variables that are link flows. */
    int flows() {
        return linkOfVariable.length;
    }

    /** Auxiliary H and N variables kept (not substituted). */
    int auxiliaries() {
        return pairOfAuxiliary.length;
    }

    /**
     * Assembles the system for the links marked active. O(size of the park): each process and
     * link object is read once, then two passes over the index's coefficient arrays build the
     * terms of H and N, and one pass writes the rows.
     */
    static BalanceSystem assemble(ParkIndex index, boolean[] linkActive) {
        int processes = index.processCount();
        int links = index.linkCount();
        int pairs = index.pairCount();
        double[] pushShare = new double[pairs];
        boolean[] needsHas = new boolean[pairs];
        boolean[] needsNeed = new boolean[pairs];
        // Rows that would read H_k (N_k): the follower (meeter) and push (pull) links.
        int[] hasUsers = new int[pairs];
        int[] needUsers = new int[pairs];
        int flows = 0;
        for (int l = 0; l < links; l++) {
            flows += linkActive[l] ? 1 : 0;
        }
        // Per active link (flow variable j): its link, push or pull, the factor of its row, what
        // arrives per unit sent, its capacity.
        int[] linkOfVariable = new int[flows];
        boolean[] push = new boolean[flows];
        double[] factor = new double[flows];
        double[] arrives = new double[flows];
        double[] linkCapacity = new double[flows];
        int[] flowVariable = new int[links];
        for (int l = 0, j = 0; l < links; l++) {
            if (!linkActive[l]) {
                flowVariable[l] = -1;
                continue;
            }
            linkOfVariable[j] = l;
            flowVariable[l] = processes + j;
            arrives[j] = 1 - index.linkLoss(l);
            linkCapacity[j] = index.linkCapacity(l);
            if (index.linkPushes(l)) {
                double share = index.linkFraction(l);
                push[j] = true;
                factor[j] = share;
                int k = index.linkFromPair(l);
                pushShare[k] += share;
                needsHas[k] = true;
                hasUsers[k]++;
            } else {
                factor[j] = index.linkFraction(l) / arrives[j];
                int k = index.linkToPair(l);
                needsNeed[k] = true;
                needUsers[k]++;
            }
            j++;
        }
        // Per process: the pair its rule reads (-1 if fixed), its coefficient there, its
        // capacity and fixed activity.
        int[] rulePair = new int[processes];
        double[] ruleCoefficient = new double[processes];
        double[] processCapacity = new double[processes];
        double[] fixedActivity = new double[processes];
        // The process following pair k, and the one meeting its demand (at most one each).
        int[] follower = new int[pairs];
        int[] meeter = new int[pairs];
        Arrays.fill(follower, -1);
        Arrays.fill(meeter, -1);
        for (int r = 0; r < processes; r++) {
            Process process = index.process(r);
            int plant = index.processPlant(r);
            processCapacity[r] = process.capacity();
            rulePair[r] = -1;
            OperatingRule rule = process.rule();
            if (rule instanceof OperatingRule.Fixed fixed) {
                fixedActivity[r] = fixed.activity();
            } else if (rule instanceof OperatingRule.FollowsInput f) {
                int k = index.pair(plant, index.carrierIndex(f.carrier()));
                rulePair[r] = k;
                ruleCoefficient[r] = process.input(f.carrier());
                needsHas[k] = true;
                follower[k] = r;
                hasUsers[k]++;
            } else if (rule instanceof OperatingRule.MeetsDemand m) {
                int k = index.pair(plant, index.carrierIndex(m.carrier()));
                rulePair[r] = k;
                ruleCoefficient[r] = process.output(m.carrier());
                needsNeed[k] = true;
                meeter[k] = r;
                needUsers[k]++;
            }
        }
        // The terms of H_k and N_k, by pair: (variable, coefficient).
        Terms has = new Terms(pairs);
        Terms need = new Terms(pairs);
        for (int pass = 0; pass < 2; pass++) {
            for (int r = 0; r < processes; r++) {
                for (int e = index.outStart(r); e < index.outStart(r + 1); e++) {
                    int k = index.outPair(e);
                    if (needsHas[k] && follower[k] != r) {
                        has.add(pass, k, r, index.outCoefficient(e));
                    }
                }
                for (int e = index.inStart(r); e < index.inStart(r + 1); e++) {
                    int k = index.inPair(e);
                    if (needsNeed[k] && meeter[k] != r) {
                        need.add(pass, k, r, index.inCoefficient(e));
                    }
                }
            }
            for (int j = 0; j < flows; j++) {
                int l = linkOfVariable[j];
                int into = index.linkToPair(l);
                if (needsHas[into]) {
                    has.add(pass, into, processes + j, arrives[j]);
                }
                int outOf = index.linkFromPair(l);
                if (!push[j] && needsNeed[outOf]) {
                    need.add(pass, outOf, processes + j, 1);
                }
            }
            if (pass == 0) {
                has.allocate();
                need.allocate();
            }
        }
        // Keep an auxiliary only where substituting it would add entries.
        int size = processes + flows;
        int[] hasVariable = new int[pairs];
        int[] needVariable = new int[pairs];
        int kept = 0;
        for (int k = 0; k < pairs; k++) {
            hasVariable[k] = needsHas[k] && keep(has.count(k), hasUsers[k]) ? size + kept++ : -1;
        }
        for (int k = 0; k < pairs; k++) {
            needVariable[k] = needsNeed[k] && keep(need.count(k), needUsers[k])
                    ? size + kept++ : -1;
        }
        int[] pairOfAuxiliary = new int[kept];
        for (int k = 0; k < pairs; k++) {
            if (hasVariable[k] >= 0) {
                pairOfAuxiliary[hasVariable[k] - size] = k;
            }
            if (needVariable[k] >= 0) {
                pairOfAuxiliary[needVariable[k] - size] = k;
            }
        }
        size += kept;

        // Per push (pull) link, the follower (meeter) at its plant whose own output (input) of
        // the carrier enters the link's row, with that coefficient; -1 when none or zero.
        int[] ownProcess = new int[flows];
        double[] ownCoefficient = new double[flows];
        for (int j = 0; j < flows; j++) {
            int l = linkOfVariable[j];
            int k = push[j] ? index.linkFromPair(l) : index.linkToPair(l);
            int own = push[j] ? follower[k] : meeter[k];
            ownProcess[j] = -1;
            if (own >= 0) {
                double coefficient = push[j] ? outputTo(index, own, k) : inputFrom(index, own, k);
                if (coefficient > 0) {
                    ownProcess[j] = own;
                    ownCoefficient[j] = coefficient;
                }
            }
        }

        // Rows: count, then fill (two passes, no boxing).
        int[] rowStart = new int[size + 1];
        for (int r = 0; r < processes; r++) {
            int k = rulePair[r];
            if (k >= 0) {
                rowStart[r + 1] = follower[k] == r ? width(has, hasVariable, k)
                        : width(need, needVariable, k);
            }
        }
        for (int j = 0; j < flows; j++) {
            int l = linkOfVariable[j];
            rowStart[processes + j + 1] = (ownProcess[j] >= 0 ? 1 : 0) + (push[j]
                    ? width(has, hasVariable, index.linkFromPair(l))
                    : width(need, needVariable, index.linkToPair(l)));
        }
        for (int a = 0; a < kept; a++) {
            int k = pairOfAuxiliary[a];
            rowStart[processes + flows + a + 1] = hasVariable[k] == processes + flows + a
                    ? has.count(k) : need.count(k);
        }
        for (int i = 0; i < size; i++) {
            rowStart[i + 1] += rowStart[i];
        }
        int[] column = new int[rowStart[size]];
        double[] value = new double[rowStart[size]];
        double[] constant = Arrays.copyOf(fixedActivity, size);
        double[] upper = new double[size];
        System.arraycopy(processCapacity, 0, upper, 0, processes);
        System.arraycopy(linkCapacity, 0, upper, processes, flows);
        Arrays.fill(upper, processes + flows, size, Double.POSITIVE_INFINITY);
        for (int r = 0; r < processes; r++) {
            int k = rulePair[r];
            if (k < 0) {
                continue;
            }
            if (follower[k] == r) {
                double share = Math.max(0, 1 - pushShare[k]);
                put(has, hasVariable, k, share / ruleCoefficient[r], column, value, rowStart[r]);
            } else {
                put(need, needVariable, k, 1 / ruleCoefficient[r], column, value, rowStart[r]);
            }
        }
        // Candidates to build do not run until a plan builds them.
        for (Candidate c : index.park().candidates()) {
            if (c.build() && c.isProcess()) {
                int r = index.processIndex(ProcessId.of(c.id()));
                upper[r] = 0;
                constant[r] = 0;
            }
        }
        for (int j = 0; j < flows; j++) {
            int l = linkOfVariable[j];
            int at = push[j]
                    ? put(has, hasVariable, index.linkFromPair(l), factor[j], column, value,
                            rowStart[processes + j])
                    : put(need, needVariable, index.linkToPair(l), factor[j], column, value,
                            rowStart[processes + j]);
            if (ownProcess[j] >= 0) {
                // The follower's own output (the meeter's own input) is part of what the plant
                // has for its pushes (needs, for its pulls).
                column[at] = ownProcess[j];
                value[at] = factor[j] * ownCoefficient[j];
            }
        }
        for (int a = 0; a < kept; a++) {
            int v = processes + flows + a;
            int k = pairOfAuxiliary[a];
            Terms terms = hasVariable[k] == v ? has : need;
            terms.copy(k, 1, column, value, rowStart[v]);
        }
        int[] identity = new int[size];
        for (int i = 0; i < size; i++) {
            identity[i] = i;
        }
        return new BalanceSystem(index, linkActive, size, rowStart, column, value, constant,
                upper, identity, linkOfVariable, pairOfAuxiliary);
    }

    /** Process r's output coefficient to pair k (0 if none), from the index's arrays. */
    private static double outputTo(ParkIndex index, int r, int k) {
        for (int e = index.outStart(r); e < index.outStart(r + 1); e++) {
            if (index.outPair(e) == k) {
                return index.outCoefficient(e);
            }
        }
        return 0;
    }

    /** Process r's input coefficient from pair k (0 if none), from the index's arrays. */
    private static double inputFrom(ParkIndex index, int r, int k) {
        for (int e = index.inStart(r); e < index.inStart(r + 1); e++) {
            if (index.inPair(e) == k) {
                return index.inCoefficient(e);
            }
        }
        return 0;
    }

    /** Whether an auxiliary with {@code terms} terms read by {@code users} rows stays. */
    private static boolean keep(int terms, int users) {
        return (long) terms * users > terms + users;
    }

    /** Entries a row gets from an H or N: one if it is a variable, else its terms. */
    private static int width(Terms terms, int[] variable, int k) {
        return variable[k] >= 0 ? 1 : terms.count(k);
    }

    /** Writes {@code factor} times H_k or N_k into a row from {@code at}; returns the next. */
    private static int put(Terms terms, int[] variable, int k, double factor, int[] column,
            double[] value, int at) {
        if (variable[k] >= 0) {
            column[at] = variable[k];
            value[at] = factor;
            return at + 1;
        }
        return terms.copy(k, factor, column, value, at);
    }

    /** The terms of H or N by pair, in CSR form, filled in two passes (count, then put). */
    private static final class Terms {
        private final int[] start;
        private int[] fill;
        private int[] variable;
        private double[] coefficient;

        Terms(int pairs) {
            this.start = new int[pairs + 1];
        }

        void add(int pass, int k, int v, double c) {
            if (pass == 0) {
                start[k + 1]++;
                return;
            }
            int at = fill[k]++;
            variable[at] = v;
            coefficient[at] = c;
        }

        void allocate() {
            for (int k = 0; k + 1 < start.length; k++) {
                start[k + 1] += start[k];
            }
            fill = Arrays.copyOf(start, start.length - 1);
            variable = new int[start[start.length - 1]];
            coefficient = new double[variable.length];
        }

        int count(int k) {
            return start[k + 1] - start[k];
        }

        int copy(int k, double factor, int[] column, double[] value, int at) {
            for (int e = start[k]; e < start[k + 1]; e++) {
                column[at] = variable[e];
                value[at++] = factor * coefficient[e];
            }
            return at;
        }
    }

    /**
     * The same system with its variables renumbered so that variable p here is {@code order[p]}
     * of this one: solving in condensation order then walks the arrays front to back (streaming
     * access instead of a random gather). O(size + entries).
     */
    BalanceSystem permuted(int[] order) {
        int[] position = new int[size];
        for (int p = 0; p < size; p++) {
            position[order[p]] = p;
        }
        int[] newStart = new int[size + 1];
        int[] newColumn = new int[column.length];
        double[] newValue = new double[value.length];
        double[] newConstant = new double[size];
        double[] newUpper = new double[size];
        int[] newOrigin = new int[size];
        int at = 0;
        for (int p = 0; p < size; p++) {
            int v = order[p];
            newStart[p] = at;
            for (int e = rowStart[v]; e < rowStart[v + 1]; e++) {
                newColumn[at] = position[column[e]];
                newValue[at++] = value[e];
            }
            newConstant[p] = constant[v];
            newUpper[p] = upper[v];
            newOrigin[p] = origin[v];
        }
        newStart[size] = at;
        return new BalanceSystem(index, linkActive, size, newStart, newColumn, newValue,
                newConstant, newUpper, newOrigin, linkOfVariable, pairOfAuxiliary);
    }

    /** {@code min(upper_i, d_i + (M x)_i)}: the right-hand side of row i at x. */
    double evaluate(int i, double[] x) {
        double sum = constant[i];
        for (int e = rowStart[i]; e < rowStart[i + 1]; e++) {
            sum += value[e] * x[column[e]];
        }
        return Math.min(upper[i], sum);
    }

    /** Writes a solution x (one value per variable here) out as activities and link flows. */
    void scatter(double[] x, double[] activity, double[] flow) {
        int processes = processes();
        for (int p = 0; p < size; p++) {
            int v = origin[p];
            if (v < processes) {
                activity[v] = x[p];
            } else if (v < processes + linkOfVariable.length) {
                flow[linkOfVariable[v - processes]] = x[p];
            }
        }
    }

    /**
     * The process ({@code r >= 0}) or link ({@code -1 - l}) a variable stands for, or
     * {@code Integer.MIN_VALUE} for an auxiliary H or N.
     */
    int element(int variable) {
        int v = origin[variable];
        if (v < processes()) {
            return v;
        }
        if (v < processes() + linkOfVariable.length) {
            return -1 - linkOfVariable[v - processes()];
        }
        return Integer.MIN_VALUE;
    }

    /** The plant a variable belongs to (a link's source), for naming loops. */
    int plantOf(int variable) {
        int v = origin[variable];
        if (v < processes()) {
            return index.processPlant(v);
        }
        if (v < processes() + linkOfVariable.length) {
            return index.linkFrom(linkOfVariable[v - processes()]);
        }
        return index.pairPlant(pairOfAuxiliary[v - processes() - linkOfVariable.length]);
    }
}
