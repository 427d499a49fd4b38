package org.symbiosis.generate;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.symbiosis.model.Carrier;
import org.symbiosis.model.CarrierId;
import org.symbiosis.model.CarrierKind;
import org.symbiosis.model.DisposalKind;
import org.symbiosis.model.Link;
import org.symbiosis.model.LinkId;
import org.symbiosis.model.LinkRule;
import org.symbiosis.model.LinkStatus;
import org.symbiosis.model.Market;
import org.symbiosis.model.Park;
import org.symbiosis.model.Plant;
import org.symbiosis.model.PlantId;
import org.symbiosis.model.Process;

/**
 * Seeded synthetic parks that look like real complexes, from 10 to 10,000,000 plants, shared by
 * tests, examples and benchmarks. Plants come in clusters of ten by sector — a gas-and-coal power
 * plant that meets its cluster's electricity demand, two cement plants, a capture unit, a
 * methanation plant, an electrolyser, two chemical plants, a steel plant and a biomass boiler —
 * with the recipes of docs/sources.md in round numbers (estimates). Inside a cluster: electricity
 * and steam pulled from the power plant, ash and slag pushed to cement, flue-gas CO2 pushed to
 * capture, captured CO2 to methanation, hydrogen pulled from the electrolyser, methane pushed
 * back to the power plant, by-product hydrogen pushed to methanation; between neighbouring
 * clusters, captured CO2, hydrogen, ash, slag and methane. About 3.6 links per plant. Loops: the
 * power plant meets the electricity of the capture, methanation and electrolyser plants that run
 * on its own CO2, and captured CO2 passed from cluster to cluster closes a ring through all of
 * them, so the whole park is one large strongly connected component (a hard case for the
 * solver); every loop gain is below 1. Markets buy, sell or dispose of every carrier. The same
 * seed gives the same park.
 */
public final class SyntheticParks {

    /**
     * Capacity of the processes that follow or meet: far above what the simulation asks of them
     * (so that no loop is clipped), but finite, so that the linear program is bounded.
     */
    static final double LARGE = 1e8;

    /** Plants per cluster. */
    public static final int CLUSTER = 10;

    /** t CO2 per MWh of the power plant: 0.30 t coal and 0.02 t CH4. */
    private static final double FLUE_CO2 = 0.30 * 2.44 + 0.02 * 2.744;

    private SyntheticParks() {
    }

    /**
     * A park of {@code plants} plants (rounded up to whole clusters of ten).
     *
     * @param seed   the random seed: the same seed and size give an equal park
     * @param plants at least 10, at most 10,000,000
     * @return a valid park named {@code synthetic-<plants>-seed-<seed>}, without candidates
     * @throws IllegalArgumentException if {@code plants} is out of range
     */
    public static Park generate(long seed, int plants) {
        return generate(seed, plants, Double.NaN);
    }

    /**
     * A park of {@code plants} plants (rounded up to whole clusters of ten) whose loops all have
     * the gain {@code loopGain}: what comes back to a power plant, through its own cluster and
     * the ring of captured CO2 between clusters, per unit of electricity it makes. The share of
     * the power plant's CO2 pushed to capture, drawn at random by {@link #generate(long, int)},
     * is set to {@code loopGain / G} instead, G being the gain at a share of 1 (about 1.003 with
     * the ring of three clusters or more, 0.82 for two clusters, 0.70 for one; a gain above G
     * would need a share above 1, which the park refuses), so every cluster is alike and the
     * spectral radius of the cluster-to-cluster transfer is {@code loopGain} exactly. The
     * capacities of the processes that follow or meet are raised by {@code 1 / (1 - loopGain)},
     * so that no loop is clipped. For measuring loop solvers at gains such as 0.5, 0.9, 0.99
     * and 0.999; everything else is drawn as by {@link #generate(long, int)}.
     *
     * @param seed     the random seed: the same seed, size and gain give an equal park
     * @param plants   at least 10, at most 10,000,000
     * @param loopGain in (0, 1); NaN for the drawn shares of {@link #generate(long, int)}
     * @return a valid park named {@code synthetic-<plants>-seed-<seed>-gain-<loopGain>}
     * @throws IllegalArgumentException if {@code plants} or {@code loopGain} is out of range
     */
    public static Park generate(long seed, int plants, double loopGain) {
        checkSize(plants);
        checkArgument(Double.isNaN(loopGain) || (loopGain > 0 && loopGain < 1),
                "The loop gain (%s) of a synthetic park must be in (0, 1).", loopGain);
        SplittableRandom random = new SplittableRandom(seed);
        int clusters = clusters(plants);
        Park.Builder park = frame(seed, plants, loopGain).toBuilder();
        Sink sink = sink(park);
        double flueShare = Double.isNaN(loopGain) ? Double.NaN
                : loopGain / gainAtFullShare(clusters);
        // A loop multiplies what enters it by about 1 / (1 - gain): capacities grow with it.
        double large = Double.isNaN(loopGain) ? LARGE : LARGE / (1 - loopGain);
        for (int k = 0; k < clusters; k++) {
            cluster(sink, random, k, clusters, flueShare, large);
        }
        return park.build();
    }

