package org.symbiosis.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.symbiosis.model.PlantId;
import org.symbiosis.pathway.PathwayResult;
import org.symbiosis.pathway.PathwayResult.TargetVerdict;
import org.symbiosis.pathway.PathwayResult.YearEmissions;
import org.symbiosis.pathway.PathwayRunner;
import org.symbiosis.pathway.PathwayTarget;

/**
 * The data of a pathway report as one JSON document, full precision: emissions per year (with
 * residual by plant), the P5/P50/P95 bands, the target verdicts and, when computed, the tornado.
 * The same figures as {@link PathwayReport}. Numbers that are undefined (the probability of a
 * target without samples, a first year never reached) are {@code null}.
 */
public final class PathwayExport {

    private PathwayExport() {
    }

    /**
     * The report's data as one JSON document.
     *
     * @param r           the pathway
     * @param tornado     the bars of {@link PathwayRunner#tornado}, or an empty list when not
     *                    computed
     * @param tornadoYear the year of the tornado, or {@code null} when not computed (the
     *                    document then has no tornado)
     * @return the document, indented, ending with a newline
     * @throws IllegalStateException if Jackson cannot write it
     */
    public static String toJson(PathwayResult r, List<PathwayRunner.TornadoBar> tornado,
            Integer tornadoYear) {
        Map<String, Object> root = new LinkedHashMap<>();
        Map<String, Object> scenario = new LinkedHashMap<>();
        scenario.put("name", r.scenario().name());
        scenario.put("description", r.scenario().description());
        scenario.put("firstYear", r.scenario().firstYear());
        scenario.put("lastYear", r.scenario().lastYear());
        scenario.put("mode", r.scenario().optimize() ? "optimised" : "simulated");
        root.put("scenario", scenario);
        root.put("samples", r.samples());
        root.put("seed", r.seed());
        List<Map<String, Object>> years = new ArrayList<>();
        for (YearEmissions e : r.years()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("year", e.year());
            row.put("scope1", e.scope1());
            row.put("scope2", e.scope2());
            row.put("residual", e.residual());
            row.put("net", e.net());
            row.put("lifecycle", e.lifecycle());
            Map<String, Object> byPlant = new LinkedHashMap<>();
            for (Map.Entry<PlantId, Double> p : e.residualByPlant().entrySet()) {
                byPlant.put(p.getKey().value(), p.getValue());
            }
            row.put("residualByPlant", byPlant);
            years.add(row);
        }
        root.put("years", years);
        root.put("residualBands", r.residualBands());
        root.put("netBands", r.netBands());
        List<Map<String, Object>> targets = new ArrayList<>();
        for (TargetVerdict v : r.verdicts()) {
            PathwayTarget t = v.target();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("target", t.id());
            row.put("description", t.description());
            row.put("year", t.year());
            row.put("metric", t.metric().name().toLowerCase(Locale.ROOT));
            if (t instanceof PathwayTarget.Reduction reduction) {
                row.put("baseYear", reduction.baseYear());
                row.put("reduction", reduction.reduction());
            }
            row.put("goal", v.goal());
            row.put("value", v.value());
            row.put("met", v.met());
            row.put("gap", v.gap());
            row.put("firstYearMet", v.firstYearMet().isPresent() ? v.firstYearMet().getAsInt()
                    : null);
            row.put("probabilityMet", Double.isNaN(v.probabilityMet()) ? null
                    : v.probabilityMet());
            targets.add(row);
        }
        root.put("targets", targets);
        if (tornadoYear != null) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("year", tornadoYear);
            List<Map<String, Object>> bars = new ArrayList<>();
            for (PathwayRunner.TornadoBar b : tornado) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("parameter", b.parameter());
                row.put("lowSetting", b.lowSetting());
                row.put("highSetting", b.highSetting());
                row.put("atLow", b.atLow());
                row.put("atHigh", b.atHigh());
                row.put("centre", b.centre());
                row.put("swing", b.swing());
                bars.add(row);
            }
            t.put("bars", bars);
            root.put("tornado", t);
        }
        try {
            return SimulationExport.MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A pathway result could not be written as JSON", e);
        }
    }
}
