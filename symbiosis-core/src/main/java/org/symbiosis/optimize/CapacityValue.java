package org.symbiosis.optimize;

import org.symbiosis.model.ElementId;

/**
 * What one more unit of a binding capacity would be worth: the objective's fall per unit of
 * capacity added (the reduced cost of a variable at its upper bound, sign turned).
 *
 * @param element  the process ({@link org.symbiosis.model.ProcessId}) or link ({@link
 *                 org.symbiosis.model.LinkId}) whose capacity binds
 * @param capacity the capacity, in reference units or carrier units per year
 * @param value    objective units per unit of capacity
 */
public record CapacityValue(ElementId element, double capacity, double value) {
}
