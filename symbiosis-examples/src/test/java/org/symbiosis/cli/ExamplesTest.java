package org.symbiosis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.symbiosis.flow.FlowInvariants;
import org.symbiosis.flow.FlowState;
import org.symbiosis.io.ParkFile;
import org.symbiosis.ledger.Calibration;
import org.symbiosis.ledger.Ledger;
import org.symbiosis.model.CarrierId;
import org.symbiosis.model.LinkId;
import org.symbiosis.model.PlantId;
import org.symbiosis.model.ProcessId;
import org.symbiosis.simulate.SimulationResult;
import org.symbiosis.simulate.Simulator;

/**
 * The bundled examples: each loads without warnings, runs, keeps the invariants, and holds its
 * headline figures to the rows of docs/sources.md it cites.
 */
class ExamplesTest {

    /**
     * t CO2 per t bituminous coal: 94.6 t CO2/TJ x 25.8 TJ/kt
     * (docs/sources.md#coal-bituminous).
     */
    private static final double CO2_PER_COAL = 94.6 * 25.8 / 1000;

    private static SimulationResult run(String name) {
        ParkFile file = ParkSources.open(name);
        assertEquals(List.of(), file.warnings(), name);
        SimulationResult result = new Simulator().run(file.park());
        FlowInvariants.check(result.withSymbiosis().state(), name);
        FlowInvariants.check(result.baseline().state(), name + " baseline");
        return result;
    }

    private static void assertWithin(double expected, double actual, double relative,
            String what) {
        assertTrue(Math.abs(actual - expected) <= relative * Math.abs(expected),
                what + ": expected " + expected + " within " + (100 * relative) + " % but was "
                        + actual);
    }

    private static double scope1(SimulationResult r, String plant) {
        return r.withSymbiosis().ledger().plants().get(PlantId.of(plant)).scope1();
    }

    private static double coalBurned(FlowState state, String... plants) {
        double coal = 0;
        for (String plant : plants) {
            for (var process : state.park().plant(PlantId.of(plant)).processes()) {
                coal += process.input(CarrierId.of("coal")) * state.activity(process.id());
            }
        }
        return coal;
    }

    @Test
    void listShowsEveryBundledExampleAndEachRuns() {
        CliRun list = CliRun.of("list");
        assertEquals(0, list.exitCode());
        List<String> names = ParkSources.examples().stream().map(ParkSources.Example::name)
                .toList();
        assertEquals(List.of("shunan-2030", "shunan-2019", "shunan-2050", "kalundborg",
                "binh-duong-eip", "yamaguchi-2019",
                "yamaguchi-2030", "dong-nai-eip", "long-an-eip", "southern-vietnam"), names);
        for (String name : names) {
            assertTrue(list.out().contains(name + " "), list.out());
            run(name);
        }
    }

    /**
     * Tokuyama: 4.54 Mt clinker; 6.6 Mt CO2 of which 4.4 Mt from fuel
     * (docs/sources.md#tokuyama-cement and #tokuyama-co2). The model's fuel CO2 is 4.4 Mt by
     * construction (power generation is set from it); its total is 4.4 + 4.54 x 0.525 = 6.78
     * Mt, 2.8 % above the stated 6.6 (the 0.525 t/t calcination default against the 0.485 the
     * two figures imply).
     */
    @Test
    void shunan2019HoldsTokuyamasHeadlineFigures() {
        SimulationResult r = run("shunan-2019");
        FlowState state = r.withSymbiosis().state();
        assertEquals(4.54e6, state.activity(ProcessId.of("tokuyama-cement.kiln")));
        double fuel = coalBurned(state, "tokuyama-power", "tokuyama-cement") * CO2_PER_COAL;
        assertWithin(4.4e6, fuel, 0.01, "Tokuyama fuel CO2");
        double tokuyama = scope1(r, "tokuyama-power") + scope1(r, "tokuyama-cement")
                + scope1(r, "tokuyama-chemicals");
        assertWithin(6.6e6, tokuyama, 0.03, "Tokuyama CO2");
        // Tosoh Nanyo, rough: 776 MW x 0.75 x 8760 h x 0.85 t/MWh = 4.3 Mt.
        assertWithin(4.3e6, scope1(r, "tosoh-power"), 0.02, "Tosoh power CO2");
        // Idemitsu: 623 kt ethylene, about 80 % piped to Tosoh and Tokuyama.
        double piped = state.flow(LinkId.of("ethylene-tosoh"))
                + state.flow(LinkId.of("ethylene-tokuyama"));
        assertWithin(0.8 * 623e3, piped, 1e-9, "ethylene piped");
        // VCM 1.23 Mt/yr at Tosoh.
        assertEquals(1.23e6, state.activity(ProcessId.of("tosoh-chemicals.vcm")));
    }

