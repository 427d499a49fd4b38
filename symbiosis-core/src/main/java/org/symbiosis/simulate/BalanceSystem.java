package org.symbiosis.simulate;

import java.util.Arrays;
import org.symbiosis.flow.ParkIndex;
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
 * Rows: fixed {@code a_r = A}; follows {@code in[r,c] a_r = (1 - push shares of k) (H_k - out[r,c]
 * a_r)}, i.e. {@code a_r = (1 - S) H_k / (in[r,c] + (1 - S) out[r,c])}, so that a process that also
 * makes what it follows (a capture unit venting CO2) does not run on its own output; meets
 * {@code out[r,c] a_r = N_k - in[r,c] a_r}, likewise; push {@code f_l = share H_k}; pull {@code f_l = cover N_k / (1 -
 * loss)}; {@code H_k = sum out[r,c] a_r + sum (1 - loss) f_l in}; {@code N_k = sum in[r,c] a_r +
 * sum f_l pulled out}. Using auxiliary H and N keeps the number of entries linear in the park
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
        for (int r = 0; r < processes; r++) {
            Process process = index.process(r);
            int plant = index.processPlant(r);
            if (process.rule() instanceof OperatingRule.FollowsInput f) {
                rulePair[r] = index.pair(plant, index.carrierIndex(f.carrier()));
                needsHas[rulePair[r]] = true;
            } else if (process.rule() instanceof OperatingRule.MeetsDemand m) {
                rulePair[r] = index.pair(plant, index.carrierIndex(m.carrier()));
                needsNeed[rulePair[r]] = true;
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
                if (h >= 0) {
                    count[h]++;
                }
            }
            for (int e = index.inStart(r); e < index.inStart(r + 1); e++) {
                int n = needVariable[index.inPair(e)];
                if (n >= 0) {
                    count[n]++;
                }
            }
        }
        for (int l = 0; l < links; l++) {
            if (!linkActive[l]) {
                continue;
            }
            count[processes + l]++;
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
                put(column, value, fill, r, hasVariable[k], share / (process.input(f.carrier())
                        + share * process.output(f.carrier())));
            } else if (rule instanceof OperatingRule.MeetsDemand m) {
                put(column, value, fill, r, needVariable[rulePair[r]],
                        1 / (process.output(m.carrier()) + process.input(m.carrier())));
            }
            for (int e = index.outStart(r); e < index.outStart(r + 1); e++) {
                int h = hasVariable[index.outPair(e)];
                if (h >= 0) {
                    put(column, value, fill, h, r, index.outCoefficient(e));
                }
            }
            for (int e = index.inStart(r); e < index.inStart(r + 1); e++) {
                int n = needVariable[index.inPair(e)];
                if (n >= 0) {
                    put(column, value, fill, n, r, index.inCoefficient(e));
                }
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
                put(column, value, fill, f, hasVariable[index.linkFromPair(l)], push.share());
            } else {
                put(column, value, fill, f, needVariable[index.linkToPair(l)],
                        link.rule().fraction() / (1 - link.loss()));
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
