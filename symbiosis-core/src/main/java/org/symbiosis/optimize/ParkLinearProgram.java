package org.symbiosis.optimize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.symbiosis.flow.ParkIndex;
import org.symbiosis.model.Carrier;
import org.symbiosis.model.CarrierId;
import org.symbiosis.model.CarrierKind;
import org.symbiosis.model.DisposalKind;
import org.symbiosis.model.Link;
import org.symbiosis.model.LinkRule;
import org.symbiosis.model.Market;
import org.symbiosis.model.OperatingRule;
import org.symbiosis.model.Process;
import org.symbiosis.model.Target;
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
    /** Per market with origins, the variable of each origin's supply. */
    final Map<CarrierId, int[]> origins;
    /** Per market with a sale limit, the row that holds what all plants sell within it. */
    final Map<CarrierId, Integer> saleLimitRow;

    private ParkLinearProgram(ParkIndex index, LpModel model, int[] activity, int[] flow,
            int[] buy, int[] sell, int[] release, int[] balanceRow,
            Map<CarrierId, int[]> origins, Map<CarrierId, Integer> saleLimitRow) {
        this.origins = origins;
        this.saleLimitRow = saleLimitRow;
        this.index = index;
        this.model = model;
        this.activity = activity;
        this.flow = flow;
        this.buy = buy;
        this.sell = sell;
        this.release = release;
        this.balanceRow = balanceRow;
    }

    /** The same variables read against another index of a park with the same elements. */
    ParkLinearProgram on(ParkIndex other) {
        return new ParkLinearProgram(other, model, activity, flow, buy, sell, release,
                balanceRow, origins, saleLimitRow);
    }

    /** The same program with another model of the same variables (rows added at the end). */
    ParkLinearProgram withModel(LpModel newModel) {
        return new ParkLinearProgram(index, newModel, activity, flow, buy, sell, release,
                balanceRow, origins, saleLimitRow);
    }

    static ParkLinearProgram build(ParkIndex index, Objective objective, boolean keepRules) {
        LpModel.Builder lp = LpModel.builder();
        double perTonne = objective.perTonne();
        double perMoney = objective.costWeight();
        boolean lifecycle = objective.metric() == Target.Metric.LIFECYCLE;
        boolean net = objective.metric() == Target.Metric.NET;
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
        // Elements a plan must build stay off here; the planner opens them with its decisions.
        for (org.symbiosis.model.Candidate c : index.park().candidates()) {
            if (!c.build()) {
                continue;
            }
            int variable = c.isProcess() ? activity[index.processIndex(
                    org.symbiosis.model.ProcessId.of(c.id()))] : -1;
            if (variable >= 0) {
                lp.bounds(variable, 0, 0);
            }
        }
        int[] flow = new int[links];
        for (int l = 0; l < links; l++) {
            Link link = index.link(l);
            Carrier c = index.carrier(index.linkCarrier(l));
            // Transport legs are scope 3 category 4: they count under the life-cycle metric.
            double transport = lifecycle ? link.transportPerUnit(c.massPerUnit()) : 0;
            flow[l] = lp.variable("flow on link '" + link.id() + "'", 0, link.capacity(),
                    perMoney * link.costPerUnit() + perTonne * (link.loss() * c.netGwpPerUnit()
                            + transport));
        }
        for (org.symbiosis.model.Candidate c : index.park().candidates()) {
            if (c.build() && !c.isProcess()) {
                lp.bounds(flow[index.linkIndex(org.symbiosis.model.LinkId.of(c.id()))], 0, 0);
            }
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
                    Market.Purchase purchase = m.buy().get();
                    boolean energy = c.kind() == CarrierKind.ELECTRICITY
                            || c.kind() == CarrierKind.HEAT;
                    // Scope 2 always counts; the upstream of other purchases under the life
                    // cycle; a market with origins prices and counts them on its origins.
                    double emissions = energy ? purchase.emissionFactor() : lifecycle
                            ? purchase.emissionFactor() : 0;
                    double money = purchase.price();
                    if (!purchase.origins().isEmpty()) {
                        emissions = 0;
                        money = 0;
                    }
                    buy[k] = lp.variable("purchase of " + where, 0, Double.POSITIVE_INFINITY,
                            perMoney * money + perTonne * emissions);
                }
                if (m.sell().isPresent()) {
                    // Recycled carbon sold and booked in scope 1 under the CCU attribution.
                    double ccu = c.recycledCarbon() ? (1 - index.park().accounting()
                            .ccuEmitterShare()) * c.carbonPerUnit() * Carrier.CO2_PER_CARBON : 0;
                    sell[k] = lp.variable("sale of " + where, 0, Double.POSITIVE_INFINITY,
                            -perMoney * m.sell().get().price() + perTonne * ccu);
                }
                if (m.disposal().isPresent()) {
                    Market.Disposal d = m.disposal().get();
                    double scope1 = d.kind() == DisposalKind.AIR ? c.netGwpPerUnit() : 0;
                    double removal = net && d.kind() == DisposalKind.STORAGE && c.biogenic()
                            ? c.carbonPerUnit() * Carrier.CO2_PER_CARBON : 0;
                    release[k] = lp.variable("release of " + where, 0, Double.POSITIVE_INFINITY,
                            perMoney * d.costPerUnit() + perTonne * (scope1 - removal));
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
            lp.coefficient(balanceRow[index.linkToPair(l)], flow[l], 1 - index.linkLoss(l));
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
        Map<CarrierId, int[]> origins = addOrigins(index, lp, buy, perMoney, perTonne,
                lifecycle);
        Map<CarrierId, Integer> saleLimitRow = addSaleLimits(index, lp, sell);
        if (keepRules) {
            addRules(index, lp, activity, flow);
        }
        return new ParkLinearProgram(index, lp.build(), activity, flow, buy, sell, release,
                balanceRow, origins, saleLimitRow);
    }

    /** Per market with a sale limit: what all plants sell stays within it. */
    private static Map<CarrierId, Integer> addSaleLimits(ParkIndex index, LpModel.Builder lp,
            int[] sell) {
        Map<CarrierId, Integer> rows = new LinkedHashMap<>();
        int[] rowOf = null;
        for (Market m : index.park().markets().values()) {
            double maximum = m.sell().map(Market.Sale::maximum).orElse(Double.POSITIVE_INFINITY);
            if (Double.isInfinite(maximum)) {
                continue;
            }
            if (rowOf == null) {
                rowOf = new int[index.carrierCount()];
                Arrays.fill(rowOf, -1);
            }
            int row = lp.row("sale limit of the market for '" + m.carrier() + "'",
                    Double.NEGATIVE_INFINITY, maximum);
            rowOf[index.carrierIndex(m.carrier())] = row;
            rows.put(m.carrier(), row);
        }
        for (int k = 0; rowOf != null && k < sell.length; k++) {
            int row = rowOf[index.pairCarrier(k)];
            if (row >= 0 && sell[k] >= 0) {
                lp.coefficient(row, sell[k], 1);
            }
        }
        return rows;
    }

    /**
     * Per market with origins: a variable per origin within its capacity, carrying its price
     * and (under the life cycle) its factor and transport; the origins supply what all plants
     * buy, and with shares each supplies its share of it.
     */
    private static Map<CarrierId, int[]> addOrigins(ParkIndex index, LpModel.Builder lp,
            int[] buy, double perMoney, double perTonne, boolean lifecycle) {
        Map<CarrierId, int[]> origins = new LinkedHashMap<>();
        for (Market m : index.park().markets().values()) {
            if (m.buy().isEmpty() || m.buy().get().origins().isEmpty()) {
                continue;
            }
            Market.Purchase purchase = m.buy().get();
            Carrier c = index.park().carrier(m.carrier());
            int ci = index.carrierIndex(c.id());
            List<Integer> buyers = new ArrayList<>();
            for (int k = 0; k < buy.length; k++) {
                if (index.pairCarrier(k) == ci && buy[k] >= 0) {
                    buyers.add(buy[k]);
                }
            }
            int[] vars = new int[purchase.origins().size()];
            int supply = lp.row("origins of '" + c.id() + "' supply what is bought", 0, 0);
            for (int j = 0; j < vars.length; j++) {
                Market.Origin o = purchase.origins().get(j);
                double price = Double.isNaN(o.price()) ? purchase.price() : o.price();
                double emissions = lifecycle ? o.factor() + o.transportPerUnit(c.massPerUnit())
                        : 0;
                vars[j] = lp.variable("supply of '" + c.id() + "' from origin '" + o.id() + "'",
                        0, o.capacity(), perMoney * price + perTonne * emissions);
                lp.coefficient(supply, vars[j], 1);
                if (purchase.byShares()) {
                    int share = lp.row("share of origin '" + o.id() + "' in '" + c.id() + "'", 0,
                            0);
                    lp.coefficient(share, vars[j], 1);
                    for (int b : buyers) {
                        lp.coefficient(share, b, -o.share());
                    }
                }
            }
            for (int b : buyers) {
                lp.coefficient(supply, b, -1);
            }
            origins.put(c.id(), vars);
        }
        return origins;
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
                        lp.coefficient(row, flow[m], -push.share() * (1 - index.linkLoss(m)));
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
                    if (index.linkFromPair(m) == to && !index.linkPushes(m)) {
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
