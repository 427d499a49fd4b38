package org.symbiosis.model;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.symbiosis.internal.IdMap;
import org.symbiosis.internal.LinkBuffer;
import org.symbiosis.internal.LinkTable;
import org.symbiosis.internal.Suggestions;

/**
 * The immutable aggregate of carriers, plants, links and markets, validated when built. Built
 * only through {@link #builder()}, which checks every cross-element rule and collects every error
 * before it throws, so nothing half-built escapes. Safe to share across threads.
 *
 * <p>Iteration order of every map is the order elements were added (the order of the park file).
 */
public final class Park {

    /** The one relative tolerance for sums of shares and for carbon balances. */
    public static final double TOLERANCE = 1e-9;

    private final String name;
    private final String description;
    private final Map<CarrierId, Carrier> carriers;
    private final Map<PlantId, Plant> plants;
    private final Map<LinkId, Link> links;
    private final Map<CarrierId, Market> markets;
    private final List<Target> targets;
    private final List<Reported> reported;
    private final List<Acceptance> accepts;
    private final List<ParkIssue> accepted;
    private final Accounting accounting;
    private final List<Measure> measures;
    private final List<Candidate> candidates;
    private final Finance finance;
    private final Map<ProcessId, PlantId> plantOfProcess;
    private final List<ParkIssue> warnings;

    private Park(Builder b, Map<ProcessId, PlantId> plantOfProcess,
            List<ParkIssue> warnings) {
        this.name = b.name;
        this.description = b.description;
        this.carriers = IdMap.copyOf(b.carriers, Carrier::id);
        this.plants = IdMap.copyOf(b.plants, Plant::id);
        // Links as columns: a park of 10^6 plants has millions of them.
        this.links = LinkTable.of(b.links.values(), new ArrayList<>(this.plants.keySet()),
                new ArrayList<>(this.carriers.keySet()));
        this.markets = IdMap.copyOf(b.markets, Market::carrier);
        this.targets = List.copyOf(b.targets);
        this.reported = List.copyOf(b.reported);
        this.accepts = List.copyOf(b.accepts);
        this.accounting = b.accounting;
        this.measures = List.copyOf(b.measures);
        this.candidates = List.copyOf(b.candidates);
        this.finance = b.finance;
        this.plantOfProcess = plantOfProcess;
        List<ParkIssue> open = new ArrayList<>();
        List<ParkIssue> explained = new ArrayList<>();
        for (ParkIssue w : warnings) {
            (accepts.stream().anyMatch(a -> a.explains(w)) ? explained : open).add(w);
        }
        for (Acceptance a : accepts) {
            if (explained.stream().noneMatch(a::explains)) {
                open.add(ParkIssue.warning("unused-accept", "accepted warning '" + a.element()
                        + "'", String.format("The park accepts warning '%s' of '%s', but '%s'"
                        + " raises no such warning: remove the acceptance (the park has"
                        + " changed) or correct its code or element.", a.warning(), a.element(),
                        a.element())));
            }
        }
        this.warnings = List.copyOf(open);
        this.accepted = List.copyOf(explained);
    }

    /**
     * An empty builder: a park named {@code park}, with {@link Accounting#DEFAULT} and
     * {@link Finance#DEFAULT} until set.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this park's elements, to derive a changed park.
     *
     * @return a new builder; built unchanged, it gives a park equal to this one
     */
    public Builder toBuilder() {
        Builder b = new Builder().name(name).description(description);
        carriers.values().forEach(b::carrier);
        plants.values().forEach(b::plant);
        links.values().forEach(b::link);
        markets.values().forEach(b::market);
        targets.forEach(b::target);
        reported.forEach(b::reported);
        accepts.forEach(b::accept);
        b.accounting(accounting);
        measures.forEach(b::measure);
        candidates.forEach(b::candidate);
        b.finance(finance);
        return b;
    }

    /**
     * The park's name, shown in reports.
     *
     * @return the name; {@code park} when none was given
     */
    public String name() {
        return name;
    }

    /**
     * What the park represents and its boundary.
     *
     * @return the description; empty when none was given
     */
    public String description() {
        return description;
    }

