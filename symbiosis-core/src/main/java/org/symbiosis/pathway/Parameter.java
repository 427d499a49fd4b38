package org.symbiosis.pathway;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.LinkedHashMap;
import java.util.Map;
import org.symbiosis.model.CarrierId;
import org.symbiosis.model.Link;
import org.symbiosis.model.LinkId;
import org.symbiosis.model.LinkRule;
import org.symbiosis.model.Market;
import org.symbiosis.model.OperatingRule;
import org.symbiosis.model.Park;
import org.symbiosis.model.Plant;
import org.symbiosis.model.PlantId;
import org.symbiosis.model.Process;
import org.symbiosis.model.ProcessId;

/**
 * A number in a park that a scenario changes, written as a path:
 *
 * <ul>
 *   <li>{@code process:ID:capacity}, {@code process:ID:fixed} (the fixed activity),
 *       {@code process:ID:input:CARRIER}, {@code process:ID:output:CARRIER};</li>
 *   <li>{@code link:ID:share} (push share or pull cover), {@code link:ID:capacity};</li>
 *   <li>{@code market:CARRIER:buyFactor}, {@code market:CARRIER:buyPrice},
 *       {@code market:CARRIER:sellPrice}, {@code market:CARRIER:displacedFactor},
 *       {@code market:CARRIER:origin:ORIGIN:share}, {@code market:CARRIER:origin:ORIGIN:factor}
 *       (the shares of a market's origins must still add up to 1 in every year).</li>
 * </ul>
 *
 * @param path the path as written
 */
public record Parameter(String path) {

    /**
     * Checks the path's form; whether its elements exist in a park is {@link #problemIn}'s
     * question.
     *
     * @param path the path as written
     * @throws IllegalArgumentException if the path is null or not one of the forms above
     */
    public Parameter {
        checkArgument(path != null && parse(path) != null, "The parameter '%s' is not a path this"
                + " tool knows: write process:ID:capacity|fixed|input:CARRIER|output:CARRIER,"
                + " link:ID:share|capacity, market:CARRIER:buyFactor|buyPrice|sellPrice|"
                + "displacedFactor or market:CARRIER:origin:ORIGIN:share|factor.", path);
    }

    private static String[] parse(String path) {
        String[] p = path.split(":");
        if (p.length < 3) {
            return null;
        }
        boolean ok = switch (p[0]) {
            case "process" -> p.length == 3 && (p[2].equals("capacity") || p[2].equals("fixed"))
                    || p.length == 4 && (p[2].equals("input") || p[2].equals("output"));
            case "link" -> p.length == 3 && (p[2].equals("share") || p[2].equals("capacity"));
            case "market" -> p.length == 3 && (p[2].equals("buyFactor") || p[2].equals("buyPrice")
                    || p[2].equals("sellPrice") || p[2].equals("displacedFactor"))
                    || p.length == 5 && p[2].equals("origin") && (p[4].equals("share")
                    || p[4].equals("factor"));
            default -> false;
        };
        return ok ? p : null;
    }

