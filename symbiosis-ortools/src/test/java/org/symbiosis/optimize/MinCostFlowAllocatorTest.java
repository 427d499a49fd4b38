package org.symbiosis.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.symbiosis.flow.FlowInvariants;
import org.symbiosis.flow.FlowState;
import org.symbiosis.generate.SyntheticParks;
import org.symbiosis.ledger.Ledger;
import org.symbiosis.model.Carrier;
import org.symbiosis.model.CarrierId;
import org.symbiosis.model.CarrierKind;
import org.symbiosis.model.DisposalKind;
import org.symbiosis.model.Link;
import org.symbiosis.model.LinkId;
import org.symbiosis.model.LinkStatus;
import org.symbiosis.model.Market;
import org.symbiosis.model.Park;
import org.symbiosis.model.Plant;
import org.symbiosis.model.Process;
import org.symbiosis.model.ProcessId;
import org.symbiosis.simulate.Simulator;

/**
 * Single-carrier allocation as a min-cost flow against the park linear program: on the same
 * CO2-to-sinks problems both must reach the same objective, compared through their ledgers.
 */
class MinCostFlowAllocatorTest {

    /** Seeded CO2 allocation problems of 2-20 emitters and 1-5 sinks (the shared generator). */
    static Park co2Problem(long seed) {
        return SyntheticParks.co2Allocation(seed, 2 + (int) (seed % 19), 1 + (int) (seed % 5));
    }

    private static double score(Ledger ledger, Objective objective) {
        return objective.emissionsWeight() * ledger.totals().residual()
                + objective.costWeight() * (ledger.totals().cost()
                        + objective.carbonPrice() * ledger.totals().residual());
    }

