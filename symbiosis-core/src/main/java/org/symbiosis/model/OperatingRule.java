package org.symbiosis.model;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * How a process decides its activity in the simulate engine.
 *
 * <ul>
 *   <li>{@link Fixed}: a given activity per year.</li>
 *   <li>{@link FollowsInput}: runs on whatever of one input carrier its plant has (produced there
 *       by other processes or received), less what push links send away.</li>
 *   <li>{@link MeetsDemand}: produces what its plant needs of one output carrier: what the plant's
 *       other processes consume and what pull links draw from the plant.</li>
 * </ul>
 * The optimise engine ignores the rule except {@link Fixed}, which stays fixed.
 */
public sealed interface OperatingRule
        permits OperatingRule.Fixed, OperatingRule.FollowsInput, OperatingRule.MeetsDemand {

    /**
     * A fixed activity.
     *
     * @param activity units of the reference flow per year; finite, not negative
     * @return the rule
     * @throws InvalidValueException if the activity is negative or not finite
     */
    static Fixed fixed(double activity) {
        return new Fixed(activity);
    }

    /**
     * A rule that runs on what the plant has of an input.
     *
     * @param carrier the id of the input carrier to follow
     * @return the rule
     * @throws InvalidValueException if the id is not valid
     */
    static FollowsInput follows(String carrier) {
        return new FollowsInput(CarrierId.of(carrier));
    }

    /**
     * A rule that meets the plant's demand for an output.
     *
     * @param carrier the id of the output carrier whose demand to meet
     * @return the rule
     * @throws InvalidValueException if the id is not valid
     */
    static MeetsDemand meets(String carrier) {
        return new MeetsDemand(CarrierId.of(carrier));
    }

    /**
     * A fixed activity, in units of the reference flow per year.
     *
     * @param activity units of the reference flow per year; at most the process's capacity
     */
    record Fixed(double activity) implements OperatingRule {
        /**
         * Checks the activity. Whether it is within the capacity is checked by the process.
         *
         * @param activity units of the reference flow per year; finite, not negative
         * @throws InvalidValueException if it is negative or not finite
         */
        public Fixed {
            Checks.nonNegativeFinite(activity, "fixed activity", "a process rule");
        }
    }

    /**
     * Runs on what the plant has of {@code carrier}, which must be an input of the process.
     *
     * @param carrier the input carrier followed
     */
    record FollowsInput(CarrierId carrier) implements OperatingRule {
        /**
         * Checks that the carrier is given; that it is an input is checked by the process.
         *
         * @param carrier the input carrier followed
         * @throws NullPointerException if {@code carrier} is null
         */
        public FollowsInput {
            checkNotNull(carrier, "A 'follows' rule needs the input carrier it follows.");
        }
    }

    /**
     * Meets the plant's demand for {@code carrier}, which must be an output of the process.
     *
     * @param carrier the output carrier whose demand is met
     */
    record MeetsDemand(CarrierId carrier) implements OperatingRule {
        /**
         * Checks that the carrier is given; that it is an output is checked by the process.
         *
         * @param carrier the output carrier whose demand is met
         * @throws NullPointerException if {@code carrier} is null
         */
        public MeetsDemand {
            checkNotNull(carrier, "A 'meets' rule needs the output carrier whose demand it meets.");
        }
    }
}
