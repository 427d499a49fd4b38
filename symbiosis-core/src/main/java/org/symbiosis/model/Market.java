package org.symbiosis.model;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The boundary of the park for one carrier: whether it can be bought, sold or released, and on
 * what terms. Any plant of the park may use the market.
 *
 * @param carrier  the carrier
 * @param buy      purchase terms, if the carrier can be bought
 * @param sell     sale terms, if the carrier can be sold
 * @param disposal release route, if the carrier may be released
 * @param note     free text, typically the source of the numbers
 */
public record Market(CarrierId carrier, Optional<Purchase> buy, Optional<Sale> sell,
        Optional<Disposal> disposal, String note) {

    public Market {
        checkNotNull(carrier, "A market needs a carrier.");
        buy = buy == null ? Optional.empty() : buy;
        sell = sell == null ? Optional.empty() : sell;
        disposal = disposal == null ? Optional.empty() : disposal;
        Checks.require("market '" + carrier + "'", buy.isPresent() || sell.isPresent() || disposal.isPresent(),
                "The market for '%s' offers nothing: give it 'buy', 'sell' or 'disposal'.",
                carrier);
        note = note == null ? "" : note;
    }

    public static Market buy(String carrier, double price, double emissionFactor) {
        return new Market(CarrierId.of(carrier), Optional.of(new Purchase(price, emissionFactor)),
                Optional.empty(), Optional.empty(), "");
    }

    public static Market sell(String carrier, double price, double displacedFactor) {
        return new Market(CarrierId.of(carrier), Optional.empty(),
                Optional.of(new Sale(price, displacedFactor)), Optional.empty(), "");
    }

    public static Market disposal(String carrier, DisposalKind kind, double costPerUnit) {
        return new Market(CarrierId.of(carrier), Optional.empty(), Optional.empty(),
                Optional.of(new Disposal(kind, costPerUnit)), "");
    }

    public Market withBuy(double price, double emissionFactor) {
        return new Market(carrier, Optional.of(new Purchase(price, emissionFactor)), sell,
                disposal, note);
    }

    public Market withSell(double price, double displacedFactor) {
        return new Market(carrier, buy, Optional.of(new Sale(price, displacedFactor)), disposal,
                note);
    }

    /**
     * This market with other purchase terms.
     *
     * @param purchase the terms, or null for a market that does not sell to the park
     * @return the changed market
     */
    public Market withPurchase(Purchase purchase) {
        return new Market(carrier, Optional.ofNullable(purchase), sell, disposal, note);
    }

    /**
     * This market with another note.
     *
     * @param text the note
     * @return the changed market
     */
    public Market withNote(String text) {
        return new Market(carrier, buy, sell, disposal, text);
    }

    public Market withDisposal(DisposalKind kind, double costPerUnit) {
        return new Market(carrier, buy, sell, Optional.of(new Disposal(kind, costPerUnit)), note);
    }

    /** This market with its purchases all from {@code origin} (share 1, the others 0). */
    public Market withOnlyOrigin(String origin) {
        Purchase purchase = buy.orElseThrow(() -> new InvalidValueException("market '" + carrier + "'",
                origin, String.format("The market for '%s' does not sell, so it has no origin '%s'.", carrier,
                origin)));
        boolean known = purchase.origins().stream().anyMatch(o -> o.id().equals(origin));
        Checks.require("market '" + carrier + "'", known, "The market for '%s' has no origin '%s'; its origins are %s.",
                carrier, origin, purchase.origins().stream().map(Origin::id).toList());
        List<Origin> chosen = purchase.origins().stream().map(o -> o.withShare(
                o.id().equals(origin) ? 1 : 0)).toList();
        return new Market(carrier, Optional.of(new Purchase(purchase.price(),
                purchase.emissionFactor(), purchase.marketFactor(), chosen)), sell, disposal,
                note);
    }

    /**
     * Purchase terms. Without origins, every unit bought costs {@code price} and carries {@code
     * emissionFactor}. With origins, the park's purchases of the carrier are split over them: by
     * their shares (which add up to 1), or else filled in the order given up to each origin's
     * capacity; each origin has its own factor, price and transport leg.
     *
     * @param price          price per unit bought
     * @param emissionFactor t CO2e per unit bought: for electricity and heat the location-based
     *                       scope 2 factor; for fuels and materials the cradle-to-gate factor
     *                       (scope 3 category 3 or 1)
     * @param marketFactor   electricity and heat only: the contractual (market-based) scope 2
     *                       factor, t CO2e per unit; NaN when not given (then the location
     *                       factor)
     * @param origins        where the carrier comes from; empty for one anonymous origin
     */
    public record Purchase(double price, double emissionFactor, double marketFactor,
            List<Origin> origins) {
        public Purchase {
            Checks.finite(price, "buy price", "a market");
            Checks.finite(emissionFactor, "buy emission factor", "a market");
            if (!Double.isNaN(marketFactor)) {
                Checks.nonNegativeFinite(marketFactor, "market-based factor", "a market");
            }
            origins = List.copyOf(origins);
            Set<String> ids = new HashSet<>();
            for (Origin o : origins) {
                Checks.require("origin '" + o.id() + "'", ids.add(o.id()), "The origin '%s' of a market is given twice: give"
                        + " each origin its own id.", o.id());
            }
        }

        /**
         * These terms at another price.
         *
         * @param newPrice price per unit
         * @return the changed terms
         */
        public Purchase withPrice(double newPrice) {
            return new Purchase(newPrice, emissionFactor, marketFactor, origins);
        }

        /**
         * These terms with another emission factor (the location-based factor, or the upstream
         * factor of a material or fuel without origins).
         *
         * @param newFactor t CO2e per unit
         * @return the changed terms
         */
        public Purchase withEmissionFactor(double newFactor) {
            return new Purchase(price, newFactor, marketFactor, origins);
        }

        /**
         * These terms with another market-based factor.
         *
         * @param newFactor t CO2e per unit, or NaN for the emission factor
         * @return the changed terms
         */
        public Purchase withMarketFactor(double newFactor) {
            return new Purchase(price, emissionFactor, newFactor, origins);
        }

        /**
         * These terms with other origins.
         *
         * @param newOrigins the origins; their shares add up to 1 unless capacities set them
         * @return the changed terms
         */
        public Purchase withOrigins(List<Origin> newOrigins) {
            return new Purchase(price, emissionFactor, marketFactor, newOrigins);
        }

        /**
         * What is wrong with the origins' shares (some with a share and some without, or shares
         * that do not add up to 1), or null. Checked when the park is built, so that a scenario
         * may change one share at a time.
         */
        public String sharesProblem() {
            int withShare = 0;
            double shares = 0;
            for (Origin o : origins) {
                if (!Double.isNaN(o.share())) {
                    withShare++;
                    shares += o.share();
                }
            }
            if (withShare != 0 && withShare != origins.size()) {
                return String.format(java.util.Locale.ROOT, "either every origin has a 'share'"
                        + " or none has (they are then filled in order up to their capacities);"
                        + " %d of %d have one", withShare, origins.size());
            }
            for (Origin o : origins) {
                if (!Double.isNaN(o.share()) && Double.isFinite(o.capacity())) {
                    return String.format(java.util.Locale.ROOT, "the origin '%s' has both a"
                            + " share and a capacity; a capacity applies only to origins filled"
                            + " in order (without shares)", o.id());
                }
            }
            if (withShare > 0 && Math.abs(shares - 1) > 1e-9) {
                return String.format(java.util.Locale.ROOT, "the shares of its origins add up to"
                        + " %s; they must add up to 1", shares);
            }
            return null;
        }

        public Purchase(double price, double emissionFactor) {
            this(price, emissionFactor, Double.NaN, List.of());
        }

        /** The market-based scope 2 factor: as given, else the location-based one. */
        public double marketBasedFactor() {
            return Double.isNaN(marketFactor) ? emissionFactor : marketFactor;
        }

        /** Whether origins are filled by shares (else in order up to their capacities). */
        public boolean byShares() {
            return !origins.isEmpty() && !Double.isNaN(origins.get(0).share());
        }

        /**
         * How a total purchase of {@code total} units splits over the origins: by shares, or
         * filled in order up to each capacity. Returns null when the capacities cannot take it.
         */
        public double[] split(double total) {
            double[] amounts = new double[origins.size()];
            if (byShares()) {
                for (int j = 0; j < amounts.length; j++) {
                    amounts[j] = origins.get(j).share() * total;
                }
                return amounts;
            }
            double left = total;
            for (int j = 0; j < amounts.length && left > 0; j++) {
                amounts[j] = Math.min(left, origins.get(j).capacity());
                left -= amounts[j];
            }
            return left > Park.TOLERANCE * Math.max(1, total) ? null : amounts;
        }
    }

    /**
     * One source of a purchased carrier.
     *
     * @param id        unique in its market, e.g. {@code grey-gladstone}
     * @param factor    cradle-to-gate emissions, t CO2e per unit, before transport to the park
     * @param price     price per unit delivered; NaN for the market's buy price
     * @param share     the share of the park's purchases that comes from here; NaN when the
     *                  origins are filled in order up to their capacities instead
     * @param capacity  the most it can supply per year (carrier unit); +Infinity for no limit
     * @param transport the leg to the park, if counted
     * @param note      free text, typically the source of the numbers
     */
    public record Origin(String id, double factor, double price, double share, double capacity,
            Optional<Transport> transport, String note) {
        public Origin {
            Checks.text(id, "id", "an origin of a market");
            String element = "origin '" + id + "'";
            Checks.nonNegativeFinite(factor, "factor (t CO2e per unit)", element);
            if (!Double.isNaN(price)) {
                Checks.finite(price, "price", element);
            }
            if (!Double.isNaN(share)) {
                Checks.fraction(share, "share", element, ": the shares of a market's origins add"
                        + " up to 1");
            }
            Checks.capacity(capacity, element);
            transport = transport == null ? Optional.empty() : transport;
            note = note == null ? "" : note;
        }

        public static Origin of(String id, double factor, double share) {
            return new Origin(id, factor, Double.NaN, share, Double.POSITIVE_INFINITY,
                    Optional.empty(), "");
        }

        /**
         * This origin with another upstream factor.
         *
         * @param newFactor t CO2e per unit at the origin's gate
         * @return the changed origin
         */
        public Origin withFactor(double newFactor) {
            return new Origin(id, newFactor, price, share, capacity, transport, note);
        }

        public Origin withShare(double newShare) {
            return new Origin(id, factor, price, newShare, capacity, transport, note);
        }

        public Origin withPrice(double newPrice) {
            return new Origin(id, factor, newPrice, share, capacity, transport, note);
        }

        public Origin withCapacity(double newCapacity) {
            return new Origin(id, factor, price, Double.NaN, newCapacity, transport, note);
        }

        public Origin withTransport(Transport leg) {
            return new Origin(id, factor, price, share, capacity, Optional.of(leg), note);
        }

        /** Transport emissions per unit delivered, t CO2e, given the carrier's mass per unit. */
        public double transportPerUnit(double tonnesPerUnit) {
            return transport.map(t -> t.km() * t.factor() * tonnesPerUnit).orElse(0.0);
        }
    }

    /**
     * A transport leg from an origin to the park.
     *
     * @param mode   a label such as {@code bulk-supramax} or {@code vlgc}
     * @param km     distance, km
     * @param factor the mode's emissions, t CO2e per t·km (5.4 g/t·km is 5.4e-6)
     */
    public record Transport(String mode, double km, double factor) {
        public Transport {
            Checks.text(mode, "mode", "a transport leg");
            Checks.nonNegativeFinite(km, "distance (km)", "transport leg '" + mode + "'");
            Checks.nonNegativeFinite(factor, "factor (t CO2e per t·km)", "transport leg '"
                    + mode + "'");
        }
    }

    /**
     * @param price           price per unit sold
     * @param displacedFactor emissions avoided outside the park per unit sold, t CO2e (reported
     *                        apart, never netted)
     */
    public record Sale(double price, double displacedFactor) {
        public Sale {
            Checks.finite(price, "sell price", "a market");
            Checks.finite(displacedFactor, "displaced emission factor", "a market");
        }
    }

    /**
     * @param kind        where releases go
     * @param costPerUnit cost per unit released (a landfill gate fee, a storage tariff)
     */
    public record Disposal(DisposalKind kind, double costPerUnit) {
        public Disposal {
            checkNotNull(kind, "A disposal route needs a kind: air, water, landfill or storage.");
            Checks.finite(costPerUnit, "disposal cost", "a market");
        }
    }
}
