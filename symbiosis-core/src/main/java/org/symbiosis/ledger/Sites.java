package org.symbiosis.ledger;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.symbiosis.model.Park;
import org.symbiosis.model.Plant;
import org.symbiosis.model.PlantId;

/**
 * The ledger added up per site: each site's plants' residual and life-cycle emissions, with and
 * without symbiosis. The sites come in the order their first plant appears in the park; the
 * plants that name no site come last, as {@link #NO_SITE}. The sites' figures add up to the
 * park's totals, since the totals are the sums of the plants' ledger lines.
 */
public final class Sites {

    /** The label of the plants that name no site. */
    public static final String NO_SITE = "(no site)";

    /**
     * One site's figures, t CO2e per year.
     *
     * @param site             the site's label, or {@link #NO_SITE}
     * @param plants           its plants, in park order
     * @param residual         scope 1 + 2 with symbiosis
     * @param residualWithout  scope 1 + 2 without symbiosis
     * @param lifecycle        residual + upstream with symbiosis
     * @param lifecycleWithout residual + upstream without symbiosis
     */
    public record Site(String site, List<PlantId> plants, double residual,
            double residualWithout, double lifecycle, double lifecycleWithout) {

        /**
         * Copies {@code plants}.
         *
         * @param site             the site's label, or {@link #NO_SITE}
         * @param plants           its plants, in park order
         * @param residual         scope 1 + 2 with symbiosis
         * @param residualWithout  scope 1 + 2 without symbiosis
         * @param lifecycle        residual + upstream with symbiosis
         * @param lifecycleWithout residual + upstream without symbiosis
         */
        public Site {
            plants = List.copyOf(plants);
        }
    }

    private Sites() {
    }

    /**
     * Whether any plant of the park names a site.
     *
     * @param park the park
     * @return true if at least one plant names a site (a report then shows the sites)
     */
    public static boolean any(Park park) {
        return park.plants().values().stream().anyMatch(Plant::hasSite);
    }

    /**
     * The figures per site of a park's ledgers with and without symbiosis (both of the same
     * park, so with the same plants).
     *
     * @param park    the park of both ledgers
     * @param with    the ledger of the park as given
     * @param without the ledger of the baseline, without symbiosis (symbiosis links off)
     * @return one entry per site, in the order of the class comment
     * @throws NullPointerException if a ledger lacks a plant of {@code park}
     */
    public static List<Site> of(Park park, Ledger with, Ledger without) {
        Map<String, List<PlantId>> groups = new LinkedHashMap<>();
        List<PlantId> none = new ArrayList<>();
        for (Plant plant : park.plants().values()) {
            if (plant.hasSite()) {
                groups.computeIfAbsent(plant.site(), s -> new ArrayList<>()).add(plant.id());
            } else {
                none.add(plant.id());
            }
        }
        if (!none.isEmpty()) {
            // A plant that names its site "(no site)" joins the plants of none.
            groups.computeIfAbsent(NO_SITE, s -> new ArrayList<>()).addAll(none);
        }
        List<Site> sites = new ArrayList<>();
        for (Map.Entry<String, List<PlantId>> group : groups.entrySet()) {
            double residual = 0;
            double residualWithout = 0;
            double lifecycle = 0;
            double lifecycleWithout = 0;
            for (PlantId id : group.getValue()) {
                Ledger.PlantLedger w = with.plants().get(id);
                Ledger.PlantLedger wo = without.plants().get(id);
                residual += w.residual();
                lifecycle += w.lifecycle();
                residualWithout += wo.residual();
                lifecycleWithout += wo.lifecycle();
            }
            sites.add(new Site(group.getKey(), group.getValue(), residual, residualWithout,
                    lifecycle, lifecycleWithout));
        }
        return sites;
    }
}
