package org.symbiosis.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.symbiosis.io.ParkJson.BuyJson;
import org.symbiosis.io.ParkJson.CarrierJson;
import org.symbiosis.io.ParkJson.DisposalJson;
import org.symbiosis.io.ParkJson.LinkJson;
import org.symbiosis.io.ParkJson.LocationJson;
import org.symbiosis.io.ParkJson.MarketJson;
import org.symbiosis.io.ParkJson.PlantJson;
import org.symbiosis.io.ParkJson.ProcessJson;
import org.symbiosis.io.ParkJson.RuleJson;
import org.symbiosis.io.ParkJson.SellJson;
import org.symbiosis.model.Accounting;
import org.symbiosis.model.Candidate;
import org.symbiosis.model.Carrier;
import org.symbiosis.model.CarrierId;
import org.symbiosis.model.CarrierKind;
import org.symbiosis.model.DisposalKind;
import org.symbiosis.model.Finance;
import org.symbiosis.model.Link;
import org.symbiosis.model.LinkId;
import org.symbiosis.model.LinkRule;
import org.symbiosis.model.LinkStatus;
import org.symbiosis.model.Location;
import org.symbiosis.model.Market;
import org.symbiosis.model.Measure;
import org.symbiosis.model.OperatingRule;
import org.symbiosis.model.Park;
import org.symbiosis.model.Plant;
import org.symbiosis.model.PlantId;
import org.symbiosis.model.Process;
import org.symbiosis.model.ProcessId;
import org.symbiosis.model.Reported;
import org.symbiosis.model.Target;

/**
 * Converts between the file records and the model, applying the documented defaults. Errors are
 * {@link IllegalArgumentException}s that name the element, the value and the fix.
 */
final class ParkConversion {

    /**
     * One id object per distinct carrier and plant id read, so that links and recipes refer to
     * the same objects as the park's carriers and plants (the park then has nothing to intern,
     * and a large park keeps one copy of each id).
     */
    private final Map<String, CarrierId> carrierIds = new java.util.HashMap<>();
    private final Map<String, PlantId> plantIds = new java.util.HashMap<>();

    /**
     * Values that many elements of a large park repeat, shared so that the park keeps one of
     * each: sector labels, link rules, follows and meets rules, and recipes (equal coefficient
     * maps in the same order). The model's values are immutable, so sharing changes nothing but
     * the memory: a synthetic park of 10^5 plants has 8 distinct input maps and about 1,000
     * distinct link rules.
     */
    private final Map<String, String> texts = new java.util.HashMap<>();
    private final Map<Object, Object> rules = new java.util.HashMap<>();
    private final Map<Map<CarrierId, Double>, Map<CarrierId, Double>> recipes =
            new java.util.HashMap<>();

    @SuppressWarnings("unchecked")
    private <T> T shared(T rule) {
        return (T) rules.computeIfAbsent(rule, r -> r);
    }

    private String sharedText(String text) {
        return text == null ? null : texts.computeIfAbsent(text, t -> t);
    }

    /**
     * A map equal to {@code map}, in the same order, that an earlier process holds, else
     * {@code map}; {@link #remember} records a process's maps.
     */
    private Map<CarrierId, Double> sharedRecipe(Map<CarrierId, Double> map) {
        Map<CarrierId, Double> known = recipes.get(map);
        if (known == null || !List.copyOf(known.keySet()).equals(List.copyOf(map.keySet()))) {
            return map;
        }
        return known;
    }

    private Process remember(Process process) {
        recipes.putIfAbsent(process.inputs(), process.inputs());
        recipes.putIfAbsent(process.outputs(), process.outputs());
        return process;
    }

    private CarrierId carrierId(String value) {
        return intern(carrierIds, value, CarrierId::of);
    }

    private PlantId plantId(String value) {
        return intern(plantIds, value, PlantId::of);
    }

    /** The id made once per distinct string (a failure to make it is thrown each time). */
    private static <T> T intern(Map<String, T> ids, String value,
            java.util.function.Function<String, T> make) {
        T id = ids.get(value);
        if (id == null) {
            id = make.apply(value);
            ids.put(value, id);
        }
        return id;
    }

