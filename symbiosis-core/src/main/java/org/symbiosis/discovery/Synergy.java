package org.symbiosis.discovery;

import org.symbiosis.model.CarrierId;
import org.symbiosis.model.PlantId;

/**
 * A proposed link: {@code amount} of a carrier that plant {@code from} releases or sells, sent
 * to plant {@code to}, which buys it (or a carrier it replaces). A first-order estimate from the
 * simulated park, each candidate on its own (candidates that share a supply or a need compete;
 * {@code plan} decides between them).
 *
 * @param from             the plant that has the carrier
 * @param to               the plant that buys it, or what it replaces
 * @param offered          the carrier the link would carry
 * @param replaced         the carrier whose purchase it replaces ({@code offered} itself unless
 *                         a substitution)
 * @param amount           units of {@code offered} per year: the smaller of what {@code from}
 *                         releases and sells and what {@code to} buys (over the ratio)
 * @param fromReleased     of the amount, what {@code from} released (the rest it sold)
 * @param distanceKm       haversine distance between the plants, km; NaN when either has no
 *                         location
 * @param avoidedLifecycle life-cycle emissions avoided, t CO2e per year: the purchases replaced
 *                         x their life-cycle factor, plus the releases to air avoided x GWP
 * @param transportCost    the link's rough cost per unit carried (distance x the rate per unit
 *                         and km); NaN when the distance is unknown
 * @param costChange       rough change in the park's cost per year: transport, plus the sales
 *                         given up, minus the purchases and disposal saved; NaN when the
 *                         distance is unknown
 * @param share            the push share of what {@code from} has of {@code offered} that the
 *                         written link pushes: {@code shareAlone}, or less where several
 *                         candidates split one supply (their shares, with the plant's push
 *                         links of the carrier, add up to at most 1)
 * @param shareAlone       the push share that carries the amount, the candidate on its own
 *                         (at most 1 less the plant's push shares of the carrier)
 */
public record Synergy(PlantId from, PlantId to, CarrierId offered, CarrierId replaced,
        double amount, double fromReleased, double distanceKm, double avoidedLifecycle,
        double transportCost, double costChange, double share, double shareAlone) {

    /**
     * The same candidate with another push share.
     *
     * @param newShare the push share the written link pushes
     * @return a new synergy; this one is unchanged
     */
    public Synergy withShare(double newShare) {
        return new Synergy(from, to, offered, replaced, amount, fromReleased, distanceKm,
                avoidedLifecycle, transportCost, costChange, newShare, shareAlone);
    }

    /**
     * Whether the link replaces a different carrier (a declared substitution).
     *
     * @return true for a substitution
     */
    public boolean substitution() {
        return !offered.equals(replaced);
    }

    /**
     * The id of the candidate link.
     *
     * @return {@code new-FROM-TO-CARRIER}
     */
    public String linkId() {
        return "new-" + from.value() + "-" + to.value() + "-" + offered.value();
    }
}
