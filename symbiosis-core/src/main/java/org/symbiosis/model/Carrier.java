package org.symbiosis.model;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Map;
import java.util.TreeMap;

/**
 * What flows: a material or an energy form.
 *
 * @param id              unique in the park
 * @param name            a readable name
 * @param unit            the unit every quantity of this carrier is in, e.g. {@code t}, {@code MWh}
 * @param kind            material, fuel, electricity or heat; decides the scope or category of
 *                        its purchases and sales
 * @param carbonPerUnit   carbon content in t C per unit (0 for carriers without carbon)
 * @param gwpPerUnit      global-warming potential when released to air, t CO2e per unit (CO2 in t
 *                        has 1; fossil CH4 in t has 29.8)
 * @param biogenic        biogenic carbon: counted at 0 in the net and reported as a memo
 * @param recycledCarbon  its carbon was captured as CO2 and recycled (a CCU product such as
 *                        e-methane): when sold, the park's CCU attribution decides who books it
 * @param tonnesPerUnit   mass per unit, for transport legs (t per unit); NaN when not given, and
 *                        then 1 for carriers in {@code t}
 * @param note            free text, typically the source of the numbers
 * @param elements        other elements it contains, t of the element per unit, by chemical
 *                        symbol ({@code H}, {@code N}, {@code Ca}, ...): declared, every recipe
 *                        must balance them as it balances carbon ({@code validate} warns, code
 *                        {@code element-balance}); carbon is {@code carbonPerUnit}, never here
 */
