package org.symbiosis.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

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
        checkArgument(buy.isPresent() || sell.isPresent() || disposal.isPresent(),
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

    public Market withDisposal(DisposalKind kind, double costPerUnit) {
        return new Market(carrier, buy, sell, Optional.of(new Disposal(kind, costPerUnit)), note);
    }

    /**
     * @param price          price per unit bought
     * @param emissionFactor upstream (or, for electricity and heat, scope 2) emissions, t CO2e
     *                       per unit bought
     */
    public record Purchase(double price, double emissionFactor) {
        public Purchase {
            Checks.finite(price, "buy price", "a market");
            Checks.finite(emissionFactor, "buy emission factor", "a market");
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