    @Test
    void shunan2030StaysWithinTheAmmoniaHubAndCutsEmissions() {
        SimulationResult r2030 = run("shunan-2030");
        SimulationResult r2019 = run("shunan-2019");
        Ledger.CarrierLedger nh3 = r2030.withSymbiosis().ledger().carriers()
                .get(CarrierId.of("nh3"));
        assertTrue(nh3.bought() > 0.5e6 && nh3.bought() <= 1.0e6,
                "ammonia within the 1 Mt/yr hub: " + nh3.bought());
        assertWithin(40e3, r2030.withSymbiosis().state().flow(LinkId.of("tosoh-flue-co2")), 1e-9,
                "Tosoh CO2 to CO");
        assertWithin(360e3, r2030.withSymbiosis().state()
                .activity(ProcessId.of("idemitsu-biomass.generate")), 1e-9, "biomass power");
        double residual2019 = r2019.withSymbiosis().ledger().totals().residual();
        double residual2030 = r2030.withSymbiosis().ledger().totals().residual();
        assertTrue(residual2030 < residual2019, residual2030 + " vs " + residual2019);
        CliRun run = CliRun.of("run", "shunan-2030");
        assertTrue(run.out().matches("(?s).*yamaguchi-2030 .* missed by .*"), run.out());
        // Its one loop is solved by elimination: the report does not speak of 0 sweeps.
        assertTrue(run.out().contains("1 loop solved directly, by elimination (residual"),
                run.out());
    }

    /**
     * Validate's limit and balance warnings: no bundled example raises one it does not explain
     * (run() asserts none is open); shunan-2050's two unbounded sinks (geological storage of
     * kiln and BECCS CO2) are each accepted with a reason, its mineralisation has a capacity and
     * a calcium source (concrete), its e-methane is bounded by the blending limit of its market,
     * and the other examples have capacities on their sinks.
     */
    @Test
    void everyExampleExplainsTheWarningsItAccepts() {
        for (ParkSources.Example example : ParkSources.examples()) {
            ParkFile file = ParkSources.open(example.name());
            assertEquals(List.of(), file.warnings(), example.name());
            List<String> accepted = file.park().acceptedWarnings().stream()
                    .map(w -> w.code() + " " + w.elementId()).toList();
            assertEquals(example.name().equals("shunan-2050") ? List.of(
                    "unbounded-sink tokuyama-capture.amine",
                    "unbounded-sink beccs-capture.amine") : List.of(), accepted, example.name());
        }
        CliRun strict = CliRun.of("validate", "shunan-2050", "--strict");
        assertEquals(0, strict.exitCode(), strict.out() + strict.err());
        assertTrue(strict.out().contains("0 warnings (and 2 accepted, explained in the file)"),
                strict.out());
    }

    /**
     * shunan-2050 declares calcium: the CO2 mineralised is bound as CaCO3 (0.910677 t Ca per t),
     * taken from the concrete it is injected into (90.90909 m3 per t at 11 kg/m3, 0.137 t Ca/m3
     * in, 0.12698255 out). Without the concrete among the inputs, 90.90909 x 0.12698255 +
     * 0.910677 = 12.4545 t Ca per t would appear from nothing, and validate says so.
     */
    @Test
    void shunan2050MineralisationNeedsItsCalciumSource() throws java.io.IOException {
        String json;
        try (java.io.InputStream in = ExamplesTest.class.getResourceAsStream(
                "/examples/shunan-2050.json")) {
            json = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        String withoutConcrete = json.replace("\"electricity\": 0.05,\n            \"ready-mix\":"
                + " 90.90909\n", "\"electricity\": 0.05\n");
        assertTrue(!withoutConcrete.equals(json), "the recipe was found");
        List<String> warnings = org.symbiosis.io.ParkFiles.parse(withoutConcrete,
                "shunan-2050.json").warnings();
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("The recipe of process 'tokuyama-cement.mineralise'"
                + " does not balance calcium (Ca): 0.0 t Ca in and 12.454545 t Ca out per unit of"
                + " activity (12.454545 t Ca appears from nothing)."), warnings.get(0));
    }

