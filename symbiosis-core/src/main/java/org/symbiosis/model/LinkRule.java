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

    /** The share or cover, in [0, 1]. */
    double fraction();

    static Push push(double share) {
        return new Push(share);
    }

    static Pull pull(double cover) {
        return new Pull(cover);
    }

    record Push(double share) implements LinkRule {
        public Push {
            Checks.fraction(share, "push share", "a link",
                    ": it is the fraction of what the source has that the link carries");
        }

        @Override
        public double fraction() {
            return share;
        }
    }

    record Pull(double cover) implements LinkRule {
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
