package org.symbiosis.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.symbiosis.ledger.Ledger;
import org.symbiosis.model.Carrier;
import org.symbiosis.model.CarrierKind;
import org.symbiosis.model.DisposalKind;
import org.symbiosis.model.Link;
import org.symbiosis.model.Market;
import org.symbiosis.model.Park;
import org.symbiosis.model.Plant;
import org.symbiosis.model.Process;

/**
 * The invariants every engine's result must satisfy, shared by every engine's tests: the balance
 * at every plant and carrier, non-negative finite quantities within capacities, no flow on
 * inactive links, and a carbon ledger that closes.
 */
public final class FlowInvariants {

    public static final double TOLERANCE = 1e-9;

    private FlowInvariants() {
    }

    /** Asserts every invariant; {@code context} (a seed, a fixture name) goes in the message. */
    public static void check(FlowState state, String context) {
        ParkIndex index = state.index();
        assertTrue(state.maxBalanceError() <= TOLERANCE,
                context + ": balance error " + state.maxBalanceError());
        for (int r = 0; r < index.processCount(); r++) {
            double a = state.activity(r);
            assertTrue(Double.isFinite(a) && a >= 0, context + ": activity " + a);
            assertTrue(a <= index.process(r).capacity() * (1 + TOLERANCE),
                    context + ": activity over capacity at " + index.process(r).id());
        }
        for (int l = 0; l < index.linkCount(); l++) {
            double f = state.flow(l);
            assertTrue(Double.isFinite(f) && f >= 0, context + ": flow " + f);
            assertTrue(f <= index.link(l).capacity() * (1 + TOLERANCE),
                    context + ": flow over capacity on " + index.link(l).id());
            if (!state.linkActive(l)) {
                assertEquals(0, f, context + ": flow on inactive link " + index.link(l).id());
            }
        }
        for (int k = 0; k < index.pairCount(); k++) {
            for (double v : new double[] {state.bought(k), state.sold(k), state.released(k)}) {
                assertTrue(Double.isFinite(v) && v >= 0, context + ": market quantity " + v);
            }
            assertTrue(state.sold(k) == 0 || state.released(k) == 0,
                    context + ": sold and released at once");
        }
        Ledger ledger = Ledger.of(state);
        assertTrue(ledger.totals().carbonClosureError() <= TOLERANCE,
                context + ": carbon closure error " + ledger.totals().carbonClosureError());
        checkDocumentedRules(state, ledger, context);
        checkUpstream(state, ledger, context);
    }

    /**
     * Scope 3 upstream recomputed from the park's markets by the documented rule: each market's
     * total purchase split over its origins (by shares, else in order up to capacities), each
     * origin's factor to category 3 (fuels) or 1 (materials) and its transport leg to category
     * 4; life cycle = residual + the three.
     */
    private static void checkUpstream(FlowState state, Ledger ledger, String context) {
        Park park = state.park();
        double cat1 = 0;
        double cat3 = 0;
        double cat4 = 0;
        for (Market market : park.markets().values()) {
            Carrier c = park.carrier(market.carrier());
            if (market.buy().isEmpty() || c.kind() == CarrierKind.ELECTRICITY
                    || c.kind() == CarrierKind.HEAT) {
                continue;
            }
            double total = 0;
            for (Plant plant : park.plants().values()) {
                total += state.bought(plant.id(), c.id());
            }
            Market.Purchase buy = market.buy().get();
            double upstream = total * buy.emissionFactor();
            double transport = 0;
            if (!buy.origins().isEmpty()) {
                upstream = 0;
                // Shares fix each origin's amount; otherwise the state's choice (an optimiser
                // picks freely) must supply the total within the capacities.
                double[] chosen = state.fromOrigins(c.id());
                double sum = 0;
                for (int j = 0; j < chosen.length; j++) {
                    sum += chosen[j];
                    assertTrue(chosen[j] <= buy.origins().get(j).capacity() * (1 + TOLERANCE)
                            + TOLERANCE, context + ": origin over its capacity");
                }
                assertTrue(Math.abs(sum - total) <= TOLERANCE * Math.max(1, total),
                        context + ": origins supply " + sum + " of " + total);
                for (int j = 0; j < chosen.length; j++) {
                    Market.Origin o = buy.origins().get(j);
                    double amount = Double.isNaN(o.share()) ? chosen[j] : o.share() * total;
                    upstream += amount * o.factor();
                    transport += o.transport().map(t -> t.km() * t.factor()).orElse(0.0)
                            * amount * c.massPerUnit();
                }
            }
            if (c.kind() == CarrierKind.FUEL) {
                cat3 += upstream;
            } else {
                cat1 += upstream;
            }
            cat4 += transport;
        }
        Ledger.Totals t = ledger.totals();
        String[] names = {"category 1", "category 3", "category 4"};
        double[] rule = {cat1, cat3, cat4};
        double[] actual = {t.purchasedGoods(), t.fuelAndEnergy(), t.transport()};
        for (int i = 0; i < 3; i++) {
            assertTrue(Math.abs(rule[i] - actual[i]) <= TOLERANCE * Math.max(1, rule[i]),
                    context + ": " + names[i] + " " + actual[i] + ", rule gives " + rule[i]);
        }
        assertTrue(Math.abs(t.lifecycle() - t.residual() - cat1 - cat3 - cat4)
                <= TOLERANCE * Math.max(1, Math.abs(t.lifecycle())), context + ": life cycle "
                + t.lifecycle() + " is not residual + upstream");
    }

