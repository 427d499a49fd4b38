package org.symbiosis.optimize;

import java.util.Arrays;
import java.util.Optional;
import org.symbiosis.flow.ParkIndex;
import org.symbiosis.model.Carrier;
import org.symbiosis.model.CarrierKind;
import org.symbiosis.model.DisposalKind;
import org.symbiosis.model.Link;
import org.symbiosis.model.LinkRule;
import org.symbiosis.model.Market;
import org.symbiosis.model.OperatingRule;
import org.symbiosis.model.Process;
import org.symbiosis.optimize.lp.LpModel;

/**
 * The balance of DESIGN.md as a linear program over a park. Variables: every process activity
 * ({@code [0, capacity]}, or fixed), every link flow, existing or candidate ({@code [0,
 * capacity]}), and per (plant, carrier) a purchase, a sale and a release where the market allows
 * them. One equality row per (plant, carrier): {@code out a + (1 - loss) f_in + b - in a - f_out -
 * s - v = 0}. With {@code keepRules}, each push link adds {@code f <= share x (production +
 * receipts)} and each pull link {@code (1 - loss) f <= cover x need}. Size: O(park).
 */
final class ParkLinearProgram {

    final ParkIndex index;
    final LpModel model;
    final int[] activity;
    final int[] flow;
    final int[] buy;
    final int[] sell;
    final int[] release;
    final int[] balanceRow;

    private ParkLinearProgram(ParkIndex index, LpModel model, int[] activity, int[] flow,
            int[] buy, int[] sell, int[] release, int[] balanceRow) {
        this.index = index;
        this.model = model;
        this.activity = activity;
        this.flow = flow;
        this.buy = buy;
        this.sell = sell;
        this.release = release;
        this.balanceRow = balanceRow;
    }

    static ParkLinearProgram build(ParkIndex index, Objective objective, boolean keepRules) {
        LpModel.Builder lp = LpModel.builder();
        double perTonne = objective.perTonne();
        double perMoney = objective.costWeight();
        int processes = index.processCount();
        int links = index.linkCount();
        int pairs = index.pairCount();
        int[] activity = new int[processes];
        for (int r = 0; r < processes; r++) {
            Process p = index.process(r);
            double lo = 0;
            double up = p.capacity();
            if (p.rule() instanceof OperatingRule.Fixed fixed) {
                lo = fixed.activity();
                up = fixed.activity();
            }
            activity[r] = lp.variable("activity of process '" + p.id() + "'", lo, up,
                    perMoney * p.variableCost());
        }
        int[] flow = new int[links];
        for (int l = 0; l < links; l++) {
            Link link = index.link(l);
            Carrier c = index.carrier(index.linkCarrier(l));
            flow[l] = lp.variable("flow on link '" + link.id() + "'", 0, link.capacity(),
                    perMoney * link.costPerUnit() + perTonne * link.loss() * c.netGwpPerUnit());
        }
        int[] buy = new int[pairs];
        int[] sell = new int[pairs];
        int[] release = new int[pairs];
        int[] balanceRow = new int[pairs];
        for (int k = 0; k < pairs; k++) {
            Carrier c = index.carrier(index.pairCarrier(k));
            String where = "'" + c.id() + "' at plant '" + index.plant(index.pairPlant(k)) + "'";
            Optional<Market> market = index.park().market(c.id());
            buy[k] = sell[k] = release[k] = -1;
            if (market.isPresent()) {
                Market m = market.get();
                if (m.buy().isPresent()) {
                    double scope2 = c.kind() == CarrierKind.MATERIAL ? 0
                            : m.buy().get().emissionFactor();
                    buy[k] = lp.variable("purchase of " + where, 0, Double.POSITIVE_INFINITY,
                            perMoney * m.buy().get().price() + perTonne * scope2);
                }
                if (m.sell().isPresent()) {
                    sell[k] = lp.variable("sale of " + where, 0, Double.POSITIVE_INFINITY,
                            -perMoney * m.sell().get().price());
                }
                if (m.disposal().isPresent()) {
                    Market.Disposal d = m.disposal().get();
                    double scope1 = d.kind() == DisposalKind.AIR ? c.netGwpPerUnit() : 0;
                    release[k] = lp.variable("release of " + where, 0, Double.POSITIVE_INFINITY,
                            perMoney * d.costPerUnit() + perTonne * scope1);
                }
            }
            balanceRow[k] = lp.row("balance of " + where, 0, 0);
        }
        for (int r = 0; r < processes; r++) {
            for (int e = index.outStart(r); e < index.outStart(r + 1); e++) {
                lp.coefficient(balanceRow[index.outPair(e)], activity[r], index.outCoefficient(e));
            }
            for (int e = index.inStart(r); e < index.inStart(r + 1); e++) {
                lp.coefficient(balanceRow[index.inPair(e)], activity[r], -index.inCoefficient(e));
            }
        }
        for (int l = 0; l < links; l++) {
            lp.coefficient(balanceRow[index.linkFromPair(l)], flow[l], -1);
            lp.coefficient(balanceRow[index.linkToPair(l)], flow[l], 1 - index.link(l).loss());
        }
        for (int k = 0; k < pairs; k++) {
            if (buy[k] >= 0) {
                lp.coefficient(balanceRow[k], buy[k], 1);
            }
            if (sell[k] >= 0) {
                lp.coefficient(balanceRow[k], sell[k], -1);
            }
            if (release[k] >= 0) {
                lp.coefficient(balanceRow[k], release[k], -1);
            }
        }
        if (keepRules) {
            addRules(index, lp, activity, flow);
        }
        return new ParkLinearProgram(index, lp.build(), activity, flow, buy, sell, release,
                balanceRow);
    }

