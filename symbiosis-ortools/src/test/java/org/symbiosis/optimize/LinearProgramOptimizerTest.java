package org.symbiosis.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symbiosis.flow.FlowInvariants.assertClose;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.symbiosis.flow.FlowInvariants;
import org.symbiosis.flow.FlowState;
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
import org.symbiosis.model.PlantId;
import org.symbiosis.model.Process;
import org.symbiosis.model.ProcessId;

class LinearProgramOptimizerTest {

    /**
     * An emitter and a candidate CO2 sink.
     *
     * <pre>
     *   emitter --co2 (candidate link, cost 5/t)--> cement
     *   fixed 100 t product, 1 t CO2/t              mineralises up to 60 t CO2 (cost 20/t),
     *                                               buying 0.1 MWh/t at 100/MWh and 0.5 t CO2e/MWh
     * </pre>
     * CO2 may be released anywhere (1 t CO2e/t).
     */
    static Park co2Sink() {
        return Park.builder().name("co2 sink")
                .carrier(Carrier.of("product", "t"))
                .carrier(Carrier.of("co2", "t").withCarbon(0.2729).withGwp(1))
                .carrier(Carrier.of("mineral", "t").withCarbon(0.2729))
                .carrier(Carrier.of("electricity", "MWh").withKind(CarrierKind.ELECTRICITY))
                .plant(Plant.of("emitter", "industry", Process.builder("emitter.make")
                        .reference("product").output("product", 1).output("co2", 1).fixed(100)
                        .build()))
                .plant(Plant.of("cement", "cement", Process.builder("cement.mineralise")
                        .reference("co2").input("co2", 1).input("electricity", 0.1)
                        .output("mineral", 1).capacity(60).follows("co2").costs(20, 0).build()))
                .link(Link.push("pipe", "emitter", "cement", "co2", 1).withCost(5, 3)
                        .withStatus(LinkStatus.CANDIDATE))
                .market(Market.sell("product", 0, 0))
                .market(Market.disposal("co2", DisposalKind.AIR, 0))
                .market(Market.disposal("mineral", DisposalKind.STORAGE, 0))
                .market(Market.buy("electricity", 100, 0.5))
                .build();
    }

    private static double price(OptimizationResult r, String plant, String carrier) {
        return r.shadowPrice(PlantId.of(plant), CarrierId.of(carrier)).orElseThrow();
    }

    /**
     * Minimum emissions: each t mineralised saves 1 - 0.1 x 0.5 = 0.95 t CO2e, so the sink runs
     * at its capacity of 60 and 40 t is released: 40 + 60 x 0.05 = 43 t CO2e. Duals: one more t of
     * CO2 at the emitter must be released (-1); one more MWh at the cement plant saves buying it
     * (+0.5); one more t of sink capacity is worth 0.95.
     */
    @Test
    void minimumEmissionsFillsTheSinkWithTheRightDuals() {
        OptimizationResult r = new LinearProgramOptimizer(Objective.emissions())
                .optimize(co2Sink());
        assertEquals(OptimizationStatus.OPTIMAL, r.status(), r.diagnosis());
        FlowState state = r.state().orElseThrow();
        FlowInvariants.check(state, "co2 sink");
        assertClose(43, r.objective(), "objective");
        assertClose(43, r.ledger().orElseThrow().totals().residual(), "ledger residual");
        // Where the 40 t are released (emitter or cement) is a tie under this objective.
        assertClose(60, state.activity(ProcessId.of("cement.mineralise")), "mineralised");
        assertClose(40, r.ledger().orElseThrow().carriers().get(CarrierId.of("co2")).released(),
                "released");
        assertClose(-1, price(r, "emitter", "co2"), "dual co2 at emitter");
        assertClose(0.5, price(r, "cement", "electricity"), "dual electricity at cement");
        assertEquals(1, r.capacityValues().size());
        CapacityValue sink = r.capacityValues().get(0);
        assertEquals(ProcessId.of("cement.mineralise"), sink.element());
        assertEquals("process 'cement.mineralise'", sink.element().describe());
        assertClose(60, sink.capacity(), "binding capacity");
        assertClose(0.95, r.capacityValue(ProcessId.of("cement.mineralise")).orElseThrow(),
                "capacity value");
        assertTrue(r.capacityValue(LinkId.of("pipe")).isEmpty(), "the pipe does not bind");
        assertTrue(r.shadowPrice(PlantId.of("emitter"), CarrierId.of("clinker")).isEmpty(),
                "no such balance row");
    }