    @Test
    void shunan2050ReportsItsDistanceToNetZero() {
        SimulationResult r = run("shunan-2050");
        Ledger.Totals t = r.withSymbiosis().ledger().totals();
        assertTrue(t.removals() > 0, "BECCS removals");
        assertTrue(t.net() < run("shunan-2030").withSymbiosis().ledger().totals().net());
        CliRun run = CliRun.of("run", "shunan-2050");
        assertTrue(run.out().matches("(?s).*net-zero-2050 .* (missed by|met) .*"), run.out());
    }

    /**
     * Kalundborg: the sourced quantities flow as stated, and the saving against "without
     * symbiosis" (residual cut plus emissions avoided outside) falls within the published
     * 275-635 kt CO2/yr (docs/sources.md#kalundborg-totals).
     */
    @Test
    void kalundborgMatchesItsSourcesAndThePublishedRange() {
        SimulationResult r = run("kalundborg");
        FlowState state = r.withSymbiosis().state();
        assertWithin(150e3, state.flow(LinkId.of("gypsum")), 1e-9, "gypsum");
        assertWithin(400e3, state.flow(LinkId.of("fly-ash")), 1e-9, "fly ash");
        assertWithin(3e3, state.flow(LinkId.of("sulphur")), 1e-9, "sulphur");
        assertWithin(150e3, state.flow(LinkId.of("yeast-slurry")), 1e-9, "yeast slurry");
        assertWithin(3e6, state.flow(LinkId.of("water")), 1e-9, "water recycled");
        assertWithin(8e6, state.activity(ProcessId.of("biogas-plant.digest")) * 8e6 / 300e3,
                1e-9, "biogas m3");
        assertWithin(80e3, state.park().processes().stream()
                .filter(p -> p.id().value().equals("heat-pump.run")).findFirst().orElseThrow()
                .output(CarrierId.of("district-heat"))
                * state.activity(ProcessId.of("heat-pump.run")), 0.01, "district heat MWh");
        Ledger.Totals with = r.withSymbiosis().ledger().totals();
        Ledger.Totals without = r.baseline().ledger().totals();
        double saving = (without.residual() - with.residual())
                + (with.avoided() - without.avoided());
        assertTrue(saving >= 275e3 && saving <= 635e3, "saving " + saving);
    }

    @Test
    void binhDuongUsesTheVietnameseGridFactor() {
        SimulationResult r = run("binh-duong-eip");
        FlowState state = r.withSymbiosis().state();
        double bought = state.bought(PlantId.of("textile"), CarrierId.of("electricity"));
        double steam = state.bought(PlantId.of("textile"), CarrierId.of("steam"));
        assertWithin(bought * 0.6592 + steam * 0.0961 / 0.85,
                r.withSymbiosis().ledger().plants().get(PlantId.of("textile")).scope2(), 1e-9,
                "textile scope 2");
        assertTrue(r.residualReduction() > 0, "the measures cut emissions");
    }

    /**
     * Every bundled example's reported figures: those with a tolerance are held to it; those
     * without one (a boundary the model cannot match) say why in their note.
     */
    @Test
    void everyExampleHoldsItsCalibrationRowsWithinTheirTolerances() {
        int held = 0;
        for (ParkSources.Example example : ParkSources.examples()) {
            SimulationResult r = run(example.name());
            for (Calibration.Row row : Calibration.of(r.withSymbiosis().state(),
                    r.withSymbiosis().ledger())) {
                String what = example.name() + " " + row.reported().id();
                assertTrue(row.reported().source().startsWith("docs/sources.md#"), what);
                if (row.reported().held()) {
                    held++;
                    assertTrue(row.within(), what + ": model " + row.model() + " vs reported "
                            + row.reported().value() + " (" + 100 * row.difference()
                            + " %), tolerance " + row.reported().tolerance());
                } else {
                    assertTrue(row.reported().note().contains("not held"), what
                            + ": a figure shown but not held says why in its note");
                }
            }
        }
        assertEquals(7, held);
    }

