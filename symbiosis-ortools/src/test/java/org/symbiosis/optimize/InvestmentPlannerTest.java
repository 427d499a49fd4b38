package org.symbiosis.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symbiosis.flow.FlowInvariants.assertClose;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.symbiosis.flow.FlowInvariants;
import org.symbiosis.model.Candidate;
import org.symbiosis.model.Carrier;
import org.symbiosis.model.DisposalKind;
import org.symbiosis.model.Finance;
import org.symbiosis.model.Link;
import org.symbiosis.model.LinkStatus;
import org.symbiosis.model.Market;
import org.symbiosis.model.Park;
import org.symbiosis.model.Plant;
import org.symbiosis.model.Process;

/** Hand-built investment problems, each solved by hand. */
class InvestmentPlannerTest {

    /**
     * An emitter and a storage site that do not exist yet, and a pipeline between them.
     *
     * <pre>
     *   emitter (fixed 100 t product, 1 t CO2/t, released unless stored)
     *     --co2 (candidate pipe, up to 100 t/yr: capex 5 per t/yr + 50, 10 years)-->
     *   sink (candidate, up to 80 t/yr: capex 10 per t/yr + 200, 10 years, O&M 30/yr, 2 per t)
     * </pre>
     * At a discount rate of 0 the capital recovery factor of 10 years is 0.1, so storing q t
     * a year costs (0.1 x 10 + 0.1 x 5 + 2) q + 0.1 x 200 + 30 + 0.1 x 50 = 3.5 q + 55 with
     * both built (the pipe alone or the sink alone stores nothing: they interact).
     */
    static Park storage() {
        return Park.builder().name("storage")
                .carrier(Carrier.of("product", "t"))
                .carrier(Carrier.of("co2", "t").withCarbon(0.2729).withGwp(1))
                .carrier(Carrier.of("stored", "t").withCarbon(0.2729))
                .plant(Plant.of("emitter", "industry", Process.builder("emitter.make")
                        .reference("product").output("product", 1).output("co2", 1).fixed(100)
                        .build()))
                .plant(Plant.of("sink", "storage", Process.builder("sink.store").reference("co2")
                        .input("co2", 1).output("stored", 1).capacity(80).follows("co2")
                        .costs(2, 0).build()))
                .link(Link.push("pipe", "emitter", "sink", "co2", 1).withCapacity(100)
                        .withStatus(LinkStatus.CANDIDATE))
                .market(Market.sell("product", 0, 0))
                .market(Market.disposal("co2", DisposalKind.AIR, 0))
                .market(Market.disposal("stored", DisposalKind.STORAGE, 0))
                .candidate(new Candidate("process:sink.store", Candidate.Kind.BUILD, 10, 200, 10, 30,
                        Double.NaN,
                        "illustrative"))
                .candidate(new Candidate("link:pipe", Candidate.Kind.BUILD, 5, 50, 10, 0, Double.NaN,
                        ""))
                .finance(new Finance(0, "USD"))
                .build();
    }

    private static PlanResult plan(PlanGoal goal) {
        PlanResult r = new InvestmentPlanner(goal).plan(storage());
        assertEquals(OptimizationStatus.OPTIMAL, r.status(), r.diagnosis());
        FlowInvariants.check(r.state().orElseThrow(), goal.toString());
        return r;
    }

    /** At 50 per t both are built and fill the sink: 3.5 x 80 + 55 + 50 x 20 = 1,335. */
    @Test
    void aCarbonPriceBuildsBothCandidatesThatOnlyWorkTogether() {
        PlanResult r = plan(PlanGoal.cost(50));
        assertEquals(2, r.builds().size());
        assertClose(80, r.builds().get(0).size(), "sink size");
        assertClose(0.1 * 10 * 80 + 20 + 30, r.builds().get(0).annualisedCost(), "sink cost");
        assertClose(20, r.emissions(), "emissions");
        assertClose(1335, r.objective(), "objective");
        assertClose(160, r.operatingCost(), "operating: 2 x 80");
        assertClose(0.1 * 10 * 80 + 20 + 30 + 0.1 * 5 * 80 + 5, r.investmentCost(),
                "investment");
    }

