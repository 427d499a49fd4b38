package org.symbiosis.pathway;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.SplittableRandom;

/**
 * An uncertain number: fixed, uniform, triangular, normal or lognormal. {@link #typical()} is
 * the value used in the deterministic run (the mode, or the mean for uniform and normal, the
 * median for lognormal); {@link #low()} and {@link #high()} its 5th and 95th percentiles, used by
 * the tornado.
 */
public sealed interface Distribution permits Distribution.Fixed, Distribution.Uniform,
        Distribution.Triangular, Distribution.Normal, Distribution.LogNormal {

    /**
     * One draw. Not truncated: a normal may draw a value its number cannot take (a negative
     * capacity, say), and that year's park is then invalid.
     *
     * @param random the generator to draw from (one per sample, not shared between threads);
     *               advanced by the draw, except for a fixed number
     * @return the value drawn, in the unit of the number it stands for
     */
    double sample(SplittableRandom random);

    /**
     * The value of the deterministic run.
     *
     * @return the value for fixed, the mean for uniform and normal, the mode for triangular, the
     *         median {@code exp(mu)} for lognormal
     */
    double typical();

    /**
     * The 5th percentile, the low setting of the tornado.
     *
     * @return the 5th percentile (the value itself for fixed)
     */
    double low();

    /**
     * The 95th percentile, the high setting of the tornado.
     *
     * @return the 95th percentile (the value itself for fixed)
     */
    double high();

    /**
     * Whether it is uncertain at all.
     *
     * @return false for fixed; true for every other kind, even one without spread (a normal
     *         with sd 0), which the tornado then shows as a bar of no width
     */
    default boolean uncertain() {
        return !(this instanceof Fixed);
    }

    /** The 95th percentile of the standard normal. */
    double Z95 = 1.6448536269514722;

    /**
     * A number that is certain.
     *
     * @param value the number
     */
    record Fixed(double value) implements Distribution {
        /**
         * Checks the value.
         *
         * @param value the number
         * @throws IllegalArgumentException if it is not finite
         */
        public Fixed {
            checkArgument(Double.isFinite(value), "A value (%s) must be a finite number.", value);
        }

        public double sample(SplittableRandom random) {
            return value;
        }

        public double typical() {
            return value;
        }

        public double low() {
            return value;
        }

        public double high() {
            return value;
        }
    }

    /**
     * Every value from {@code min} to {@code max} equally likely.
     *
     * @param min the least value
     * @param max the greatest value, {@code min} or more
     */
    record Uniform(double min, double max) implements Distribution {
        /**
         * Checks the bounds.
         *
         * @param min the least value
         * @param max the greatest value
         * @throws IllegalArgumentException unless {@code min <= max} and {@code max - min} is
         *                                  finite
         */
        public Uniform {
            checkArgument(min <= max && Double.isFinite(max - min),
                    "A uniform distribution needs finite min (%s) <= max (%s).", min, max);
        }

        public double sample(SplittableRandom random) {
            return min + (max - min) * random.nextDouble();
        }

        public double typical() {
            return (min + max) / 2;
        }

        public double low() {
            return min + 0.05 * (max - min);
        }

        public double high() {
            return min + 0.95 * (max - min);
        }
    }

    /**
     * A triangle from {@code min} to {@code max} with its peak at {@code mode}.
     *
     * @param min  the least value
     * @param mode the most likely value, the typical one
     * @param max  the greatest value, more than {@code min}
     */
    record Triangular(double min, double mode, double max) implements Distribution {
        /**
         * Checks the corners.
         *
         * @param min  the least value
         * @param mode the most likely value
         * @param max  the greatest value
         * @throws IllegalArgumentException unless {@code min <= mode <= max}, {@code min < max}
         *                                  and {@code max - min} is finite
         */
        public Triangular {
            checkArgument(min <= mode && mode <= max && min < max && Double.isFinite(max - min),
                    "A triangular distribution needs finite min (%s) <= mode (%s) <= max (%s),"
                    + " min < max.", min, mode, max);
        }

        public double sample(SplittableRandom random) {
            return quantile(random.nextDouble());
        }

        double quantile(double u) {
            double f = (mode - min) / (max - min);
            return u < f ? min + Math.sqrt(u * (max - min) * (mode - min))
                    : max - Math.sqrt((1 - u) * (max - min) * (max - mode));
        }

        public double typical() {
            return mode;
        }

        public double low() {
            return quantile(0.05);
        }

        public double high() {
            return quantile(0.95);
        }
    }

    /**
     * A normal distribution, not truncated.
     *
     * @param mean the mean, the typical value
     * @param sd   the standard deviation, 0 or more
     */
    record Normal(double mean, double sd) implements Distribution {
        /**
         * Checks the parameters.
         *
         * @param mean the mean
         * @param sd   the standard deviation
         * @throws IllegalArgumentException unless the mean is finite, the sd finite and 0 or more,
         *                                  and the 5th and 95th percentiles finite
         */
        public Normal {
            checkArgument(sd >= 0 && Double.isFinite(mean) && Double.isFinite(sd)
                    && Double.isFinite(mean + Z95 * sd) && Double.isFinite(mean - Z95 * sd),
                    "A normal distribution needs a finite mean (%s) and a finite sd (%s) >= 0.",
                    mean, sd);
        }

        public double sample(SplittableRandom random) {
            return mean + sd * gaussian(random);
        }

        public double typical() {
            return mean;
        }

        public double low() {
            return mean - Z95 * sd;
        }

        public double high() {
            return mean + Z95 * sd;
        }
    }

    /**
     * exp(N(mu, sigma)): {@code mu} and {@code sigma} of the logarithm. Always positive.
     *
     * @param mu    the mean of the logarithm; {@code exp(mu)} is the median, the typical value
     * @param sigma the standard deviation of the logarithm, 0 or more
     */
    record LogNormal(double mu, double sigma) implements Distribution {
        /**
         * Checks the parameters.
         *
         * @param mu    the mean of the logarithm
         * @param sigma the standard deviation of the logarithm
         * @throws IllegalArgumentException unless mu is finite, sigma finite and 0 or more, and
         *                                  the 95th percentile {@code exp(mu + 1.645 sigma)}
         *                                  finite
         */
        public LogNormal {
            checkArgument(sigma >= 0 && Double.isFinite(mu) && Double.isFinite(sigma)
                    && Double.isFinite(Math.exp(mu + Z95 * sigma)), "A lognormal distribution"
                    + " needs a finite mu (%s) and a finite sigma (%s) >= 0 whose 95th percentile,"
                    + " exp(mu + 1.645 sigma), is a finite number (mu + 1.645 sigma below 709).",
                    mu, sigma);
        }

        public double sample(SplittableRandom random) {
            return Math.exp(mu + sigma * gaussian(random));
        }

        public double typical() {
            return Math.exp(mu);
        }

        public double low() {
            return Math.exp(mu - Z95 * sigma);
        }

        public double high() {
            return Math.exp(mu + Z95 * sigma);
        }
    }

    /**
     * A standard normal deviate (Box-Muller, one of the pair), from two uniforms.
     *
     * @param random the generator; two doubles are drawn from it
     * @return a draw of mean 0 and standard deviation 1
     */
    static double gaussian(SplittableRandom random) {
        double u1 = 1 - random.nextDouble();
        double u2 = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }
}