    /**
     * Circularity and the biogenic memo recomputed from the park's elements by the rules of
     * docs/park-format.md (Semantics), independently of the ledger's index arithmetic:
     * circularity = 1 - sum over plants p and carriers c of min(B, released + sold + lost on
     * links out of p) / sum B, with B the output of c by p's processes whose reference c is not;
     * memo = biogenic carbon released to air or lost on links, as CO2.
     */
    private static void checkDocumentedRules(FlowState state, Ledger ledger, String context) {
        Park park = state.park();
        double byProduct = 0;
        double notKept = 0;
        double memo = 0;
        java.util.Map<String, Double> lostOut = new java.util.HashMap<>();
        for (Link link : park.links().values()) {
            lostOut.merge(link.from() + "|" + link.carrier(), link.loss()
                    * state.flow(link.id()), Double::sum);
        }
        for (Plant plant : park.plants().values()) {
            for (Carrier carrier : park.carriers().values()) {
                double b = 0;
                for (Process process : plant.processes()) {
                    if (!process.reference().equals(carrier.id())) {
                        b += process.output(carrier.id()) * state.activity(process.id());
                    }
                }
                double lost = lostOut.getOrDefault(plant.id() + "|" + carrier.id(), 0.0);
                double released = state.released(plant.id(), carrier.id());
                if (b > 0) {
                    byProduct += b;
                    notKept += Math.min(b, released + state.sold(plant.id(), carrier.id())
                            + lost);
                }
                boolean toAir = park.market(carrier.id()).flatMap(Market::disposal)
                        .map(d -> d.kind() == DisposalKind.AIR).orElse(false);
                if (carrier.biogenic()) {
                    memo += ((toAir ? released : 0) + lost) * carrier.carbonPerUnit()
                            * Carrier.CO2_PER_CARBON;
                }
            }
        }
        double circularity = byProduct == 0 ? 0 : 1 - notKept / byProduct;
        assertTrue(Math.abs(circularity - ledger.totals().circularity()) <= TOLERANCE,
                context + ": circularity " + ledger.totals().circularity() + ", rule gives "
                        + circularity);
        assertTrue(Math.abs(memo - ledger.totals().biogenicMemo()) <= TOLERANCE * Math.max(1,
                memo), context + ": biogenic memo " + ledger.totals().biogenicMemo()
                        + ", rule gives " + memo);
    }

    /** Asserts {@code actual} within {@code 1e-9} relative of {@code expected}. */
    public static void assertClose(double expected, double actual, String what) {
        double scale = Math.max(Math.abs(expected), 1e-12);
        assertTrue(Math.abs(expected - actual) <= TOLERANCE * scale,
                what + ": expected " + expected + " but was " + actual);
    }
}
