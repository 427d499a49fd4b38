package org.symbiosis.model;

import java.util.Optional;

/**
 * A typed path to one number of a park, parsed once: what a scenario changes year by year and
 * what a parameter sweep varies. The paths are:
 *
 * <ul>
 *   <li>{@code process:ID:capacity}, {@code process:ID:fixed} (the fixed activity),
 *       {@code process:ID:variableCost} (per unit of activity), {@code process:ID:fixedCost}
 *       (per year), {@code process:ID:input:CARRIER}, {@code process:ID:output:CARRIER};</li>
 *   <li>{@code link:ID:share} (push share or pull cover), {@code link:ID:capacity},
 *       {@code link:ID:loss}, {@code link:ID:cost} (per unit carried), {@code link:ID:distance}
 *       (km), {@code link:ID:transportFactor} (t CO2e per t·km);</li>
 *   <li>{@code carrier:ID:carbon} (t C per unit), {@code carrier:ID:gwp} (t CO2e per unit
 *       released to air);</li>
 *   <li>{@code market:CARRIER:buyFactor}, {@code market:CARRIER:buyPrice},
 *       {@code market:CARRIER:sellPrice}, {@code market:CARRIER:displacedFactor},
 *       {@code market:CARRIER:sellLimit} (infinite for no limit),
 *       {@code market:CARRIER:blendShare}, {@code market:CARRIER:blendStream} (of a market with
 *       a blending limit), {@code market:CARRIER:disposalCost} (of a market with a disposal
 *       route), {@code market:CARRIER:origin:ORIGIN:share},
 *       {@code market:CARRIER:origin:ORIGIN:factor}, {@code market:CARRIER:origin:ORIGIN:price}
 *       (the shares of a market's origins must still add up to 1).</li>
 * </ul>
 *
 * <pre>{@code
 * ParkPath rate = ParkPath.parse("process:capture.amine:output:co2");
 * for (double r : new double[] {0.80, 0.85, 0.90}) {
 *     Park changed = rate.with(park, r);   // checked like any park
 *     ...
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe. Several changes at once: {@link ParkEdit}.
 */
public final class ParkPath {

    /** The kind of element a path points into. */
    public enum Element {
        /** A process of a plant. */
        PROCESS,
        /** A link. */
        LINK,
        /** The market for a carrier. */
        MARKET,
        /** A carrier. */
        CARRIER
    }

    private final String path;
    private final Element element;
    private final String id;
    private final String field;
    /** The carrier of a process input or output, the origin of a market origin; else null. */
    private final String member;

    private ParkPath(String path, Element element, String id, String field, String member) {
        this.path = path;
        this.element = element;
        this.id = id;
        this.field = field;
        this.member = member;
    }

    /**
     * Parses a path.
     *
     * @param path e.g. {@code link:co2-pipe:share}
     * @return the parsed path
     * @throws InvalidValueException if the path is not one of the forms above, naming them
     */
    public static ParkPath parse(String path) {
        String[] p = path == null ? new String[0] : path.split(":", -1);
        ParkPath parsed = null;
        if (p.length >= 3 && !p[1].isEmpty()) {
            parsed = switch (p[0]) {
                case "process" -> p.length == 3 && (p[2].equals("capacity") || p[2].equals("fixed")
                        || p[2].equals("variableCost") || p[2].equals("fixedCost"))
                        ? new ParkPath(path, Element.PROCESS, p[1], p[2], null)
                        : p.length == 4 && (p[2].equals("input") || p[2].equals("output"))
                        && !p[3].isEmpty()
                        ? new ParkPath(path, Element.PROCESS, p[1], p[2], p[3]) : null;
                case "link" -> p.length == 3 && (p[2].equals("share") || p[2].equals("capacity")
                        || p[2].equals("loss") || p[2].equals("cost") || p[2].equals("distance")
                        || p[2].equals("transportFactor"))
                        ? new ParkPath(path, Element.LINK, p[1], p[2], null) : null;
                case "carrier" -> p.length == 3 && (p[2].equals("carbon") || p[2].equals("gwp"))
                        ? new ParkPath(path, Element.CARRIER, p[1], p[2], null) : null;
                case "market" -> p.length == 3 && (p[2].equals("buyFactor")
                        || p[2].equals("buyPrice") || p[2].equals("sellPrice")
                        || p[2].equals("displacedFactor") || p[2].equals("sellLimit")
                        || p[2].equals("blendShare") || p[2].equals("blendStream")
                        || p[2].equals("disposalCost"))
                        ? new ParkPath(path, Element.MARKET, p[1], p[2], null)
                        : p.length == 5 && p[2].equals("origin") && !p[3].isEmpty()
                        && (p[4].equals("share") || p[4].equals("factor")
                        || p[4].equals("price"))
                        ? new ParkPath(path, Element.MARKET, p[1], "origin-" + p[4], p[3])
                        : null;
                default -> null;
            };
        }
        if (parsed == null) {
            throw new InvalidValueException("path", String.valueOf(path), String.format(
                    "The parameter '%s' is not a path this tool knows: write"
                    + " process:ID:capacity|fixed|variableCost|fixedCost|input:CARRIER|"
                    + "output:CARRIER, link:ID:share|capacity|loss|cost|distance|transportFactor,"
                    + " carrier:ID:carbon|gwp, market:CARRIER:buyFactor|buyPrice|sellPrice|"
                    + "displacedFactor|sellLimit|blendShare|blendStream|disposalCost or"
                    + " market:CARRIER:origin:ORIGIN:share|factor|price.", path));
        }
        return parsed;
    }

