package org.symbiosis.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.symbiosis.discovery.Substitution;
import org.symbiosis.discovery.Synergy;
import org.symbiosis.discovery.SynergyFinder;
import org.symbiosis.flow.FlowState;
import org.symbiosis.graph.GraphExport;
import org.symbiosis.graph.PlantNetwork;
import org.symbiosis.html.HtmlReport;
import org.symbiosis.io.ParkFile;
import org.symbiosis.io.ParkFiles;
import org.symbiosis.model.LinkId;
import org.symbiosis.model.Park;
import org.symbiosis.model.PlantId;
import org.symbiosis.report.ResilienceExport;
import org.symbiosis.report.ResilienceReport;
import org.symbiosis.resilience.Outage;
import org.symbiosis.resilience.OutageSimulator;
import org.symbiosis.resilience.ResilienceAnalysis;
import org.symbiosis.simulate.Simulator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code symbiosis resilience FILE|EXAMPLE}: outages (N-1 or given sets), keystone plants, the
 * plant network, and with {@code --discover} candidate links.
 */
@Command(name = "resilience", mixinStandardHelpOptions = true,
        description = {"Take each plant and each link out in turn (N-1), or the sets given with"
                + " --out (N-k), re-simulate the park, and rank the keystone plants by what"
                + " their outage does to the other plants' life-cycle emissions; report which"
                + " plants then buy, sell or release more, which cannot run (the cascade), and"
                + " the network's circular clusters, loops and centrality. --discover also"
                + " proposes new links from by-products released or sold to plants that buy"
                + " them.",
            "Exit code 0 on success, 1 if the intact park cannot run or an option is wrong."})
