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

    static Fixed fixed(double activity) {
        return new Fixed(activity);
    }

    static FollowsInput follows(String carrier) {
        return new FollowsInput(CarrierId.of(carrier));
    }

    static MeetsDemand meets(String carrier) {
        return new MeetsDemand(CarrierId.of(carrier));
    }

    /** A fixed activity, in units of the reference flow per year. */
    record Fixed(double activity) implements OperatingRule {
        public Fixed {
            Checks.nonNegativeFinite(activity, "fixed activity", "a process rule");
        }
    }

    /** Runs on what the plant has of {@code carrier}, which must be an input of the process. */
    record FollowsInput(CarrierId carrier) implements OperatingRule {
        public FollowsInput {
            checkNotNull(carrier, "A 'follows' rule needs the input carrier it follows.");
        }
    }

    /** Meets the plant's demand for {@code carrier}, which must be an output of the process. */
    record MeetsDemand(CarrierId carrier) implements OperatingRule {
        public MeetsDemand {
            checkNotNull(carrier, "A 'meets' rule needs the output carrier whose demand it meets.");
        }
    }
}
