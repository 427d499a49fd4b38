package org.symbiosis.model;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * An edge of the park: an exchange of one carrier from one plant to another. Several links may
 * join the same two plants.
 *
 * @param id          unique in the park
 * @param from        the source plant
 * @param to          the target plant
 * @param carrier     what flows
 * @param rule        push share or pull cover (simulate engine)
 * @param capacity    maximum flow per year, in the carrier's unit; {@code +Infinity} for unlimited
 * @param loss        fraction of the flow lost on the way, in [0, 1); a loss is released at the
 *                    source's side of the link
 * @param costPerUnit cost per unit carried
 * @param distanceKm  length of the link in km (0 if unknown)
 * @param status      existing or candidate
 * @param symbiosis   whether the exchange counts as symbiosis: the baseline ("without symbiosis")
 *                    switches these links off; utility supplies (captive power) keep running
 * @param note        free text, typically the source of the numbers
 * @param transportFactor emissions of carrying the flow over the link's distance, t CO2e per
 *                    t·km (a road or barge leg between two sites; 0 for a pipe or a wire, or
 *                    when not counted). Booked in the receiving plant's scope 3 category 4:
 *                    {@code flow x distanceKm x transportFactor x t per unit}
 */
public record Link(LinkId id, PlantId from, PlantId to, CarrierId carrier, LinkRule rule,
        double capacity, double loss, double costPerUnit, double distanceKm, LinkStatus status,
        boolean symbiosis, String note, double transportFactor) {

    /**
     * Checks the link and fills in defaults: {@link LinkStatus#EXISTING} for a null status, an
     * empty note for null. Whether its plants and carrier exist, and whether the shares out of a
     * plant add up to 1 or less, is checked when the park is built.
     *
     * @param id          unique in the park
     * @param from        the source plant
     * @param to          the target plant, not the source
     * @param carrier     what flows
     * @param rule        push share or pull cover
     * @param capacity    maximum flow per year, in the carrier's unit; not negative,
     *                    {@code +Infinity} for unlimited
     * @param loss        fraction of the flow lost on the way, in [0, 1)
     * @param costPerUnit cost per unit carried; finite
     * @param distanceKm  length of the link in km; finite, not negative
     * @param status      existing or candidate; null for existing
     * @param symbiosis   whether the baseline ("without symbiosis") switches the link off
     * @param note        free text; null for none
     * @param transportFactor t CO2e per t·km over the distance; finite, not negative
     * @throws NullPointerException  if the id, a plant, the carrier or the rule is null
     * @throws InvalidValueException if the link goes from a plant to itself, the capacity is
     *                               negative or NaN, the loss is outside [0, 1), the cost is not
     *                               finite, or the distance or transport factor is negative or
     *                               not finite
     */
    public Link {
        // The checks' messages are made only when a value is wrong: a park's link table makes
        // a link each time one is asked for.
        if (id == null || from == null || to == null || carrier == null || rule == null
                || from.equals(to) || Double.isNaN(capacity) || capacity < 0
                || !(loss >= 0 && loss < 1) || !Double.isFinite(costPerUnit)
                || !(distanceKm >= 0 && Double.isFinite(distanceKm))
                || !(transportFactor >= 0 && Double.isFinite(transportFactor))) {
            check(id, from, to, carrier, rule, capacity, loss, costPerUnit, distanceKm,
                    transportFactor);
        }
        status = status == null ? LinkStatus.EXISTING : status;
        note = note == null ? "" : note;
    }

    /** Throws, naming the link, the value and the fix, for the first value that is wrong. */
    private static void check(LinkId id, PlantId from, PlantId to, CarrierId carrier,
            LinkRule rule, double capacity, double loss, double costPerUnit, double distanceKm,
            double transportFactor) {
        checkNotNull(id, "A link needs an id.");
        String element = "link '" + id + "'";
        checkNotNull(from, "The %s needs a source plant ('from').", element);
        checkNotNull(to, "The %s needs a target plant ('to').", element);
        checkNotNull(carrier, "The %s needs a carrier.", element);
        Checks.require(element, !from.equals(to), "The %s goes from plant '%s' to itself: an exchange"
                + " inside a plant is a process input, not a link.", element, from);
        checkNotNull(rule, "The %s needs a rule: a push share or a pull cover.", element);
        Checks.capacity(capacity, element);
        if (!(loss >= 0 && loss < 1)) {
            throw new InvalidValueException(element, String.valueOf(loss), String.format(
                    "The loss (%s) of %s must be at least 0 and below 1: it is the fraction of"
                            + " the flow lost on the way.", loss, element));
        }
        Checks.finite(costPerUnit, "cost per unit", element);
        Checks.nonNegativeFinite(distanceKm, "distance (km)", element);
        Checks.nonNegativeFinite(transportFactor, "transport factor (t CO2e per t·km)", element);
    }

    /**
     * A link whose transport emissions are not counted (a pipe, a wire, or not known).
     *
     * @param id          unique in the park
     * @param from        the source plant
     * @param to          the target plant, not the source
     * @param carrier     what flows
     * @param rule        push share or pull cover
     * @param capacity    maximum flow per year, carrier unit; {@code +Infinity} for unlimited
     * @param loss        fraction of the flow lost on the way, in [0, 1)
     * @param costPerUnit cost per unit carried; finite
     * @param distanceKm  length of the link in km; finite, not negative
     * @param status      existing or candidate; null for existing
     * @param symbiosis   whether the baseline ("without symbiosis") switches the link off
     * @param note        free text; null for none
     * @throws NullPointerException  if the id, a plant, the carrier or the rule is null
     * @throws InvalidValueException as the canonical constructor
     */
    public Link(LinkId id, PlantId from, PlantId to, CarrierId carrier, LinkRule rule,
            double capacity, double loss, double costPerUnit, double distanceKm,
            LinkStatus status, boolean symbiosis, String note) {
        this(id, from, to, carrier, rule, capacity, loss, costPerUnit, distanceKm, status,
                symbiosis, note, 0);
    }

    /**
     * Transport emissions per unit that leaves the source, t CO2e.
     *
     * @param tonnesPerUnit the carrier's mass per unit, t ({@link Carrier#massPerUnit()})
     * @return {@code distanceKm x transportFactor x tonnesPerUnit}
     */
    public double transportPerUnit(double tonnesPerUnit) {
        return transportFactor == 0 ? 0 : distanceKm * transportFactor * tonnesPerUnit;
    }

    /**
     * This link with another transport factor.
     *
     * @param newFactor t CO2e per t·km over the link's distance; 0 for none
     * @return the changed link
     * @throws InvalidValueException if it is negative or not finite
     */
    public Link withTransportFactor(double newFactor) {
        return new Link(id, from, to, carrier, rule, capacity, loss, costPerUnit, distanceKm,
                status, symbiosis, note, newFactor);
    }

    /**
     * An existing, lossless, unlimited symbiosis link that pushes {@code share}, at no cost.
     *
     * @param id      the link id
     * @param from    the source plant's id
     * @param to      the target plant's id
     * @param carrier the carrier's id
     * @param share   the fraction of what the source has of the carrier that the link carries,
     *                in [0, 1]
     * @return the link
     * @throws InvalidValueException if an id is not valid, the plants are the same or the share
     *                               is outside [0, 1]
     */
    public static Link push(String id, String from, String to, String carrier, double share) {
        return new Link(LinkId.of(id), PlantId.of(from), PlantId.of(to), CarrierId.of(carrier),
                LinkRule.push(share), Double.POSITIVE_INFINITY, 0, 0, 0, LinkStatus.EXISTING, true,
                "");
    }

    /**
     * An existing, lossless, unlimited symbiosis link that covers {@code cover} of the need, at
     * no cost.
     *
     * @param id      the link id
     * @param from    the source plant's id
     * @param to      the target plant's id
     * @param carrier the carrier's id
     * @param cover   the fraction of what the target needs of the carrier that the link
     *                delivers, in [0, 1]
     * @return the link
     * @throws InvalidValueException if an id is not valid, the plants are the same or the cover
     *                               is outside [0, 1]
     */
    public static Link pull(String id, String from, String to, String carrier, double cover) {
        return new Link(LinkId.of(id), PlantId.of(from), PlantId.of(to), CarrierId.of(carrier),
                LinkRule.pull(cover), Double.POSITIVE_INFINITY, 0, 0, 0, LinkStatus.EXISTING, true,
                "");
    }

    /**
     * This link with another capacity.
     *
     * @param newCapacity maximum flow per year, in the carrier's unit; {@code +Infinity} for
     *                    unlimited
     * @return the changed link
     * @throws InvalidValueException if it is negative or NaN
     */
    public Link withCapacity(double newCapacity) {
        return new Link(id, from, to, carrier, rule, newCapacity, loss, costPerUnit, distanceKm,
                status, symbiosis, note, transportFactor);
    }

    /**
     * This link with another loss.
     *
     * @param newLoss fraction of the flow lost on the way, in [0, 1)
     * @return the changed link
     * @throws InvalidValueException if it is outside [0, 1)
     */
    public Link withLoss(double newLoss) {
        return new Link(id, from, to, carrier, rule, capacity, newLoss, costPerUnit, distanceKm,
                status, symbiosis, note, transportFactor);
    }

    /**
     * This link with another transport cost and length.
     *
     * @param newCostPerUnit cost per unit carried; finite
     * @param newDistanceKm  length in km; finite, not negative
     * @return the changed link
     * @throws InvalidValueException if the cost is not finite, or the distance is negative or
     *                               not finite
     */
    public Link withCost(double newCostPerUnit, double newDistanceKm) {
        return new Link(id, from, to, carrier, rule, capacity, loss, newCostPerUnit, newDistanceKm,
                status, symbiosis, note, transportFactor);
    }

    /**
     * This link with another status.
     *
     * @param newStatus existing, or candidate (only the optimise engine routes flow over it);
     *                  null for existing
     * @return the changed link
     */
    public Link withStatus(LinkStatus newStatus) {
        return new Link(id, from, to, carrier, rule, capacity, loss, costPerUnit, distanceKm,
                newStatus, symbiosis, note, transportFactor);
    }

    /**
     * This link counted as symbiosis or not.
     *
     * @param newSymbiosis true if the baseline ("without symbiosis") switches it off; false for
     *                     a utility supply, such as captive power, that runs either way
     * @return the changed link
     */
    public Link withSymbiosis(boolean newSymbiosis) {
        return new Link(id, from, to, carrier, rule, capacity, loss, costPerUnit, distanceKm,
                status, newSymbiosis, note, transportFactor);
    }

    /**
     * This link with another rule.
     *
     * @param newRule push or pull, with its share
     * @return the changed link
     */
    public Link withRule(LinkRule newRule) {
        return new Link(id, from, to, carrier, newRule, capacity, loss, costPerUnit, distanceKm,
                status, symbiosis, note, transportFactor);
    }

    /**
     * This link with another share (a push link's share of the source's output, a pull link's
     * cover of the target's need), keeping the kind of rule.
     *
     * @param fraction between 0 and 1
     * @return the changed link
     */
    public Link withShare(double fraction) {
        return withRule(rule instanceof LinkRule.Push ? LinkRule.push(fraction)
                : LinkRule.pull(fraction));
    }

    /**
     * This link with another note.
     *
     * @param text the note
     * @return the changed link
     */
    public Link withNote(String text) {
        return new Link(id, from, to, carrier, rule, capacity, loss, costPerUnit, distanceKm,
                status, symbiosis, text, transportFactor);
    }
}
