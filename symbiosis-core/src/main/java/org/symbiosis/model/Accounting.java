package org.symbiosis.model;

import java.util.Locale;

/**
 * Park-wide accounting conventions.
 *
 * @param ccuEmitterShare who books the recycled carbon of a CCU product that the park sells (a
 *                        fuel such as e-methane, made from captured CO2, to be burned by a
 *                        customer): the share credited to the park as the emitter that
 *                        captured it, in [0, 1]. At 1 ({@code emitter}) the park's scope 1
 *                        does not count that CO2, and it appears downstream (category 11 or
 *                        12) as the user's emission; at 0 ({@code user}) the user claims it as
 *                        carbon-neutral and the park books it in scope 1. Each tonne is
 *                        credited once under any share.
 */
public record Accounting(double ccuEmitterShare) {

    /** The default: the emitter books the CCU credit. */
    public static final Accounting DEFAULT = new Accounting(1);

    /**
     * Checks the share.
     *
     * @param ccuEmitterShare the emitter's share of the CCU credit, in [0, 1]: 1 for
     *                        {@code emitter}, 0 for {@code user}
     * @throws InvalidValueException if the share is outside [0, 1] or NaN
     */
    public Accounting {
        Checks.fraction(ccuEmitterShare, "CCU attribution share", "the park's accounting",
                ": write \"emitter\" (1), \"user\" (0) or the emitter's share");
    }


    /**
     * These conventions with another share of the CCU credit to the emitter.
     *
     * @param newCcuEmitterShare the emitter's share of the CCU credit, in [0, 1]
     * @return the changed conventions
     * @throws InvalidValueException if it is outside [0, 1] or NaN
     */
    public Accounting withCcuEmitterShare(double newCcuEmitterShare) {
        return new Accounting(newCcuEmitterShare);
    }
    /**
     * The attribution as a report shows it.
     *
     * @return {@code emitter} for a share of 1, {@code user} for 0, else the emitter's share to
     *         three significant figures, e.g. {@code 0.500 to the emitter}
     */
    public String ccuLabel() {
        return ccuEmitterShare == 1 ? "emitter" : ccuEmitterShare == 0 ? "user"
                : String.format(Locale.ROOT, "%.3g to the emitter", ccuEmitterShare);
    }
}
