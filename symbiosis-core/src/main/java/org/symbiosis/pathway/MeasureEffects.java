package org.symbiosis.pathway;

import java.util.ArrayList;
import java.util.List;
import org.symbiosis.ledger.Ledger;
import org.symbiosis.model.InvalidValueException;
import org.symbiosis.model.Measure;
import org.symbiosis.model.Park;
import org.symbiosis.model.ParkEdit;
import org.symbiosis.model.SymbiosisException;
import org.symbiosis.simulate.Simulator;

/**
 * What each of a park's measures does: the park is simulated as given and again without the
 * measure (its {@code without} values set), and the difference of residual and life-cycle
 * emissions is the measure's effect. A measure may lower one and raise the other (ammonia
 * co-firing lowers the stack's CO2 and, with grey ammonia, raises the life cycle). Stateless.
 */
public final class MeasureEffects {

    private MeasureEffects() {
    }

    /**
     * The effect of one measure, t CO2e per year.
     *
     * @param measure          the measure
     * @param residualWith     residual emissions of the park as given
     * @param residualWithout  residual emissions without the measure
     * @param lifecycleWith    life-cycle emissions of the park as given
     * @param lifecycleWithout life-cycle emissions without the measure
     */
    public record Effect(Measure measure, double residualWith, double residualWithout,
            double lifecycleWith, double lifecycleWithout) {

        /**
         * Residual with minus without: negative when the measure lowers them.
         *
         * @return t CO2e per year
         */
        public double residualChange() {
            return residualWith - residualWithout;
        }

        /**
         * Life cycle with minus without: negative when the measure lowers it.
         *
         * @return t CO2e per year
         */
        public double lifecycleChange() {
            return lifecycleWith - lifecycleWithout;
        }
    }

    /**
     * The effect of every measure of {@code park}, in file order. Costs one simulation of the
     * park and one per measure.
     *
     * @param park      the park, with its measures
     * @param simulator the engine for every run (its tolerance and sweep limit apply to all)
     * @return a new list, one effect per measure; empty when the park has none
     * @throws SymbiosisException naming the measure, when a path names nothing in the park
     *                            ({@link InvalidValueException}) or the park without it cannot be
     *                            built ({@link org.symbiosis.model.InvalidParkException})
     * @throws org.symbiosis.flow.UnsolvableParkException naming the measure, when the park
     *                                  without it cannot run; naming none, when the park as
     *                                  given cannot
     */
    public static List<Effect> of(Park park, Simulator simulator) {
        List<Effect> effects = new ArrayList<>();
        if (park.measures().isEmpty()) {
            return effects;
        }
        Ledger.Totals with = simulator.simulate(park).ledger().totals();
        for (Measure measure : park.measures()) {
            Park without = without(park, measure);
            Ledger.Totals base;
            try {
                base = simulator.simulate(without).ledger().totals();
            } catch (org.symbiosis.flow.UnsolvableParkException e) {
                throw e.prefixed("Without the measure '" + measure.id() + "': ");
            }
            effects.add(new Effect(measure, with.residual(), base.residual(), with.lifecycle(),
                    base.lifecycle()));
        }
        return effects;
    }

    /**
     * The park with the measure's {@code without} values set.
     *
     * @param park    the park as given
     * @param measure a measure, its {@code without} values keyed by {@link Parameter} path
     * @return a new park; {@code park} is unchanged
     * @throws SymbiosisException when a path is not a parameter or names nothing in the park
     *                            (an {@link InvalidValueException} naming the measure and the
     *                            path), or a value breaks a rule of the park (an
     *                            {@link org.symbiosis.model.InvalidParkException})
     */
    public static Park without(Park park, Measure measure) {
        ParkEdit edit = new ParkEdit(park);
        String element = "measure '" + measure.id() + "'";
        measure.without().forEach((path, value) -> {
            String where = "The measure '" + measure.id() + "' sets '" + path + "'";
            Parameter parameter;
            try {
                parameter = new Parameter(path);
            } catch (IllegalArgumentException e) {
                throw PathwayRunner.prefixed(element, where + ": ", e);
            }
            String problem = parameter.problemIn(park);
            if (problem != null) {
                throw new InvalidValueException(element, path, where + ", but " + problem + ".");
            }
            try {
                edit.set(parameter.parsed(), value);
            } catch (IllegalArgumentException e) {
                throw PathwayRunner.prefixed(element, where + " to " + value + ": ", e);
            }
        });
        try {
            return edit.build();
        } catch (IllegalArgumentException e) {
            throw PathwayRunner.prefixed(element, "Without the measure '" + measure.id() + "': ",
                    e);
        }
    }
}