    Carrier carrier(CarrierJson j) {
        String element = "carrier '" + j.id() + "'";
        return new Carrier(carrierId(required(j.id(), "id", "a carrier")), j.name(),
                required(j.unit(), "unit", element + " (for example \"t\" or \"MWh\")"),
                enumValue(CarrierKind.class, j.kind(), CarrierKind.MATERIAL, "kind", element),
                orZero(j.carbon()), orZero(j.gwp()), Boolean.TRUE.equals(j.biogenic()),
                Boolean.TRUE.equals(j.recycledCarbon()),
                j.tonnesPerUnit() == null ? Double.NaN : j.tonnesPerUnit(), j.note(),
                j.elements());
    }

    Accounting accounting(ParkJson.AccountingJson j) {
        com.fasterxml.jackson.databind.JsonNode ccu = j.ccu();
        if (ccu == null || ccu.isNull()) {
            return Accounting.DEFAULT;
        }
        if (ccu.isTextual() && ccu.asText().equals("emitter")) {
            return new Accounting(1);
        }
        if (ccu.isTextual() && ccu.asText().equals("user")) {
            return new Accounting(0);
        }
        if (ccu.isNumber()) {
            return new Accounting(ccu.asDouble());
        }
        throw new IllegalArgumentException("The CCU attribution " + ccu + " of the park's"
                + " accounting is not \"emitter\", \"user\" or a share between 0 and 1 (the"
                + " emitter's share of the credit for recycled carbon sold).");
    }

    Plant plant(PlantJson j) {
        String element = "plant '" + j.id() + "'";
        PlantId id = plantId(required(j.id(), "id", "a plant"));
        List<Process> processes = new ArrayList<>();
        if (j.processes() == null || j.processes().isEmpty()) {
            throw new IllegalArgumentException("The " + element + " has no 'processes': give it"
                    + " at least one recipe.");
        }
        for (ProcessJson p : j.processes()) {
            processes.add(process(p, element));
        }
        Optional<Location> location = Optional.empty();
        if (j.location() != null) {
            LocationJson l = j.location();
            location = Optional.of(new Location(required(l.lat(), "lat", element + "'s location"),
                    required(l.lon(), "lon", element + "'s location")));
        }
        return new Plant(id, j.name(), sharedText(j.sector()), location, processes, j.note(),
                sharedText(j.site()));
    }

    private Process process(ProcessJson j, String plant) {
        if (j == null) {
            throw new IllegalArgumentException("The " + plant + " has an empty process entry.");
        }
        String element = "process '" + j.id() + "' of " + plant;
        ProcessId id = ProcessId.of(required(j.id(), "id", "a process of " + plant));
        return remember(new Process(id, carrierId(required(j.reference(), "reference",
                element)),
                sharedRecipe(coefficients(j.inputs(), "inputs", element)),
                sharedRecipe(coefficients(j.outputs(), "outputs", element)),
                j.capacity() == null ? Double.POSITIVE_INFINITY : j.capacity(),
                rule(j.rule(), element), orZero(j.variableCost()), orZero(j.fixedCost()),
                j.note()));
    }

    private Map<CarrierId, Double> coefficients(Map<String, Double> json, String field,
            String element) {
        Map<CarrierId, Double> map = new LinkedHashMap<>();
        if (json == null) {
            return map;
        }
        json.forEach((carrier, value) -> {
            if (value == null) {
                throw new IllegalArgumentException(String.format("The %s coefficient of '%s' of"
                        + " %s is null: give a number.", field, carrier, element));
            }
            map.put(carrierId(carrier), value);
        });
        return map;
    }

    private OperatingRule rule(RuleJson j, String element) {
        String hint = " Write one of {\"fixed\": 1000}, {\"follows\": \"co2\"} or"
                + " {\"meets\": \"electricity\"}.";
        if (j == null) {
            throw new IllegalArgumentException("The " + element + " has no 'rule'." + hint);
        }
        int given = (j.fixed() != null ? 1 : 0) + (j.follows() != null ? 1 : 0)
                + (j.meets() != null ? 1 : 0);
        if (given != 1) {
            throw new IllegalArgumentException("The rule of " + element + " must give exactly"
                    + " one of 'fixed', 'follows' and 'meets', not " + given + "." + hint);
        }
        if (j.fixed() != null) {
            if (!(j.fixed() >= 0)) {
                throw new IllegalArgumentException(String.format("The fixed activity (%s) of %s"
                        + " must not be negative.", j.fixed(), element));
            }
            return OperatingRule.fixed(j.fixed());
        }
        return shared(j.follows() != null
                ? new OperatingRule.FollowsInput(carrierId(j.follows()))
                : new OperatingRule.MeetsDemand(carrierId(j.meets())));
    }

