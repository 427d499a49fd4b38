package org.symbiosis.ledger;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.symbiosis.flow.FlowState;
import org.symbiosis.flow.Overflow;
import org.symbiosis.flow.ParkIndex;
import org.symbiosis.internal.IdMap;
import org.symbiosis.internal.UnmodifiableMap;
import org.symbiosis.model.Carrier;
import org.symbiosis.model.CarrierId;
import org.symbiosis.model.CarrierKind;
import org.symbiosis.model.DisposalKind;
import org.symbiosis.model.Market;
import org.symbiosis.model.Park;
import org.symbiosis.model.PlantId;
import org.symbiosis.model.Process;
import org.symbiosis.model.ProcessId;
import org.symbiosis.model.Target;

/**
 * Emissions and carbon accounting of a flow state, by the conventions of DESIGN.md:
 *
 * <ul>
 *   <li>Scope 1: releases to air of carriers with a GWP, GWP-weighted, plus link losses of such
 *       carriers (at the link's source). Biogenic carriers count 0 and appear in the biogenic
 *       memo, t CO2 = carbon x 44.01/12.011.</li>
 *   <li>Scope 2: purchases of electricity and heat x their market factors, location-based
 *       ({@code factor}) and market-based ({@code marketFactor}, else the location factor).</li>
 *   <li>Scope 3 upstream, by GHG Protocol category: 1, purchased materials x their cradle-to-gate
 *       factors; 3, purchased fuels x theirs; 4, transport legs of origins (km x t CO2e per
 *       t·km x t per unit), and of links with a transport factor (a road or barge leg between
 *       sites), booked at the receiving plant. Where a market has origins, its purchases carry the mix of the
 *       origins that supply them.</li>
 *   <li>Residual = scope 1 + scope 2 (location-based); life cycle = residual + scope 3 upstream;
 *       net = residual - removals, where removals are biogenic carbon put in storage (as t
 *       CO2).</li>
 *   <li>Stored: carbon released to storage (mineralised, geological), as t CO2. Downstream memo
 *       lines, the carbon in sales as t CO2, net of the same carrier bought back by the park:
 *       category 11 for fuels (burned by the buyer), 12 for other products (end of life).
 *       Recycled carbon (CCU products) sold is credited once: the park's CCU attribution puts
 *       the emitter's share downstream and the rest in scope 1, at the selling plant. Avoided:
 *       sales x displaced factors, never netted.</li>
 *   <li>Circularity: share of by-product output (outputs that are not a process's reference
 *       flow) that stays in the complex rather than being released, sold or lost on a link:
 *       {@code 1 - sum_k min(B_k, v_k + s_k + lost_k) / sum_k B_k} over plant-carrier pairs k,
 *       with B_k the by-product output at k and lost_k the losses of links leaving k. Quantities
 *       are added in their carriers' own units.</li>
 *   <li>Carbon closure: purchases bring carbon in; releases, sales and link losses take it out;
 *       recipes that do not balance carbon add or remove {@code activity x (in - out)}. The closure
 *       error is what is left, relative to the carbon throughput; it is rounding when the
 *       balance holds.</li>
 * </ul>
 * All amounts are per year: t CO2e, t CO2, t C, or the park's currency.
 *
 * @param totals    the park
 * @param plants    per plant, in park order
 * @param carriers  per carrier, in park order
 * @param processes carbon in and out per process, in park order
 */