    /**
     * Writes the park {@link #generate} gives to a park file, streaming: plants and links are
     * made cluster by cluster as they are written (the clusters are drawn twice from the same
     * seed, once for the plants and once for the links), so the memory this needs does not grow
     * with the park. Reading the file gives a park equal to {@code generate(seed, plants)}; the
     * file is the one {@code ParkFiles.write(generate(seed, plants), file)} writes.
     *
     * @param seed   the random seed
     * @param plants at least 10, at most 10,000,000
     * @param file   the file to create or replace; its directory must exist
     * @throws IllegalArgumentException     if {@code plants} is out of range
     * @throws java.io.UncheckedIOException if the file cannot be written
     */
    public static void write(long seed, int plants, java.nio.file.Path file) {
        checkSize(plants);
        int clusters = clusters(plants);
        Iterable<Plant> plantsToWrite = () -> new ClusterIterator<>(seed, clusters, true);
        Iterable<Link> linksToWrite = () -> new ClusterIterator<>(seed, clusters, false);
        org.symbiosis.io.ParkFiles.write(frame(seed, plants, Double.NaN), plantsToWrite,
                linksToWrite, file);
    }

    private static void checkSize(int plants) {
        checkArgument(plants >= 10 && plants <= 10_000_000,
                "A synthetic park has 10 to 10,000,000 plants, not %s.", plants);
    }

    private static int clusters(int plants) {
        return Math.max(1, (plants + CLUSTER - 1) / CLUSTER);
    }

    /** The park's name, description, carriers and markets, without plants or links. */
    private static Park frame(long seed, int plants, double loopGain) {
        int clusters = clusters(plants);
        String gain = Double.isNaN(loopGain) ? "" : ", loop gain " + loopGain;
        Park.Builder park = Park.builder().name("synthetic-" + plants + "-seed-" + seed
                + (Double.isNaN(loopGain) ? "" : "-gain-" + loopGain))
                .description("Synthetic park: " + clusters + " clusters of " + CLUSTER
                        + " plants (seed " + seed + gain + ").");
        carriers(park);
        markets(park);
        return park.build();
    }

    /** Where a cluster's plants and links go: a park's builder, or a file's writer. */
    private interface Sink {
        void plant(Plant plant);

        void link(Link link);
    }

    private static Sink sink(Park.Builder park) {
        return new Sink() {
            @Override
            public void plant(Plant plant) {
                park.plant(plant);
            }

            @Override
            public void link(Link link) {
                park.link(link);
            }
        };
    }

    /**
     * The plants (or the links) of the park, cluster by cluster, drawn from the seed as
     * {@link #generate} draws them: one cluster's elements are held at a time.
     */
    private static final class ClusterIterator<T> implements java.util.Iterator<T>, Sink {
        private final SplittableRandom random;
        private final int clusters;
        private final boolean plants;
        private final java.util.ArrayDeque<Object> buffer = new java.util.ArrayDeque<>();
        private int next;

        ClusterIterator(long seed, int clusters, boolean plants) {
            this.random = new SplittableRandom(seed);
            this.clusters = clusters;
            this.plants = plants;
        }

        @Override
        public void plant(Plant plant) {
            if (plants) {
                buffer.add(plant);
            }
        }

