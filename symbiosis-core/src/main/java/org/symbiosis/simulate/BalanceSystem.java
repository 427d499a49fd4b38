package org.symbiosis.simulate;

import java.util.Arrays;
import org.symbiosis.flow.ParkIndex;
import org.symbiosis.model.CarrierId;
import org.symbiosis.model.Link;
import org.symbiosis.model.LinkRule;
import org.symbiosis.model.OperatingRule;
import org.symbiosis.model.Process;

/**
 * A park's operating rules assembled once into the fixed-point system {@code x = min(cap, M x +
 * d)} on primitive arrays, M in compressed sparse rows with non-negative entries. Variables:
 *
 * <ul>
 *   <li>{@code a_r}, the activity of process r (index r);</li>
 *   <li>{@code f_l}, the flow on link l (index R + l);</li>
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
 * cycle of M is the physical gain of a loop of the park. Using auxiliary H and N keeps the number
 * of entries linear in the park
 * (O(processes * coefficients + links)) where substituting them would be quadratic at hubs.
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
    /** For each H or N variable, its pair; -1 for activities and flows. */
    final int[] pairOfVariable;
    /** The variable of the assembled order that each variable here is (identity unless permuted). */
    final int[] origin;

    private BalanceSystem(ParkIndex index, boolean[] linkActive, int size, int[] rowStart,
            int[] column, double[] value, double[] constant, double[] upper, int[] pairOfVariable,
            int[] origin) {
        this.origin = origin;
        this.index = index;
        this.linkActive = linkActive;
        this.size = size;
        this.rowStart = rowStart;
        this.column = column;
        this.value = value;
        this.constant = constant;
        this.upper = upper;
        this.pairOfVariable = pairOfVariable;
    }

    int processes() {
        return index.processCount();
    }

    int links() {
        return index.linkCount();
    }

    /** Assembles the system for the links marked active. O(size of the park). */
    static BalanceSystem assemble(ParkIndex index, boolean[] linkActive) {
        int processes = index.processCount();
        int links = index.linkCount();
        int pairs = index.pairCount();
        double[] pushShare = new double[pairs];
        boolean[] needsHas = new boolean[pairs];
        boolean[] needsNeed = new boolean[pairs];
        for (int l = 0; l < links; l++) {
            if (!linkActive[l]) {
                continue;
            }
            LinkRule rule = index.link(l).rule();
            if (rule instanceof LinkRule.Push push) {
                pushShare[index.linkFromPair(l)] += push.share();
                needsHas[index.linkFromPair(l)] = true;
            } else {
                needsNeed[index.linkToPair(l)] = true;
            }
        }
        int[] rulePair = new int[processes];
        Arrays.fill(rulePair, -1);
        // The process following pair k, and the one meeting its demand (at most one each).
        int[] follower = new int[pairs];
        int[] meeter = new int[pairs];
        Arrays.fill(follower, -1);
        Arrays.fill(meeter, -1);
        for (int r = 0; r < processes; r++) {
            Process process = index.process(r);
            int plant = index.processPlant(r);
            if (process.rule() instanceof OperatingRule.FollowsInput f) {
                rulePair[r] = index.pair(plant, index.carrierIndex(f.carrier()));
                needsHas[rulePair[r]] = true;
                follower[rulePair[r]] = r;
            } else if (process.rule() instanceof OperatingRule.MeetsDemand m) {
                rulePair[r] = index.pair(plant, index.carrierIndex(m.carrier()));
                needsNeed[rulePair[r]] = true;
                meeter[rulePair[r]] = r;
            }
        }
        // Per link, the follower (push) or meeter (pull) at its plant whose own output (input) of
        // the carrier enters the link's row, with that coefficient; -1 when none or zero.
        int[] ownProcess = new int[links];
        double[] ownCoefficient = new double[links];
        Arrays.fill(ownProcess, -1);
        for (int l = 0; l < links; l++) {
            if (!linkActive[l]) {
                continue;
            }
            boolean push = index.link(l).rule() instanceof LinkRule.Push;
            int k = push ? index.linkFromPair(l) : index.linkToPair(l);
            int own = push ? follower[k] : meeter[k];
            if (own >= 0) {
                CarrierId c = index.carrier(index.pairCarrier(k)).id();
                double coefficient = push ? index.process(own).output(c)
                        : index.process(own).input(c);
                if (coefficient > 0) {
                    ownProcess[l] = own;
                    ownCoefficient[l] = coefficient;
                }
            }
        }
        int[] hasVariable = new int[pairs];
        int[] needVariable = new int[pairs];
        int size = processes + links;
        for (int k = 0; k < pairs; k++) {
            hasVariable[k] = needsHas[k] ? size++ : -1;
        }
        for (int k = 0; k < pairs; k++) {
            needVariable[k] = needsNeed[k] ? size++ : -1;
        }
        int[] pairOfVariable = new int[size];
        Arrays.fill(pairOfVariable, -1);
        for (int k = 0; k < pairs; k++) {
            if (hasVariable[k] >= 0) {
                pairOfVariable[hasVariable[k]] = k;
            }
            if (needVariable[k] >= 0) {
                pairOfVariable[needVariable[k]] = k;
            }
        }

        // Count entries per row, then fill (two passes, no boxing).
        int[] count = new int[size + 1];
        for (int r = 0; r < processes; r++) {
            if (rulePair[r] >= 0) {
                count[r]++;
            }
            for (int e = index.outStart(r); e < index.outStart(r + 1); e++) {
                int h = hasVariable[index.outPair(e)];
                if (h >= 0 && follower[index.outPair(e)] != r) {
                    count[h]++;
                }
            }
            for (int e = index.inStart(r); e < index.inStart(r + 1); e++) {
                int n = needVariable[index.inPair(e)];
                if (n >= 0 && meeter[index.inPair(e)] != r) {
                    count[n]++;
                }
            }
        }
        for (int l = 0; l < links; l++) {
            if (!linkActive[l]) {
                continue;
            }
            count[processes + l]++;
            if (ownProcess[l] >= 0) {
                count[processes + l]++;
            }
            int h = hasVariable[index.linkToPair(l)];
            if (h >= 0) {
                count[h]++;
            }
            if (index.link(l).rule() instanceof LinkRule.Pull) {
                int n = needVariable[index.linkFromPair(l)];
                if (n >= 0) {
                    count[n]++;
                }
            }
        }
        int[] rowStart = new int[size + 1];
        for (int i = 0; i < size; i++) {
            rowStart[i + 1] = rowStart[i] + count[i];
        }
        int[] fill = Arrays.copyOf(rowStart, size);
        int[] column = new int[rowStart[size]];
        double[] value = new double[rowStart[size]];
        double[] constant = new double[size];
        double[] upper = new double[size];
        Arrays.fill(upper, Double.POSITIVE_INFINITY);

        for (int r = 0; r < processes; r++) {
            Process process = index.process(r);
            upper[r] = process.capacity();
            OperatingRule rule = process.rule();
            if (rule instanceof OperatingRule.Fixed fixed) {
                constant[r] = fixed.activity();
            } else if (rule instanceof OperatingRule.FollowsInput f) {
                int k = rulePair[r];
                double share = Math.max(0, 1 - pushShare[k]);
                put(column, value, fill, r, hasVariable[k], share / process.input(f.carrier()));
            } else if (rule instanceof OperatingRule.MeetsDemand m) {
                put(column, value, fill, r, needVariable[rulePair[r]],
                        1 / process.output(m.carrier()));
            }
            for (int e = index.outStart(r); e < index.outStart(r + 1); e++) {
                int h = hasVariable[index.outPair(e)];
                if (h >= 0 && follower[index.outPair(e)] != r) {
                    put(column, value, fill, h, r, index.outCoefficient(e));
                }
            }
            for (int e = index.inStart(r); e < index.inStart(r + 1); e++) {
                int n = needVariable[index.inPair(e)];
                if (n >= 0 && meeter[index.inPair(e)] != r) {
                    put(column, value, fill, n, r, index.inCoefficient(e));
                }
            }
        }
        // Candidates to build do not run until a plan builds them.
        for (org.symbiosis.model.Candidate c : index.park().candidates()) {
            if (c.build() && c.isProcess()) {
                int r = index.processIndex(org.symbiosis.model.ProcessId.of(c.id()));
                upper[r] = 0;
                constant[r] = 0;
            }
        }
        for (int l = 0; l < links; l++) {
            int f = processes + l;
            if (!linkActive[l]) {
                upper[f] = 0;
                continue;
            }
            Link link = index.link(l);
            upper[f] = link.capacity();
            if (link.rule() instanceof LinkRule.Push push) {
                int k = index.linkFromPair(l);
                put(column, value, fill, f, hasVariable[k], push.share());
                if (ownProcess[l] >= 0) {
                    // The follower's own output is part of what the plant has, for its pushes.
                    put(column, value, fill, f, ownProcess[l], push.share() * ownCoefficient[l]);
                }
            } else {
                int k = index.linkToPair(l);
                double scale = link.rule().fraction() / (1 - link.loss());
                put(column, value, fill, f, needVariable[k], scale);
                if (ownProcess[l] >= 0) {
                    // The meeting process's own input is part of what the plant needs.
                    put(column, value, fill, f, ownProcess[l], scale * ownCoefficient[l]);
                }
                int n = needVariable[index.linkFromPair(l)];
                if (n >= 0) {
                    put(column, value, fill, n, f, 1);
                }
            }
            int h = hasVariable[index.linkToPair(l)];
            if (h >= 0) {
                put(column, value, fill, h, f, 1 - link.loss());
            }
        }
        int[] identity = new int[size];
        for (int i = 0; i < size; i++) {
            identity[i] = i;
        }
        return new BalanceSystem(index, linkActive, size, rowStart, column, value, constant,
                upper, pairOfVariable, identity);
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
        int[] newPair = new int[size];
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
            newPair[p] = pairOfVariable[v];
            newOrigin[p] = origin[v];
        }
        newStart[size] = at;
        return new BalanceSystem(index, linkActive, size, newStart, newColumn, newValue,
                newConstant, newUpper, newPair, newOrigin);
    }

    private static void put(int[] column, double[] value, int[] fill, int row, int col,
            double coefficient) {
        int at = fill[row]++;
        column[at] = col;
        value[at] = coefficient;
    }

    /** {@code min(upper_i, d_i + (M x)_i)}: the right-hand side of row i at x. */
    double evaluate(int i, double[] x) {
        double sum = constant[i];
        for (int e = rowStart[i]; e < rowStart[i + 1]; e++) {
            sum += value[e] * x[column[e]];
        }
        return Math.min(upper[i], sum);
    }

    /** The plant a variable belongs to (a link's source), for naming loops. */
    int plantOf(int permutedVariable) {
        int variable = origin[permutedVariable];
        if (variable < processes()) {
            return index.processPlant(variable);
        }
        if (variable < processes() + links()) {
            return index.linkFrom(variable - processes());
        }
        return index.pairPlant(pairOfVariable[permutedVariable]);
    }
}