    /**
     * Minimum cost at 50 per t CO2e: mineralising costs 20 + 5 (pipe) + 10 (power) + 2.5
     * (carbon on the power) = 37.5 per t against 50 for releasing, so the sink fills: 60 x 37.5
     * + 40 x 50 = 4250; one more t of CO2 at the emitter costs 50. At 30 per t, releasing (30)
     * beats 36.5: everything is released, 3000.
     */
    @Test
    void minimumCostDependsOnTheCarbonPrice() {
        OptimizationResult at50 = new LinearProgramOptimizer(Objective.cost(50))
                .optimize(co2Sink());
        assertClose(4250, at50.objective(), "objective at 50");
        assertClose(60, at50.state().orElseThrow().activity(ProcessId.of("cement.mineralise")),
                "sink at 50");
        assertClose(-50, price(at50, "emitter", "co2"), "dual at 50");
        OptimizationResult at30 = new LinearProgramOptimizer(Objective.cost(30))
                .optimize(co2Sink());
        assertClose(3000, at30.objective(), "objective at 30");
        assertEquals(0, at30.state().orElseThrow().flow(LinkId.of("pipe")), 1e-9);
    }

    @Test
    void namesTheBalanceRowOfAnInfeasiblePark() {
        Park park = co2Sink().toBuilder().removeMarket(CarrierId.of("electricity")).build();
        // The sink's follows rule is dropped by the optimiser, so it can stay idle: still
        // feasible. Fix it at 10 t to force a need for electricity nobody can supply.
        Process fixed = park.plant(PlantId.of("cement")).processes().get(0)
                .withRule(org.symbiosis.model.OperatingRule.fixed(10));
        Park infeasible = park.toBuilder().replacePlant(park.plant(PlantId.of("cement"))
                .withProcesses(List.of(fixed))).build();
        OptimizationResult r = new LinearProgramOptimizer(Objective.emissions())
                .optimize(infeasible);
        assertEquals(OptimizationStatus.INFEASIBLE, r.status());
        assertTrue(r.state().isEmpty());
        assertEquals("The balance of 'electricity' at plant 'cement' is short by 1.00000 MWh:"
                + " nothing in the park can supply it and no market sells it. Add a link or a"
                + " process that brings it, or 'buy' to the market for 'electricity'.",
                r.diagnosis());
    }

    @Test
    void namesWhatGrowsWithoutLimitInAnUnboundedPark() {
        Park park = Park.builder().name("money machine")
                .carrier(Carrier.of("input", "t"))
                .carrier(Carrier.of("output", "t"))
                .plant(Plant.of("factory", "x", Process.builder("factory.make").reference("output")
                        .input("input", 1).output("output", 1).meets("output").build()))
                .market(Market.buy("input", 1, 0))
                .market(Market.sell("output", 3, 0))
                .build();
        OptimizationResult r = new LinearProgramOptimizer(Objective.cost(0)).optimize(park);
        assertEquals(OptimizationStatus.UNBOUNDED, r.status());
        assertTrue(r.diagnosis().contains("activity of process 'factory.make'"), r.diagnosis());
        assertTrue(r.diagnosis().contains("Give the process or link a capacity"), r.diagnosis());
    }

    @Test
    void writesALpFileThatNamesEveryVariable() {
        String lp = new LinearProgramOptimizer(Objective.emissions()).writeLp(co2Sink());
        assertTrue(lp.startsWith("\\ Written by Symbiosis\n"), lp);
        assertTrue(lp.contains("\\ x1: activity of process 'emitter.make'\n"), lp);
        assertTrue(lp.contains("Minimize\n obj:"), lp);
        assertTrue(lp.contains("\nSubject To\n"), lp);
        assertTrue(lp.contains(" x1 = 100.0\n"), lp);
        assertTrue(lp.endsWith("End\n"), lp);
    }

    /**
     * A maker that sells gas at 100 per t for 20 per t of operation plus 0.5 MWh at 10 (25 per
     * t in all): each t sold earns 75, so without a limit it runs at its capacity of 100. The
     * market takes at most {@code limit} t; with no disposal route, it makes only that much.
     *
     * <pre>
     *   electricity (buy 10/MWh) --&gt; maker (capacity 100 t) --gas--&gt; market (sell 100/t, limit)
     * </pre>
     */
    static Park limitedMarket(Market.Sale sale) {
        return Park.builder().name("limited market")
                .carrier(Carrier.of("gas", "t"))
                .carrier(Carrier.of("electricity", "MWh").withKind(CarrierKind.ELECTRICITY))
                .plant(Plant.of("maker", "chemicals", Process.builder("maker.make")
                        .reference("gas").input("electricity", 0.5).output("gas", 1)
                        .capacity(100).meets("gas").costs(20, 0).build()))
                .market(Market.buy("electricity", 10, 0))
                .market(new Market(CarrierId.of("gas"), java.util.Optional.empty(),
                        java.util.Optional.of(sale), java.util.Optional.empty(), ""))
                .build();
    }