        @Override
        public void link(Link link) {
            if (!plants) {
                buffer.add(link);
            }
        }

        @Override
        public boolean hasNext() {
            while (buffer.isEmpty() && next < clusters) {
                cluster(this, random, next++, clusters, Double.NaN, LARGE);
            }
            return !buffer.isEmpty();
        }

        @Override
        @SuppressWarnings("unchecked")
        public T next() {
            if (!hasNext()) {
                throw new java.util.NoSuchElementException();
            }
            return (T) buffer.poll();
        }
    }

    /**
     * The loop gain of a cluster whose power plant pushes all its CO2 to capture: per MWh, CO2
     * {@value #FLUE_CO2} t to capture; per t captured-in, 0.1 MWh for capture, and 0.9 t captured
     * of which shares 0.15 (+ 0.05 to the next cluster, + 0.05 to the one after when there are
     * three or more) feed methanation at 2.744 t per t CH4,
     * which pulls 0.5 MWh and half of its 0.503 t H2 from the electrolyser at 55 MWh per t.
     */
    static double gainAtFullShare(int clusters) {
        double toMethanation = clusters > 2 ? 0.15 + 0.05 + 0.05
                : clusters == 2 ? 0.15 + 0.05 : 0.15;
        double perMethane = 0.5 + 0.5 * 0.503 * 55;
        return FLUE_CO2 * (0.1 + 0.9 * toMethanation / 2.744 * perMethane);
    }