    /**
     * The carriers.
     *
     * @return an immutable map from id to carrier, in the order added
     */
    public Map<CarrierId, Carrier> carriers() {
        return carriers;
    }

    /**
     * The plants.
     *
     * @return an immutable map from id to plant, in the order added
     */
    public Map<PlantId, Plant> plants() {
        return plants;
    }

    /**
     * The links, existing and candidate.
     *
     * @return an immutable map from id to link, in the order added
     */
    public Map<LinkId, Link> links() {
        return links;
    }

    /**
     * The markets, at most one per carrier; a carrier without one can be neither bought, sold
     * nor released.
     *
     * @return an immutable map from carrier id to market, in the order added
     */
    public Map<CarrierId, Market> markets() {
        return markets;
    }

    /**
     * Emissions targets the park is measured against, in file order.
     *
     * @return an immutable list; empty for none
     */
    public List<Target> targets() {
        return targets;
    }

    /**
     * Figures plants report, to calibrate the model against, in file order.
     *
     * @return an immutable list; empty for none
     */
    public List<Reported> reported() {
        return reported;
    }

    /**
     * Warnings the park explains, each with a reason: see {@link #acceptance(ParkIssue)}.
     *
     * @return an immutable list, in file order; empty for none
     */
    public List<Acceptance> accepts() {
        return accepts;
    }

    /**
     * The validation warnings the park's {@link #accepts()} explain.
     *
     * @return an immutable list, in the order found; these are not in {@link #warnings()}
     */
    public List<ParkIssue> acceptedWarnings() {
        return accepted;
    }

    /**
     * The acceptance that explains {@code warning}, if any.
     *
     * @param warning a validation warning
     * @return the first of {@link #accepts()} that explains it, or empty
     */
    public java.util.Optional<Acceptance> acceptance(ParkIssue warning) {
        return accepts.stream().filter(a -> a.explains(warning)).findFirst();
    }

    /**
     * Measures the park takes, each described by the park without it, in file order.
     *
     * @return an immutable list; empty for none
     */
    public List<Measure> measures() {
        return measures;
    }

    /**
     * Investments the planner may make, in file order.
     *
     * @return an immutable list; empty for none
     */
    public List<Candidate> candidates() {
        return candidates;
    }

    /**
     * The discount rate and currency.
     *
     * @return the finance; {@link Finance#DEFAULT} when none was given
     */
    public Finance finance() {
        return finance;
    }

    /**
     * Whether {@code process} is a candidate to build (it does not run until a plan builds it).
     *
     * @param process the process id
     * @return true if a candidate of kind {@link Candidate.Kind#BUILD} names it; false for an
     *         expansion, a retirement or an id the park does not have
     */
    public boolean isCandidate(ProcessId process) {
        String key = "process:" + process.value();
        return candidates.stream().anyMatch(c -> c.build() && c.element().equals(key));
    }

    /**
     * Park-wide accounting conventions.
     *
     * @return the conventions; {@link Accounting#DEFAULT} when none were given
     */
    public Accounting accounting() {
        return accounting;
    }

    /**
     * Warnings found when the park was built (errors stop the build) that its {@link #accepts()}
     * do not explain, and one for each acceptance that explains nothing.
     *
     * @return an immutable list; empty for a park with no open warning
     */
    public List<ParkIssue> warnings() {
        return warnings;
    }

    /**
     * The carrier of this id.
     *
     * @param id the carrier id
     * @return the carrier
     * @throws InvalidValueException if the park has no carrier of that id
     */
    public Carrier carrier(CarrierId id) {
        return require(carriers, id, "carrier");
    }

    /**
     * The plant of this id.
     *
     * @param id the plant id
     * @return the plant
     * @throws InvalidValueException if the park has no plant of that id
     */
    public Plant plant(PlantId id) {
        return require(plants, id, "plant");
    }

    /**
     * The link of this id.
     *
     * @param id the link id
     * @return the link
     * @throws InvalidValueException if the park has no link of that id
     */
    public Link link(LinkId id) {
        return require(links, id, "link");
    }

    /**
     * The market for a carrier.
     *
     * @param carrier the carrier id
     * @return its market, or empty if it has none (or the park has no such carrier)
     */
    public Optional<Market> market(CarrierId carrier) {
        return Optional.ofNullable(markets.get(carrier));
    }

