package org.symbiosis.optimize;

import org.symbiosis.model.ElementId;

/**
 * What one more unit of a binding capacity would be worth: the objective's fall per unit of
 * capacity added (the reduced cost of a variable at its upper bound, or the dual of a limit's
 * row, sign turned).
 *
 * @param element  the process ({@link org.symbiosis.model.ProcessId}) or link ({@link
 *                 org.symbiosis.model.LinkId}) whose capacity binds, or the carrier ({@link
 *                 org.symbiosis.model.CarrierId}) whose market's sale limit binds
 * @param capacity the capacity, in reference units or carrier units per year
 * @param value    objective units per unit of capacity
 */
public record CapacityValue(ElementId element, double capacity, double value) {

    /**
     * The limit as reports name it.
     *
     * @return e.g. {@code link 'co2-pipe'}, or {@code sale limit of the market for 'e-methane'}
     */
    public String describe() {
        return element instanceof org.symbiosis.model.CarrierId c
                ? "sale limit of the market for '" + c.value() + "'" : element.describe();
    }
}