public record Carrier(CarrierId id, String name, String unit, CarrierKind kind, double carbonPerUnit,
        double gwpPerUnit, boolean biogenic, boolean recycledCarbon, double tonnesPerUnit,
        String note, Map<String, Double> elements) {

    /** Tonnes of CO2 per tonne of carbon (44.01 / 12.011). */
    public static final double CO2_PER_CARBON = 44.01 / 12.011;

    /**
     * Checks the carrier and fills in defaults: the id for a null or blank name,
     * {@link CarrierKind#MATERIAL} for a null kind, an empty note for null.
     *
     * @param id             unique in the park
     * @param name           a readable name; null or blank for the id
     * @param unit           the unit of every quantity of the carrier, e.g. {@code t}; not blank
     * @param kind           material, fuel, electricity or heat; null for material
     * @param carbonPerUnit  carbon content, t C per unit; finite, not negative
     * @param gwpPerUnit     GWP when released to air, t CO2e per unit; finite, not negative
     * @param biogenic       whether its carbon is biogenic (counted at 0 in the net)
     * @param recycledCarbon whether its carbon is captured CO2, recycled (a CCU product)
     * @param tonnesPerUnit  mass per unit, t, finite and not negative; NaN when not given
     * @param note           free text; null for none
     * @param elements       other elements, t per unit by chemical symbol; null for none
     * @throws NullPointerException  if {@code id} is null
     * @throws InvalidValueException if the unit is null or blank, a number is negative or not
     *                               finite (a NaN mass per unit means "not given"), or an
     *                               element is not a chemical symbol or is C
     */
    public Carrier {
        checkNotNull(id, "A carrier needs an id.");
        String element = "carrier '" + id + "'";
        name = name == null || name.isBlank() ? id.value() : name;
        Checks.text(unit, "unit", element + " (for example \"t\" or \"MWh\")");
        kind = kind == null ? CarrierKind.MATERIAL : kind;
        Checks.nonNegativeFinite(carbonPerUnit, "carbon content (t C per unit)", element);
        Checks.nonNegativeFinite(gwpPerUnit, "GWP (t CO2e per unit)", element);
        if (!Double.isNaN(tonnesPerUnit)) {
            Checks.nonNegativeFinite(tonnesPerUnit, "mass per unit (t per unit)", element);
        }
        note = note == null ? "" : note;
        TreeMap<String, Double> sorted = elements == null ? new TreeMap<>()
                : new TreeMap<>(elements);
        for (Map.Entry<String, Double> e : sorted.entrySet()) {
            Checks.require(element, e.getKey().matches("[A-Z][a-z]?")
                    && !e.getKey().equals("C"), "The element '%s' of %s is not a chemical symbol"
                    + " other than C: write symbols such as \"H\", \"N\" or \"Ca\" (carbon is"
                    + " the carrier's 'carbon').", e.getKey(), element);
            Checks.nonNegativeFinite(e.getValue() == null ? Double.NaN : e.getValue(),
                    "content of " + e.getKey() + " (t per unit)", element);
        }
        elements = java.util.Collections.unmodifiableMap(sorted);
    }

    /**
     * A carrier that declares no element other than carbon.
     *
     * @param id             unique in the park
     * @param name           a readable name; null or blank for the id
     * @param unit           the unit of every quantity of the carrier; not blank
     * @param kind           material, fuel, electricity or heat; null for material
     * @param carbonPerUnit  carbon content, t C per unit
     * @param gwpPerUnit     GWP when released to air, t CO2e per unit
     * @param biogenic       whether its carbon is biogenic
     * @param recycledCarbon whether its carbon is recycled captured CO2
     * @param tonnesPerUnit  mass per unit, t; NaN when not given
     * @param note           free text; null for none
     * @throws InvalidValueException as the canonical constructor
     */
    public Carrier(CarrierId id, String name, String unit, CarrierKind kind, double carbonPerUnit,
            double gwpPerUnit, boolean biogenic, boolean recycledCarbon, double tonnesPerUnit,
            String note) {
        this(id, name, unit, kind, carbonPerUnit, gwpPerUnit, biogenic, recycledCarbon,
                tonnesPerUnit, note, Map.of());
    }

    /**
     * The content of one element, t per unit: carbon for {@code C}, else the declared content,
     * 0 if not declared.
     *
     * @param symbol a chemical symbol
     * @return t of the element per unit of the carrier
     */
    public double content(String symbol) {
        return symbol.equals("C") ? carbonPerUnit : elements.getOrDefault(symbol, 0.0);
    }

    /**
     * This carrier with another declared content of an element.
     *
     * @param symbol   a chemical symbol other than C
     * @param perUnit  t of the element per unit; 0 removes the declaration
     * @return the changed carrier
     */
    public Carrier withElement(String symbol, double perUnit) {
        Map<String, Double> changed = new TreeMap<>(elements);
        if (perUnit == 0) {
            changed.remove(symbol);
        } else {
            changed.put(symbol, perUnit);
        }
        return new Carrier(id, name, unit, kind, carbonPerUnit, gwpPerUnit, biogenic,
                recycledCarbon, tonnesPerUnit, note, changed);
    }

    /**
     * A carrier with no recycled carbon and no mass per unit given.
     *
     * @param id            unique in the park
     * @param name          a readable name; null or blank for the id
     * @param unit          the unit of every quantity of the carrier, e.g. {@code t}; not blank
     * @param kind          material, fuel, electricity or heat; null for material
     * @param carbonPerUnit carbon content, t C per unit; finite, not negative
     * @param gwpPerUnit    GWP when released to air, t CO2e per unit; finite, not negative
     * @param biogenic      whether its carbon is biogenic (counted at 0 in the net)
     * @param note          free text; null for none
     * @throws NullPointerException  if {@code id} is null
     * @throws InvalidValueException if the unit is null or blank, or a number is negative or not
     *                               finite
     */
    public Carrier(CarrierId id, String name, String unit, CarrierKind kind, double carbonPerUnit,
            double gwpPerUnit, boolean biogenic, String note) {
        this(id, name, unit, kind, carbonPerUnit, gwpPerUnit, biogenic, false, Double.NaN, note);
    }

    /**
     * Tonnes per unit for transport: as given, else 1 for {@code t}, else NaN (unknown).
     *
     * @return the mass of one unit, t; NaN when neither given nor implied by the unit
     */
    public double massPerUnit() {
        if (!Double.isNaN(tonnesPerUnit)) {
            return tonnesPerUnit;
        }
        return unit.equals("t") ? 1 : Double.NaN;
    }

    /**
     * This carrier with its carbon marked as recycled or not.
     *
     * @param newRecycledCarbon whether its carbon is captured CO2, recycled (a CCU product whose
     *                          sales the park's CCU attribution books)
     * @return the changed carrier
     */
    public Carrier withRecycledCarbon(boolean newRecycledCarbon) {
        return new Carrier(id, name, unit, kind, carbonPerUnit, gwpPerUnit, biogenic,
                newRecycledCarbon, tonnesPerUnit, note, elements);
    }

    /**
     * This carrier with another mass per unit.
     *
     * @param newTonnesPerUnit t per unit, for transport legs; NaN for not given
     * @return the changed carrier
     * @throws InvalidValueException if it is negative or infinite
     */
    public Carrier withTonnesPerUnit(double newTonnesPerUnit) {
        return new Carrier(id, name, unit, kind, carbonPerUnit, gwpPerUnit, biogenic,
                recycledCarbon, newTonnesPerUnit, note, elements);
    }

    /**
     * A material carrier in {@code unit} with no carbon and no GWP, named after its id.
     *
     * @param id   the carrier id, e.g. {@code slag}
     * @param unit the unit of every quantity of it, e.g. {@code t}
     * @return the carrier
     * @throws NullPointerException  if {@code id} is null
     * @throws InvalidValueException if the id is not valid or the unit is null or blank
     */
    public static Carrier of(String id, String unit) {
        return new Carrier(CarrierId.of(id), id, unit, CarrierKind.MATERIAL, 0, 0, false, "");
    }

    /**
     * This carrier of another kind.
     *
     * @param newKind material, fuel, electricity or heat; null for material
     * @return the changed carrier
     */
    public Carrier withKind(CarrierKind newKind) {
        return new Carrier(id, name, unit, newKind, carbonPerUnit, gwpPerUnit, biogenic,
                recycledCarbon, tonnesPerUnit, note, elements);
    }

    /**
     * This carrier with another carbon content.
     *
     * @param newCarbonPerUnit t C per unit; finite, not negative
     * @return the changed carrier
     * @throws InvalidValueException if it is negative or not finite
     */
    public Carrier withCarbon(double newCarbonPerUnit) {
        return new Carrier(id, name, unit, kind, newCarbonPerUnit, gwpPerUnit, biogenic,
                recycledCarbon, tonnesPerUnit, note, elements);
    }

    /**
     * This carrier with another global-warming potential.
     *
     * @param newGwpPerUnit t CO2e per unit released to air; finite, not negative
     * @return the changed carrier
     * @throws InvalidValueException if it is negative or not finite
     */
    public Carrier withGwp(double newGwpPerUnit) {
        return new Carrier(id, name, unit, kind, carbonPerUnit, newGwpPerUnit, biogenic,
                recycledCarbon, tonnesPerUnit, note, elements);
    }

    /**
     * This carrier with its carbon marked as biogenic or not.
     *
     * @param newBiogenic whether its carbon is biogenic (counted at 0 in the net, reported as a
     *                    memo)
     * @return the changed carrier
     */
    public Carrier withBiogenic(boolean newBiogenic) {
        return new Carrier(id, name, unit, kind, carbonPerUnit, gwpPerUnit, newBiogenic,
                recycledCarbon, tonnesPerUnit, note, elements);
    }

    /**
     * The GWP counted in the net: 0 for biogenic carriers.
     *
     * @return t CO2e per unit released to air
     */
    public double netGwpPerUnit() {
        return biogenic ? 0 : gwpPerUnit;
    }
}