    /** Push shares and pull covers as upper limits on the link flows. */
    private static void addRules(ParkIndex index, LpModel.Builder lp, int[] activity,
            int[] flow) {
        for (int l = 0; l < index.linkCount(); l++) {
            Link link = index.link(l);
            int from = index.linkFromPair(l);
            int to = index.linkToPair(l);
            if (link.rule() instanceof LinkRule.Push push) {
                int row = lp.row("push share of link '" + link.id() + "'",
                        Double.NEGATIVE_INFINITY, 0);
                lp.coefficient(row, flow[l], 1);
                for (int r = 0; r < index.processCount(); r++) {
                    for (int e = index.outStart(r); e < index.outStart(r + 1); e++) {
                        if (index.outPair(e) == from) {
                            lp.coefficient(row, activity[r], -push.share() * index.outCoefficient(e));
                        }
                    }
                }
                for (int m = 0; m < index.linkCount(); m++) {
                    if (index.linkToPair(m) == from) {
                        lp.coefficient(row, flow[m], -push.share() * (1 - index.link(m).loss()));
                    }
                }
            } else {
                double cover = link.rule().fraction();
                int row = lp.row("pull cover of link '" + link.id() + "'",
                        Double.NEGATIVE_INFINITY, 0);
                lp.coefficient(row, flow[l], 1 - link.loss());
                for (int r = 0; r < index.processCount(); r++) {
                    for (int e = index.inStart(r); e < index.inStart(r + 1); e++) {
                        if (index.inPair(e) == to) {
                            lp.coefficient(row, activity[r], -cover * index.inCoefficient(e));
                        }
                    }
                }
                for (int m = 0; m < index.linkCount(); m++) {
                    if (index.linkFromPair(m) == to && index.link(m).rule()
                            instanceof LinkRule.Pull) {
                        lp.coefficient(row, flow[m], -cover);
                    }
                }
            }
        }
    }

    /** Values of a variable array, 0 where the variable does not exist. */
    static double[] values(int[] variables, double[] x) {
        double[] out = new double[variables.length];
        for (int i = 0; i < variables.length; i++) {
            out[i] = variables[i] >= 0 ? Math.max(0, x[variables[i]]) : 0;
        }
        return out;
    }

    static boolean[] allLinks(ParkIndex index) {
        boolean[] all = new boolean[index.linkCount()];
        Arrays.fill(all, true);
        return all;
    }
}