    /**
     * Limit 30: the maker runs at 30, the objective is 30 x 25 - 30 x 100 = -2250, and one more
     * t of limit is worth the margin of 75; the capacity of 100 does not bind. A blending limit
     * of 1 % of a 2,000 t stream (20 t) gives 20 x -75 = -1500. Without a limit: 100 x -75.
     */
    @Test
    void aSaleLimitBoundsWhatTheParkSellsAndIsValuedAtTheMargin() {
        Objective cost = Objective.cost(0);
        OptimizationResult limited = new LinearProgramOptimizer(cost)
                .optimize(limitedMarket(new Market.Sale(100, 0).withLimit(30)));
        assertEquals(OptimizationStatus.OPTIMAL, limited.status(), limited.diagnosis());
        FlowInvariants.check(limited.state().orElseThrow(), "limited market");
        assertClose(-2250, limited.objective(), "objective with a limit of 30");
        assertClose(30, limited.state().orElseThrow().activity(ProcessId.of("maker.make")),
                "activity");
        assertClose(75, limited.capacityValue(CarrierId.of("gas")).orElseThrow(),
                "value of the sale limit");
        assertTrue(limited.capacityValue(ProcessId.of("maker.make")).isEmpty(),
                "the maker's capacity does not bind");
        CapacityValue value = limited.capacityValues().get(0);
        assertEquals("sale limit of the market for 'gas'", value.describe());
        assertClose(30, value.capacity(), "the limit reported");

        OptimizationResult blended = new LinearProgramOptimizer(cost).optimize(limitedMarket(
                new Market.Sale(100, 0).withBlend(new Market.Blend(0.01, 2000, "a grid"))));
        assertClose(-1500, blended.objective(), "objective with a blending limit of 20");

        OptimizationResult free = new LinearProgramOptimizer(cost)
                .optimize(limitedMarket(new Market.Sale(100, 0)));
        assertClose(-7500, free.objective(), "objective without a limit");
        assertClose(75, free.capacityValue(ProcessId.of("maker.make")).orElseThrow(),
                "then the capacity binds");
    }

    /**
     * A boiler burns a fixed 250 t of husk: from a mill 50 km away by road (f t CO2e per t·km;
     * the mill's by-product, 200 t, may be landfilled) or bought at 0.01 t CO2e/t cradle to gate. On
     * the life cycle, a t carried costs 50 f: at f = 1e-4 (0.005) the road wins, 200 x 0.005 +
     * 50 x 0.01 = 1.5; at f = 4e-4 (0.02) buying wins, 250 x 0.01 = 2.5. Residual emissions do
     * not see either.
     */
    @Test
    void aRoadLegCountsOnTheLifeCycle() {
        java.util.function.DoubleFunction<Park> husk = f -> Park.builder().name("husk")
                .carrier(Carrier.of("rice", "t"))
                .carrier(Carrier.of("husk", "t"))
                .carrier(Carrier.of("steam", "t"))
                .plant(Plant.of("mill", "food", Process.builder("mill.mill").reference("rice")
                        .output("rice", 1).output("husk", 0.2).fixed(1000).build()))
                .plant(Plant.of("boiler", "utility", Process.builder("boiler.burn")
                        .reference("husk").input("husk", 1).output("steam", 3).fixed(250)
                        .build()))
                .link(Link.push("road", "mill", "boiler", "husk", 1).withCost(0, 50)
                        .withTransportFactor(f))
                .market(Market.buy("husk", 0, 0.01).withDisposal(DisposalKind.LANDFILL, 0))
                .market(Market.sell("steam", 0, 0))
                .market(Market.sell("rice", 0, 0))
                .build();
        Objective lifecycle = Objective.emissions().withMetric(
                org.symbiosis.model.Target.Metric.LIFECYCLE);
        OptimizationResult near = new LinearProgramOptimizer(lifecycle).optimize(husk.apply(1e-4));
        assertClose(1.5, near.objective(), "objective with the road at 0.005 t/t");
        assertClose(200, near.state().orElseThrow().flow(LinkId.of("road")), "carried");
        assertClose(1.5, near.ledger().orElseThrow().totals().lifecycle(), "ledger life cycle");
        OptimizationResult far = new LinearProgramOptimizer(lifecycle).optimize(husk.apply(4e-4));
        assertClose(2.5, far.objective(), "objective with the road at 0.02 t/t");
        assertEquals(0, far.state().orElseThrow().flow(LinkId.of("road")), 1e-6, "not carried");
        assertClose(0, new LinearProgramOptimizer(Objective.emissions()).optimize(
                husk.apply(4e-4)).objective(), "residual");
    }
}
