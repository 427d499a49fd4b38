package org.symbiosis.optimize;

/**
 * What one more unit of a binding capacity would be worth: the objective's fall per unit of
 * capacity added (the reduced cost of a variable at its upper bound, sign turned).
 *
 * @param element {@code process 'x'} or {@code link 'y'}
 * @param capacity the capacity, in reference units or carrier units per year
 * @param value    objective units per unit of capacity
 */
public record CapacityValue(String element, double capacity, double value) {
}
