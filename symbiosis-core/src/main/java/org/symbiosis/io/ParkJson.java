package org.symbiosis.io;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;

/**
 * The park file format as plain records (the JSON shape, documented in docs/park-format.md).
 * Absent optional fields are {@code null} here and get their defaults when converted to the
 * model; the writer leaves out fields that hold their default.
 */
final class ParkJson {

    private ParkJson() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"id", "name", "unit", "kind", "carbon", "elements", "gwp", "biogenic",
        "recycledCarbon", "tonnesPerUnit", "note"})
    record CarrierJson(String id, String name, String unit, String kind, Double carbon, Double gwp,
            Boolean biogenic, Boolean recycledCarbon, Double tonnesPerUnit, String note,
            java.util.Map<String, Double> elements) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"id", "name", "sector", "site", "location", "processes", "note"})
    record PlantJson(String id, String name, String sector, String site, LocationJson location,
            java.util.List<ProcessJson> processes, String note) {
    }

    record LocationJson(Double lat, Double lon) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"id", "reference", "inputs", "outputs", "capacity", "rule", "variableCost",
        "fixedCost", "note"})
    record ProcessJson(String id, String reference, Map<String, Double> inputs,
            Map<String, Double> outputs, Double capacity, RuleJson rule, Double variableCost,
            Double fixedCost, String note) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RuleJson(Double fixed, String follows, String meets) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"id", "from", "to", "carrier", "push", "pull", "capacity", "loss", "cost",
        "distance", "transportFactor", "status", "symbiosis", "note"})
    record LinkJson(String id, String from, String to, String carrier, Double push, Double pull,
            Double capacity, Double loss, Double cost, Double distance, Double transportFactor,
            String status, Boolean symbiosis, String note) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"carrier", "buy", "sell", "disposal", "note"})
    record MarketJson(String carrier, BuyJson buy, SellJson sell, DisposalJson disposal,
            String note) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"price", "factor", "marketFactor", "origins"})
    record BuyJson(Double price, Double factor, Double marketFactor,
            java.util.List<OriginJson> origins) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"id", "factor", "price", "share", "capacity", "transport", "note"})
    record OriginJson(String id, Double factor, Double price, Double share, Double capacity,
            TransportJson transport, String note) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"mode", "km", "factor"})
    record TransportJson(String mode, Double km, Double factor) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"id", "description", "without"})
    record MeasureJson(String id, String description, Map<String, Double> without) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"element", "expansion", "retire", "capex", "capexFixed", "lifetime",
        "fixedOm", "maxExpansion", "note"})
    record CandidateJson(String element, Boolean expansion, Boolean retire, Double capex,
            Double capexFixed,
            Integer lifetime, Double fixedOm, Double maxExpansion, String note) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record FinanceJson(Double discountRate, String currency) {
    }

    /** {@code ccu}: "emitter", "user" or the emitter's share, a number in [0, 1]. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record AccountingJson(com.fasterxml.jackson.databind.JsonNode ccu) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"price", "displacedFactor", "limit", "blend"})
    record SellJson(Double price, Double displacedFactor, Double limit, BlendJson blend) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"share", "stream", "into"})
    record BlendJson(Double share, Double stream, String into) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record DisposalJson(String to, Double cost) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"id", "plants", "quantity", "carrier", "value", "unit", "year", "source",
        "tolerance", "note"})
    record ReportedJson(String id, java.util.List<String> plants, String quantity, String carrier,
            Double value, String unit, Integer year, String source, Double tolerance,
            String note) {
    }

    @JsonPropertyOrder({"warning", "element", "note"})
    record AcceptJson(String warning, String element, String note) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"id", "description", "baseEmissions", "reduction", "metric"})
    record TargetJson(String id, String description, Double baseEmissions, Double reduction,
            String metric) {
    }
}
