package org.symbiosis.simulate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.symbiosis.model.Carrier;
import org.symbiosis.model.CarrierId;
import org.symbiosis.model.CarrierKind;
import org.symbiosis.model.DisposalKind;
import org.symbiosis.model.Link;
import org.symbiosis.model.LinkId;
import org.symbiosis.model.LinkRule;
import org.symbiosis.model.LinkStatus;
import org.symbiosis.model.Market;
import org.symbiosis.model.OperatingRule;
import org.symbiosis.model.Park;
import org.symbiosis.model.Plant;
import org.symbiosis.model.PlantId;
import org.symbiosis.model.Process;
import org.symbiosis.model.ProcessId;

/**
 * Seeded random parks with loops for property tests: every rule and link kind, losses, finite
 * capacities on some processes and links, every carrier buyable and either sellable or
 * releasable (so that every park can settle). Coefficients are kept small so that most loops
 * have a gain below 1; some do not, on purpose.
 */
public final class RandomParks {

    private RandomParks() {
    }

    public static Park generate(long seed, int plants) {
        return generate(seed, plants, 1);
    }

    /** {@code scale} multiplies the non-reference coefficients: below 1 for fewer gains over 1. */
    public static Park generate(long seed, int plants, double scale) {
        Random random = new Random(seed);
        int carrierCount = 2 + random.nextInt(3);
        Park.Builder park = Park.builder().name("random-" + seed);
        List<String> carriers = new ArrayList<>();
        for (int c = 0; c < carrierCount; c++) {
            String id = "c" + c;
            carriers.add(id);
            // Biogenic from a stream of its own, so the parks' flows stay as they were.
            boolean biogenic = new Random(seed * 31 + c).nextInt(3) == 0;
            // Origins and fuel kinds from a stream of their own, so the flows stay as they were.
            Random life = new Random(seed * 31 + c + 1000);
            CarrierKind kind = life.nextInt(3) == 0 ? CarrierKind.FUEL : CarrierKind.MATERIAL;
            park.carrier(Carrier.of(id, "t").withCarbon(random.nextDouble() * 0.5)
                    .withGwp(random.nextBoolean() ? 1 : 0).withBiogenic(biogenic).withKind(kind));
            Market market = Market.buy(id, 1 + random.nextInt(5), random.nextDouble());
            if (life.nextBoolean()) {
                Market.Transport ship = new Market.Transport("ship", 1000 + 5000
                        * life.nextDouble(), 1e-5 * life.nextDouble());
                Market.Origin first = Market.Origin.of("first", life.nextDouble(), 0.3)
                        .withTransport(ship).withPrice(2);
                Market.Origin second = Market.Origin.of("second", life.nextDouble(), 0.7);
                if (life.nextBoolean()) {
                    first = first.withCapacity(10 * life.nextDouble());
                    second = second.withCapacity(Double.POSITIVE_INFINITY);
                }
                market = new Market(market.carrier(), Optional.of(new Market.Purchase(
                        market.buy().get().price(), market.buy().get().emissionFactor(),
                        Double.NaN, List.of(first, second))), Optional.empty(),
                        Optional.empty(), "");
            }
            market = random.nextBoolean() ? market.withSell(0.5, random.nextDouble())
                    : market.withDisposal(DisposalKind.AIR, 0);
            park.market(market);
        }
        Map<String, Set<String>> produced = new HashMap<>();
        for (int p = 0; p < plants; p++) {
            String plant = "p" + p;
            int processes = 1 + (random.nextInt(4) == 0 ? 1 : 0);
            List<Process> list = new ArrayList<>();
            // One rule per carrier and plant: a process that follows c next to one that meets
            // the demand for c would form a loop of gain exactly 1 (indeterminate).
            Set<String> ruled = new HashSet<>();
            produced.put(plant, new HashSet<>());
            for (int r = 0; r < processes; r++) {
                List<String> shuffled = new ArrayList<>(carriers);
                java.util.Collections.shuffle(shuffled, random);
                String reference = shuffled.get(0);
                int kind = random.nextInt(10);
                Map<CarrierId, Double> inputs = new LinkedHashMap<>();
                Map<CarrierId, Double> outputs = new LinkedHashMap<>();
                OperatingRule rule;
                if (kind < 4 && ruled.add(reference)) {
                    inputs.put(CarrierId.of(reference), 1.0);
                    rule = OperatingRule.follows(reference);
                } else if (kind < 8 && ruled.add(reference)) {
                    outputs.put(CarrierId.of(reference), 1.0);
                    rule = OperatingRule.meets(reference);
                } else {
                    outputs.put(CarrierId.of(reference), 1.0);
                    rule = OperatingRule.fixed(10 + 90 * random.nextDouble());
                }
                for (int i = 1; i < shuffled.size(); i++) {
                    double coefficient = scale * (0.05 + 0.45 * random.nextDouble());
                    if (random.nextBoolean()) {
                        inputs.put(CarrierId.of(shuffled.get(i)), coefficient);
                    } else {
                        outputs.put(CarrierId.of(shuffled.get(i)), coefficient);
                    }
                }
                outputs.keySet().forEach(c -> produced.get(plant).add(c.value()));
                double capacity = random.nextInt(5) == 0 ? 20 + 80 * random.nextDouble()
                        : Double.POSITIVE_INFINITY;
                if (rule instanceof OperatingRule.Fixed f) {
                    capacity = Math.max(capacity, f.activity());
                }
                list.add(new Process(ProcessId.of(plant + ".r" + r), CarrierId.of(reference),
                        inputs, outputs, capacity, rule, 1, 0, ""));
            }
            park.plant(new Plant(PlantId.of(plant), plant, "random", java.util.Optional.empty(),
                    list, ""));
        }
        Map<String, Double> pushLeft = new HashMap<>();
        Map<String, Double> pullLeft = new HashMap<>();
        int links = plants + random.nextInt(2 * plants);
        for (int l = 0; l < links; l++) {
            int from = random.nextInt(plants);
            int to = random.nextInt(plants - 1);
            if (to >= from) {
                to++;
            }
            List<String> made = new ArrayList<>(produced.get("p" + from));
            String carrier = made.isEmpty() || random.nextInt(4) == 0
                    ? carriers.get(random.nextInt(carrierCount))
                    : made.get(random.nextInt(made.size()));
            LinkRule rule;
            if (random.nextBoolean()) {
                String key = from + "|" + carrier;
                double left = pushLeft.getOrDefault(key, 1.0);
                double share = left * random.nextDouble();
                pushLeft.put(key, left - share);
                rule = LinkRule.push(share);
            } else {
                String key = to + "|" + carrier;
                double left = pullLeft.getOrDefault(key, 1.0);
                double cover = left * random.nextDouble();
                pullLeft.put(key, left - cover);
                rule = LinkRule.pull(cover);
            }
            double capacity = random.nextInt(5) == 0 ? 5 + 50 * random.nextDouble()
                    : Double.POSITIVE_INFINITY;
            double loss = random.nextInt(3) == 0 ? 0.1 * random.nextDouble() : 0;
            park.link(new Link(LinkId.of("l" + l), PlantId.of("p" + from), PlantId.of("p" + to),
                    CarrierId.of(carrier), rule, capacity, loss, 0.1, 1, LinkStatus.EXISTING,
                    random.nextInt(4) != 0, ""));
        }
        return park.build();
    }
}