final class ResilienceCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE|EXAMPLE",
            description = "A park file (JSON), or the name of a bundled example (see 'list').")
    String park;

    @Option(names = "--out", paramLabel = "ID[,ID...]",
            description = "Take these plants and links out together (N-k) instead of N-1."
                    + " Repeatable: each --out is one outage.")
    List<String> outs = new ArrayList<>();

    @Option(names = "--top", defaultValue = "10",
            description = "Rows in each ranking and outages described. Default:"
                    + " ${DEFAULT-VALUE}.")
    int top;

    @Option(names = "--detail", paramLabel = "N", defaultValue = "3",
            description = "Outages of each ranking described plant by plant. Default:"
                    + " ${DEFAULT-VALUE}.")
    int detail;

    @Option(names = "--threads", paramLabel = "T",
            description = "Threads to spread the outages over. Default: the processors.")
    Integer threads;

    @Option(names = "--discover",
            description = "Also propose candidate links (by-products released or sold, to"
                    + " plants that buy them or what they replace).")
    boolean discover;

    @Option(names = "--max-km", paramLabel = "KM", defaultValue = "50",
            description = "With --discover: the longest link proposed, km (plants without a"
                    + " location are kept, distance unknown). Default: ${DEFAULT-VALUE}.")
    double maxKm;

    @Option(names = "--cost-per-km", paramLabel = "X", defaultValue = "0.1",
            description = "With --discover: rough transport cost per unit carried and km, in the"
                    + " park's currency. Default: ${DEFAULT-VALUE}.")
    double costPerKm;

    @Option(names = "--substitute", paramLabel = "OFFERED=REPLACED[:RATIO]",
            description = "With --discover: OFFERED may replace REPLACED (RATIO units per unit,"
                    + " default 1) in a plant with a recipe taking OFFERED, e.g."
                    + " coal-ash=clay. Repeatable.")
    List<String> substitutes = new ArrayList<>();

    @Option(names = "--write-candidates", paramLabel = "FILE",
            description = "With --discover: write the park with the candidates as candidate"
                    + " links, for 'symbiosis plan'.")
    Path writeCandidates;

    @Option(names = "--graphml", paramLabel = "FILE",
            description = "Also write the simulated park as GraphML (Gephi, yEd).")
    Path graphMl;

    @Option(names = "--dot", paramLabel = "FILE",
            description = "Also write the simulated park as Graphviz DOT.")
    Path dot;

    @Option(names = "--json", paramLabel = "FILE",
            description = "Also write the results as JSON to FILE.")
    Path json;

    @Option(names = "--html", paramLabel = "FILE",
            description = "Also write a self-contained HTML report to FILE (opens offline): the"
                    + " keystone plants and links by impact as bar charts, the rankings, what"
                    + " each outage does, the network and the candidates.")
    Path html;

    @Option(names = "--csv", paramLabel = "DIR",
            description = "Also write the results as CSV files (outages, impacts, network,"
                    + " candidates) into DIR.")
    Path csv;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (top < 1) {
            throw new UserException("symbiosis resilience: --top (" + top + ") must be 1 or"
                    + " more.");
        }
        if (detail < 0) {
            throw new UserException("symbiosis resilience: --detail (" + detail + ") must be 0"
                    + " or more.");
        }
        if (threads != null && threads < 1) {
            throw new UserException("symbiosis resilience: --threads (" + threads + ") must be"
                    + " 1 or more.");
        }
        if (!discover && (writeCandidates != null || !substitutes.isEmpty())) {
            throw new UserException("symbiosis resilience: --write-candidates and --substitute"
                    + " go with --discover: add --discover.");
        }
        if (!(maxKm >= 0) || !(costPerKm >= 0) || Double.isInfinite(costPerKm)) {
            throw new UserException("symbiosis resilience: --max-km (" + maxKm + ") and"
                    + " --cost-per-km (" + costPerKm + ") must be numbers of 0 or more.");
        }
        List<Substitution> substitutions = new ArrayList<>();
        for (String s : substitutes) {
            try {
                substitutions.add(Substitution.parse(s));
            } catch (IllegalArgumentException e) {
                throw new UserException("symbiosis resilience: --substitute: " + e.getMessage());
            }
        }
        try (OutputFiles outputs = new OutputFiles("symbiosis resilience")) {
            OutputFiles.Target jsonFile = outputs.file("--json", json);
            OutputFiles.Target htmlFile = outputs.file("--html", html);
            OutputFiles.Target csvDir = outputs.directory("--csv", csv,
                    ResilienceExport.CSV_FILES);
            OutputFiles.Target candidatesFile = outputs.file("--write-candidates",
                    writeCandidates);
            OutputFiles.Target graphMlFile = outputs.file("--graphml", graphMl);
            OutputFiles.Target dotFile = outputs.file("--dot", dot);
            ParkFile file = ParkSources.open(park);
            file.warnings().forEach(spec.commandLine().getErr()::println);
            Park chosen = file.park();
            List<Outage> outages = new ArrayList<>();
            for (String set : outs) {
                outages.add(outage(chosen, set));
            }
            OutageSimulator simulator = new OutageSimulator(new Simulator(),
                    threads != null ? threads : Runtime.getRuntime().availableProcessors(), true);
            ResilienceAnalysis analysis = outages.isEmpty() ? simulator.nMinusOne(chosen)
                    : simulator.analyse(chosen, outages);
            PlantNetwork network = PlantNetwork.of(chosen);
            FlowState state = discover || graphMl != null || dot != null
                    ? new Simulator().simulate(chosen).state() : null;
            List<Synergy> synergies = discover
                    ? new SynergyFinder(maxKm, costPerKm, substitutions).find(state) : List.of();
            String report = ResilienceReport.text(analysis, network, synergies, top,
                    detail);
            if (json != null || html != null) {
                // One document for both: the page draws the numbers --json writes.
                String document = ResilienceExport.toJson(analysis, network, synergies);
                outputs.write(jsonFile, path -> Files.writeString(path, document,
                        StandardCharsets.UTF_8));
                outputs.write(htmlFile, path -> HtmlOptions.writeHtml(path,
                        HtmlReport.Kind.RESILIENCE, document, HtmlReport.Options.of(
                                "Symbiosis resilience: " + chosen.name())));
            }
            outputs.write(csvDir, dir -> ResilienceExport.writeCsv(analysis, network, synergies,
                    dir));
            if (writeCandidates != null) {
                Park proposed = SynergyFinder.withCandidates(chosen, synergies);
                outputs.write(candidatesFile, path -> Files.writeString(path,
                        ParkFiles.toJson(proposed), StandardCharsets.UTF_8));
            }
            outputs.write(graphMlFile, path -> Files.writeString(path,
                    GraphExport.graphMl(state), StandardCharsets.UTF_8));
            outputs.write(dotFile, path -> Files.writeString(path, GraphExport.dot(state),
                    StandardCharsets.UTF_8));
            outputs.commit();
            out.print(report);
            written(out, "JSON", json);
            written(out, "CSV", csv);
            written(out, "HTML report", html);
            written(out, "Park with candidate links", writeCandidates);
            written(out, "GraphML", graphMl);
            written(out, "DOT", dot);
            return SymbiosisCommand.OK;
        }
    }

    private static void written(PrintWriter out, String what, Path path) {
        if (path != null) {
            out.println(what + " written to " + path);
        }
    }

    /** One --out: plant and link ids, comma-separated; each must name one or the other. */
    private static Outage outage(Park park, String set) {
        List<PlantId> plants = new ArrayList<>();
        List<LinkId> links = new ArrayList<>();
        for (String raw : set.split(",", -1)) {
            String id = raw.strip();
            boolean plant = !id.isEmpty() && park.plants().keySet().stream()
                    .anyMatch(p -> p.value().equals(id));
            boolean link = !id.isEmpty() && park.links().keySet().stream()
                    .anyMatch(l -> l.value().equals(id));
            if (plant && link) {
                throw new UserException("symbiosis resilience: --out '" + id + "' names both a"
                        + " plant and a link; rename one of them in the park.");
            }
            if (!plant && !link) {
                List<String> ids = new ArrayList<>();
                park.plants().keySet().forEach(p -> ids.add(p.value()));
                park.links().keySet().forEach(l -> ids.add(l.value()));
                String closest = org.symbiosis.internal.Suggestions.closest(id, ids);
                throw new UserException("symbiosis resilience: --out '" + id + "' is neither a"
                        + " plant nor a link of park '" + park.name() + "'"
                        + (closest == null ? "" : ": maybe '" + closest + "'?")
                        + " Give plant and link ids separated by commas.");
            }
            if (plant) {
                plants.add(PlantId.of(id));
            } else {
                links.add(LinkId.of(id));
            }
        }
        try {
            return new Outage(plants, links);
        } catch (IllegalArgumentException e) {
            throw new UserException("symbiosis resilience: --out '" + set + "': "
                    + e.getMessage());
        }
    }
}