    /**
     * Whether a plant of the park has a process of this id.
     *
     * @param id the process id
     * @return true if {@link #plantOf(ProcessId)} finds it
     */
    public boolean hasProcess(ProcessId id) {
        return plantOfProcess.containsKey(id);
    }

    /**
     * This park with {@code plant} in place of the plant of the same id (or added), checked like
     * any park.
     *
     * @param plant the plant
     * @return the changed park
     * @throws InvalidParkException if the change breaks a rule across elements
     */
    public Park withPlant(Plant plant) {
        return toBuilder().replacePlant(plant).build();
    }

    /**
     * This park with {@code process} in place of the process of the same id in its plant.
     *
     * @param process the process
     * @return the changed park
     * @throws InvalidValueException if no plant has a process of that id
     * @throws InvalidParkException  if the change breaks a rule across elements
     */
    public Park withProcess(Process process) {
        return withPlant(plant(plantOf(process.id())).withProcess(process));
    }

    /**
     * This park with {@code link} in place of the link of the same id (or added).
     *
     * @param link the link
     * @return the changed park
     * @throws InvalidParkException if the change breaks a rule across elements
     */
    public Park withLink(Link link) {
        return toBuilder().replaceLink(link).build();
    }

    /**
     * This park with {@code market} in place of the market for the same carrier (or added).
     *
     * @param market the market
     * @return the changed park
     * @throws InvalidParkException if the change breaks a rule across elements
     */
    public Park withMarket(Market market) {
        return toBuilder().replaceMarket(market).build();
    }

    /**
     * This park with {@code carrier} in place of the carrier of the same id (or added).
     *
     * @param carrier the carrier
     * @return the changed park
     * @throws InvalidParkException if the change breaks a rule across elements
     */
    public Park withCarrier(Carrier carrier) {
        return toBuilder().replaceCarrier(carrier).build();
    }

    /**
     * The plant that holds the process {@code id}.
     *
     * @param id the process id
     * @return the plant's id
     * @throws InvalidValueException if no plant of the park has that process
     */
    public PlantId plantOf(ProcessId id) {
        return require(plantOfProcess, id, "process");
    }

    /**
     * All processes of the park, plant by plant, in file order.
     *
     * @return a new list on each call
     */
    public List<Process> processes() {
        List<Process> all = new ArrayList<>();
        plants.values().forEach(p -> all.addAll(p.processes()));
        return all;
    }