    @Test
    void agreesWithTheLinearProgramOnSeededProblems() {
        for (long seed = 1; seed <= 60; seed++) {
            Park park = co2Problem(seed);
            FlowState simulated = new Simulator().run(park).withSymbiosis().state();
            for (Objective objective : new Objective[] {Objective.emissions(),
                Objective.cost(40), Objective.cost(5)}) {
                OptimizationResult lp = new LinearProgramOptimizer(objective).optimize(park);
                OptimizationResult mcf = new MinCostFlowAllocator(objective)
                        .allocate(simulated, CarrierId.of("co2"));
                String context = "seed " + seed + " " + objective;
                assertEquals(OptimizationStatus.OPTIMAL, lp.status(), context);
                assertEquals(OptimizationStatus.OPTIMAL, mcf.status(), context + mcf.diagnosis());
                FlowInvariants.check(mcf.state().orElseThrow(), context);
                double a = score(lp.ledger().orElseThrow(), objective);
                double b = score(mcf.ledger().orElseThrow(), objective);
                assertTrue(Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a)),
                        context + ": LP " + a + " vs min-cost flow " + b);
            }
        }
    }

    /**
     * By hand: 100 t of CO2 at one emitter, two sinks of 60 t each at 10 and 30 per t of
     * transport (plus 1 per t for 0.5 MWh at 2), release costs 40 per t (carbon price 40) plus
     * 40 x 0.5 x 0.5 = 10 per t for the power's emissions. Sink 1 costs 10 + 1 + 10 = 21 < 40:
     * full (60 t); sink 2 costs 30 + 1 + 10 = 41 > 40: the rest (40 t) is released.
     * Objective: 60 x 21 + 40 x 40 = 2860.
     */
    @Test
    void fillsTheCheapestSinkFirst() {
        Park park = Park.builder()
                .carrier(Carrier.of("product", "t"))
                .carrier(Carrier.of("co2", "t").withCarbon(0.25).withGwp(1))
                .carrier(Carrier.of("mineral", "t").withCarbon(0.25))
                .carrier(Carrier.of("electricity", "MWh").withKind(CarrierKind.ELECTRICITY))
                .plant(Plant.of("emitter", "x", Process.builder("emitter.make").reference("product")
                        .output("product", 1).output("co2", 1).fixed(100).build()))
                .plant(Plant.of("near", "cement", Process.builder("near.mineralise")
                        .reference("co2").input("co2", 1).input("electricity", 0.5)
                        .output("mineral", 1).capacity(60).follows("co2").build()))
                .plant(Plant.of("far", "cement", Process.builder("far.mineralise")
                        .reference("co2").input("co2", 1).input("electricity", 0.5)
                        .output("mineral", 1).capacity(60).follows("co2").build()))
                .link(Link.push("to-near", "emitter", "near", "co2", 1).withCost(10, 10)
                        .withStatus(LinkStatus.CANDIDATE))
                .link(Link.push("to-far", "emitter", "far", "co2", 1).withCost(30, 30)
                        .withStatus(LinkStatus.CANDIDATE))
                .market(Market.sell("product", 0, 0))
                .market(Market.disposal("co2", DisposalKind.AIR, 0))
                .market(Market.disposal("mineral", DisposalKind.STORAGE, 0))
                .market(Market.buy("electricity", 2, 0.5))
                .build();
        FlowState simulated = new Simulator().run(park).withSymbiosis().state();
        OptimizationResult r = new MinCostFlowAllocator(Objective.cost(40))
                .allocate(simulated, CarrierId.of("co2"));
        FlowState state = r.state().orElseThrow();
        assertEquals(60, state.flow(LinkId.of("to-near")), 1e-9);
        assertEquals(0, state.flow(LinkId.of("to-far")), 1e-9);
        assertEquals(60, state.activity(ProcessId.of("near.mineralise")), 1e-9);
        assertEquals(2860, r.objective(), 1e-6);
    }

    @Test
    void rejectsALinkWithLossesNamingIt() {
        Park park = co2Problem(3);
        Link lossy = park.links().values().iterator().next().withLoss(0.02);
        Park withLoss = park.toBuilder().replaceLink(lossy).build();
        FlowState simulated = new Simulator().run(withLoss).withSymbiosis().state();
        org.symbiosis.model.InvalidValueException e = org.junit.jupiter.api.Assertions
                .assertThrows(org.symbiosis.model.InvalidValueException.class,
                        () -> new MinCostFlowAllocator(Objective.emissions()).allocate(simulated,
                                CarrierId.of("co2")));
        assertEquals("The link '" + lossy.id() + "' loses 0.02 of its flow; a min-cost flow"
                + " cannot carry losses. Use the linear program (symbiosis optimize) for this"
                + " carrier.", e.getMessage());
        assertEquals("link '" + lossy.id() + "'", e.issues().get(0).element());
        assertEquals("0.02", e.issues().get(0).value());
    }

    /**
     * A sink whose other input comes only by link (no market sells it) cannot be priced:
     *
     * <pre>
     *   emitter --co2--> near (mineralise: co2 + 0.5 electricity)
     *   grid ---electricity--^   (electricity can only be sold, not bought)
     * </pre>
     */
    @Test
    void rejectsASinkWhoseOtherInputNoMarketSellsNamingTheFix() {
        Park park = Park.builder()
                .carrier(Carrier.of("product", "t"))
                .carrier(Carrier.of("co2", "t").withCarbon(0.25).withGwp(1))
                .carrier(Carrier.of("mineral", "t").withCarbon(0.25))
                .carrier(Carrier.of("electricity", "MWh").withKind(CarrierKind.ELECTRICITY))
                .plant(Plant.of("emitter", "x", Process.builder("emitter.make").reference("product")
                        .output("product", 1).output("co2", 1).fixed(100).build()))
                .plant(Plant.of("grid", "power", Process.builder("grid.make")
                        .reference("electricity").output("electricity", 1).fixed(100).build()))
                .plant(Plant.of("near", "cement", Process.builder("near.mineralise")
                        .reference("co2").input("co2", 1).input("electricity", 0.5)
                        .output("mineral", 1).capacity(60).follows("co2").build()))
                .link(Link.push("to-near", "emitter", "near", "co2", 1))
                .link(Link.push("power", "grid", "near", "electricity", 1))
                .market(Market.sell("product", 0, 0))
                .market(Market.disposal("co2", DisposalKind.AIR, 0))
                .market(Market.disposal("mineral", DisposalKind.STORAGE, 0))
                .market(Market.sell("electricity", 1, 0))
                .build();
        FlowState simulated = new Simulator().run(park).withSymbiosis().state();
        org.symbiosis.flow.UnsolvableParkException e = org.junit.jupiter.api.Assertions
                .assertThrows(org.symbiosis.flow.UnsolvableParkException.class,
                        () -> new MinCostFlowAllocator(Objective.cost(40)).allocate(simulated,
                                CarrierId.of("co2")));
        assertEquals("process 'near.mineralise'", e.issues().get(0).element());
        assertEquals("electricity", e.issues().get(0).value());
        assertEquals("The sink process 'near.mineralise' needs 'electricity', which no market"
                + " sells; the allocation prices a sink's other inputs at market terms: give"
                + " 'electricity' a market that sells it, or use the linear program (symbiosis"
                + " optimize).", e.getMessage());
    }

    /** A min-cost flow has no bound shared by all sellers: a market with a sale limit is refused. */
    @Test
    void rejectsACarrierWhoseMarketHasASaleLimit() {
        Park park = LinearProgramOptimizerTest.limitedMarket(
                new org.symbiosis.model.Market.Sale(100, 0).withLimit(30));
        FlowState simulated = new LinearProgramOptimizer(Objective.cost(0)).optimize(park)
                .state().orElseThrow();
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> new MinCostFlowAllocator(
                        Objective.emissions()).allocate(simulated, CarrierId.of("gas")));
        assertEquals("The market for 'gas' takes at most 30.0 per year; a min-cost flow has no"
                + " bound shared by all sellers. Use the linear program (symbiosis optimize"
                + " without --allocate) for this carrier.", e.getMessage());
    }
}
