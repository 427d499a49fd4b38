package org.symbiosis.model;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * What flows: a material or an energy form.
 *
 * @param id              unique in the park
 * @param name            a readable name
 * @param unit            the unit every quantity of this carrier is in, e.g. {@code t}, {@code MWh}
 * @param kind            material, electricity or heat; decides scope 2
 * @param carbonPerUnit   carbon content in t C per unit (0 for carriers without carbon)
 * @param gwpPerUnit      global-warming potential when released to air, t CO2e per unit (CO2 in t
 *                        has 1; fossil CH4 in t has 29.8)
 * @param biogenic        biogenic carbon: counted at 0 in the net and reported as a memo
 * @param note            free text, typically the source of the numbers
 */
public record Carrier(CarrierId id, String name, String unit, CarrierKind kind, double carbonPerUnit,
        double gwpPerUnit, boolean biogenic, String note) {

    /** Tonnes of CO2 per tonne of carbon (44.01 / 12.011). */
    public static final double CO2_PER_CARBON = 44.01 / 12.011;

    public Carrier {
        checkNotNull(id, "A carrier needs an id.");
        String element = "carrier '" + id + "'";
        name = name == null || name.isBlank() ? id.value() : name;
        Checks.text(unit, "unit", element + " (for example \"t\" or \"MWh\")");
        kind = kind == null ? CarrierKind.MATERIAL : kind;
        Checks.nonNegativeFinite(carbonPerUnit, "carbon content (t C per unit)", element);
        Checks.nonNegativeFinite(gwpPerUnit, "GWP (t CO2e per unit)", element);
        note = note == null ? "" : note;
    }

    /** A material carrier in {@code unit} with no carbon and no GWP. */
    public static Carrier of(String id, String unit) {
        return new Carrier(CarrierId.of(id), id, unit, CarrierKind.MATERIAL, 0, 0, false, "");
    }

    public Carrier withKind(CarrierKind newKind) {
        return new Carrier(id, name, unit, newKind, carbonPerUnit, gwpPerUnit, biogenic, note);
    }

    public Carrier withCarbon(double newCarbonPerUnit) {
        return new Carrier(id, name, unit, kind, newCarbonPerUnit, gwpPerUnit, biogenic, note);
    }

    public Carrier withGwp(double newGwpPerUnit) {
        return new Carrier(id, name, unit, kind, carbonPerUnit, newGwpPerUnit, biogenic, note);
    }

    public Carrier withBiogenic(boolean newBiogenic) {
        return new Carrier(id, name, unit, kind, carbonPerUnit, gwpPerUnit, newBiogenic, note);
    }

    /** The GWP counted in the net: 0 for biogenic carriers. */
    public double netGwpPerUnit() {
        return biogenic ? 0 : gwpPerUnit;
    }
}