    private static <K, V> V require(Map<K, V> map, K key, String kind) {
        V value = map.get(key);
        if (value == null) {
            throw new InvalidValueException("park", String.valueOf(key), String.format(
                    "The park has no %s '%s'.", kind, key));
        }
        return value;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Park)) {
            return false;
        }
        Park other = (Park) o;
        return name.equals(other.name) && description.equals(other.description)
                && carriers.equals(other.carriers) && plants.equals(other.plants)
                && links.equals(other.links) && markets.equals(other.markets)
                && targets.equals(other.targets) && reported.equals(other.reported)
                && accepts.equals(other.accepts)
                && measures.equals(other.measures)
                && accounting.equals(other.accounting) && candidates.equals(other.candidates)
                && finance.equals(other.finance);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, description, carriers, plants, links, markets, targets,
                reported, accepts, measures, accounting, candidates, finance);
    }

    @Override
    public String toString() {
        return String.format("Park[%s: %d carriers, %d plants, %d links, %d markets]", name,
                carriers.size(), plants.size(), links.size(), markets.size());
    }

    /**
     * Collects elements; {@link #build()} checks every cross-element rule and returns the park or
     * throws an {@link InvalidParkException} that lists every error. Not thread-safe.
     */
    public static final class Builder {
        private String name = "park";
        private String description = "";
        private final Map<CarrierId, Carrier> carriers = new LinkedHashMap<>();
        private final Map<PlantId, Plant> plants = new LinkedHashMap<>();
        // Columns, not a map of records: a park file may hold millions of links.
        private final LinkBuffer links = new LinkBuffer();
        private final Map<CarrierId, Market> markets = new LinkedHashMap<>();
        private final List<Target> targets = new ArrayList<>();
        private final List<Reported> reported = new ArrayList<>();
        private final List<Acceptance> accepts = new ArrayList<>();
        private Accounting accounting = Accounting.DEFAULT;
        private final List<Measure> measures = new ArrayList<>();
        private final List<Candidate> candidates = new ArrayList<>();
        private Finance finance = Finance.DEFAULT;
        private final List<ParkIssue> errors = new ArrayList<>();

        private Builder() {
        }

        /**
         * Removes every candidate (a plan's park keeps only those it did not build).
         *
         * @return this builder
         */
        public Builder clearCandidates() {
            candidates.clear();
            return this;
        }

        /**
         * Adds an investment the planner may make. A second candidate for the same element is an
         * error that {@link #build()} reports.
         *
         * @param candidate the candidate; that its element exists is checked by {@link #build()}
         * @return this builder
         * @throws NullPointerException if {@code candidate} is null
         */
        public Builder candidate(Candidate candidate) {
            checkNotNull(candidate, "candidate");
            if (candidates.stream().anyMatch(c -> c.element().equals(candidate.element()))) {
                duplicate("candidate", candidate.element());
            }
            candidates.add(candidate);
            return this;
        }

        /**
         * Sets the discount rate and currency, {@link Finance#DEFAULT} until set.
         *
         * @param money the finance
         * @return this builder
         * @throws NullPointerException if {@code money} is null
         */
        public Builder finance(Finance money) {
            this.finance = checkNotNull(money, "finance");
            return this;
        }

        /**
         * Adds a measure the park takes. A second measure of the same id is an error that
         * {@link #build()} reports.
         *
         * @param measure the measure
         * @return this builder
         * @throws NullPointerException if {@code measure} is null
         */
        public Builder measure(Measure measure) {
            checkNotNull(measure, "measure");
            if (measures.stream().anyMatch(m -> m.id().equals(measure.id()))) {
                duplicate("measure", measure.id());
            }
            measures.add(measure);
            return this;
        }

        /**
         * Sets the accounting conventions, {@link Accounting#DEFAULT} until set.
         *
         * @param conventions the conventions
         * @return this builder
         * @throws NullPointerException if {@code conventions} is null
         */
        public Builder accounting(Accounting conventions) {
            this.accounting = checkNotNull(conventions, "accounting");
            return this;
        }

        /**
         * Sets the park's name, shown in reports.
         *
         * @param parkName the name; null or blank for {@code park}
         * @return this builder
         */
        public Builder name(String parkName) {
            this.name = parkName == null || parkName.isBlank() ? "park" : parkName;
            return this;
        }

        /**
         * Sets what the park represents and its boundary.
         *
         * @param text the description; null for none
         * @return this builder
         */
        public Builder description(String text) {
            this.description = text == null ? "" : text;
            return this;
        }

        /**
         * Adds a carrier. A second carrier of the same id is an error that {@link #build()}
         * reports; the first is kept.
         *
         * @param carrier the carrier
         * @return this builder
         * @throws NullPointerException if {@code carrier} is null
         */
        public Builder carrier(Carrier carrier) {
            checkNotNull(carrier);
            if (carriers.putIfAbsent(carrier.id(), carrier) != null) {
                duplicate("carrier", carrier.id().value());
            }
            return this;
        }

        /**
         * Adds a plant. A second plant of the same id is an error that {@link #build()} reports;
         * the first is kept.
         *
         * @param plant the plant
         * @return this builder
         * @throws NullPointerException if {@code plant} is null
         */
        public Builder plant(Plant plant) {
            checkNotNull(plant);
            if (plants.putIfAbsent(plant.id(), plant) != null) {
                duplicate("plant", plant.id().value());
            }
            return this;
        }

        /**
         * Adds a link. A second link of the same id is an error that {@link #build()} reports;
         * the first is kept. Its plants and carrier need not be added yet: {@link #build()}
         * checks them.
         *
         * @param link the link
         * @return this builder
         * @throws NullPointerException if {@code link} is null
         */
        public Builder link(Link link) {
            checkNotNull(link);
            if (links.putIfAbsent(link.id(), link) != null) {
                duplicate("link", link.id().value());
            }
            return this;
        }

        /**
         * Adds the market for a carrier. A second market for the same carrier is an error that
         * {@link #build()} reports; the first is kept.
         *
         * @param market the market
         * @return this builder
         * @throws NullPointerException if {@code market} is null
         */
        public Builder market(Market market) {
            checkNotNull(market);
            if (markets.putIfAbsent(market.carrier(), market) != null) {
                errors.add(ParkIssue.error("market '" + market.carrier() + "'", String.format(
                        "There are two markets for carrier '%s': merge their buy, sell and"
                                + " disposal terms into one.", market.carrier())));
            }
            return this;
        }

        /**
         * Adds an emissions target. A second target of the same id is an error that
         * {@link #build()} reports.
         *
         * @param target the target
         * @return this builder
         * @throws NullPointerException if {@code target} is null
         */
        public Builder target(Target target) {
            checkNotNull(target);
            if (targets.stream().anyMatch(t -> t.id().equals(target.id()))) {
                duplicate("target", target.id());
            }
            targets.add(target);
            return this;
        }

        /**
         * Adds a reported figure to calibrate against. A second figure of the same id is an
         * error that {@link #build()} reports, and so is one that names a plant or carrier the
         * park does not have.
         *
         * @param figure the figure
         * @return this builder
         * @throws NullPointerException if {@code figure} is null
         */
        public Builder reported(Reported figure) {
            checkNotNull(figure);
            if (reported.stream().anyMatch(r -> r.id().equals(figure.id()))) {
                duplicate("reported figure", figure.id());
            }
            reported.add(figure);
            return this;
        }

        /**
         * Explains a validation warning: it is listed apart and passes {@code --strict}. An
         * acceptance that explains no warning of the built park is itself a warning
         * ({@code unused-accept}).
         *
         * @param acceptance the warning's code, element and reason
         * @return this builder
         * @throws NullPointerException if {@code acceptance} is null
         */
        public Builder accept(Acceptance acceptance) {
            checkNotNull(acceptance);
            accepts.add(acceptance);
            return this;
        }

        /**
         * Replaces the carrier with the same id, or adds it (to derive a changed park).
         *
         * @param carrier the carrier
         * @return this builder
         */
        public Builder replaceCarrier(Carrier carrier) {
            carriers.put(carrier.id(), carrier);
            return this;
        }

        /**
         * Replaces the link with the same id, or adds it (to derive a changed park).
         *
         * @param link the link
         * @return this builder
         */
        public Builder replaceLink(Link link) {
            links.put(link.id(), link);
            return this;
        }

        /**
         * Removes the link and any candidate to build or expand it (to derive a changed park).
         *
         * @param id the link id; an id the builder does not hold changes nothing
         * @return this builder
         */
        public Builder removeLink(LinkId id) {
            links.remove(id);
            candidates.removeIf(c -> c.element().equals("link:" + id.value()));
            return this;
        }

        /**
         * Replaces the market for the same carrier, or adds it (to derive a changed park).
         *
         * @param market the market
         * @return this builder
         */
        public Builder replaceMarket(Market market) {
            markets.put(market.carrier(), market);
            return this;
        }

        /**
         * Removes the plant, any candidate to build, expand or retire one of its processes, and
         * any reported figure that covers it (the figure's boundary no longer exists), to derive
         * a changed park. Its links stay: remove them too, or {@link #build()} reports them as
         * naming an unknown plant.
         *
         * @param id the plant id
         * @return this builder
         */
        public Builder removePlant(PlantId id) {
            Plant removed = plants.remove(id);
            reported.removeIf(r -> r.plants().contains(id));
            if (removed != null) {
                for (Process p : removed.processes()) {
                    candidates.removeIf(c -> c.element().equals("process:" + p.id().value()));
                }
            }
            return this;
        }

        /**
         * Removes the market for a carrier (to derive a changed park): the carrier can then be
         * neither bought, sold nor released.
         *
         * @param carrier the carrier id; one without a market changes nothing
         * @return this builder
         */
        public Builder removeMarket(CarrierId carrier) {
            markets.remove(carrier);
            return this;
        }

        /**
         * Replaces the plant with the same id, or adds it (to derive a changed park).
         *
         * @param plant the plant
         * @return this builder
         */
        public Builder replacePlant(Plant plant) {
            plants.put(plant.id(), plant);
            return this;
        }

        private void duplicate(String kind, String id) {
            errors.add(ParkIssue.error(kind + " '" + id + "'", String.format(
                    "The %s id '%s' is used twice: give each %s its own id.", kind, id, kind)));
        }

        /**
         * Checks every cross-element rule and returns the park.
         *
         * @return the park, with the warnings found ({@link Park#warnings()})
         * @throws InvalidParkException listing every error, if there is any
         */
        public Park build() {
            List<ParkIssue> found = new ArrayList<>(errors);
            Map<ProcessId, PlantId> plantOfProcess = new LinkedHashMap<>();
            for (Plant plant : plants.values()) {
                for (Process process : plant.processes()) {
                    PlantId previous = plantOfProcess.putIfAbsent(process.id(), plant.id());
                    if (previous != null) {
                        found.add(ParkIssue.error("process '" + process.id() + "'", String.format(
                                "The process id '%s' is used in plants '%s' and '%s': process ids"
                                        + " must be unique in the park.", process.id(), previous,
                                plant.id())));
                    }
                }
            }
            ParkRules rules = new ParkRules(carriers, plants, links, markets);
            found.addAll(rules.errors());
            found.addAll(candidateErrors(plantOfProcess));
            found.addAll(reportedErrors());
            if (!found.isEmpty()) {
                throw new InvalidParkException(found);
            }
            internIds();
            return new Park(this, IdMap.copyOf(plantOfProcess), rules.warnings());
        }

        /** A reported figure names plants (and for an output, a carrier) that exist. */
        private List<ParkIssue> reportedErrors() {
            List<ParkIssue> issues = new ArrayList<>();
            for (Reported r : reported) {
                String element = "reported figure '" + r.id() + "'";
                for (PlantId plant : r.plants()) {
                    if (!plants.containsKey(plant)) {
                        String closest = Suggestions.closest(plant.value(), plants.keySet()
                                .stream().map(PlantId::value).toList());
                        issues.add(ParkIssue.error(element, String.format("The reported figure"
                                + " '%s' names plant '%s', which is not in the park%s", r.id(),
                                plant, closest == null ? "." : ". Maybe '" + closest + "'?")));
                    }
                }
                if (r.carrier() != null && !carriers.containsKey(r.carrier())) {
                    issues.add(ParkIssue.error(element, String.format("The reported figure '%s'"
                            + " is an output of carrier '%s', which is not in the park.", r.id(),
                            r.carrier())));
                } else if (r.carrier() != null && !r.unit().isEmpty()
                        && !r.unit().equals(carriers.get(r.carrier()).unit() + "/yr")) {
                    issues.add(ParkIssue.error(element, String.format("The unit \"%s\" of the"
                            + " reported figure '%s' is not that of carrier '%s': write the value"
                            + " in \"%s/yr\".", r.unit(), r.id(), r.carrier(),
                            carriers.get(r.carrier()).unit())));
                }
            }
            return issues;
        }

        /** A candidate names an element that exists, with a finite size to build. */
        private List<ParkIssue> candidateErrors(Map<ProcessId, PlantId> plantOfProcess) {
            List<ParkIssue> issues = new ArrayList<>();
            for (Candidate c : candidates) {
                String element = "candidate '" + c.element() + "'";
                double capacity;
                if (c.isProcess()) {
                    PlantId plant = plantOfProcess.get(ProcessId.of(c.id()));
                    if (plant == null) {
                        issues.add(ParkIssue.error(element, String.format("The candidate '%s'"
                                + " names no process of the park.", c.element())));
                        continue;
                    }
                    Process process = plants.get(plant).processes().stream()
                            .filter(p -> p.id().value().equals(c.id())).findFirst().orElseThrow();
                    capacity = process.capacity();
                    if (c.build() && process.rule() instanceof OperatingRule.Fixed f
                            && f.activity() > 0) {
                        issues.add(ParkIssue.error(element, String.format("The process '%s' is a"
                                + " candidate to build, so it cannot have a fixed activity of %s"
                                + " before it is built: give it a follows or meets rule.",
                                c.id(), f.activity())));
                    }
                } else {
                    Link link = links.get(LinkId.of(c.id()));
                    if (link == null) {
                        issues.add(ParkIssue.error(element, String.format("The candidate '%s'"
                                + " names no link of the park.", c.element())));
                        continue;
                    }
                    capacity = link.capacity();
                    if (c.build() && link.status() != LinkStatus.CANDIDATE) {
                        issues.add(ParkIssue.error(element, String.format("The link '%s' exists:"
                                + " give it \"status\": \"candidate\" to build it, or make the"
                                + " candidate an expansion.", c.id())));
                    }
                }
                if (c.retirement() && Double.isInfinite(capacity) && plantOfProcess.get(
                        ProcessId.of(c.id())) != null && !(plants.get(plantOfProcess.get(
                        ProcessId.of(c.id()))).processes().stream().filter(p -> p.id().value()
                        .equals(c.id())).findFirst().orElseThrow().rule()
                        instanceof OperatingRule.Fixed)) {
                    issues.add(ParkIssue.error(element, String.format("The process '%s' to retire"
                            + " has neither a capacity nor a fixed activity: give it a capacity,"
                            + " the most it runs while kept.", c.id())));
                }
                if (c.expansion() && c.isProcess() && plantOfProcess.get(ProcessId.of(c.id()))
                        != null && plants.get(plantOfProcess.get(ProcessId.of(c.id()))).processes()
                        .stream().filter(p -> p.id().value().equals(c.id())).findFirst()
                        .orElseThrow().rule() instanceof OperatingRule.Fixed) {
                    issues.add(ParkIssue.error(element, String.format("The process '%s' has a fixed"
                            + " activity, so more capacity would never be used: expand a process"
                            + " that follows or meets, or change its rule.", c.id())));
                }
                if (c.expansion() && Double.isInfinite(capacity)) {
                    issues.add(ParkIssue.error(element, String.format("The candidate '%s' expands"
                            + " an element with no capacity: give the element a capacity to add"
                            + " to.", c.element())));
                }
                if (c.build() && Double.isInfinite(capacity)) {
                    issues.add(ParkIssue.error(element, String.format("The candidate '%s' has no"
                            + " capacity: give the element a capacity, the largest size that"
                            + " may be built.", c.element())));
                }
            }
            return issues;
        }

        /**
         * Makes every link and process refer to the park's own plant and carrier id objects, so
         * that a large park keeps one copy of each id (a link would otherwise hold its own copies
         * of its plants' ids). Equality is unaffected: ids are records.
         */
        private void internIds() {
            links.internIds(id -> plants.get(id).id(), id -> carriers.get(id).id());
            for (Map.Entry<PlantId, Plant> e : plants.entrySet()) {
                Plant plant = e.getValue();
                List<Process> processes = new ArrayList<>(plant.processes().size());
                boolean changed = false;
                for (Process p : plant.processes()) {
                    Process interned = internIds(p);
                    changed |= interned != p;
                    processes.add(interned);
                }
                if (changed) {
                    e.setValue(plant.withProcesses(processes));
                }
            }
        }

        private Process internIds(Process p) {
            boolean canonical = carriers.get(p.reference()).id() == p.reference();
            for (CarrierId c : p.inputs().keySet()) {
                canonical &= carriers.get(c).id() == c;
            }
            for (CarrierId c : p.outputs().keySet()) {
                canonical &= carriers.get(c).id() == c;
            }
            if (canonical) {
                return p;
            }
            Map<CarrierId, Double> inputs = new LinkedHashMap<>();
            p.inputs().forEach((c, v) -> inputs.put(carriers.get(c).id(), v));
            Map<CarrierId, Double> outputs = new LinkedHashMap<>();
            p.outputs().forEach((c, v) -> outputs.put(carriers.get(c).id(), v));
            return new Process(p.id(), carriers.get(p.reference()).id(), inputs, outputs,
                    p.capacity(), p.rule(), p.variableCost(), p.fixedCost(), p.note());
        }
    }
}