    /**
     * yamaguchi-2030, the pathway's base: the Shunan site is shunan-2030 and the aggregates are
     * held at their 2019 levels, so the prefecture is shunan-2030 + 28,425,999 t (the 2019
     * aggregates: 40,470,225 - 12,044,226).
     */
    @Test
    void yamaguchi2030IsShunan2030PlusTheHeldAggregates() {
        SimulationResult r = run("yamaguchi-2030");
        double shunan2030 = run("shunan-2030").withSymbiosis().ledger().totals().residual();
        double aggregates2019 = run("yamaguchi-2019").withSymbiosis().ledger().totals().residual()
                - run("shunan-2019").withSymbiosis().ledger().totals().residual();
        assertWithin(shunan2030 + aggregates2019, r.withSymbiosis().ledger().totals().residual(),
                1e-9, "prefecture 2030");
        List<org.symbiosis.ledger.Sites.Site> sites = org.symbiosis.ledger.Sites.of(
                r.withSymbiosis().state().park(), r.withSymbiosis().ledger(),
                r.baseline().ledger());
        assertWithin(shunan2030, sites.get(0).residual(), 1e-9, "Shunan site = shunan-2030");
    }

    /**
     * yamaguchi-2019 on the prefecture boundary: 40.45 Mt CO2 in 2019, industry 70.6 % and civil
     * 29.45 % (docs/sources.md#yamaguchi-2019-emissions), all complexes 20.2 Mt
     * (#yamaguchi-complexes-co2). The Shunan site is shunan-2019 unchanged; the other complexes
     * are 20.2 Mt minus it; the rest of industry 28,557,700 - 20,200,000 = 8,357,700; civil
     * 11,912,525; so the park is 40,470,225 (+0.05 %: the two shares add up to 100.05 %).
     */
    @Test
    void yamaguchi2019AddsUpToThePrefectureAndItsSitesToThePark() {
        SimulationResult r = run("yamaguchi-2019");
        Ledger with = r.withSymbiosis().ledger();
        Ledger without = r.baseline().ledger();
        double shunan2019 = run("shunan-2019").withSymbiosis().ledger().totals().residual();
        assertWithin(0.706 * 40.45e6 + 0.2945 * 40.45e6, with.totals().residual(), 1e-9,
                "prefecture residual");
        assertWithin(40.45e6, with.totals().residual(), 0.01, "prefecture total");
        assertWithin(11_912_525, with.plants().get(PlantId.of("civil")).residual(), 1e-9,
                "civil");
        assertWithin(8_357_700, with.plants().get(PlantId.of("rest-of-industry")).residual(),
                1e-9, "rest of industry");

        List<org.symbiosis.ledger.Sites.Site> sites = org.symbiosis.ledger.Sites.of(
                r.withSymbiosis().state().park(), with, without);
        assertEquals(List.of("shunan", "other-complexes", "(no site)"),
                sites.stream().map(org.symbiosis.ledger.Sites.Site::site).toList());
        assertEquals(8, sites.get(0).plants().size());
        assertWithin(shunan2019, sites.get(0).residual(), 1e-9, "Shunan site = shunan-2019");
        assertWithin(20.2e6, sites.get(0).residual() + sites.get(1).residual(), 1e-9,
                "all complexes");
        assertWithin(11_912_525 + 8_357_700, sites.get(2).residual(), 1e-9, "no site");
        double residual = 0;
        double residualWithout = 0;
        double lifecycle = 0;
        double lifecycleWithout = 0;
        for (org.symbiosis.ledger.Sites.Site site : sites) {
            residual += site.residual();
            residualWithout += site.residualWithout();
            lifecycle += site.lifecycle();
            lifecycleWithout += site.lifecycleWithout();
        }
        assertWithin(with.totals().residual(), residual, 1e-12, "sites' residual");
        assertWithin(without.totals().residual(), residualWithout, 1e-12,
                "sites' residual without symbiosis");
        assertWithin(with.totals().lifecycle(), lifecycle, 1e-12, "sites' life cycle");
        assertWithin(without.totals().lifecycle(), lifecycleWithout, 1e-12,
                "sites' life cycle without symbiosis");

        List<Calibration.Row> rows = Calibration.of(r.withSymbiosis().state(), with);
        assertEquals(List.of("yamaguchi-total", "yamaguchi-industry", "yamaguchi-complexes"),
                rows.stream().map(c -> c.reported().id()).toList());
        assertEquals(0.0005, rows.get(0).difference(), 1e-6);
        assertEquals(0, rows.get(1).difference(), 1e-9);
        assertEquals(0, rows.get(2).difference(), 1e-9);
        rows.forEach(row -> assertTrue(row.within(), row.reported().id()));

        CliRun run = CliRun.of("run", "yamaguchi-2019");
        assertTrue(run.out().matches("(?s).*\nshunan +8 +12,044,226 .*"), run.out());
        assertTrue(run.out().matches("(?s).*\nother-complexes +1 +8,155,774 .*"), run.out());
        assertTrue(run.out().matches("(?s).*yamaguchi-2030 +40,450,000 +26,252,050 +40,470,225"
                + " +\\+0\\.1 % +missed by 14,218,175.*"), run.out());
    }