    /**
     * Storing pays above 335 / 80 = 4.1875 per t: at 4 nothing is built (400 against 415), at
     * 4.5 both are (3.5 x 80 + 55 + 4.5 x 20 = 425 against 450).
     */
    @Test
    void aCandidateThatOnlyPaysAboveACarbonPrice() {
        PlanResult at4 = plan(PlanGoal.cost(4));
        assertEquals(List.of(), at4.builds());
        assertClose(400, at4.objective(), "nothing built at 4");
        PlanResult at45 = plan(PlanGoal.cost(4.5));
        assertEquals(2, at45.builds().size());
        assertClose(425, at45.objective(), "both built at 4.5");
    }

    /**
     * A budget of 115 a year for investments (capital and O&M, not operation): 1.5 s + 55 <=
     * 115 gives s = 40, so 60 t are still released.
     */
    @Test
    void aBudgetThatBinds() {
        PlanResult r = plan(PlanGoal.emissionsUnderBudget(115));
        assertClose(60, r.emissions(), "emissions");
        assertClose(115, r.investmentCost(), "the budget, spent");
        assertClose(40, r.builds().get(0).size(), "sink size");
    }

    /** A cap of 30 t forces storing 70: 3.5 x 70 + 55 = 300. */
    @Test
    void aTargetThatForcesABuild() {
        PlanResult r = plan(PlanGoal.costUnderCap(30));
        assertClose(30, r.emissions(), "emissions at the cap");
        assertClose(300, r.totalCost(), "cost");
        assertClose(300, r.objective(), "objective");
    }

    /** Forbidding the pipe leaves the sink useless: nothing is built, 100 t released. */
    @Test
    void fixingADecisionReplans() {
        PlanResult r = new InvestmentPlanner(PlanGoal.cost(50)).plan(storage(),
                Map.of("link:pipe", false));
        assertEquals(List.of(), r.builds());
        assertClose(100, r.emissions(), "emissions");
    }

    @Test
    void anImpossibleCapIsInfeasibleWithADiagnosis() {
        PlanResult r = new InvestmentPlanner(PlanGoal.costUnderCap(10)).plan(storage());
        assertEquals(OptimizationStatus.INFEASIBLE, r.status());
        assertTrue(r.diagnosis().contains("Loosen the cap"), r.diagnosis());
    }

    /** A base plan that fails is the park's problem: its status and diagnosis, by type. */
    @Test
    void anAbatementCurveWhosePlanFailsSaysSoAsAnUnsolvablePark() {
        org.symbiosis.optimize.lp.LpSolver infeasible = new org.symbiosis.optimize.lp.LpSolver() {
            @Override
            public org.symbiosis.optimize.lp.LpSolution solve(
                    org.symbiosis.optimize.lp.LpModel model) {
                return org.symbiosis.optimize.lp.LpSolution.failed(
                        org.symbiosis.optimize.lp.LpStatus.INFEASIBLE, name(), "forced");
            }

            @Override
            public String name() {
                return "always-infeasible";
            }
        };
        org.symbiosis.flow.UnsolvableParkException e = org.junit.jupiter.api.Assertions
                .assertThrows(org.symbiosis.flow.UnsolvableParkException.class,
                        () -> AbatementCurve.of(storage(), PlanGoal.cost(50), true, infeasible,
                                new double[] {0, 10}));
        assertEquals("park 'storage'", e.issues().get(0).element());
        assertEquals("INFEASIBLE", e.issues().get(0).value());
        assertTrue(e.getMessage().startsWith("No abatement curve for park 'storage': the plan"
                + " itself failed (INFEASIBLE). "), e.getMessage());
    }

    /**
     * The curve at 50 per t: each of the two candidates avoids 80 t (without either, nothing is
     * stored) and costs 335 a year (the whole 3.5 x 80 + 55: neither works alone), so 4.1875
     * per t; on the grid 0, 4, 4.5, 10, 50 both are first built at 4.5.
     */
    @Test
    void theAbatementCurveComesFromReplanning() {
        List<AbatementCurve.Step> curve = AbatementCurve.of(storage(), PlanGoal.cost(50), true,
                org.symbiosis.optimize.lp.Solvers.lp("scip", 0),
                new double[] {0, 4, 4.5, 10, 50});
        assertEquals(2, curve.size());
        for (AbatementCurve.Step step : curve) {
            assertTrue(step.built(), step.toString());
            assertClose(80, step.avoided(), "avoided by " + step.candidate());
            assertClose(335, step.annualisedCost(), "cost of " + step.candidate());
            assertClose(335.0 / 80, step.costPerTonne(), "per t, " + step.candidate());
            assertEquals(4.5, step.builtFromPrice(), step.toString());
        }
    }

