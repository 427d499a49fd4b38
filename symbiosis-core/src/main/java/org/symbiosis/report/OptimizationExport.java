package org.symbiosis.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.symbiosis.model.Park;
import org.symbiosis.optimize.CapacityValue;
import org.symbiosis.optimize.OptimizationResult;
import org.symbiosis.optimize.ShadowPrice;
import org.symbiosis.simulate.SimulationResult;

/**
 * The data of an optimisation report as one JSON document, full precision: the simulated state
 * with and without symbiosis (as {@link SimulationExport} writes them, when the park can run by
 * its rules) and the optimised state with its status, solver, shadow prices and capacity values.
 * The same figures as {@link OptimizationReport}.
 */
public final class OptimizationExport {

    private OptimizationExport() {
    }

    /**
     * The report's data as one JSON document. Without an optimum, the optimised part has the
     * status, diagnosis and solver, and empty lists of shadow prices and capacity values.
     *
     * @param park             the park that was optimised
     * @param simulatedOrNull  its simulation, or {@code null} when it cannot run by its rules
     *                         (the simulated parts are then left out)
     * @param result           the optimisation
     * @param objectiveLabel   what was minimised, in words
     * @return the document, indented, ending with a newline
     * @throws IllegalStateException if Jackson cannot write it
     */
    public static String toJson(Park park, SimulationResult simulatedOrNull,
            OptimizationResult result, String objectiveLabel) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("park", park.name());
        root.put("conventions", SimulationReport.conventions(park));
        root.put("elements", SimulationExport.elements(park));
        if (simulatedOrNull != null) {
            Map<String, Object> with = new LinkedHashMap<>();
            with.put("convergence", simulatedOrNull.withSymbiosis().convergence());
            with.putAll(SimulationExport.outcome(simulatedOrNull.withSymbiosis().state(),
                    simulatedOrNull.withSymbiosis().ledger()));
            root.put("withSymbiosis", with);
            Map<String, Object> without = new LinkedHashMap<>();
            without.put("convergence", simulatedOrNull.baseline().convergence());
            without.putAll(SimulationExport.outcome(simulatedOrNull.baseline().state(),
                    simulatedOrNull.baseline().ledger()));
            root.put("withoutSymbiosis", without);
        }
        Map<String, Object> optimised = new LinkedHashMap<>();
        optimised.put("objective", objectiveLabel);
        optimised.put("status", result.status().name().toLowerCase(Locale.ROOT));
        optimised.put("diagnosis", result.diagnosis());
        optimised.put("solver", result.solver());
        if (result.optimal()) {
            optimised.put("objectiveValue", result.objective());
            optimised.putAll(SimulationExport.outcome(result.state().orElseThrow(),
                    result.ledger().orElseThrow()));
        }
        List<Map<String, Object>> prices = new ArrayList<>();
        for (ShadowPrice p : result.shadowPrices()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("plant", p.plant().value());
            row.put("carrier", p.carrier().value());
            row.put("value", p.value());
            prices.add(row);
        }
        optimised.put("shadowPrices", prices);
        List<Map<String, Object>> capacities = new ArrayList<>();
        for (CapacityValue c : result.capacityValues()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("element", c.describe());
            row.put("capacity", c.capacity());
            row.put("value", c.value());
            capacities.add(row);
        }
        optimised.put("capacityValues", capacities);
        root.put("optimised", optimised);
        try {
            return SimulationExport.MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An optimisation result could not be written as JSON",
                    e);
        }
    }
}