    /**
     * shunan-2019 against what its plants report: Tokuyama 6.6 Mt (docs/sources.md#tokuyama-co2)
     * +3.0 %, the complex about 12 Mt (#shunan-total-co2) +0.4 %, and the Tosoh group's 8.03 Mt
     * (#tosoh-group-2020) shown with the gap the model cannot close, -45.8 %.
     */
    @Test
    void shunan2019CalibrationStatesWhatItMatchesAndWhatNot() {
        SimulationResult r = run("shunan-2019");
        List<Calibration.Row> rows = Calibration.of(r.withSymbiosis().state(),
                r.withSymbiosis().ledger());
        assertEquals(List.of("tokuyama-co2", "shunan-complex-co2", "tosoh-power-co2",
                "tosoh-group-ghg"), rows.stream().map(c -> c.reported().id()).toList());
        assertEquals(0.0298, rows.get(0).difference(), 0.0005);
        assertWithin(12.04e6, rows.get(1).model(), 0.001, "Shunan complex residual");
        assertEquals(-0.458, rows.get(3).difference(), 0.001);
        assertEquals("shown", rows.get(3).verdict());
        CliRun run = CliRun.of("run", "shunan-2019");
        assertTrue(run.out().contains("Calibration: model vs reported"), run.out());
        String json = org.symbiosis.report.SimulationExport.toJson(r);
        assertTrue(json.matches("(?s).*\"calibration\" : \\[ \\{\\s+\"id\" : \"tokuyama-co2\".*"
                + "\"reported\" : 6600000\\.0,\\s+\"model\" : 6796\\d{3}\\.\\d+,.*"), json);
        assertTrue(run.out().matches("(?s).*tosoh-group-ghg +residual +2020 +t CO2e/yr +8,030,000"
                + " +4,353,570 +-45\\.8 % +- +shown, not held.*"), run.out());
    }

    /** Vietnamese grid, 2023 (docs/sources.md#grid-vietnam-series), t CO2/MWh. */
    private static final double GRID_VN = 0.6592;

    /** Bought steam: a coal boiler, 96.1 t CO2/TJ / 0.85, as written in the park files. */
    private static final double COAL_STEAM = 0.1130588235;

    private static double residual(SimulationResult r, boolean with) {
        return (with ? r.withSymbiosis() : r.baseline()).ledger().totals().residual();
    }

    /**
     * dong-nai-eip (Amata Bien Hoa, illustrative): with symbiosis the park buys 137,800 MWh
     * (beverage 16,000, textile 90,000, wood 30,000, boiler 300, wastewater plant 1,500) and
     * 533,100 GJ of steam (950,000 needed, less 374,400 from 30 kt wood residues at 15.6 GJ/t and
     * 80 % and 42,500 from biogas); without it 137,500 MWh and 950,000 GJ. The saving, 46,936 t,
     * is below the 87,000 t CO2e/yr the EIP programme's phase 2 expects over its four parks
     * (docs/sources.md#eip-phase-2).
     */
    @Test
    void dongNaiSavesSteamFromWoodResiduesAndBiogas() {
        SimulationResult r = run("dong-nai-eip");
        assertWithin(137_800 * GRID_VN + 533_100 * COAL_STEAM, residual(r, true), 1e-9,
                "residual with symbiosis");
        assertWithin(137_500 * GRID_VN + 950_000 * COAL_STEAM, residual(r, false), 1e-9,
                "residual without symbiosis");
        assertWithin(374_400, r.withSymbiosis().state().flow(LinkId.of("dn-steam-textile")), 1e-9,
                "boiler steam");
        assertWithin(0.3 * 0.9 * 3.0e6, r.withSymbiosis().state().flow(LinkId.of("dn-water-reuse")),
                1e-9, "treated water reused, m3");
        double saving = residual(r, false) - residual(r, true);
        assertWithin(46_936, saving, 1e-4, "saving");
        assertTrue(saving < 87_000, "one park saves less than the programme expects of four");
        CliRun run = CliRun.of("run", "dong-nai-eip");
        assertTrue(run.out().matches("(?s).*\namata-bien-hoa +5 +151,109 +198,046 +-46,936 .*"),
                run.out());
    }