    Link link(LinkJson j) {
        String element = "link '" + j.id() + "'";
        LinkId id = LinkId.of(required(j.id(), "id", "a link"));
        if ((j.push() == null) == (j.pull() == null)) {
            throw new IllegalArgumentException("The " + element + " must give exactly one of"
                    + " 'push' (share of what the source has) and 'pull' (share of the target's"
                    + " need it covers).");
        }
        LinkRule rule;
        double fraction = j.push() != null ? j.push() : j.pull();
        String name = j.push() != null ? "push share" : "pull cover";
        if (!(fraction >= 0 && fraction <= 1)) {
            throw new IllegalArgumentException(String.format("The %s (%s) of %s must be between"
                    + " 0 and 1: it is a fraction, so write 0.25 for a quarter.", name, fraction,
                    element));
        }
        rule = shared(j.push() != null ? LinkRule.push(fraction) : LinkRule.pull(fraction));
        return new Link(id, plantId(required(j.from(), "from", element)),
                plantId(required(j.to(), "to", element)),
                carrierId(required(j.carrier(), "carrier", element)), rule,
                j.capacity() == null ? Double.POSITIVE_INFINITY : j.capacity(), orZero(j.loss()),
                orZero(j.cost()), orZero(j.distance()),
                enumValue(LinkStatus.class, j.status(), LinkStatus.EXISTING, "status", element),
                j.symbiosis() == null || j.symbiosis(), j.note(), orZero(j.transportFactor()));
    }

    Market market(MarketJson j) {
        String element = "market '" + j.carrier() + "'";
        CarrierId carrier = carrierId(required(j.carrier(), "carrier", "a market"));
        Optional<Market.Purchase> buy = Optional.empty();
        Optional<Market.Sale> sell = Optional.empty();
        Optional<Market.Disposal> disposal = Optional.empty();
        try {
            if (j.buy() != null) {
                List<Market.Origin> origins = new ArrayList<>();
                if (j.buy().origins() != null) {
                    for (ParkJson.OriginJson o : j.buy().origins()) {
                        origins.add(origin(o, element));
                    }
                }
                buy = Optional.of(new Market.Purchase(orZero(j.buy().price()),
                        orZero(j.buy().factor()), j.buy().marketFactor() == null ? Double.NaN
                                : j.buy().marketFactor(), origins));
            }
            if (j.sell() != null) {
                ParkJson.BlendJson b = j.sell().blend();
                Optional<Market.Blend> blend = b == null ? Optional.empty()
                        : Optional.of(new Market.Blend(required(b.share(), "share",
                                element + "'s blending limit"), required(b.stream(), "stream",
                                element + "'s blending limit (carrier unit per year)"),
                                required(b.into(), "into", element + "'s blending limit (what"
                                        + " the stream is, and its source)")));
                sell = Optional.of(new Market.Sale(orZero(j.sell().price()),
                        orZero(j.sell().displacedFactor()), j.sell().limit() == null
                                ? Double.POSITIVE_INFINITY : j.sell().limit(), blend));
            }
            if (j.disposal() != null) {
                disposal = Optional.of(new Market.Disposal(enumValue(DisposalKind.class,
                        required(j.disposal().to(), "to", element + "'s disposal"), null, "to",
                        element + "'s disposal"), orZero(j.disposal().cost())));
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage().replace("a market", element)
                    .replace("a blending limit", element + "'s blending limit"), e);
        }
        return new Market(carrier, buy, sell, disposal, j.note());
    }

