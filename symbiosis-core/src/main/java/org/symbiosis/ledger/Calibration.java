package org.symbiosis.ledger;

import java.util.ArrayList;
import java.util.List;
import org.symbiosis.flow.FlowState;
import org.symbiosis.model.Park;
import org.symbiosis.model.PlantId;
import org.symbiosis.model.Process;
import org.symbiosis.model.Reported;

/**
 * The park's reported figures beside the model's figure for the same plants: for emissions the
 * sum of the plants' ledger lines (scope 1, scope 2, residual, upstream or life cycle), for an
 * output the sum of output coefficient x activity over the plants' processes. The difference is
 * {@code model / reported - 1}. Cost: O(plants named + their processes) per figure.
 */
public final class Calibration {

    private Calibration() {
    }

    /**
     * One reported figure against the model.
     *
     * @param reported   the figure as the park file gives it
     * @param model      the model's figure for the same plants and quantity, same unit
     * @param difference {@code model / reported - 1}; when the reported value is 0: 0 if the
     *                   model's is too, else NaN
     */
    public record Row(Reported reported, double model, double difference) {

        /**
         * Whether the figure is held (has a tolerance) and the model is within it.
         *
         * @return true if held and {@code |difference| <= tolerance}; false for a NaN difference
         */
        public boolean within() {
            return reported.held() && Math.abs(difference) <= reported.tolerance();
        }

        /**
         * {@code within}, {@code outside} or {@code shown} (no tolerance: not held).
         *
         * @return one of those three words, as reports print it
         */
        public String verdict() {
            if (!reported.held()) {
                return "shown";
            }
            return within() ? "within" : "outside";
        }

        /**
         * The unit of both figures.
         *
         * @param park the park the figure is of, for an output's carrier
         * @return the carrier's unit and {@code /yr} for an output; for emissions the unit as
         *         written, {@code t CO2e/yr} when none was
         */
        public String unit(Park park) {
            if (reported.quantity() == Reported.Quantity.OUTPUT) {
                return park.carrier(reported.carrier()).unit() + "/yr";
            }
            return reported.unit().isEmpty() ? "t CO2e/yr" : reported.unit();
        }
    }

    /**
     * Every reported figure of the state's park, in file order.
     *
     * @param state  the flow state, for outputs (coefficient x activity)
     * @param ledger the ledger of {@code state}, for emissions (the plants' ledger lines)
     * @return one row per figure, immutable; empty when the park reports none
     */
    public static List<Row> of(FlowState state, Ledger ledger) {
        Park park = state.park();
        List<Row> rows = new ArrayList<>();
        for (Reported r : park.reported()) {
            double model = 0;
            for (PlantId plant : r.plants()) {
                if (r.quantity() == Reported.Quantity.OUTPUT) {
                    for (Process process : park.plant(plant).processes()) {
                        model += process.output(r.carrier()) * state.activity(process.id());
                    }
                } else {
                    Ledger.PlantLedger p = ledger.plants().get(plant);
                    model += switch (r.quantity()) {
                        case SCOPE1 -> p.scope1();
                        case SCOPE2 -> p.scope2();
                        case RESIDUAL -> p.residual();
                        case UPSTREAM -> p.upstream();
                        case LIFECYCLE -> p.lifecycle();
                        case OUTPUT -> throw new AssertionError();
                    };
                }
            }
            double difference = r.value() != 0 ? model / r.value() - 1
                    : model == 0 ? 0 : Double.NaN;
            rows.add(new Row(r, model, difference));
        }
        return List.copyOf(rows);
    }
}