    /**
     * long-an-eip (illustrative): 150 kt paddy gives 30 kt husk, 60 % of it (18 kt) fires the
     * shared boiler at 14.0 GJ/t (docs/sources.md#vietnam-rice-residues) and 80 %: 201,600 GJ of
     * the 500,000 GJ the food and chemicals plants need; the park buys 97,680 MWh with symbiosis
     * (180 more for the boiler).
     */
    @Test
    void longAnRaisesSteamFromRiceHusk() {
        SimulationResult r = run("long-an-eip");
        assertWithin(97_680 * GRID_VN + 298_400 * COAL_STEAM, residual(r, true), 1e-9,
                "residual with symbiosis");
        assertWithin(97_500 * GRID_VN + 500_000 * COAL_STEAM, residual(r, false), 1e-9,
                "residual without symbiosis");
        assertWithin(201_600 * COAL_STEAM - 180 * GRID_VN, residual(r, false) - residual(r, true),
                1e-9, "saving");
        CliRun run = CliRun.of("run", "long-an-eip");
        assertTrue(run.out().matches("(?s).*\nlong-an +5 +98,127 +120,801 +-22,674 .*"), run.out());
    }

    /**
     * southern-vietnam joins the three parks by site. Amata Bien Hoa and Long An are their parks
     * exactly, with and without symbiosis: the husk Long An sends away is what long-an-eip
     * landfills, at no emission. Binh Duong without symbiosis is binh-duong-eip; with it, its husk
     * boiler burns Long An's 12,000 t more, 134,400 GJ of steam the textile plant no longer buys,
     * for 120 MWh more grid power: 15,116 t less than binh-duong-eip.
     */
    @Test
    void southernVietnamIsTheThreeParksPlusLongAnHuskInBinhDuong() {
        SimulationResult r = run("southern-vietnam");
        List<org.symbiosis.ledger.Sites.Site> sites = org.symbiosis.ledger.Sites.of(
                r.withSymbiosis().state().park(), r.withSymbiosis().ledger(),
                r.baseline().ledger());
        assertEquals(List.of("binh-duong", "amata-bien-hoa", "long-an"),
                sites.stream().map(org.symbiosis.ledger.Sites.Site::site).toList());
        assertWithin(12_000, r.withSymbiosis().state().flow(LinkId.of("husk-long-an-binh-duong")),
                1e-9, "husk trucked");
        SimulationResult binhDuong = run("binh-duong-eip");
        SimulationResult dongNai = run("dong-nai-eip");
        SimulationResult longAn = run("long-an-eip");
        double husk = 12_000 * (0.01 * GRID_VN - 11.2 * COAL_STEAM);
        assertWithin(residual(binhDuong, true) + husk, sites.get(0).residual(), 1e-9,
                "Binh Duong with the husk");
        assertWithin(-15_116, husk, 1e-4, "husk effect");
        assertWithin(residual(binhDuong, false), sites.get(0).residualWithout(), 1e-12,
                "Binh Duong without symbiosis");
        assertWithin(residual(dongNai, true), sites.get(1).residual(), 1e-12, "Amata Bien Hoa");
        assertWithin(residual(dongNai, false), sites.get(1).residualWithout(), 1e-12,
                "Amata Bien Hoa without symbiosis");
        assertWithin(residual(longAn, true), sites.get(2).residual(), 1e-12, "Long An");
        assertWithin(residual(longAn, false), sites.get(2).residualWithout(), 1e-12,
                "Long An without symbiosis");
        assertWithin(residual(binhDuong, true) + residual(dongNai, true) + residual(longAn, true)
                + husk, residual(r, true), 1e-9, "park residual");
        CliRun run = CliRun.of("run", "southern-vietnam");
        assertTrue(run.out().matches("(?s).*\nbinh-duong +9 +258,521 +364,830 +-106,308 .*"),
                run.out());
        assertTrue(run.out().matches("(?s).*\ntotal +19 +507,758 +683,677 +-175,919 .*"),
                run.out());
    }
}