public record Ledger(Totals totals, Map<PlantId, PlantLedger> plants,
        Map<CarrierId, CarrierLedger> carriers, Map<ProcessId, ProcessCarbon> processes) {

    /**
     * Copies the maps, keeping their order; the column stores a ledger is made with are kept as
     * they are (immutable views over its arrays).
     *
     * @param totals    the park
     * @param plants    per plant, in park order
     * @param carriers  per carrier, in park order
     * @param processes carbon in and out per process, in park order
     * @throws NullPointerException if a map, key or value is null
     */
    public Ledger {
        plants = plants instanceof PlantLines ? plants : IdMap.copyOf(plants);
        carriers = IdMap.copyOf(carriers);
        processes = processes instanceof ProcessLines ? processes : IdMap.copyOf(processes);
    }

    /**
     * The plants' lines as a column store: one array of {@code LINES} doubles per plant, plant
     * after plant, in the park's dense order; a {@link PlantLedger} is made when asked for, so a
     * ledger holds 112 bytes per plant instead of a record and a map entry (about 150).
     */
    private static final class PlantLines extends UnmodifiableMap<PlantId, PlantLedger> {
        private final ParkIndex index;
        private final double[] lines;

        PlantLines(ParkIndex index, double[] lines) {
            this.index = index;
            this.lines = lines;
        }

        @Override
        public int size() {
            return index.plantCount();
        }

        @Override
        protected PlantId keyAt(int p) {
            return index.plant(p);
        }

        @Override
        protected PlantLedger valueAt(int p) {
            int o = p * LedgerBuilder.LINES;
            double[] v = lines;
            return new PlantLedger(index.plant(p), v[o + LedgerBuilder.SCOPE1],
                    v[o + LedgerBuilder.CCU], v[o + LedgerBuilder.SCOPE2],
                    v[o + LedgerBuilder.SCOPE2_MARKET], v[o + LedgerBuilder.CAT1],
                    v[o + LedgerBuilder.CAT3], v[o + LedgerBuilder.CAT4],
                    v[o + LedgerBuilder.REMOVALS], v[o + LedgerBuilder.BIOGENIC],
                    v[o + LedgerBuilder.STORED], v[o + LedgerBuilder.CAT11],
                    v[o + LedgerBuilder.CAT12], v[o + LedgerBuilder.AVOIDED],
                    v[o + LedgerBuilder.COST]);
        }

        @Override
        protected int indexOf(Object key) {
            return key instanceof PlantId id ? index.plantIndexOrNegative(id) : -1;
        }
    }

    /**
     * The processes' carbon, made when asked for from the recipe and the state's activity: a
     * ledger stores nothing per process.
     */
    private static final class ProcessLines extends UnmodifiableMap<ProcessId, ProcessCarbon> {
        private final FlowState state;

        ProcessLines(FlowState state) {
            this.state = state;
        }

        static ProcessCarbon carbonOf(Process process, Park park, double activity) {
            double in = process.carbonIn(park.carriers());
            double out = process.carbonOut(park.carriers());
            double error = Math.max(in, out) == 0 ? 0 : Math.abs(in - out) / Math.max(in, out);
            return new ProcessCarbon(process.id(), in, out, error, activity * (out - in));
        }

        @Override
        public int size() {
            return state.index().processCount();
        }

        @Override
        protected ProcessId keyAt(int r) {
            return state.index().process(r).id();
        }

        @Override
        protected ProcessCarbon valueAt(int r) {
            return carbonOf(state.index().process(r), state.park(), state.activity(r));
        }

        @Override
        protected int indexOf(Object key) {
            return key instanceof ProcessId id ? state.index().processIndexOrNegative(id) : -1;
        }
    }

    /**
     * The ledger of one plant.
     *
     * @param plant the plant
     * @return its lines
     * @throws org.symbiosis.model.InvalidValueException if the park has no such plant
     */
    public PlantLedger plant(PlantId plant) {
        return lookup(plants, plant, plant.describe());
    }

    /**
     * The carbon account of one carrier.
     *
     * @param carrier the carrier
     * @return its lines
     * @throws org.symbiosis.model.InvalidValueException if the park has no such carrier
     */
    public CarrierLedger carrier(CarrierId carrier) {
        return lookup(carriers, carrier, carrier.describe());
    }

    /**
     * Carbon in and out of one process.
     *
     * @param process the process
     * @return its carbon per unit of activity
     * @throws org.symbiosis.model.InvalidValueException if the park has no such process
     */
    public ProcessCarbon process(ProcessId process) {
        return lookup(processes, process, process.describe());
    }

    private static <K, V> V lookup(Map<K, V> map, K key, String element) {
        V value = map.get(key);
        if (value == null) {
            throw new org.symbiosis.model.InvalidValueException(element, key.toString(),
                    String.format("The ledger has no %s: the park has none of that id.",
                            element));
        }
        return value;
    }

    /**
     * Park totals.
     *
     * @param scope1             t CO2e, including {@code ccuInScope1}
     * @param ccuInScope1        recycled CO2 in sold CCU products that the attribution books in
     *                           scope 1 (0 when the emitter keeps the credit), t CO2
     * @param scope2             location-based, t CO2e
     * @param scope2Market       market-based, t CO2e
     * @param purchasedGoods     scope 3 category 1, t CO2e
     * @param fuelAndEnergy      scope 3 category 3, t CO2e
     * @param transport          scope 3 category 4, t CO2e
     * @param upstream           categories 1 + 3 + 4, t CO2e
     * @param residual           scope 1 + scope 2, t CO2e
     * @param lifecycle          residual + upstream, t CO2e
     * @param removals           biogenic CO2 put in storage, t CO2
     * @param net                residual - removals, t CO2e
     * @param biogenicMemo       biogenic CO2 released to air or lost on links, t CO2 (memo)
     * @param stored             CO2 in carbon put in permanent storage, t CO2
     * @param soldFuels          category 11 memo: CO2 in fuels sold, net of the same fuels
     *                           bought, to be emitted by their users, t CO2
     * @param soldProducts       category 12 memo: CO2 in the carbon of other products sold, net
     *                           of the same products bought, t CO2
     * @param avoided            emissions avoided outside the park by sales, t CO2e (memo, never
     *                           netted or added to a saving)
     * @param cost               purchases + link costs + process costs + disposal - sales
     * @param circularity        by-product output kept in the complex / by-product output
     * @param carbonIn           carbon bought, t C
     * @param carbonOut          carbon released, sold or lost on links, t C
     * @param recipeImbalance    carbon created (+) or destroyed (-) by recipes that do not
     *                           balance, t C
     * @param carbonClosureError |in - out + recipe imbalance| / max(in, out)
     */
    public record Totals(double scope1, double ccuInScope1, double scope2, double scope2Market,
            double purchasedGoods, double fuelAndEnergy, double transport, double upstream,
            double residual, double lifecycle, double removals, double net, double biogenicMemo,
            double stored, double soldFuels, double soldProducts, double avoided, double cost,
            double circularity, double carbonIn, double carbonOut, double recipeImbalance,
            double carbonClosureError) {

        /**
         * The emissions a target of this metric counts, t CO2e per year.
         *
         * @param metric residual, net or life cycle
         * @return {@link #residual()}, {@link #net()} or {@link #lifecycle()}
         */
        public double of(Target.Metric metric) {
            return switch (metric) {
                case RESIDUAL -> residual;
                case NET -> net;
                case LIFECYCLE -> lifecycle;
            };
        }
    }

    /**
     * One plant's share of the totals; same units as {@link Totals}. Link losses count at the
     * plant the link leaves.
     *
     * @param plant          the plant
     * @param scope1         t CO2e, including {@code ccuInScope1}
     * @param ccuInScope1    recycled CO2 in the CCU products it sells that the attribution books
     *                       in its scope 1, t CO2
     * @param scope2         location-based, t CO2e
     * @param scope2Market   market-based, t CO2e
     * @param purchasedGoods scope 3 category 1, t CO2e
     * @param fuelAndEnergy  scope 3 category 3, t CO2e
     * @param transport      scope 3 category 4, t CO2e
     * @param removals       biogenic CO2 it puts in storage, t CO2
     * @param biogenicMemo   biogenic CO2 it releases to air or loses on its links, t CO2 (memo)
     * @param stored         CO2 in carbon it puts in permanent storage, t CO2
     * @param soldFuels      category 11 memo: CO2 in the fuels it sells, less its share of the
     *                       same fuels the park buys, t CO2
     * @param soldProducts   category 12 memo: CO2 in the other products it sells, less its
     *                       share of the same products the park buys, t CO2
     * @param avoided        emissions avoided outside the park by its sales, t CO2e (memo)
     * @param cost           its purchases + link costs + process costs + disposal - sales
     */
    public record PlantLedger(PlantId plant, double scope1, double ccuInScope1, double scope2,
            double scope2Market, double purchasedGoods, double fuelAndEnergy, double transport,
            double removals, double biogenicMemo, double stored, double soldFuels,
            double soldProducts, double avoided, double cost) {

        /**
         * Scope 1 + scope 2 (location-based).
         *
         * @return t CO2e per year
         */
        public double residual() {
            return scope1 + scope2;
        }

        /**
         * Scope 3 upstream: categories 1 + 3 + 4.
         *
         * @return t CO2e per year
         */
        public double upstream() {
            return purchasedGoods + fuelAndEnergy + transport;
        }

        /**
         * Residual + upstream.
         *
         * @return t CO2e per year
         */
        public double lifecycle() {
            return residual() + upstream();
        }
    }

    /**
     * One carrier over the park, in its unit per year.
     *
     * @param carrier   the carrier
     * @param produced  output of processes
     * @param consumed  input of processes
     * @param exchanged carried on links (before losses)
     * @param lost      lost on links
     * @param bought    bought from the market
     * @param sold      sold to the market
     * @param released  released through its disposal route
     * @param scope1    t CO2e from its releases and losses
     */
    public record CarrierLedger(CarrierId carrier, double produced, double consumed,
            double exchanged, double lost, double bought, double sold, double released,
            double scope1) {
    }

    /**
     * Carbon of one process per unit of activity and in the state.
     *
     * @param process          the process
     * @param carbonInPerUnit  t C in per unit of activity
     * @param carbonOutPerUnit t C out per unit of activity
     * @param closureError     |in - out| / max(in, out) of the recipe (0 when it balances)
     * @param imbalance        activity x (out - in), t C created (+) or destroyed (-)
     */
    public record ProcessCarbon(ProcessId process, double carbonInPerUnit,
            double carbonOutPerUnit, double closureError, double imbalance) {
    }

    /**
     * The ledger of {@code state}. O(park).
     *
     * @param state a flow state from any engine
     * @return the ledger, immutable
     * @throws org.symbiosis.flow.UnsolvableParkException if a figure overflows (is not finite),
     *                                                    naming the plant or carrier
     */
    public static Ledger of(FlowState state) {
        return new LedgerBuilder(state).build();
    }

    /** Accumulates the ledger in one pass over pairs, links and processes. */
    private static final class LedgerBuilder {
        private final FlowState state;
        private final ParkIndex index;
        private final Park park;
        /** Per plant its {@link #LINES} lines, plant after plant (a column store). */
        private final double[] plant;
        private final double[][] carrier;

        private static final int SCOPE1 = 0;
        private static final int CCU = 1;
        private static final int SCOPE2 = 2;
        private static final int SCOPE2_MARKET = 3;
        private static final int CAT1 = 4;
        private static final int CAT3 = 5;
        private static final int CAT4 = 6;
        private static final int REMOVALS = 7;
        private static final int BIOGENIC = 8;
        private static final int STORED = 9;
        private static final int CAT11 = 10;
        private static final int CAT12 = 11;
        private static final int AVOIDED = 12;
        private static final int COST = 13;
        private static final int LINES = 14;

        private static final int PRODUCED = 0;
        private static final int CONSUMED = 1;
        private static final int EXCHANGED = 2;
        private static final int LOST = 3;
        private static final int BOUGHT = 4;
        private static final int SOLD = 5;
        private static final int RELEASED = 6;
        private static final int C_SCOPE1 = 7;

        LedgerBuilder(FlowState state) {
            this.state = state;
            this.index = state.index();
            this.park = state.park();
            this.plant = new double[Math.multiplyExact(index.plantCount(), LINES)];
            this.carrier = new double[index.carrierCount()][8];
        }

        private static int line(int plant, int line) {
            return plant * LINES + line;
        }

        Ledger build() {
            double carbonIn = 0;
            double carbonOut = 0;
            double byProduct = 0;
            double byProductUnused = 0;
            double[] byProductOf = byProductOutput();
            double[] unitUpstream = new double[index.carrierCount()];
            double[] unitTransport = new double[index.carrierCount()];
            double[] unitPrice = new double[index.carrierCount()];
            double[] netOfBoughtBack = new double[index.carrierCount()];
            perUnitTerms(unitUpstream, unitTransport, unitPrice, netOfBoughtBack);
            double ccuEmitterShare = park.accounting().ccuEmitterShare();
            // Link losses leave at the source pair, like a release there.
            double[] lostAt = new double[index.pairCount()];
            for (int l = 0; l < index.linkCount(); l++) {
                if (state.linkActive(l)) {
                    lostAt[index.linkFromPair(l)] += state.linkLoss(l);
                }
            }
            for (int k = 0; k < index.pairCount(); k++) {
                int p = index.pairPlant(k);
                int ci = index.pairCarrier(k);
                Carrier c = index.carrier(ci);
                Optional<Market> market = park.market(c.id());
                double bought = state.bought(k);
                double sold = state.sold(k);
                double released = state.released(k);
                double carbonCo2 = c.carbonPerUnit() * Carrier.CO2_PER_CARBON;
                carrier[ci][BOUGHT] += bought;
                carrier[ci][SOLD] += sold;
                carrier[ci][RELEASED] += released;
                carbonIn += bought * c.carbonPerUnit();
                carbonOut += (sold + released) * c.carbonPerUnit();
                if (bought > 0 && market.isPresent() && market.get().buy().isPresent()) {
                    Market.Purchase buy = market.get().buy().get();
                    if (c.kind() == CarrierKind.ELECTRICITY || c.kind() == CarrierKind.HEAT) {
                        plant[line(p, SCOPE2)] += bought * buy.emissionFactor();
                        plant[line(p, SCOPE2_MARKET)] += bought * buy.marketBasedFactor();
                    } else {
                        plant[line(p, c.kind() == CarrierKind.FUEL ? CAT3 : CAT1)] +=
                                bought * unitUpstream[ci];
                        plant[line(p, CAT4)] += bought * unitTransport[ci];
                    }
                    plant[line(p, COST)] += bought * unitPrice[ci];
                }
                if (sold > 0) {
                    Market.Sale sale = market.get().sell().get();
                    plant[line(p, AVOIDED)] += sold * sale.displacedFactor();
                    plant[line(p, COST)] -= sold * sale.price();
                    double downstream = sold * carbonCo2 * netOfBoughtBack[ci];
                    double credited = c.recycledCarbon() ? ccuEmitterShare * downstream
                            : downstream;
                    plant[line(p, c.kind() == CarrierKind.FUEL ? CAT11 : CAT12)] += credited;
                    plant[line(p, CCU)] += downstream - credited;
                    plant[line(p, SCOPE1)] += downstream - credited;
                    carrier[ci][C_SCOPE1] += downstream - credited;
                }
                if (released > 0) {
                    Market.Disposal disposal = market.get().disposal().get();
                    plant[line(p, COST)] += released * disposal.costPerUnit();
                    if (disposal.kind() == DisposalKind.AIR) {
                        double scope1 = released * c.netGwpPerUnit();
                        plant[line(p, SCOPE1)] += scope1;
                        carrier[ci][C_SCOPE1] += scope1;
                        if (c.biogenic()) {
                            plant[line(p, BIOGENIC)] += released * carbonCo2;
                        }
                    } else if (disposal.kind() == DisposalKind.STORAGE) {
                        plant[line(p, STORED)] += released * carbonCo2;
                        if (c.biogenic()) {
                            plant[line(p, REMOVALS)] += released * carbonCo2;
                        }
                    }
                }
                if (byProductOf[k] > 0) {
                    byProduct += byProductOf[k];
                    byProductUnused += Math.min(byProductOf[k], released + sold + lostAt[k]);
                }
            }
            for (int l = 0; l < index.linkCount(); l++) {
                if (!state.linkActive(l)) {
                    continue;
                }
                Carrier c = index.carrier(index.linkCarrier(l));
                int ci = index.linkCarrier(l);
                double lost = state.linkLoss(l);
                carrier[ci][EXCHANGED] += state.flow(l);
                carrier[ci][LOST] += lost;
                carbonOut += lost * c.carbonPerUnit();
                double scope1 = lost * c.netGwpPerUnit();
                plant[line(index.linkFrom(l), SCOPE1)] += scope1;
                carrier[ci][C_SCOPE1] += scope1;
                if (c.biogenic()) {
                    // Losses go to air: biogenic carbon lost is in the memo like a release.
                    plant[line(index.linkFrom(l), BIOGENIC)] += lost * c.carbonPerUnit()
                            * Carrier.CO2_PER_CARBON;
                }
                plant[line(index.linkFrom(l), COST)] += state.flow(l)
                        * index.linkCostPerUnit(l);
                // A road or barge leg between sites: upstream transport of what the target gets.
                plant[line(index.linkTo(l), CAT4)] += state.flow(l)
                        * index.linkTransportPerUnit(l, c.massPerUnit());
            }
            double recipeImbalance = 0;
            // A process that is only a candidate to build does not exist yet: no fixed cost.
            boolean[] candidate = new boolean[index.processCount()];
            for (org.symbiosis.model.Candidate c : park.candidates()) {
                if (c.build() && c.isProcess()) {
                    candidate[index.processIndex(ProcessId.of(c.id()))] = true;
                }
            }
            for (int r = 0; r < index.processCount(); r++) {
                Process process = index.process(r);
                double a = state.activity(r);
                int p = index.processPlant(r);
                plant[line(p, COST)] += a * process.variableCost()
                        + (candidate[r] ? 0 : process.fixedCost());
                for (int e = index.outStart(r); e < index.outStart(r + 1); e++) {
                    carrier[index.pairCarrier(index.outPair(e))][PRODUCED] +=
                            index.outCoefficient(e) * a;
                }
                for (int e = index.inStart(r); e < index.inStart(r + 1); e++) {
                    carrier[index.pairCarrier(index.inPair(e))][CONSUMED] +=
                            index.inCoefficient(e) * a;
                }
                recipeImbalance += ProcessLines.carbonOf(process, park, a).imbalance();
            }
            double[] sum = new double[LINES];
            for (int p = 0; p < index.plantCount(); p++) {
                for (int i = 0; i < sum.length; i++) {
                    sum[i] += plant[line(p, i)];
                }
            }
            PlantLines plants = new PlantLines(index, plant);
            ProcessLines processes = new ProcessLines(state);
            Map<CarrierId, CarrierLedger> carriers = new LinkedHashMap<>();
            for (int ci = 0; ci < index.carrierCount(); ci++) {
                double[] v = carrier[ci];
                carriers.put(index.carrier(ci).id(), new CarrierLedger(index.carrier(ci).id(),
                        v[PRODUCED], v[CONSUMED], v[EXCHANGED], v[LOST], v[BOUGHT], v[SOLD],
                        v[RELEASED], v[C_SCOPE1]));
            }
            double throughput = Math.max(carbonIn, carbonOut);
            double closure = throughput == 0 ? 0
                    : Math.abs(carbonIn - carbonOut + recipeImbalance) / throughput;
            double residual = sum[SCOPE1] + sum[SCOPE2];
            double upstream = sum[CAT1] + sum[CAT3] + sum[CAT4];
            Totals totals = new Totals(sum[SCOPE1], sum[CCU], sum[SCOPE2], sum[SCOPE2_MARKET],
                    sum[CAT1], sum[CAT3], sum[CAT4], upstream, residual, residual + upstream,
                    sum[REMOVALS], residual - sum[REMOVALS], sum[BIOGENIC], sum[STORED],
                    sum[CAT11], sum[CAT12], sum[AVOIDED], sum[COST],
                    byProduct == 0 ? 0 : 1 - byProductUnused / byProduct, carbonIn, carbonOut,
                    recipeImbalance, closure);
            checkFinite(plants, carriers, totals);
            return new Ledger(totals, plants, carriers, processes);
        }

        /**
         * Per carrier: the upstream factor, transport emissions and price of one unit bought (the
         * mix of the origins that supplied it, where the market has origins), and the share of
         * its sales that is not bought back by the park (max(0, sold - bought) / sold).
         */
        private void perUnitTerms(double[] upstream, double[] transport, double[] price,
                double[] netOfBoughtBack) {
            double[] sold = new double[index.carrierCount()];
            double[] bought = new double[index.carrierCount()];
            for (int k = 0; k < index.pairCount(); k++) {
                sold[index.pairCarrier(k)] += state.sold(k);
                bought[index.pairCarrier(k)] += state.bought(k);
            }
            for (int ci = 0; ci < index.carrierCount(); ci++) {
                Carrier c = index.carrier(ci);
                netOfBoughtBack[ci] = sold[ci] > 0 ? Math.max(0, sold[ci] - bought[ci]) / sold[ci]
                        : 0;
                Optional<Market.Purchase> buy = park.market(c.id()).flatMap(Market::buy);
                if (buy.isEmpty()) {
                    continue;
                }
                Market.Purchase purchase = buy.get();
                upstream[ci] = purchase.emissionFactor();
                price[ci] = purchase.price();
                double[] amounts = state.fromOrigins(c.id());
                double total = 0;
                for (double a : amounts) {
                    total += a;
                }
                List<Market.Origin> origins = purchase.origins();
                if (origins.isEmpty() || total <= 0) {
                    if (!origins.isEmpty()) {
                        // Nothing bought: the terms of the first origin that would supply.
                        Market.Origin first = origins.get(0);
                        upstream[ci] = first.factor();
                        transport[ci] = first.transportPerUnit(c.massPerUnit());
                        price[ci] = Double.isNaN(first.price()) ? purchase.price()
                                : first.price();
                    }
                    continue;
                }
                double u = 0;
                double t = 0;
                double pr = 0;
                for (int j = 0; j < origins.size(); j++) {
                    Market.Origin o = origins.get(j);
                    u += amounts[j] * o.factor();
                    t += amounts[j] * o.transportPerUnit(c.massPerUnit());
                    pr += amounts[j] * (Double.isNaN(o.price()) ? purchase.price() : o.price());
                }
                upstream[ci] = u / total;
                transport[ci] = t / total;
                price[ci] = pr / total;
            }
        }

        /** Every figure must be finite: a product of large numbers may overflow. */
        private static void checkFinite(Map<PlantId, PlantLedger> plants,
                Map<CarrierId, CarrierLedger> carriers, Totals totals) {
            Overflow overflow = new Overflow();
            for (PlantLedger p : plants.values()) {
                String element = "plant '" + p.plant() + "'";
                overflow.check(p.scope1(), "scope 1 emissions", element);
                overflow.check(p.scope2(), "scope 2 emissions", element);
                overflow.check(p.upstream(), "upstream emissions", element);
                overflow.check(p.removals(), "removals", element);
                overflow.check(p.biogenicMemo(), "biogenic CO2", element);
                overflow.check(p.stored(), "stored CO2", element);
                overflow.check(p.soldFuels(), "carbon in sold fuels", element);
                overflow.check(p.soldProducts(), "carbon in sold products", element);
                overflow.check(p.lifecycle(), "life-cycle emissions", element);
                overflow.check(p.avoided(), "avoided emissions", element);
                overflow.check(p.cost(), "cost", element);
                overflow.check(p.residual(), "residual emissions", element);
            }
            for (CarrierLedger c : carriers.values()) {
                String element = "carrier '" + c.carrier() + "'";
                overflow.check(c.produced(), "production", element);
                overflow.check(c.consumed(), "consumption", element);
                overflow.check(c.exchanged(), "exchange on links", element);
                overflow.check(c.lost(), "loss on links", element);
                overflow.check(c.scope1(), "scope 1 emissions", element);
            }
            String park = "the park";
            overflow.check(totals.residual(), "residual emissions", park);
            overflow.check(totals.net(), "net emissions", park);
            overflow.check(totals.lifecycle(), "life-cycle emissions", park);
            overflow.check(totals.cost(), "cost", park);
            overflow.check(totals.carbonIn(), "carbon bought", park);
            overflow.check(totals.carbonOut(), "carbon out", park);
            overflow.check(totals.recipeImbalance(), "carbon created or destroyed by recipes",
                    park);
            overflow.check(totals.carbonClosureError(), "carbon closure error", park);
            overflow.check(totals.circularity(), "circularity", park);
            overflow.throwIfAny();
        }

        /** Per pair, the output of processes for which the carrier is not the reference. */
        private double[] byProductOutput() {
            double[] byProduct = new double[index.pairCount()];
            for (int r = 0; r < index.processCount(); r++) {
                Process process = index.process(r);
                int reference = index.carrierIndex(process.reference());
                for (int e = index.outStart(r); e < index.outStart(r + 1); e++) {
                    int k = index.outPair(e);
                    if (index.pairCarrier(k) != reference) {
                        byProduct[k] += index.outCoefficient(e) * state.activity(r);
                    }
                }
            }
            return byProduct;
        }
    }

    /**
     * Processes whose recipe does not balance carbon (closure error above 1e-6), worst first:
     * by the carbon they create or destroy in this state, so one that does not run comes last.
     *
     * @return a new list; empty when every recipe balances
     */
    public List<ProcessCarbon> unbalancedProcesses() {
        List<ProcessCarbon> list = new ArrayList<>();
        for (ProcessCarbon pc : processes.values()) {
            if (pc.closureError() > 1e-6) {
                list.add(pc);
            }
        }
        list.sort((a, b) -> Double.compare(Math.abs(b.imbalance()), Math.abs(a.imbalance())));
        return list;
    }
}