    private static Market.Origin origin(ParkJson.OriginJson j, String market) {
        if (j == null) {
            throw new IllegalArgumentException("The " + market + " has an empty origin entry.");
        }
        String element = "origin '" + j.id() + "' of " + market;
        Optional<Market.Transport> transport = Optional.empty();
        if (j.transport() != null) {
            ParkJson.TransportJson t = j.transport();
            transport = Optional.of(new Market.Transport(required(t.mode(), "mode", element
                    + "'s transport"), required(t.km(), "km", element + "'s transport"),
                    required(t.factor(), "factor", element + "'s transport (t CO2e per t·km)")));
        }
        return new Market.Origin(required(j.id(), "id", "an origin of " + market),
                required(j.factor(), "factor", element + " (t CO2e per unit, cradle to gate)"),
                j.price() == null ? Double.NaN : j.price(),
                j.share() == null ? Double.NaN : j.share(),
                j.capacity() == null ? Double.POSITIVE_INFINITY : j.capacity(), transport,
                j.note());
    }

    Candidate candidate(ParkJson.CandidateJson j) {
        String element = required(j.element(), "element", "a candidate (\"process:ID\" or"
                + " \"link:ID\")");
        String what = "candidate '" + element + "'";
        boolean expansion = Boolean.TRUE.equals(j.expansion());
        boolean retire = Boolean.TRUE.equals(j.retire());
        if (expansion && retire) {
            throw new IllegalArgumentException("The " + what + " both expands and retires its"
                    + " element: give one of 'expansion' and 'retire'.");
        }
        Candidate.Kind kind = expansion ? Candidate.Kind.EXPAND : retire ? Candidate.Kind.RETIRE
                : Candidate.Kind.BUILD;
        return new Candidate(element, kind, orZero(j.capex()), orZero(j.capexFixed()),
                required(j.lifetime(), "lifetime", what + " (years)"), orZero(j.fixedOm()),
                expansion ? required(j.maxExpansion(), "maxExpansion", what) : Double.NaN,
                j.note());
    }

    Finance finance(ParkJson.FinanceJson j) {
        return new Finance(j.discountRate() == null ? Finance.DEFAULT.discountRate()
                : j.discountRate(), j.currency());
    }

    Measure measure(ParkJson.MeasureJson j) {
        String id = required(j.id(), "id", "a measure");
        if (j.without() != null) {
            j.without().forEach((path, value) -> {
                try {
                    new org.symbiosis.pathway.Parameter(path);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("The measure '" + id + "': "
                            + e.getMessage(), e);
                }
            });
        }
        return new Measure(id, j.description(), j.without() == null ? Map.of() : j.without());
    }

    Target target(ParkJson.TargetJson j) {
        String element = "target '" + j.id() + "'";
        return new Target(required(j.id(), "id", "a target"), j.description(),
                required(j.baseEmissions(), "baseEmissions", element),
                required(j.reduction(), "reduction", element),
                enumValue(Target.Metric.class, j.metric(), Target.Metric.RESIDUAL, "metric",
                        element));
    }

    org.symbiosis.model.Acceptance accept(ParkJson.AcceptJson j) {
        return new org.symbiosis.model.Acceptance(j.warning(), j.element(), j.note());
    }

    /** A reported figure (its unit is checked, never converted). */
    Reported reported(ParkJson.ReportedJson j) {
        String element = "reported figure '" + j.id() + "'";
        Reported.Quantity quantity = enumValue(Reported.Quantity.class,
                required(j.quantity(), "quantity", element), null, "quantity", element);
        CarrierId carrier = j.carrier() == null ? null : CarrierId.of(j.carrier());
        List<PlantId> plants = new ArrayList<>();
        for (String plant : required(j.plants(), "plants", element)) {
            plants.add(PlantId.of(required(plant, "plants", element)));
        }
        return new Reported(required(j.id(), "id", "a reported figure"), plants, quantity,
                carrier, required(j.value(), "value", element), j.unit(),
                required(j.year(), "year", element), required(j.source(), "source", element),
                j.tolerance() == null ? Double.NaN : j.tolerance(), j.note());
    }

    static ParkFileJson toJson(Park park) {
        return toJson(park, park.plants().values(), park.links().values());
    }

