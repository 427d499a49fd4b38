package org.symbiosis.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Several changes to a park, made on copies of its elements and built into a new park once:
 * {@code new ParkEdit(park).set(a, 0.9).set(b, 120).build()}. Each change applies to the element
 * as changed before (two paths into one process both take effect). Not thread-safe; the park it
 * starts from is not changed.
 */
public final class ParkEdit {

    private final Park base;
    private final Map<PlantId, Plant> plants = new LinkedHashMap<>();
    private final Map<LinkId, Link> links = new LinkedHashMap<>();
    private final Map<CarrierId, Market> markets = new LinkedHashMap<>();
    private final Map<CarrierId, Carrier> carriers = new LinkedHashMap<>();

    /**
     * An edit of {@code base} with no changes yet.
     *
     * @param base the park to start from
     */
    public ParkEdit(Park base) {
        this.base = base;
    }

    /**
     * Sets the number {@code path} points to.
     *
     * @param path  the number
     * @param value its new value
     * @return this edit
     * @throws InvalidValueException if the path does not fit the park or the value is out of
     *                               range for the element
     */
    public ParkEdit set(ParkPath path, double value) {
        path.apply(this, value);
        return this;
    }

    /**
     * A builder of the park with every change so far, to add or remove elements too.
     *
     * @return a new builder
     */
    public Park.Builder toBuilder() {
        Park.Builder b = base.toBuilder();
        carriers.values().forEach(b::replaceCarrier);
        plants.values().forEach(b::replacePlant);
        links.values().forEach(b::replaceLink);
        markets.values().forEach(b::replaceMarket);
        return b;
    }

    /**
     * The park with every change, checked like any park.
     *
     * @return the new park
     * @throws InvalidParkException if a change breaks a rule across elements
     */
    public Park build() {
        return toBuilder().build();
    }

    Park base() {
        return base;
    }

    Process process(ProcessId id) {
        PlantId owner = base.plantOf(id);
        Plant plant = plants.getOrDefault(owner, base.plant(owner));
        return plant.processes().stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow();
    }

    Link link(LinkId id) {
        return links.getOrDefault(id, base.link(id));
    }

    Carrier carrier(CarrierId id) {
        return carriers.getOrDefault(id, base.carrier(id));
    }

    Market market(CarrierId carrier) {
        return markets.getOrDefault(carrier, base.market(carrier).orElseThrow());
    }

    void replace(Process process) {
        PlantId owner = base.plantOf(process.id());
        plants.put(owner, plants.getOrDefault(owner, base.plant(owner)).withProcess(process));
    }

    void replace(Link link) {
        links.put(link.id(), link);
    }

    void replace(Market market) {
        markets.put(market.carrier(), market);
    }

    void replace(Carrier carrier) {
        carriers.put(carrier.id(), carrier);
    }
}