    /**
     * An old heater (fixed 10 t of heat a year, sold, 0.5 t CO2 per t, fixed cost 100 a year)
     * that may be retired for 50 once (5 a year over 10 years at 0 %). At 50 per t, retiring
     * saves 100 - 5 + 50 x 5 = 345 a year, so a plan free to stop deliveries retires it; with
     * deliveries kept (the default) the heat must still be delivered, so it is kept.
     */
    @Test
    void retiringAnAssetSavesItsFixedCostUnlessItsProductMustBeDelivered() {
        Park park = storage().toBuilder()
                .carrier(Carrier.of("heat", "GJ"))
                .plant(Plant.of("old", "heat", Process.builder("old.heater").reference("heat")
                        .output("heat", 1).output("co2", 0.5).fixed(10).costs(0, 100).build()))
                .market(Market.sell("heat", 0, 0))
                .candidate(new Candidate("process:old.heater", Candidate.Kind.RETIRE, 0, 50, 10,
                        0, Double.NaN, ""))
                .build();
        PlanResult free = new InvestmentPlanner(PlanGoal.cost(50), false,
                org.symbiosis.optimize.lp.Solvers.lp("scip", 0)).plan(park);
        assertTrue(free.solved(), free.diagnosis());
        PlanResult.Build retired = free.builds().stream().filter(b -> b.candidate().retirement())
                .findFirst().orElseThrow();
        assertClose(5 - 100, retired.annualisedCost(), "decommissioning less the fixed cost");
        assertClose(0, free.state().orElseThrow().activity(
                org.symbiosis.model.ProcessId.of("old.heater")), "retired");
        FlowInvariants.check(free.state().orElseThrow(), "retired heater");
        PlanResult kept = new InvestmentPlanner(PlanGoal.cost(50)).plan(park);
        assertTrue(kept.builds().stream().noneMatch(b -> b.candidate().retirement()),
                "deliveries keep the heater");
        assertClose(1335 + 5 * 50, kept.objective(), "the storage plan plus the heater's CO2");
    }

    @Test
    void refusesToExpandAFixedActivity() {
        org.symbiosis.model.InvalidParkException e = org.junit.jupiter.api.Assertions
                .assertThrows(org.symbiosis.model.InvalidParkException.class, () -> storage()
                        .toBuilder().candidate(new Candidate("process:emitter.make",
                                Candidate.Kind.EXPAND, 1, 0, 10, 0, 50, "")).build());
        assertTrue(e.getMessage().contains("has a fixed activity, so more capacity would never"
                + " be used"), e.getMessage());
    }

    /**
     * The delivery guard needs a simulated state: a park that cannot run by its rules (an ash
     * user makes slag that nothing takes) is refused with the simulation's message and the way
     * out, and plans once the guard is off (the optimiser leaves the ash user idle).
     */
    @Test
    void theDeliveryGuardRefusesAParkThatCannotRun() {
        Park park = storage().toBuilder()
                .carrier(Carrier.of("ash", "t"))
                .carrier(Carrier.of("slag", "t"))
                .replacePlant(Plant.of("emitter", "industry", Process.builder("emitter.make")
                        .reference("product").output("product", 1).output("co2", 1)
                        .output("ash", 0.1).fixed(100).build()))
                .plant(Plant.of("user", "ash", Process.builder("user.melt").reference("ash")
                        .input("ash", 1).output("slag", 1).follows("ash").build()))
                .link(Link.push("ash-link", "emitter", "user", "ash", 1))
                .market(Market.disposal("ash", DisposalKind.LANDFILL, 0))
                .build();
        PlanResult guarded = new InvestmentPlanner(PlanGoal.cost(50)).plan(park);
        assertEquals(OptimizationStatus.INFEASIBLE, guarded.status());
        assertTrue(guarded.diagnosis().startsWith("The delivery guard needs the park to run by"
                + " its operating rules"), guarded.diagnosis());
        assertTrue(guarded.diagnosis().contains("'slag'"), guarded.diagnosis());
        assertTrue(guarded.diagnosis().contains("--free-deliveries"), guarded.diagnosis());
        PlanResult free = new InvestmentPlanner(PlanGoal.cost(50), false,
                org.symbiosis.optimize.lp.Solvers.lp("scip", 0)).plan(park);
        assertTrue(free.solved(), free.diagnosis());
        assertClose(1335, free.objective(), "the storage plan; the ash landfilled");
        assertEquals(List.of(), free.leaks());
    }