    /**
     * {@code park} with {@code candidates} of its links turned into candidates to build, chosen
     * at random: each keeps its rule, gets a capacity of twice its simulated flow (plus 1) and a
     * capital cost of 5 to 50 per unit of capacity plus 10,000 to 100,000 fixed, over 20 years,
     * at a discount rate of 5 %. For planning benchmarks and tests.
     *
     * @param park       the park, which must run by its operating rules (it is simulated once)
     * @param seed       the random seed: the same park, seed and number give an equal park
     * @param candidates how many links become candidates, 0 up to the number of links
     * @return a new park whose finance is replaced by a discount rate of 5 % in {@code USD}
     * @throws IllegalArgumentException                   when the park has fewer links than
     *                                                    {@code candidates}, or {@code
     *                                                    candidates} is negative
     * @throws org.symbiosis.flow.UnsolvableParkException if the park cannot run by its rules
     */
    public static Park withCandidates(Park park, long seed, int candidates) {
        checkArgument(candidates >= 0 && candidates <= park.links().size(), "The park has %s"
                + " links; %s candidates cannot be drawn from them.", park.links().size(),
                candidates);
        org.symbiosis.flow.FlowState simulated = new org.symbiosis.simulate.Simulator()
                .simulate(park).state();
        java.util.List<Link> links = new java.util.ArrayList<>(park.links().values());
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = links.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Link t = links.get(i);
            links.set(i, links.get(j));
            links.set(j, t);
        }
        Park.Builder b = park.toBuilder().finance(new org.symbiosis.model.Finance(0.05, "USD"));
        for (Link link : links.subList(0, candidates)) {
            double capacity = 2 * simulated.flow(link.id()) + 1;
            b.replaceLink(link.withCapacity(capacity).withStatus(
                    org.symbiosis.model.LinkStatus.CANDIDATE));
            b.candidate(new org.symbiosis.model.Candidate("link:" + link.id(),
                    org.symbiosis.model.Candidate.Kind.BUILD,
                    5 + 45 * random.nextDouble(), 10_000 + 90_000 * random.nextDouble(), 20, 0,
                    Double.NaN, ""));
        }
        return b.build();
    }

    private static void carriers(Park.Builder park) {
        double co2C = 12.011 / 44.01;
        park.carrier(Carrier.of("electricity", "MWh").withKind(CarrierKind.ELECTRICITY))
                .carrier(Carrier.of("steam", "GJ").withKind(CarrierKind.HEAT))
                .carrier(Carrier.of("coal", "t").withCarbon(2.44 * co2C))
                .carrier(Carrier.of("ch4", "t").withCarbon(2.744 * co2C).withGwp(29.8))
                .carrier(Carrier.of("co2", "t").withCarbon(co2C).withGwp(1))
                .carrier(Carrier.of("co2-captured", "t").withCarbon(co2C).withGwp(1))
                .carrier(Carrier.of("co2-mineral", "t").withCarbon(co2C))
                .carrier(Carrier.of("ash", "t"))
                .carrier(Carrier.of("slag", "t"))
                .carrier(Carrier.of("h2", "t"))
                .carrier(Carrier.of("clinker", "t"))
                .carrier(Carrier.of("chemicals", "t"))
                .carrier(Carrier.of("steel", "t"))
                .carrier(Carrier.of("scrap", "t"))
                .carrier(Carrier.of("biomass", "t").withCarbon(1.75 * co2C).withBiogenic(true))
                .carrier(Carrier.of("bio-co2", "t").withCarbon(co2C).withGwp(1).withBiogenic(true))
                .carrier(Carrier.of("water", "t"));
    }

    private static void markets(Park.Builder park) {
        park.market(Market.buy("electricity", 150, 0.423).withSell(100, 0.423))
                .market(Market.buy("steam", 8, 0.0623).withDisposal(DisposalKind.AIR, 0))
                .market(Market.buy("coal", 120, 0.1))
                .market(Market.buy("ch4", 600, 0.3).withSell(500, 2.744))
                .market(Market.disposal("co2", DisposalKind.AIR, 0))
                .market(Market.disposal("co2-captured", DisposalKind.AIR, 0))
                .market(Market.disposal("co2-mineral", DisposalKind.STORAGE, 5))
                .market(Market.buy("ash", 20, 0).withDisposal(DisposalKind.LANDFILL, 30))
                .market(Market.buy("slag", 20, 0).withDisposal(DisposalKind.LANDFILL, 30))
                .market(Market.buy("h2", 4000, 0).withSell(2000, 0))
                .market(Market.sell("clinker", 60, 0))
                .market(Market.sell("chemicals", 800, 0))
                .market(Market.sell("steel", 700, 0))
                .market(Market.buy("scrap", 300, 0.05))
                .market(Market.buy("biomass", 150, 0.05))
                .market(Market.disposal("bio-co2", DisposalKind.AIR, 0))
                .market(Market.disposal("water", DisposalKind.WATER, 0));
    }

    private static String id(int cluster, String role) {
        return "c" + cluster + "-" + role;
    }

    private static void cluster(Sink park, SplittableRandom random, int k, int clusters,
            double flueShare, double large) {
        double size = 0.5 + random.nextDouble();
        String power = id(k, "power");
        String[] cements = {id(k, "cement-a"), id(k, "cement-b")};
        String capture = id(k, "capture");
        String methanation = id(k, "methanation");
        String electrolyser = id(k, "electrolyser");
        String[] chems = {id(k, "chem-a"), id(k, "chem-b")};
        String steel = id(k, "steel");
        String boiler = id(k, "boiler");

        plant(park, power, "power", Process.builder(power + ".gen").reference("electricity")
                .input("coal", 0.30).input("ch4", 0.02).output("electricity", 1)
                .output("co2", FLUE_CO2).output("ash", 0.036)
                .output("steam", 0.5).meets("electricity").capacity(large).build());
        for (String cement : cements) {
            plant(park, cement, "cement", Process.builder(cement + ".kiln").reference("clinker")
                    .input("coal", 0.136).input("electricity", 0.08).input("ash", 0.05)
                    .input("slag", 0.02).output("clinker", 1).output("co2", 0.136 * 2.44)
                    .fixed(5e5 * size * (0.5 + random.nextDouble())).build());
        }
        plant(park, capture, "capture", Process.builder(capture + ".amine").reference("co2")
                .input("co2", 1).input("electricity", 0.1).input("steam", 3.7)
                .output("co2-captured", 0.9)
                .output("co2", 0.1).follows("co2").capacity(large).build());
        plant(park, methanation, "fuels", Process.builder(methanation + ".sabatier")
                .reference("ch4").input("co2-captured", 2.744).input("h2", 0.503)
                .input("electricity", 0.5).output("ch4", 1).output("water", 2.246)
                .follows("co2-captured").capacity(large).build());
        plant(park, electrolyser, "hydrogen", Process.builder(electrolyser + ".pem")
                .reference("h2").input("electricity", 55).output("h2", 1).meets("h2")
                .capacity(large).build());
        for (String chem : chems) {
            plant(park, chem, "chemicals", Process.builder(chem + ".make").reference("chemicals")
                    .input("electricity", 2.4).input("steam", 3).input("ch4", 0.05)
                    .output("chemicals", 1).output("h2", 0.025).output("co2", 0.05 * 2.744)
                    .fixed(2e5 * size * (0.5 + random.nextDouble())).build());
        }
        plant(park, steel, "steel", Process.builder(steel + ".eaf").reference("steel")
                .input("scrap", 1.1).input("electricity", 0.7).input("h2", 0.01)
                .output("steel", 1).output("slag", 0.1).fixed(4e5 * size).build());
        plant(park, boiler, "utility", Process.builder(boiler + ".burn").reference("steam")
                .input("biomass", 0.071).output("steam", 1).output("bio-co2", 0.071 * 1.75)
                .meets("steam").capacity(large).build());

        // Electricity and steam pulled from the utilities (meets-demand loops via capture).
        for (String consumer : new String[] {cements[0], cements[1], capture, methanation,
            electrolyser, chems[0], chems[1], steel}) {
            link(park, power + ">" + consumer + ":e", power, consumer, "electricity",
                    LinkRule.pull(1), false);
        }
        for (String chem : chems) {
            link(park, power + ">" + chem + ":s", power, chem, "steam", LinkRule.pull(0.6), false);
            link(park, boiler + ">" + chem + ":s", boiler, chem, "steam", LinkRule.pull(0.4),
                    false);
        }
        link(park, power + ">" + capture + ":s", power, capture, "steam", LinkRule.pull(0.7),
                false);
        link(park, boiler + ">" + capture + ":s", boiler, capture, "steam", LinkRule.pull(0.3),
                false);
        link(park, electrolyser + ">" + steel + ":h2", electrolyser, steel, "h2",
                LinkRule.pull(1), true);
        // By-products.
        link(park, power + ">" + cements[0] + ":ash", power, cements[0], "ash",
                LinkRule.push(0.5), true);
        link(park, power + ">" + cements[1] + ":ash", power, cements[1], "ash",
                LinkRule.push(0.4), true);
        link(park, steel + ">" + cements[0] + ":slag", steel, cements[0], "slag",
                LinkRule.push(0.5), true);
        link(park, steel + ">" + cements[1] + ":slag", steel, cements[1], "slag",
                LinkRule.push(0.2), true);
        link(park, cements[1] + ">" + capture + ":co2", cements[1], capture, "co2",
                LinkRule.push(0.5), true);
        double drawn = 0.3 + 0.4 * random.nextDouble();
        link(park, power + ">" + capture + ":co2", power, capture, "co2",
                LinkRule.push(Double.isNaN(flueShare) ? drawn : flueShare), true);
        link(park, cements[0] + ">" + capture + ":co2", cements[0], capture, "co2",
                LinkRule.push(0.5), true);
        link(park, capture + ">" + methanation + ":cc", capture, methanation, "co2-captured",
                LinkRule.push(0.15), true);
        link(park, electrolyser + ">" + methanation + ":h2", electrolyser, methanation, "h2",
                LinkRule.pull(0.5), true);
        for (String chem : chems) {
            link(park, chem + ">" + methanation + ":h2", chem, methanation, "h2",
                    LinkRule.push(0.8), true);
        }
        link(park, methanation + ">" + power + ":ch4", methanation, power, "ch4",
                LinkRule.push(0.9), true);
        // Between neighbouring clusters.
        if (clusters > 1) {
            int next = (k + 1) % clusters;
            link(park, capture + ">" + id(next, "methanation") + ":cc", capture,
                    id(next, "methanation"), "co2-captured", LinkRule.push(0.05), true);
            link(park, power + ">" + id(next, "cement-b") + ":ash", power, id(next, "cement-b"),
                    "ash", LinkRule.push(0.1), true);
            link(park, steel + ">" + id(next, "cement-b") + ":slag", steel, id(next, "cement-b"),
                    "slag", LinkRule.push(0.3), true);
            link(park, methanation + ">" + id(next, "chem-a") + ":ch4", methanation,
                    id(next, "chem-a"), "ch4", LinkRule.push(0.05), true);
            // Two clusters ahead: with two clusters that is the cluster itself, whose capture
            // already feeds its methanation (the link would have the same id), so none.
            if (clusters > 2) {
                int after = (k + 2) % clusters;
                link(park, capture + ">" + id(after, "methanation") + ":cc", capture,
                        id(after, "methanation"), "co2-captured", LinkRule.push(0.05), true);
                link(park, methanation + ">" + id(after, "chem-b") + ":ch4", methanation,
                        id(after, "chem-b"), "ch4", LinkRule.push(0.04), true);
            }
            for (String chem : chems) {
                link(park, chem + ">" + id(next, "methanation") + ":h2", chem,
                        id(next, "methanation"), "h2", LinkRule.push(0.1), true);
            }
        }
    }

    private static void plant(Sink park, String id, String sector, Process process) {
        park.plant(new Plant(PlantId.of(id), id, sector, Optional.empty(), List.of(process), ""));
    }

    private static void link(Sink park, String id, String from, String to, String carrier,
            LinkRule rule, boolean symbiosis) {
        park.link(new Link(LinkId.of(id.replace('>', '_').replace(':', '.')), PlantId.of(from), PlantId.of(to), CarrierId.of(carrier),
                rule, Double.POSITIVE_INFINITY, 0, 0, 0, LinkStatus.EXISTING, symbiosis, ""));
    }

    /**
     * A single-carrier allocation problem: {@code emitters} plants with 10-100 t of CO2 each
     * (whole tonnes), {@code sinks} plants that mineralise CO2 up to 20-220 t buying 0.5 MWh/t,
     * and a candidate link from every emitter to every sink ({@code emitters x sinks} arcs) with a
     * distance-based cost of 1 per t and km (1-50 km), a quarter of them with a capacity.
     *
     * @param seed     the random seed: the same seed and sizes give an equal park
     * @param emitters the number of emitting plants, at least 1
     * @param sinks    the number of sink plants, at least 1
     * @return a park for the min-cost-flow allocation of {@code co2}
     * @throws IllegalArgumentException if there is no emitter or no sink
     */
    public static Park co2Allocation(long seed, int emitters, int sinks) {
        checkArgument(emitters >= 1 && sinks >= 1, "At least one emitter and one sink.");
        SplittableRandom random = new SplittableRandom(seed);
        Park.Builder park = Park.builder().name("co2 allocation " + emitters + "x" + sinks)
                .carrier(Carrier.of("product", "t"))
                .carrier(Carrier.of("co2", "t").withCarbon(0.25).withGwp(1))
                .carrier(Carrier.of("mineral", "t").withCarbon(0.25))
                .carrier(Carrier.of("electricity", "MWh").withKind(CarrierKind.ELECTRICITY))
                .market(Market.sell("product", 0, 0))
                .market(Market.disposal("co2", DisposalKind.AIR, 0))
                .market(Market.disposal("mineral", DisposalKind.STORAGE, 0))
                .market(Market.buy("electricity", 2, 0.5));
        Sink sink = sink(park);
        for (int e = 0; e < emitters; e++) {
            plant(sink, "e" + e, "industry", Process.builder("e" + e + ".make")
                    .reference("product").output("product", 1).output("co2", 1)
                    .fixed(10 + random.nextInt(91)).build());
        }
        for (int s = 0; s < sinks; s++) {
            plant(sink, "s" + s, "cement", Process.builder("s" + s + ".mineralise")
                    .reference("co2").input("co2", 1).input("electricity", 0.5)
                    .output("mineral", 1).capacity(20 + random.nextInt(200)).follows("co2")
                    .costs(random.nextInt(10), 0).build());
            for (int e = 0; e < emitters; e++) {
                int km = 1 + random.nextInt(50);
                Link link = new Link(LinkId.of("e" + e + "-s" + s), PlantId.of("e" + e),
                        PlantId.of("s" + s), CarrierId.of("co2"), LinkRule.push(0),
                        random.nextInt(4) == 0 ? 5 + random.nextInt(30)
                                : Double.POSITIVE_INFINITY, 0, km, km, LinkStatus.CANDIDATE,
                        true, "");
                park.link(link);
            }
        }
        return park.build();
    }
}
