package org.symbiosis.model;

/**
 * How the simulate engine sets a link's flow.
 *
 * <ul>
 *   <li>{@link Push}: the link carries {@code share} of what its source has of the carrier (what
 *       the source's processes produce plus what it receives).</li>
 *   <li>{@link Pull}: the link delivers {@code cover} of what its target needs of the carrier
 *       (what the target's processes consume plus what pull links draw from the target); it
 *       carries {@code cover * need / (1 - loss)} so that the delivered amount covers the need.</li>
 * </ul>
 */
public sealed interface LinkRule permits LinkRule.Push, LinkRule.Pull {

    /**
     * The share or cover.
     *
     * @return the push share or the pull cover, in [0, 1]
     */
    double fraction();

    /**
     * A push rule.
     *
     * @param share the fraction of what the source has of the carrier that the link carries
     * @return the rule
     * @throws InvalidValueException if the share is outside [0, 1] or NaN
     */
    static Push push(double share) {
        return new Push(share);
    }

    /**
     * A pull rule.
     *
     * @param cover the fraction of what the target needs of the carrier that the link delivers
     * @return the rule
     * @throws InvalidValueException if the cover is outside [0, 1] or NaN
     */
    static Pull pull(double cover) {
        return new Pull(cover);
    }

    /**
     * The link carries {@code share} of what its source has of the carrier: what the source's
     * processes produce plus what it receives.
     *
     * @param share the fraction carried, in [0, 1]
     */
    record Push(double share) implements LinkRule {
        /**
         * Checks the share.
         *
         * @param share the fraction carried, in [0, 1]
         * @throws InvalidValueException if it is outside [0, 1] or NaN
         */
        public Push {
            Checks.fraction(share, "push share", "a link",
                    ": it is the fraction of what the source has that the link carries");
        }

        @Override
        public double fraction() {
            return share;
        }
    }

    /**
     * The link delivers {@code cover} of what its target needs of the carrier: what the target's
     * processes consume plus what pull links draw from it. The source sends
     * {@code cover * need / (1 - loss)}.
     *
     * @param cover the fraction of the need delivered, in [0, 1]
     */
    record Pull(double cover) implements LinkRule {
        /**
         * Checks the cover.
         *
         * @param cover the fraction of the need delivered, in [0, 1]
         * @throws InvalidValueException if it is outside [0, 1] or NaN
         */
        public Pull {
            Checks.fraction(cover, "pull cover", "a link",
                    ": it is the fraction of the target's need that the link covers");
        }

        @Override
        public double fraction() {
            return cover;
        }
    }
}