    /**
     * The file of {@code park} with {@code plants} and {@code links} in place of its own, each
     * converted only when it is written: a writer streams them.
     */
    static ParkFileJson toJson(Park park, Iterable<Plant> plantsToWrite,
            Iterable<Link> linksToWrite) {
        List<CarrierJson> carriers = park.carriers().values().stream().map(c -> new CarrierJson(
                c.id().value(), c.name().equals(c.id().value()) ? null : c.name(), c.unit(),
                c.kind() == CarrierKind.MATERIAL ? null : lower(c.kind()),
                nullIfZero(c.carbonPerUnit()), nullIfZero(c.gwpPerUnit()),
                c.biogenic() ? Boolean.TRUE : null, c.recycledCarbon() ? Boolean.TRUE : null,
                Double.isNaN(c.tonnesPerUnit()) ? null : c.tonnesPerUnit(),
                emptyToNull(c.note()), c.elements().isEmpty() ? null : c.elements())).toList();
        // Plain iterables (lambdas, with no bean properties), which Jackson writes as lists.
        Iterable<PlantJson> plants = () -> com.google.common.collect.Iterators.transform(
                plantsToWrite.iterator(), p -> new PlantJson(
                p.id().value(), p.name().equals(p.id().value()) ? null : p.name(),
                emptyToNull(p.sector()), emptyToNull(p.site()),
                p.location().map(l -> new LocationJson(l.latitude(), l.longitude())).orElse(null),
                p.processes().stream().map(ParkConversion::toJson).toList(),
                emptyToNull(p.note())));
        Iterable<LinkJson> links = () -> com.google.common.collect.Iterators.transform(
                linksToWrite.iterator(), l -> new LinkJson(
                l.id().value(), l.from().value(), l.to().value(), l.carrier().value(),
                l.rule() instanceof LinkRule.Push ? l.rule().fraction() : null,
                l.rule() instanceof LinkRule.Pull ? l.rule().fraction() : null,
                finiteOrNull(l.capacity()), nullIfZero(l.loss()), nullIfZero(l.costPerUnit()),
                nullIfZero(l.distanceKm()), nullIfZero(l.transportFactor()),
                l.status() == LinkStatus.EXISTING ? null : lower(l.status()),
                l.symbiosis() ? null : Boolean.FALSE, emptyToNull(l.note())));
        List<MarketJson> markets = park.markets().values().stream().map(m -> new MarketJson(
                m.carrier().value(),
                m.buy().map(ParkConversion::toJson).orElse(null),
                m.sell().map(s -> new SellJson(s.price(), s.displacedFactor(),
                        finiteOrNull(s.limit()), s.blend().map(b -> new ParkJson.BlendJson(
                                b.share(), b.stream(), b.into())).orElse(null))).orElse(null),
                m.disposal().map(d -> new DisposalJson(lower(d.kind()),
                        nullIfZero(d.costPerUnit()))).orElse(null),
                emptyToNull(m.note()))).toList();
        List<ParkJson.TargetJson> targets = park.targets().stream().map(t -> new ParkJson.TargetJson(
                t.id(), emptyToNull(t.description()), t.baseEmissions(), t.reduction(),
                t.metric() == Target.Metric.RESIDUAL ? null : lower(t.metric()))).toList();
        List<ParkJson.ReportedJson> reported = park.reported().stream().map(r ->
                new ParkJson.ReportedJson(r.id(), r.plants().stream().map(PlantId::value)
                        .toList(), r.quantity().label(),
                        r.carrier() == null ? null : r.carrier().value(), r.value(),
                        emptyToNull(r.unit()), r.year(), r.source(),
                        r.held() ? r.tolerance() : null,
                        emptyToNull(r.note()))).toList();
        List<ParkJson.AcceptJson> accepts = park.accepts().stream().map(a ->
                new ParkJson.AcceptJson(a.warning(), a.element(), a.note())).toList();
        ParkJson.AccountingJson accounting = park.accounting().equals(Accounting.DEFAULT) ? null
                : new ParkJson.AccountingJson(park.accounting().ccuEmitterShare() == 0
                        ? com.fasterxml.jackson.databind.node.TextNode.valueOf("user")
                        : com.fasterxml.jackson.databind.node.DoubleNode.valueOf(
                                park.accounting().ccuEmitterShare()));
        List<ParkJson.MeasureJson> measures = park.measures().stream().map(m ->
                new ParkJson.MeasureJson(m.id(), emptyToNull(m.description()), m.without()))
                .toList();
        List<ParkJson.CandidateJson> candidates = park.candidates().stream().map(c ->
                new ParkJson.CandidateJson(c.element(), c.expansion() ? Boolean.TRUE : null,
                        c.retirement() ? Boolean.TRUE : null,
                        c.capexPerUnit(), nullIfZero(c.capexFixed()), c.lifetimeYears(),
                        nullIfZero(c.fixedOmPerYear()), c.expansion() ? c.maxExpansion() : null,
                        emptyToNull(c.note()))).toList();
        ParkJson.FinanceJson finance = park.finance().equals(Finance.DEFAULT) ? null
                : new ParkJson.FinanceJson(park.finance().discountRate(),
                        park.finance().currency());
        return new ParkFileJson(park.name(), emptyToNull(park.description()), carriers, plants,
                links, markets, targets.isEmpty() ? null : targets,
                reported.isEmpty() ? null : reported, measures.isEmpty() ? null : measures,
                candidates.isEmpty() ? null : candidates,
                finance, accounting, accepts.isEmpty() ? null : accepts);
    }

