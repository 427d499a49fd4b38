package org.symbiosis.resilience;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Comparator;
import java.util.List;
import org.symbiosis.ledger.Ledger;
import org.symbiosis.model.Park;

/**
 * The outages of one park, each re-simulated, in the order they were given (for N-1: every plant
 * in park order, then every existing link in park order), with the intact park's totals.
 *
 * @param park    the park analysed
 * @param intact  the intact park's totals
 * @param outages one result per outage
 * @param millis  wall-clock time of the analysis, ms
 * @param threads threads the outages were spread over
 */
public record ResilienceAnalysis(Park park, Ledger.Totals intact, List<OutageResult> outages,
        long millis, int threads) {

    /** Orders by impact, highest first; unsolvable outages last; then by label. */
    private static final Comparator<OutageResult> BY_IMPACT = Comparator
            .comparing((OutageResult r) -> !r.runs())
            .thenComparing(r -> r.runs() ? -r.impact() : 0)
            .thenComparing(r -> -r.cascade().size())
            .thenComparing(r -> -r.plantsLosingInputs())
            .thenComparing(r -> r.outage().label());

    /**
     * Copies the list.
     *
     * @param park    the park analysed
     * @param intact  the intact park's totals
     * @param outages one result per outage
     * @param millis  wall-clock time, ms
     * @param threads threads used
     * @throws NullPointerException if the park, the totals or the list is null
     */
    public ResilienceAnalysis {
        checkNotNull(park, "park");
        checkNotNull(intact, "intact");
        outages = List.copyOf(outages);
    }

    /**
     * The single-plant outages ranked as keystones: by the rise in the other plants' life-cycle
     * emissions ({@link OutageResult#impact()}), then by the plants the cascade stops, then by
     * the plants that lose inputs; outages that cannot be simulated come last.
     *
     * @return the ranked single-plant outages
     */
    public List<OutageResult> keystones() {
        return outages.stream().filter(r -> r.outage().singlePlant()).sorted(BY_IMPACT).toList();
    }

    /**
     * The single-link outages, ranked as {@link #keystones()}.
     *
     * @return the ranked single-link outages
     */
    public List<OutageResult> criticalLinks() {
        return outages.stream().filter(r -> r.outage().singleLink()).sorted(BY_IMPACT).toList();
    }

    /**
     * The outages of several elements at once (N-k), ranked as {@link #keystones()}.
     *
     * @return the ranked combined outages
     */
    public List<OutageResult> combined() {
        return outages.stream().filter(r -> !r.outage().singlePlant()
                && !r.outage().singleLink()).sorted(BY_IMPACT).toList();
    }
}
