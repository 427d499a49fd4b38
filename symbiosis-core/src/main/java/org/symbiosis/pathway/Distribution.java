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

    double sample(SplittableRandom random);

    double typical();

    double low();

    double high();

    /** Whether it is uncertain at all. */
    default boolean uncertain() {
        return !(this instanceof Fixed);
    }

    /** The 95th percentile of the standard normal. */
    double Z95 = 1.6448536269514722;

    record Fixed(double value) implements Distribution {
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

    record Uniform(double min, double max) implements Distribution {
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

    record Triangular(double min, double mode, double max) implements Distribution {
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

    record Normal(double mean, double sd) implements Distribution {
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

    /** exp(N(mu, sigma)): {@code mu} and {@code sigma} of the logarithm. */
    record LogNormal(double mu, double sigma) implements Distribution {
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

    /** A standard normal deviate (Box-Muller, one of the pair), from two uniforms. */
    static double gaussian(SplittableRandom random) {
        double u1 = 1 - random.nextDouble();
        double u2 = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }
}