    /**
     * A delivery whose simulated level is also the most the park can make: the chlor-alkali
     * cell meets the chlorine its plant's fixed VCM line needs, and sells its caustic soda.
     *
     * <pre>
     *   power (fixed 1,000 MWh, 0.4 t coal/MWh at 0.1 t CO2e/t; sells what it does not send)
     *     --electricity (candidate line, up to 1,000 MWh, no capital cost)-->
     *   chem: vcm   fixed 1,000 t, takes 0.5 t cl2 and 0.2 MWh per t
     *         cell  meets cl2: per t naoh 0.8 t cl2 and 2.4 MWh; naoh sold
     *   market: electricity 0.423 t CO2e/MWh, cl2 1 t CO2e/t (bought only)
     * </pre>
     * The cell makes 500 / 0.8 = 625 t naoh, the most it can (cl2 can be neither sold nor
     * released), so the delivery guard (625 t) leaves a window of only its slack. Chem needs 200
     * + 2.4 x 625 = 1,700 MWh; the line brings 1,000, so the life cycle is 40 (coal) + 700 x
     * 0.423 = 336.1 t instead of 40 + 1,700 x 0.423 = 759.1, and at 50 per t the plan builds
     * the line: 16,805. Each t of naoh less would save 2.4 x 0.423 - 0.8 x 1 = 0.2152 t, so the
     * plan sits on the guard's floor: the program's (625 x (1 - 1e-6), SCIP's tolerance) in the
     * mixed-integer solve, the tight one (625 x (1 - 1e-9)) in the plan reported.
     */
    @Test
    void aDeliveryAtItsMaximumIsKeptToTheTightSlack() {
        Park park = Park.builder().name("chlor-alkali")
                .carrier(Carrier.of("electricity", "MWh"))
                .carrier(Carrier.of("coal", "t"))
                .carrier(Carrier.of("cl2", "t"))
                .carrier(Carrier.of("naoh", "t"))
                .carrier(Carrier.of("vcm", "t"))
                .plant(Plant.of("power", "power", Process.builder("power.gen")
                        .reference("electricity").input("coal", 0.4).output("electricity", 1)
                        .fixed(1000).build()))
                .plant(Plant.of("chem", "chemicals", Process.builder("chem.vcm").reference("vcm")
                        .input("cl2", 0.5).input("electricity", 0.2).output("vcm", 1)
                        .fixed(1000).build(), Process.builder("chem.cell").reference("naoh")
                        .input("electricity", 2.4).output("cl2", 0.8).output("naoh", 1)
                        .meets("cl2").build()))
                .link(Link.push("line", "power", "chem", "electricity", 1).withCapacity(1000)
                        .withStatus(LinkStatus.CANDIDATE))
                .market(Market.buy("coal", 0, 0.1))
                .market(Market.buy("electricity", 0, 0.423).withSell(0, 0))
                .market(Market.buy("cl2", 0, 1))
                .market(Market.sell("naoh", 0, 0))
                .market(Market.sell("vcm", 0, 0))
                .candidate(new Candidate("link:line", Candidate.Kind.BUILD, 0, 0, 20, 0,
                        Double.NaN, ""))
                .build();
        PlanResult r = new InvestmentPlanner(PlanGoal.cost(50)).plan(park);
        assertEquals(OptimizationStatus.OPTIMAL, r.status(), r.diagnosis());
        FlowInvariants.check(r.state().orElseThrow(), "chlor-alkali");
        assertEquals(List.of("link:line"), r.builds().stream().map(b -> b.candidate()
                .element()).toList());
        double naoh = r.state().orElseThrow().sold(org.symbiosis.model.PlantId.of("chem"),
                org.symbiosis.model.CarrierId.of("naoh"));
        assertTrue(naoh >= 625 * (1 - 1e-9) - 1e-9 && naoh <= 625 + 1e-9, "naoh " + naoh);
        // Less the 625 x 1e-9 t of naoh given up, to the solvers' tolerance (1e-6).
        assertEquals(336.1, r.emissions(), 1e-6, "emissions");
        assertEquals(16_805, r.modelObjective(), 0.01, "the program's optimum, to its slack");
        assertEquals(List.of(), r.leaks());
    }
}
