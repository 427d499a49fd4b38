package org.symbiosis.model;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A recipe inside a plant: per unit of activity, input and output coefficients over carriers. The
 * activity is measured in the reference flow, whose coefficient is 1 (t clinker, MWh electricity,
 * t flue-gas CO2 treated). A carrier may be both an input and an output (a capture unit takes CO2
 * in and vents some of it); if it is the reference, the side with coefficient 1 is meant.
 * Combustion and process emissions are ordinary outputs (natural gas in, CO2 out).
 *
 * @param id               unique in the park
 * @param reference        the carrier the activity is measured in; an input or output with
 *                         coefficient 1
 * @param inputs           units of each input carrier per unit of activity
 * @param outputs          units of each output carrier per unit of activity
 * @param capacity         maximum activity per year; {@code +Infinity} for unlimited
 * @param rule             how the simulate engine sets the activity
 * @param variableCost     cost per unit of activity (currency of the park's prices)
 * @param fixedCost        cost per year while the process exists
 * @param note             free text, typically the source of the numbers
 */
public record Process(ProcessId id, CarrierId reference, Map<CarrierId, Double> inputs,
        Map<CarrierId, Double> outputs, double capacity, OperatingRule rule, double variableCost,
        double fixedCost, String note) {

    /**
     * Checks the recipe, copies its maps and turns a null note into an empty one. The rules
     * across elements (that its carriers exist, that one process per plant follows a given
     * carrier) are checked when the park is built.
     *
     * @param id           unique in the park
     * @param reference    the carrier the activity is measured in: an input or an output with
     *                     coefficient 1 (within 1e-12), not both
     * @param inputs       units of each input carrier per unit of activity; finite, not negative
     * @param outputs      units of each output carrier per unit of activity; finite, not negative
     * @param capacity     maximum activity per year, not negative; {@code +Infinity} for unlimited
     * @param rule         a fixed activity within the capacity, or an input to follow or an output
     *                     to meet whose coefficient is above 0
     * @param variableCost cost per unit of activity; finite
     * @param fixedCost    cost per year while the process exists; finite
     * @param note         free text; null for none
     * @throws NullPointerException  if the id, the reference, either map, a key or value in them,
     *                               or the rule is null
     * @throws InvalidValueException if a coefficient is negative or not finite, the process has
     *                               neither inputs nor outputs, the reference is not an input or
     *                               output of coefficient 1 (or is both), the capacity is negative
     *                               or NaN, the rule does not fit the recipe or the capacity, or a
     *                               cost is not finite
     */
    public Process {
        checkNotNull(id, "A process needs an id.");
        String element = "process '" + id + "'";
        checkNotNull(reference, "The %s needs a reference carrier (the flow its activity is"
                + " measured in).", element);
        inputs = Coefficients.copyOf(checkNotNull(inputs, "inputs of %s", element));
        outputs = Coefficients.copyOf(checkNotNull(outputs, "outputs of %s", element));
        for (Map.Entry<CarrierId, Double> e : inputs.entrySet()) {
            Checks.nonNegativeFinite(e.getValue(), "input coefficient of '" + e.getKey() + "'",
                    element);
        }
        for (Map.Entry<CarrierId, Double> e : outputs.entrySet()) {
            Checks.nonNegativeFinite(e.getValue(), "output coefficient of '" + e.getKey() + "'",
                    element);
        }
        Checks.require(element, !inputs.isEmpty() || !outputs.isEmpty(),
                "The %s has neither inputs nor outputs: give it at least its reference flow.",
                element);
        Double out = outputs.get(reference);
        Double in = inputs.get(reference);
        Checks.require(element, out != null || in != null,
                "The reference carrier '%s' of %s is neither an input nor an output: add it with"
                        + " coefficient 1, or choose one of %s.", reference, element,
                allCarriers(inputs, outputs));
        boolean outIsOne = out != null && Math.abs(out - 1.0) <= 1e-12;
        boolean inIsOne = in != null && Math.abs(in - 1.0) <= 1e-12;
        Checks.require(element, outIsOne || inIsOne,
                "The coefficient (%s) of the reference carrier '%s' of %s must be 1: the activity"
                        + " is measured in it, so divide every coefficient by %s.",
                out != null ? out : in, reference, element, out != null ? out : in);
        Checks.require(element, !(outIsOne && inIsOne),
                "The reference carrier '%s' of %s is both an input and an output with coefficient"
                        + " 1: the activity cannot be measured in it; choose another reference.",
                reference, element);
        Checks.capacity(capacity, element);
        checkNotNull(rule, "The %s needs an operating rule (fixed, follows or meets).", element);
        if (rule instanceof OperatingRule.Fixed fixed) {
            Checks.require(element, fixed.activity() <= capacity,
                    "The fixed activity (%s) of %s exceeds its capacity (%s): lower the activity"
                            + " or raise the capacity.", fixed.activity(), element, capacity);
        } else if (rule instanceof OperatingRule.FollowsInput follows) {
            Checks.require(element, inputs.containsKey(follows.carrier()),
                    "The %s follows '%s', which is not one of its inputs %s: follow an input.",
                    element, follows.carrier(), inputs.keySet());
            Checks.require(element, inputs.get(follows.carrier()) > 0,
                    "The %s follows '%s', whose input coefficient is 0: follow an input it uses.",
                    element, follows.carrier());
        } else if (rule instanceof OperatingRule.MeetsDemand meets) {
            Checks.require(element, outputs.containsKey(meets.carrier()),
                    "The %s meets the demand for '%s', which is not one of its outputs %s: meet"
                            + " the demand for an output.", element, meets.carrier(),
                    outputs.keySet());
            Checks.require(element, outputs.get(meets.carrier()) > 0,
                    "The %s meets the demand for '%s', whose output coefficient is 0.",
                    element, meets.carrier());
        }
        Checks.finite(variableCost, "variable cost", element);
        Checks.finite(fixedCost, "fixed cost", element);
        note = note == null ? "" : note;
    }

    private static String allCarriers(Map<CarrierId, Double> inputs,
            Map<CarrierId, Double> outputs) {
        Map<CarrierId, Double> all = new LinkedHashMap<>(inputs);
        all.putAll(outputs);
        return all.keySet().toString();
    }

    /**
     * A builder for the process {@code id}, with an unlimited capacity, no costs and no note until
     * set.
     *
     * @param id the process id, e.g. {@code kiln}
     * @return the builder
     * @throws InvalidValueException if the id is not valid
     */
    public static Builder builder(String id) {
        return new Builder(ProcessId.of(id));
    }

    /**
     * Input coefficient of {@code carrier} per unit of activity, 0 if it is not an input.
     *
     * @param carrier the carrier
     * @return units of it per unit of activity
     */
    public double input(CarrierId carrier) {
        return ((Coefficients) inputs).coefficient(carrier, 0.0);
    }

    /**
     * Output coefficient of {@code carrier} per unit of activity, 0 if it is not an output.
     *
     * @param carrier the carrier
     * @return units of it per unit of activity
     */
    public double output(CarrierId carrier) {
        return ((Coefficients) outputs).coefficient(carrier, 0.0);
    }

    /**
     * Carbon in the inputs per unit of activity, t C; {@code carriers} resolves the ids.
     *
     * @param carriers the carriers by id, e.g. {@link Park#carriers()}; an input missing from it
     *                 counts 0
     * @return t C per unit of activity
     */
    public double carbonIn(Map<CarrierId, Carrier> carriers) {
        return carbon(inputs, carriers);
    }

    /**
     * Carbon in the outputs per unit of activity, t C.
     *
     * @param carriers the carriers by id, e.g. {@link Park#carriers()}; an output missing from it
     *                 counts 0
     * @return t C per unit of activity
     */
    public double carbonOut(Map<CarrierId, Carrier> carriers) {
        return carbon(outputs, carriers);
    }

    private static double carbon(Map<CarrierId, Double> flows, Map<CarrierId, Carrier> carriers) {
        double sum = 0;
        for (Map.Entry<CarrierId, Double> e : flows.entrySet()) {
            Carrier c = carriers.get(e.getKey());
            if (c != null) {
                sum += e.getValue() * c.carbonPerUnit();
            }
        }
        return sum;
    }

    /**
     * This process with another capacity.
     *
     * @param newCapacity maximum activity per year; {@code +Infinity} for unlimited
     * @return the changed process
     * @throws InvalidValueException if it is negative or NaN, or below a fixed activity
     */
    public Process withCapacity(double newCapacity) {
        return new Process(id, reference, inputs, outputs, newCapacity, rule, variableCost,
                fixedCost, note);
    }

    /**
     * This process with another operating rule.
     *
     * @param newRule a fixed activity within the capacity, or an input to follow or an output to
     *                meet
     * @return the changed process
     * @throws NullPointerException  if {@code newRule} is null
     * @throws InvalidValueException if the rule does not fit the recipe or the capacity
     */
    public Process withRule(OperatingRule newRule) {
        return new Process(id, reference, inputs, outputs, capacity, newRule, variableCost,
                fixedCost, note);
    }

    /**
     * This process with another input coefficient of {@code carrier}; 0 removes the input
     * (unless it is the reference).
     *
     * @param carrier       the input
     * @param perUnitActivity the new coefficient per unit of activity
     * @return the changed process
     */
    public Process withInput(CarrierId carrier, double perUnitActivity) {
        return new Process(id, reference, with(inputs, carrier, perUnitActivity), outputs,
                capacity, rule, variableCost, fixedCost, note);
    }

    /**
     * This process with another output coefficient of {@code carrier}; 0 removes the output
     * (unless it is the reference).
     *
     * @param carrier       the output
     * @param perUnitActivity the new coefficient per unit of activity
     * @return the changed process
     */
    public Process withOutput(CarrierId carrier, double perUnitActivity) {
        return new Process(id, reference, inputs, with(outputs, carrier, perUnitActivity),
                capacity, rule, variableCost, fixedCost, note);
    }

    /**
     * This process with other costs.
     *
     * @param perUnitActivity variable cost per unit of activity
     * @param perYear         fixed cost per year
     * @return the changed process
     */
    public Process withCosts(double perUnitActivity, double perYear) {
        return new Process(id, reference, inputs, outputs, capacity, rule, perUnitActivity,
                perYear, note);
    }

    /**
     * This process with another note.
     *
     * @param text the note, typically the source of the numbers
     * @return the changed process
     */
    public Process withNote(String text) {
        return new Process(id, reference, inputs, outputs, capacity, rule, variableCost,
                fixedCost, text);
    }

    /**
     * A builder holding this process, to change several things at once.
     *
     * @return a builder that builds an equal process until changed
     */
    public Builder toBuilder() {
        Builder b = new Builder(id);
        b.reference = reference;
        b.inputs.putAll(inputs);
        b.outputs.putAll(outputs);
        b.capacity = capacity;
        b.rule = rule;
        b.variableCost = variableCost;
        b.fixedCost = fixedCost;
        b.note = note;
        return b;
    }

    private Map<CarrierId, Double> with(Map<CarrierId, Double> side, CarrierId carrier,
            double value) {
        Map<CarrierId, Double> changed = new LinkedHashMap<>(side);
        if (value == 0 && !carrier.equals(reference)) {
            changed.remove(carrier);
        } else {
            changed.put(carrier, value);
        }
        return changed;
    }

    /** A fluent builder: {@code Process.builder("kiln").reference("clinker").input(...)}. */
    public static final class Builder {
        private final ProcessId id;
        private CarrierId reference;
        private final Map<CarrierId, Double> inputs = new LinkedHashMap<>();
        private final Map<CarrierId, Double> outputs = new LinkedHashMap<>();
        private double capacity = Double.POSITIVE_INFINITY;
        private OperatingRule rule;
        private double variableCost;
        private double fixedCost;
        private String note = "";

        private Builder(ProcessId id) {
            this.id = id;
        }

        /**
         * Sets the carrier the activity is measured in; give it as an input or output with
         * coefficient 1 too.
         *
         * @param carrier the carrier id
         * @return this builder
         * @throws InvalidValueException if the id is not valid
         */
        public Builder reference(String carrier) {
            this.reference = CarrierId.of(carrier);
            return this;
        }

        /**
         * Sets an input coefficient, replacing any earlier one of the carrier; checked by
         * {@link #build()}.
         *
         * @param carrier         the carrier id
         * @param perUnitActivity units of it per unit of activity
         * @return this builder
         * @throws InvalidValueException if the id is not valid
         */
        public Builder input(String carrier, double perUnitActivity) {
            inputs.put(CarrierId.of(carrier), perUnitActivity);
            return this;
        }

        /**
         * Sets an output coefficient, replacing any earlier one of the carrier; checked by
         * {@link #build()}.
         *
         * @param carrier         the carrier id
         * @param perUnitActivity units of it per unit of activity
         * @return this builder
         * @throws InvalidValueException if the id is not valid
         */
        public Builder output(String carrier, double perUnitActivity) {
            outputs.put(CarrierId.of(carrier), perUnitActivity);
            return this;
        }

        /**
         * Sets the capacity; checked by {@link #build()}.
         *
         * @param maxActivity maximum activity per year; {@code +Infinity}, the default, for
         *                    unlimited
         * @return this builder
         */
        public Builder capacity(double maxActivity) {
            this.capacity = maxActivity;
            return this;
        }

        /**
         * Sets the operating rule, replacing any earlier one; required.
         *
         * @param operatingRule how the simulate engine sets the activity
         * @return this builder
         */
        public Builder rule(OperatingRule operatingRule) {
            this.rule = operatingRule;
            return this;
        }

        /**
         * Sets a fixed activity as the rule.
         *
         * @param activity units of the reference flow per year
         * @return this builder
         * @throws InvalidValueException if the activity is negative or not finite
         */
        public Builder fixed(double activity) {
            return rule(OperatingRule.fixed(activity));
        }

        /**
         * Sets the rule to follow an input.
         *
         * @param carrier the id of the input carrier to follow
         * @return this builder
         * @throws InvalidValueException if the id is not valid
         */
        public Builder follows(String carrier) {
            return rule(OperatingRule.follows(carrier));
        }

        /**
         * Sets the rule to meet the plant's demand for an output.
         *
         * @param carrier the id of the output carrier whose demand to meet
         * @return this builder
         * @throws InvalidValueException if the id is not valid
         */
        public Builder meets(String carrier) {
            return rule(OperatingRule.meets(carrier));
        }

        /**
         * Sets the costs (0 until set); checked by {@link #build()}.
         *
         * @param perUnitActivity variable cost per unit of activity
         * @param perYear         fixed cost per year while the process exists
         * @return this builder
         */
        public Builder costs(double perUnitActivity, double perYear) {
            this.variableCost = perUnitActivity;
            this.fixedCost = perYear;
            return this;
        }

        /**
         * Sets the note.
         *
         * @param text free text, typically the source of the numbers; null for none
         * @return this builder
         */
        public Builder note(String text) {
            this.note = text;
            return this;
        }

        /**
         * Builds the process. The builder may be changed and built again.
         *
         * @return the process
         * @throws NullPointerException  if the reference or the rule was not set
         * @throws InvalidValueException if the recipe breaks a rule of
         *                               {@link Process#Process(ProcessId, CarrierId, Map, Map,
         *                               double, OperatingRule, double, double, String)}
         */
        public Process build() {
            return new Process(id, reference, inputs, outputs, capacity, rule, variableCost,
                    fixedCost, note);
        }
    }
}
