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

    /**
     * Checks that the market offers something and turns null options into empty ones and a null
     * note into an empty text. Whether the carrier exists, and the shares of its origins, are
     * checked when the park is built.
     *
     * @param carrier  the carrier
     * @param buy      purchase terms; empty or null if the carrier cannot be bought
     * @param sell     sale terms; empty or null if it cannot be sold
     * @param disposal release route; empty or null if it may not be released
     * @param note     free text; null for none
     * @throws NullPointerException  if {@code carrier} is null
     * @throws InvalidValueException if none of {@code buy}, {@code sell} and {@code disposal} is
     *                               given
     */
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

    /**
     * A market where the park can only buy {@code carrier}, from one anonymous origin.
     *
     * @param carrier        the carrier id
     * @param price          price per unit bought
     * @param emissionFactor t CO2e per unit bought: the location-based scope 2 factor for
     *                       electricity and heat, cradle to gate for fuels and materials
     * @return the market
     * @throws InvalidValueException if the id is not valid or a number is NaN or infinite
     */
    public static Market buy(String carrier, double price, double emissionFactor) {
        return new Market(CarrierId.of(carrier), Optional.of(new Purchase(price, emissionFactor)),
                Optional.empty(), Optional.empty(), "");
    }

    /**
     * A market where the park can only sell {@code carrier}.
     *
     * @param carrier         the carrier id
     * @param price           price per unit sold
     * @param displacedFactor t CO2e avoided outside the park per unit sold (reported apart, never
     *                        netted)
     * @return the market
     * @throws InvalidValueException if the id is not valid or a number is NaN or infinite
     */
    public static Market sell(String carrier, double price, double displacedFactor) {
        return new Market(CarrierId.of(carrier), Optional.empty(),
                Optional.of(new Sale(price, displacedFactor)), Optional.empty(), "");
    }

    /**
     * A market where the park can only release {@code carrier}.
     *
     * @param carrier     the carrier id
     * @param kind        where releases go
     * @param costPerUnit cost per unit released (a landfill gate fee, a storage tariff)
     * @return the market
     * @throws NullPointerException  if {@code kind} is null
     * @throws InvalidValueException if the id is not valid or the cost is NaN or infinite
     */
    public static Market disposal(String carrier, DisposalKind kind, double costPerUnit) {
        return new Market(CarrierId.of(carrier), Optional.empty(), Optional.empty(),
                Optional.of(new Disposal(kind, costPerUnit)), "");
    }

    /**
     * This market with purchase terms of one anonymous origin, in place of any terms it had
     * (with their market-based factor and origins).
     *
     * @param price          price per unit bought
     * @param emissionFactor t CO2e per unit bought
     * @return the changed market
     * @throws InvalidValueException if a number is NaN or infinite
     */
    public Market withBuy(double price, double emissionFactor) {
        return new Market(carrier, Optional.of(new Purchase(price, emissionFactor)), sell,
                disposal, note);
    }

    /**
     * This market with other sale terms: another price and displaced factor, keeping any sale
     * limit and blending limit the market has.
     *
     * @param price           price per unit sold
     * @param displacedFactor t CO2e avoided outside the park per unit sold
     * @return the changed market
     * @throws InvalidValueException if a number is NaN or infinite
     */
    public Market withSell(double price, double displacedFactor) {
        Sale terms = sell.map(s -> s.withPrice(price).withDisplacedFactor(displacedFactor))
                .orElseGet(() -> new Sale(price, displacedFactor));
        return withSale(terms);
    }

    /**
     * This market with other sale terms.
     *
     * @param sale the terms, or null for a market that does not buy from the park
     * @return the changed market
     * @throws InvalidValueException if the market would then offer nothing
     */
    public Market withSale(Sale sale) {
        return new Market(carrier, buy, Optional.ofNullable(sale), disposal, note);
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

    /**
     * This market with another release route.
     *
     * @param kind        where releases go
     * @param costPerUnit cost per unit released
     * @return the changed market
     * @throws NullPointerException  if {@code kind} is null
     * @throws InvalidValueException if the cost is NaN or infinite
     */
    public Market withDisposal(DisposalKind kind, double costPerUnit) {
        return new Market(carrier, buy, sell, Optional.of(new Disposal(kind, costPerUnit)), note);
    }

    /**
     * This market with its purchases all from {@code origin} (share 1, the others 0).
     *
     * @param origin the id of one of the market's origins
     * @return the changed market
     * @throws InvalidValueException if the market does not sell the carrier or has no such
     *                               origin
     */
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
        /**
         * Checks the terms and copies the origins. The origins' shares are checked when the park
         * is built ({@link #sharesProblem()}).
         *
         * @param price          price per unit bought; finite
         * @param emissionFactor t CO2e per unit bought; finite
         * @param marketFactor   t CO2e per unit, finite and not negative; NaN when not given
         * @param origins        where the carrier comes from; empty for one anonymous origin
         * @throws NullPointerException  if {@code origins} or one of them is null
         * @throws InvalidValueException if the price or a factor is out of its range, or two
         *                               origins have the same id
         */
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
         * What is wrong with the origins' shares (some with a share and some without, an origin
         * with both a share and a capacity, or shares that do not add up to 1 within
         * {@link Park#TOLERANCE}), or null. Checked when the park is built, so that a scenario
         * may change one share at a time.
         *
         * @return the problem in lower case without a full stop, to follow the market's name in
         *         an error message; null if there is none
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

        /**
         * Terms of one anonymous origin, with no market-based factor.
         *
         * @param price          price per unit bought; finite
         * @param emissionFactor t CO2e per unit bought; finite
         * @throws InvalidValueException if either is NaN or infinite
         */
        public Purchase(double price, double emissionFactor) {
            this(price, emissionFactor, Double.NaN, List.of());
        }

        /**
         * The market-based scope 2 factor: as given, else the location-based one.
         *
         * @return t CO2e per unit bought
         */
        public double marketBasedFactor() {
            return Double.isNaN(marketFactor) ? emissionFactor : marketFactor;
        }

        /**
         * Whether origins are filled by shares (else in order up to their capacities).
         *
         * @return true if there are origins and they have shares
         */
        public boolean byShares() {
            return !origins.isEmpty() && !Double.isNaN(origins.get(0).share());
        }

        /**
         * How a total purchase of {@code total} units splits over the origins: by shares, or
         * filled in order up to each capacity. Returns null when the capacities cannot take it.
         * Meant for terms with origins: without any, a total above the tolerance gives null.
         *
         * @param total units the park buys per year, not negative
         * @return the units from each origin, in the order of {@link #origins()}; null if the
         *         origins' capacities add up to less than {@code total} (beyond
         *         {@link Park#TOLERANCE})
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
        /**
         * Checks the origin and turns a null transport into an empty one and a null note into an
         * empty text.
         *
         * @param id        unique in its market; not blank
         * @param factor    t CO2e per unit at the origin's gate; finite, not negative
         * @param price     price per unit delivered, finite; NaN for the market's buy price
         * @param share     the share of the park's purchases, in [0, 1]; NaN for an origin filled
         *                  in order
         * @param capacity  the most it supplies per year, carrier unit; not negative,
         *                  {@code +Infinity} for no limit
         * @param transport the leg to the park; empty or null for none
         * @param note      free text; null for none
         * @throws InvalidValueException if the id is null or blank, or a number is out of its
         *                               range
         */
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

        /**
         * An origin at the market's price, with no capacity, no transport leg and no note.
         *
         * @param id     unique in its market
         * @param factor t CO2e per unit at the origin's gate
         * @param share  the share of the park's purchases, in [0, 1]; NaN for an origin filled
         *               in order
         * @return the origin
         * @throws InvalidValueException if the id is null or blank, or a number is out of its
         *                               range
         */
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

        /**
         * This origin with another share.
         *
         * @param newShare the share of the park's purchases, in [0, 1]; NaN for an origin filled
         *                 in order up to its capacity
         * @return the changed origin
         * @throws InvalidValueException if it is outside [0, 1]
         */
        public Origin withShare(double newShare) {
            return new Origin(id, factor, price, newShare, capacity, transport, note);
        }

        /**
         * This origin at another price.
         *
         * @param newPrice price per unit delivered; NaN for the market's buy price
         * @return the changed origin
         * @throws InvalidValueException if it is infinite
         */
        public Origin withPrice(double newPrice) {
            return new Origin(id, factor, newPrice, share, capacity, transport, note);
        }

        /**
         * This origin with another capacity and no share: an origin with a capacity is filled in
         * order.
         *
         * @param newCapacity the most it supplies per year, carrier unit; {@code +Infinity} for no
         *                    limit
         * @return the changed origin
         * @throws InvalidValueException if it is negative or NaN
         */
        public Origin withCapacity(double newCapacity) {
            return new Origin(id, factor, price, Double.NaN, newCapacity, transport, note);
        }

        /**
         * This origin with another transport leg.
         *
         * @param leg the leg to the park
         * @return the changed origin
         * @throws NullPointerException if {@code leg} is null
         */
        public Origin withTransport(Transport leg) {
            return new Origin(id, factor, price, share, capacity, Optional.of(leg), note);
        }

        /**
         * Transport emissions per unit delivered, t CO2e, given the carrier's mass per unit.
         *
         * @param tonnesPerUnit the carrier's mass per unit, t ({@link Carrier#massPerUnit()})
         * @return {@code km * factor * tonnesPerUnit} of the leg; 0 without a leg
         */
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
        /**
         * Checks the leg.
         *
         * @param mode   a label such as {@code vlgc}; not blank
         * @param km     distance, km; finite, not negative
         * @param factor t CO2e per t·km; finite, not negative
         * @throws InvalidValueException if the mode is null or blank, or a number is negative or
         *                               not finite
         */
        public Transport {
            Checks.text(mode, "mode", "a transport leg");
            Checks.nonNegativeFinite(km, "distance (km)", "transport leg '" + mode + "'");
            Checks.nonNegativeFinite(factor, "factor (t CO2e per t·km)", "transport leg '"
                    + mode + "'");
        }

        /**
         * This leg by another mode (label).
         *
         * @param newMode a label such as {@code vlgc}; not blank
         * @return the changed leg
         * @throws InvalidValueException if it is null or blank
         */
        public Transport withMode(String newMode) {
            return new Transport(newMode, km, factor);
        }

        /**
         * This leg over another distance.
         *
         * @param newKm distance, km; finite, not negative
         * @return the changed leg
         * @throws InvalidValueException if it is negative or not finite
         */
        public Transport withKm(double newKm) {
            return new Transport(mode, newKm, factor);
        }

        /**
         * This leg with another emission factor.
         *
         * @param newFactor t CO2e per t·km; finite, not negative
         * @return the changed leg
         * @throws InvalidValueException if it is negative or not finite
         */
        public Transport withFactor(double newFactor) {
            return new Transport(mode, km, newFactor);
        }
    }

    /**
     * Sale terms: the park may sell the carrier. In a simulation a surplus is sold where it can
     * be, rather than released; what the market cannot take beyond its limit is released where a
     * disposal route exists, shared over the sellers in proportion to their surplus.
     *
     * <p>A market outside the park is finite: a gas grid takes e-methane only up to a blending
     * share of what it carries, a buyer only so much. {@link #maximum()} is the most the park may
     * sell in a year: the smaller of {@code limit} and the blending limit's
     * {@code share * stream}.
     *
     * @param price           price per unit sold
     * @param displacedFactor emissions avoided outside the park per unit sold, t CO2e (reported
     *                        apart, never netted)
     * @param limit           the most the park may sell per year, carrier unit; {@code
     *                        +Infinity} for no limit
     * @param blend           the share of a receiving stream the carrier may make up, if the
     *                        carrier is blended into one
     */
    public record Sale(double price, double displacedFactor, double limit,
            Optional<Blend> blend) {
        /**
         * Checks the terms and turns a null blend into an empty one.
         *
         * @param price           price per unit sold; finite
         * @param displacedFactor t CO2e avoided per unit sold; finite
         * @param limit           carrier unit per year; not negative, {@code +Infinity} for no
         *                        limit
         * @param blend           the blending limit; empty or null for none
         * @throws InvalidValueException if a number is out of its range
         */
        public Sale {
            Checks.finite(price, "sell price", "a market");
            Checks.finite(displacedFactor, "displaced emission factor", "a market");
            Checks.nonNegative(limit, "sale limit", "a market");
            blend = blend == null ? Optional.empty() : blend;
        }

        /**
         * Terms without any limit.
         *
         * @param price           price per unit sold; finite
         * @param displacedFactor t CO2e avoided per unit sold; finite
         * @throws InvalidValueException if either is NaN or infinite
         */
        public Sale(double price, double displacedFactor) {
            this(price, displacedFactor, Double.POSITIVE_INFINITY, Optional.empty());
        }

        /**
         * The most the park may sell per year: the smaller of the limit and the blending limit.
         *
         * @return carrier unit per year; {@code +Infinity} when nothing limits the sale
         */
        public double maximum() {
            return Math.min(limit, blend.map(Blend::maximum).orElse(Double.POSITIVE_INFINITY));
        }

        /**
         * The blending limit if it is the one that sets {@link #maximum()} (no smaller plain
         * limit), for saying where a maximum comes from.
         *
         * @return the blend, or empty when there is none or the plain limit is smaller
         */
        public Optional<Blend> limitingBlend() {
            return blend.filter(b -> b.maximum() <= limit);
        }

        /**
         * These terms at another price.
         *
         * @param newPrice price per unit sold
         * @return the changed terms
         * @throws InvalidValueException if it is NaN or infinite
         */
        public Sale withPrice(double newPrice) {
            return new Sale(newPrice, displacedFactor, limit, blend);
        }

        /**
         * These terms with another displaced factor.
         *
         * @param newFactor t CO2e avoided outside the park per unit sold
         * @return the changed terms
         * @throws InvalidValueException if it is NaN or infinite
         */
        public Sale withDisplacedFactor(double newFactor) {
            return new Sale(price, newFactor, limit, blend);
        }

        /**
         * These terms with another sale limit (the blending limit stays).
         *
         * @param newLimit carrier unit per year; {@code +Infinity} for no limit
         * @return the changed terms
         * @throws InvalidValueException if it is negative or NaN
         */
        public Sale withLimit(double newLimit) {
            return new Sale(price, displacedFactor, newLimit, blend);
        }

        /**
         * These terms with another blending limit.
         *
         * @param newBlend the blending limit, or null for none
         * @return the changed terms
         */
        public Sale withBlend(Blend newBlend) {
            return new Sale(price, displacedFactor, limit, Optional.ofNullable(newBlend));
        }
    }

    /**
     * A blending limit: the carrier sold may make up at most {@code share} of the stream it is
     * blended into, for example e-methane at 1 % of a city-gas network's sales in 2030. The
     * stream is given in the carrier's unit (the e-methane equivalent of the gas sold), so the
     * park may sell at most {@code share * stream} a year.
     *
     * @param share  the most the carrier may make up of the stream, in [0, 1]
     * @param stream what the receiving stream carries per year, in the carrier's unit
     * @param into   what the stream is and where its figure comes from
     */
    public record Blend(double share, double stream, String into) {
        /**
         * Checks the limit.
         *
         * @param share  in [0, 1]
         * @param stream carrier unit per year; finite, not negative
         * @param into   what the stream is and the source of its figure; not blank
         * @throws InvalidValueException if a number is out of its range or {@code into} is
         *                               blank
         */
        public Blend {
            Checks.fraction(share, "share", "a blending limit", ": it is the share of the"
                    + " receiving stream the carrier may make up");
            Checks.nonNegativeFinite(stream, "stream (carrier unit per year)",
                    "a blending limit");
            Checks.text(into, "'into' (what the stream is, and its source)", "a blending limit");
        }

        /**
         * The most the park may sell per year under this limit.
         *
         * @return {@code share * stream}, carrier unit per year
         */
        public double maximum() {
            return share * stream;
        }

        /**
         * This limit with another share (a pathway raises it year by year).
         *
         * @param newShare in [0, 1]
         * @return the changed limit
         * @throws InvalidValueException if it is outside [0, 1]
         */
        public Blend withShare(double newShare) {
            return new Blend(newShare, stream, into);
        }

        /**
         * This limit with another stream.
         *
         * @param newStream carrier unit per year
         * @return the changed limit
         * @throws InvalidValueException if it is negative or not finite
         */
        public Blend withStream(double newStream) {
            return new Blend(share, newStream, into);
        }
    }

    /**
     * A release route: the park may release the carrier, where and at what cost.
     *
     * @param kind        where releases go
     * @param costPerUnit cost per unit released (a landfill gate fee, a storage tariff)
     */
    public record Disposal(DisposalKind kind, double costPerUnit) {
        /**
         * Checks the route.
         *
         * @param kind        where releases go
         * @param costPerUnit cost per unit released; finite
         * @throws NullPointerException  if {@code kind} is null
         * @throws InvalidValueException if the cost is NaN or infinite
         */
        public Disposal {
            checkNotNull(kind, "A disposal route needs a kind: air, water, landfill or storage.");
            Checks.finite(costPerUnit, "disposal cost", "a market");
        }

        /**
         * This route to another place of release.
         *
         * @param newKind where releases go
         * @return the changed route
         */
        public Disposal withKind(DisposalKind newKind) {
            return new Disposal(newKind, costPerUnit);
        }

        /**
         * This route at another cost.
         *
         * @param newCostPerUnit cost per unit released; finite
         * @return the changed route
         * @throws InvalidValueException if it is NaN or infinite
         */
        public Disposal withCostPerUnit(double newCostPerUnit) {
            return new Disposal(kind, newCostPerUnit);
        }
    }
}