    /**
     * The kind of element the path points into.
     *
     * @return process, link, market or carrier
     */
    public Element element() {
        return element;
    }

    /**
     * The id of the process, link or carrier, or the carrier of the market.
     *
     * @return the id as written
     */
    public String id() {
        return id;
    }

    /**
     * Why the path does not fit {@code park}: the element (or carrier, or origin) it names is
     * missing.
     *
     * @param park the park
     * @return the problem, naming the element; empty if the path fits
     */
    public Optional<String> problemIn(Park park) {
        try {
            return Optional.ofNullable(problem(park));
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    private String problem(Park park) {
        return switch (element) {
            case PROCESS -> !park.hasProcess(ProcessId.of(id))
                    ? "the park has no process '" + id + "'" : member != null
                    && !park.carriers().containsKey(CarrierId.of(member))
                    ? "the park has no carrier '" + member + "'" : null;
            case LINK -> park.links().containsKey(LinkId.of(id)) ? null
                    : "the park has no link '" + id + "'";
            case CARRIER -> park.carriers().containsKey(CarrierId.of(id)) ? null
                    : "the park has no carrier '" + id + "'";
            case MARKET -> !park.markets().containsKey(CarrierId.of(id))
                    ? "the park has no market for '" + id + "'"
                    : member != null && origin(park.market(CarrierId.of(id)).get(), member) == null
                    ? "the market for '" + id + "' has no origin '" + member + "'"
                    : field.startsWith("blend") && park.market(CarrierId.of(id)).get().sell()
                    .flatMap(Market.Sale::blend).isEmpty()
                    ? "the market for '" + id + "' has no blending limit ('blend' in its 'sell')"
                    : field.equals("disposalCost") && park.market(CarrierId.of(id)).get()
                    .disposal().isEmpty()
                    ? "the market for '" + id + "' has no disposal route ('disposal')"
                    : null;
        };
    }

    /**
     * The number in {@code park}: a coefficient, capacity, share, cost or factor; 0 for a fixed
     * activity of a process that is not fixed, and for the terms of a market that does not buy
     * or sell ({@code +Infinity} for the sale limit of a market without one).
     *
     * @param park the park
     * @return the value
     * @throws InvalidValueException if the path does not fit the park
     */
    public double read(Park park) {
        check(park);
        switch (element) {
            case PROCESS -> {
                Process process = process(park);
                return switch (field) {
                    case "capacity" -> process.capacity();
                    case "fixed" -> process.rule() instanceof OperatingRule.Fixed f
                            ? f.activity() : 0;
                    case "variableCost" -> process.variableCost();
                    case "fixedCost" -> process.fixedCost();
                    case "input" -> process.input(CarrierId.of(member));
                    default -> process.output(CarrierId.of(member));
                };
            }
            case LINK -> {
                Link link = park.link(LinkId.of(id));
                return switch (field) {
                    case "share" -> link.rule().fraction();
                    case "loss" -> link.loss();
                    case "cost" -> link.costPerUnit();
                    case "distance" -> link.distanceKm();
                    case "transportFactor" -> link.transportFactor();
                    default -> link.capacity();
                };
            }
            case CARRIER -> {
                Carrier carrier = park.carrier(CarrierId.of(id));
                return field.equals("carbon") ? carrier.carbonPerUnit() : carrier.gwpPerUnit();
            }
            default -> {
                Market m = park.market(CarrierId.of(id)).orElseThrow();
                return switch (field) {
                    case "origin-share" -> origin(m, member).share();
                    case "origin-factor" -> origin(m, member).factor();
                    case "origin-price" -> origin(m, member).price();
                    case "disposalCost" -> m.disposal().orElseThrow().costPerUnit();
                    case "buyFactor" -> m.buy().map(Market.Purchase::emissionFactor).orElse(0.0);
                    case "buyPrice" -> m.buy().map(Market.Purchase::price).orElse(0.0);
                    case "sellPrice" -> m.sell().map(Market.Sale::price).orElse(0.0);
                    case "sellLimit" -> m.sell().map(Market.Sale::limit)
                            .orElse(Double.POSITIVE_INFINITY);
                    case "blendShare" -> m.sell().flatMap(Market.Sale::blend).orElseThrow()
                            .share();
                    case "blendStream" -> m.sell().flatMap(Market.Sale::blend).orElseThrow()
                            .stream();
                    default -> m.sell().map(Market.Sale::displacedFactor).orElse(0.0);
                };
            }
        }
    }

    /**
     * {@code park} with this number set to {@code value}, checked like any park.
     *
     * @param park  the park
     * @param value the new value
     * @return the changed park
     * @throws InvalidValueException  if the path does not fit the park or the value is out of
     *                                range for the element
     * @throws InvalidParkException   if the changed park breaks a rule across elements (push
     *                                shares over 1, say)
     */
    public Park with(Park park, double value) {
        return new ParkEdit(park).set(this, value).build();
    }

    void check(Park park) {
        String problem = problem(park);
        if (problem != null) {
            throw new InvalidValueException(path, path, String.format(
                    "The path '%s' does not fit the park: %s.", path, problem));
        }
    }

    /** Changes the element this path points into, taking it from {@code edit}'s changes. */
    void apply(ParkEdit edit, double value) {
        check(edit.base());
        switch (element) {
            case PROCESS -> {
                Process process = edit.process(ProcessId.of(id));
                edit.replace(switch (field) {
                    case "capacity" -> process.withCapacity(value);
                    case "fixed" -> process.withRule(OperatingRule.fixed(value));
                    case "variableCost" -> process.withCosts(value, process.fixedCost());
                    case "fixedCost" -> process.withCosts(process.variableCost(), value);
                    case "input" -> process.withInput(CarrierId.of(member), value);
                    default -> process.withOutput(CarrierId.of(member), value);
                });
            }
            case LINK -> {
                Link link = edit.link(LinkId.of(id));
                edit.replace(switch (field) {
                    case "capacity" -> link.withCapacity(value);
                    case "loss" -> link.withLoss(value);
                    case "cost" -> link.withCost(value, link.distanceKm());
                    case "distance" -> link.withCost(link.costPerUnit(), value);
                    case "transportFactor" -> link.withTransportFactor(value);
                    default -> link.withShare(value);
                });
            }
            case CARRIER -> {
                Carrier carrier = edit.carrier(CarrierId.of(id));
                edit.replace(field.equals("carbon") ? carrier.withCarbon(value)
                        : carrier.withGwp(value));
            }
            default -> {
                Market m = edit.market(CarrierId.of(id));
                Market.Purchase buy = m.buy().orElse(new Market.Purchase(0, 0));
                Market.Sale sale = m.sell().orElse(new Market.Sale(0, 0));
                edit.replace(switch (field) {
                    case "origin-share", "origin-factor", "origin-price" -> m.withPurchase(
                            buy.withOrigins(buy.origins().stream().map(o -> !o.id().equals(member)
                                    ? o : field.equals("origin-share") ? o.withShare(value)
                                    : field.equals("origin-factor") ? o.withFactor(value)
                                    : o.withPrice(value)).toList()));
                    case "disposalCost" -> m.withDisposal(m.disposal().orElseThrow().kind(),
                            value);
                    // Origins and the market-based factor stay as they are.
                    case "buyFactor" -> m.withPurchase(buy.withEmissionFactor(value));
                    case "buyPrice" -> m.withPurchase(buy.withPrice(value));
                    case "sellPrice" -> m.withSale(sale.withPrice(value));
                    case "sellLimit" -> m.withSale(sale.withLimit(value));
                    case "blendShare" -> m.withSale(sale.withBlend(sale.blend().orElseThrow()
                            .withShare(value)));
                    case "blendStream" -> m.withSale(sale.withBlend(sale.blend().orElseThrow()
                            .withStream(value)));
                    default -> m.withSale(sale.withDisplacedFactor(value));
                });
            }
        }
    }

    private Process process(Park park) {
        Plant plant = park.plant(park.plantOf(ProcessId.of(id)));
        return plant.processes().stream().filter(p -> p.id().value().equals(id)).findFirst()
                .orElseThrow();
    }

    private static Market.Origin origin(Market market, String originId) {
        return market.buy().flatMap(b -> b.origins().stream()
                .filter(o -> o.id().equals(originId)).findFirst()).orElse(null);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ParkPath other && path.equals(other.path);
    }

    @Override
    public int hashCode() {
        return path.hashCode();
    }

    /**
     * The path as written.
     *
     * @return e.g. {@code link:co2-pipe:share}
     */
    @Override
    public String toString() {
        return path;
    }
}