    private static BuyJson toJson(Market.Purchase b) {
        List<ParkJson.OriginJson> origins = b.origins().stream().map(o -> new ParkJson.OriginJson(
                o.id(), o.factor(), Double.isNaN(o.price()) ? null : o.price(),
                Double.isNaN(o.share()) ? null : o.share(), finiteOrNull(o.capacity()),
                o.transport().map(t -> new ParkJson.TransportJson(t.mode(), t.km(), t.factor()))
                        .orElse(null), emptyToNull(o.note()))).toList();
        return new BuyJson(b.price(), b.emissionFactor(), Double.isNaN(b.marketFactor()) ? null
                : b.marketFactor(), origins.isEmpty() ? null : origins);
    }

    private static ProcessJson toJson(Process p) {
        RuleJson rule;
        if (p.rule() instanceof OperatingRule.Fixed f) {
            rule = new RuleJson(f.activity(), null, null);
        } else if (p.rule() instanceof OperatingRule.FollowsInput f) {
            rule = new RuleJson(null, f.carrier().value(), null);
        } else {
            rule = new RuleJson(null, null, ((OperatingRule.MeetsDemand) p.rule()).carrier()
                    .value());
        }
        return new ProcessJson(p.id().value(), p.reference().value(), names(p.inputs()),
                names(p.outputs()), finiteOrNull(p.capacity()), rule,
                nullIfZero(p.variableCost()), nullIfZero(p.fixedCost()), emptyToNull(p.note()));
    }

    private static Map<String, Double> names(Map<CarrierId, Double> map) {
        Map<String, Double> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(k.value(), v));
        return out.isEmpty() ? null : out;
    }

    private static <T> T required(T value, String field, String element) {
        if (value == null) {
            throw new IllegalArgumentException(String.format(
                    "The field '%s' of %s is missing: it is required.", field, element));
        }
        return value;
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value, E fallback,
            String field, String element) {
        if (value == null) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            List<String> allowed = new ArrayList<>();
            for (E constant : type.getEnumConstants()) {
                allowed.add(lower(constant));
            }
            throw new IllegalArgumentException(String.format("The %s \"%s\" of %s is not one of"
                    + " %s.", field, value, element, allowed), e);
        }
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private static double orZero(Double value) {
        return value == null ? 0 : value;
    }

    private static Double nullIfZero(double value) {
        return value == 0 ? null : value;
    }

    private static Double finiteOrNull(double value) {
        return Double.isInfinite(value) ? null : value;
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    /**
     * The whole file, for writing. Plants and links are iterables converted as they are
     * written (Jackson writes an iterable as a list), so a park file is streamed.
     */
    @com.fasterxml.jackson.annotation.JsonInclude(
            com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    @com.fasterxml.jackson.annotation.JsonPropertyOrder({"name", "description", "carriers",
        "plants", "links", "markets", "targets", "reported", "measures", "candidates", "finance",
        "accounting", "accepts"})
    record ParkFileJson(String name, String description, List<CarrierJson> carriers,
            Iterable<PlantJson> plants, Iterable<LinkJson> links, List<MarketJson> markets,
            List<ParkJson.TargetJson> targets, List<ParkJson.ReportedJson> reported,
            List<ParkJson.MeasureJson> measures,
            List<ParkJson.CandidateJson> candidates, ParkJson.FinanceJson finance,
            ParkJson.AccountingJson accounting, List<ParkJson.AcceptJson> accepts) {
    }
}