    /**
     * Checks that the element exists in {@code park}; returns a message (naming the element and
     * the fix), or null if fine.
     *
     * @param park the park the path is to change
     * @return e.g. {@code the park has no link 'x'}, to be put in a sentence; null if the process,
     *         link, market, carrier and origin named all exist
     */
    public String problemIn(Park park) {
        String[] p = parse(path);
        try {
            return problemIn(park, p);
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    private static String problemIn(Park park, String[] p) {
        return switch (p[0]) {
            case "process" -> find(park, ProcessId.of(p[1])) == null
                    ? "the park has no process '" + p[1] + "'" : p.length == 4
                    && !park.carriers().containsKey(CarrierId.of(p[3]))
                    ? "the park has no carrier '" + p[3] + "'" : null;
            case "link" -> park.links().containsKey(LinkId.of(p[1])) ? null
                    : "the park has no link '" + p[1] + "'";
            default -> !park.markets().containsKey(CarrierId.of(p[1]))
                    ? "the park has no market for '" + p[1] + "'"
                    : p.length == 5 && origin(park.market(CarrierId.of(p[1])).get(), p[3]) == null
                    ? "the market for '" + p[1] + "' has no origin '" + p[3] + "'" : null;
        };
    }

    private static Market.Origin origin(Market market, String id) {
        return market.buy().flatMap(b -> b.origins().stream().filter(o -> o.id().equals(id))
                .findFirst()).orElse(null);
    }

    /** The value in {@code park}. */
    double read(Park park) {
        String[] p = parse(path);
        switch (p[0]) {
            case "process" -> {
                Process process = find(park, ProcessId.of(p[1]));
                return switch (p[2]) {
                    case "capacity" -> process.capacity();
                    case "fixed" -> process.rule() instanceof OperatingRule.Fixed f
                            ? f.activity() : 0;
                    case "input" -> process.input(CarrierId.of(p[3]));
                    default -> process.output(CarrierId.of(p[3]));
                };
            }
            case "link" -> {
                Link link = park.link(LinkId.of(p[1]));
                return p[2].equals("share") ? link.rule().fraction() : link.capacity();
            }
            default -> {
                Market m = park.market(CarrierId.of(p[1])).orElseThrow();
                if (p.length == 5) {
                    Market.Origin o = origin(m, p[3]);
                    return p[4].equals("share") ? o.share() : o.factor();
                }
                return switch (p[2]) {
                    case "buyFactor" -> m.buy().map(Market.Purchase::emissionFactor).orElse(0.0);
                    case "buyPrice" -> m.buy().map(Market.Purchase::price).orElse(0.0);
                    case "sellPrice" -> m.sell().map(Market.Sale::price).orElse(0.0);
                    default -> m.sell().map(Market.Sale::displacedFactor).orElse(0.0);
                };
            }
        }
    }

    /** Writes {@code value} into the changed-elements maps of one year's park. */
    void apply(Park base, double value, Map<PlantId, Plant> plants, Map<LinkId, Link> links,
            Map<CarrierId, Market> markets) {
        String[] p = parse(path);
        switch (p[0]) {
            case "process" -> {
                ProcessId id = ProcessId.of(p[1]);
                PlantId plantId = base.plantOf(id);
                Plant plant = plants.getOrDefault(plantId, base.plant(plantId));
                java.util.List<Process> processes = new java.util.ArrayList<>();
                for (Process process : plant.processes()) {
                    processes.add(process.id().equals(id) ? change(process, p, value) : process);
                }
                plants.put(plantId, plant.withProcesses(processes));
            }
            case "link" -> {
                LinkId id = LinkId.of(p[1]);
                Link link = links.getOrDefault(id, base.link(id));
                if (p[2].equals("capacity")) {
                    links.put(id, link.withCapacity(value));
                } else {
                    LinkRule rule = link.rule() instanceof LinkRule.Push ? LinkRule.push(value)
                            : LinkRule.pull(value);
                    links.put(id, new Link(link.id(), link.from(), link.to(), link.carrier(), rule,
                            link.capacity(), link.loss(), link.costPerUnit(), link.distanceKm(),
                            link.status(), link.symbiosis(), link.note()));
                }
            }
            default -> {
                CarrierId id = CarrierId.of(p[1]);
                Market m = markets.getOrDefault(id, base.market(id).orElseThrow());
                Market.Purchase buy = m.buy().orElse(new Market.Purchase(0, 0));
                if (p.length == 5) {
                    java.util.List<Market.Origin> origins = new java.util.ArrayList<>();
                    for (Market.Origin o : buy.origins()) {
                        origins.add(!o.id().equals(p[3]) ? o : p[4].equals("share")
                                ? o.withShare(value) : new Market.Origin(o.id(), value, o.price(),
                                        o.share(), o.capacity(), o.transport(), o.note()));
                    }
                    markets.put(id, new Market(m.carrier(), java.util.Optional.of(
                            new Market.Purchase(buy.price(), buy.emissionFactor(),
                                    buy.marketFactor(), origins)), m.sell(), m.disposal(),
                            m.note()));
                    return;
                }
                markets.put(id, switch (p[2]) {
                    // Origins and the market-based factor stay as they are.
                    case "buyFactor" -> new Market(m.carrier(), java.util.Optional.of(
                            new Market.Purchase(buy.price(), value, buy.marketFactor(),
                                    buy.origins())), m.sell(), m.disposal(), m.note());
                    case "buyPrice" -> new Market(m.carrier(), java.util.Optional.of(
                            new Market.Purchase(value, buy.emissionFactor(), buy.marketFactor(),
                                    buy.origins())), m.sell(), m.disposal(), m.note());
                    case "sellPrice" -> m.withSell(value, m.sell()
                            .map(Market.Sale::displacedFactor).orElse(0.0));
                    default -> m.withSell(m.sell().map(Market.Sale::price).orElse(0.0), value);
                });
            }
        }
    }

    private static Process change(Process process, String[] p, double value) {
        switch (p[2]) {
            case "capacity":
                return process.withCapacity(value);
            case "fixed":
                return process.withRule(OperatingRule.fixed(value));
            default:
                Map<CarrierId, Double> inputs = new LinkedHashMap<>(process.inputs());
                Map<CarrierId, Double> outputs = new LinkedHashMap<>(process.outputs());
                Map<CarrierId, Double> side = p[2].equals("input") ? inputs : outputs;
                if (value == 0 && !CarrierId.of(p[3]).equals(process.reference())) {
                    side.remove(CarrierId.of(p[3]));
                } else {
                    side.put(CarrierId.of(p[3]), value);
                }
                return new Process(process.id(), process.reference(), inputs, outputs,
                        process.capacity(), process.rule(), process.variableCost(),
                        process.fixedCost(), process.note());
        }
    }

    private static Process find(Park park, ProcessId id) {
        for (Plant plant : park.plants().values()) {
            for (Process process : plant.processes()) {
                if (process.id().equals(id)) {
                    return process;
                }
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return path;
    }
}
