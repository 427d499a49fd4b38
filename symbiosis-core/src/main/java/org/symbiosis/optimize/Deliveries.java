package org.symbiosis.optimize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.symbiosis.flow.FlowState;
import org.symbiosis.flow.ParkIndex;
import org.symbiosis.model.Carrier;
import org.symbiosis.optimize.lp.LpModel;

/**
 * The no-leakage guard: every plant keeps delivering its products (what it sells or sends on to
 * other plants of each carrier that is the reference output of one of its processes) at least at
 * the level of the simulated state, so that an optimiser cannot lower the park's emissions by
 * shutting a plant and buying its product from outside. Built from a simulation of the same park;
 * immutable.
 */
public final class Deliveries {

    /** The relative slack of a delivery row for a linear program (the optimise engine). */
    static final double SLACK = 1e-9;

    /**
     * The relative slack of a delivery row in the planner's mixed-integer program: SCIP's
     * feasibility tolerance. A product whose simulated level is also the most its process can
     * make (a chlor-alkali cell that follows the chlorine a fixed plant needs, its caustic soda
     * sold) leaves a window of only the slack between the delivery floor and that maximum; at
     * 1e-9 (and up to 1e-7) SCIP's presolve declared such programs infeasible although building
     * nothing is a plan (shunan-2019 with the candidates discovery writes, at a carbon price of
     * 10, 50 or 100). The planner's later linear stages restore {@link #SLACK}.
     */
    static final double MIP_SLACK = 1e-6;

    /** Per pair, the simulated delivery; 0 where the carrier is not a product of the plant. */
    private final double[] level;

    private Deliveries(double[] level) {
        this.level = level;
    }

    /**
     * The deliveries of {@code simulated}, whose park is the one to be optimised. O(park).
     *
     * @param simulated the state of the park run by its operating rules
     * @return per plant and product, the level to keep (net of what the plant buys of it)
     */
    public static Deliveries of(FlowState simulated) {
        ParkIndex index = simulated.index();
        boolean[] product = new boolean[index.pairCount()];
        for (int r = 0; r < index.processCount(); r++) {
            int reference = index.carrierIndex(index.process(r).reference());
            for (int e = index.outStart(r); e < index.outStart(r + 1); e++) {
                if (index.pairCarrier(index.outPair(e)) == reference) {
                    product[index.outPair(e)] = true;
                }
            }
        }
        double[] level = new double[index.pairCount()];
        for (int k = 0; k < level.length; k++) {
            if (product[k]) {
                level[k] = simulated.sold(k) - simulated.bought(k);
            }
        }
        for (int l = 0; l < index.linkCount(); l++) {
            int k = index.linkFromPair(l);
            if (product[k] && simulated.linkActive(l)) {
                level[k] += simulated.flow(l);
            }
        }
        return new Deliveries(level);
    }

    /**
     * Adds one row per delivered product: sales + flows out - purchases >= the simulated level
     * (the purchases count against it, so that a plant cannot stop its process and pass on what
     * it buys), less {@link #SLACK} of it.
     */
    void addRows(ParkLinearProgram lp, LpModel.Builder model) {
        addRows(lp, model, SLACK);
    }

    /**
     * The rows of {@link #addRows(ParkLinearProgram, LpModel.Builder)} with a given relative
     * slack: each row's lower bound is the level x (1 - slack).
     *
     * @return per pair, the row added, or -1
     */
    int[] addRows(ParkLinearProgram lp, LpModel.Builder model, double slack) {
        ParkIndex index = lp.index;
        int[] row = new int[level.length];
        java.util.Arrays.fill(row, -1);
        for (int k = 0; k < level.length; k++) {
            if (level[k] > 0) {
                row[k] = model.row("delivery of " + what(index, k), level[k] * (1 - slack),
                        Double.POSITIVE_INFINITY);
                if (lp.sell[k] >= 0) {
                    model.coefficient(row[k], lp.sell[k], 1);
                }
                if (lp.buy[k] >= 0) {
                    model.coefficient(row[k], lp.buy[k], -1);
                }
            }
        }
        for (int l = 0; l < index.linkCount(); l++) {
            int k = index.linkFromPair(l);
            if (row[k] >= 0) {
                model.coefficient(row[k], lp.flow[l], 1);
            }
        }
        return row;
    }

    /**
     * The level of a pair.
     *
     * @param k the pair
     * @return the simulated delivery, 0 where the carrier is not a product of the plant
     */
    double level(int k) {
        return level[k];
    }

    /**
     * What the optimised state buys from outside instead of making it inside: per carrier, the
     * smaller of the rise in purchases and the fall in the park's own production against the
     * simulated state, as a line naming the carrier and the amount. Empty when nothing leaks.
     * Leaks of at most {@code 1e-6 x max(1, made)} are ignored. O(park).
     *
     * @param simulated the state of the park run by its operating rules
     * @param optimised an optimised state of the same park, or of a plan of it (the same plants
     *                  and carriers)
     * @return one line per carrier that leaks, e.g. {@code buys 1,200.0 t/yr of 'clinker' that
     *         the simulated park made inside (it made 5,000.0, now 3,800.0)}; empty when none
     */
    public static List<String> leaks(FlowState simulated, FlowState optimised) {
        ParkIndex index = simulated.index();
        double[] made = produced(simulated);
        double[] madeNow = produced(optimised);
        double[] more = new double[index.carrierCount()];
        for (int k = 0; k < index.pairCount(); k++) {
            more[index.pairCarrier(k)] += optimised.bought(k) - simulated.bought(k);
        }
        List<String> lines = new ArrayList<>();
        for (int c = 0; c < more.length; c++) {
            double leak = Math.min(more[c], made[c] - madeNow[c]);
            if (leak > 1e-6 * Math.max(1, made[c])) {
                Carrier carrier = index.carrier(c);
                lines.add(String.format(Locale.ROOT, "buys %,.1f %s/yr of '%s' that the simulated"
                        + " park made inside (it made %,.1f, now %,.1f)", leak, carrier.unit(),
                        carrier.id(), made[c], madeNow[c]));
            }
        }
        return lines;
    }

    private static double[] produced(FlowState state) {
        ParkIndex index = state.index();
        double[] made = new double[index.carrierCount()];
        for (int r = 0; r < index.processCount(); r++) {
            for (int e = index.outStart(r); e < index.outStart(r + 1); e++) {
                made[index.pairCarrier(index.outPair(e))] += index.outCoefficient(e)
                        * state.activity(r);
            }
        }
        return made;
    }

    private static String what(ParkIndex index, int k) {
        return "'" + index.carrier(index.pairCarrier(k)).id() + "' from plant '"
                + index.plant(index.pairPlant(k)) + "'";
    }
}
