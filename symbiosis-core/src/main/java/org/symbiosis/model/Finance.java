package org.symbiosis.model;

/**
 * How the park's money is counted.
 *
 * @param discountRate real discount rate for annualising capital, in [0, 1) (0.03 for 3 %)
 * @param currency     the currency of every price and cost in the file, e.g. {@code USD}
 */
public record Finance(double discountRate, String currency) {

    /** 3 % (the central case of METI's power-cost appraisals) in an unnamed currency. */
    public static final Finance DEFAULT = new Finance(0.03, "currency");

    /**
     * Checks the discount rate and names a missing currency {@code currency}.
     *
     * @param discountRate real discount rate, in [0, 1)
     * @param currency     the currency of every price and cost, e.g. {@code USD}; null or blank
     *                     for the unnamed {@code currency}
     * @throws InvalidValueException if the discount rate is negative, 1 or more, or NaN
     */
    public Finance {
        if (!(discountRate >= 0 && discountRate < 1)) {
            throw new InvalidValueException("finance", String.valueOf(discountRate),
                    String.format("The discount rate (%s) must be at"
                    + " least 0 and below 1: write 0.03 for 3 %%.", discountRate));
        }
        currency = currency == null || currency.isBlank() ? "currency" : currency;
    }

    /**
     * These conventions with another discount rate.
     *
     * @param newDiscountRate real discount rate, in [0, 1)
     * @return the changed conventions
     * @throws InvalidValueException if it is negative, 1 or more, or NaN
     */
    public Finance withDiscountRate(double newDiscountRate) {
        return new Finance(newDiscountRate, currency);
    }

    /**
     * These conventions in another currency (no amount is converted).
     *
     * @param newCurrency the currency of every price and cost; null or blank for the unnamed
     *                    {@code currency}
     * @return the changed conventions
     */
    public Finance withCurrency(String newCurrency) {
        return new Finance(discountRate, newCurrency);
    }
}
