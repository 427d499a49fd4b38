package org.symbiosis.embed;

import java.io.PrintStream;
import java.util.Locale;
import org.symbiosis.ledger.Ledger;
import org.symbiosis.model.Carrier;
import org.symbiosis.model.CarrierId;
import org.symbiosis.model.CarrierKind;
import org.symbiosis.model.DisposalKind;
import org.symbiosis.model.Link;
import org.symbiosis.model.LinkId;
import org.symbiosis.model.Market;
import org.symbiosis.model.Park;
import org.symbiosis.model.ParkEdit;
import org.symbiosis.model.ParkPath;
import org.symbiosis.model.Plant;
import org.symbiosis.model.PlantId;
import org.symbiosis.model.Process;
import org.symbiosis.optimize.LinearProgramOptimizer;
import org.symbiosis.optimize.Objective;
import org.symbiosis.optimize.OptimizationResult;
import org.symbiosis.optimize.lp.Solvers;
import org.symbiosis.simulate.Simulator;

/**
 * What a planning tool that embeds Symbiosis does: build a park in code, sweep a capture rate,
 * optimise, and read typed results. The README's quick start is this code. Runs with the core
 * alone (then it says the optimiser is not on the classpath) and with symbiosis-ortools.
 */
public final class EmbedExample {

    private EmbedExample() {
    }

    /**
     * A coal power plant sends its flue gas to an amine capture unit, which pipes the captured
     * CO2 (at most {@code pipeCapacity} t/yr) to a cement plant that mineralises it; capture and
     * mineralisation buy grid power at 0.423 t CO2e/MWh. Illustrative numbers.
     *
     * @param pipeCapacity t CO2/yr the pipe carries at most
     * @return the park
     */
    public static Park park(double pipeCapacity) {
        return Park.builder().name("embedded")
                .carrier(Carrier.of("coal", "t").withKind(CarrierKind.FUEL).withCarbon(0.68225))
                .carrier(Carrier.of("electricity", "MWh").withKind(CarrierKind.ELECTRICITY))
                .carrier(Carrier.of("flue-co2", "t").withCarbon(0.2729).withGwp(1))
                .carrier(Carrier.of("co2", "t").withCarbon(0.2729).withGwp(1))
                .carrier(Carrier.of("co2-captured", "t").withCarbon(0.2729).withGwp(1))
                .carrier(Carrier.of("co2-mineral", "t").withCarbon(0.2729))
                .plant(Plant.of("power", "power", Process.builder("power.coal")
                        .reference("electricity").input("coal", 0.4).output("electricity", 1)
                        .output("flue-co2", 1).capacity(2000).fixed(1000).build()))
                .plant(Plant.of("capture", "capture", Process.builder("capture.amine")
                        .reference("flue-co2").input("flue-co2", 1).input("electricity", 0.25)
                        .output("co2-captured", 0.9).output("co2", 0.1).follows("flue-co2")
                        .build()))
                .plant(Plant.of("cement", "cement", Process.builder("cement.mineralise")
                        .reference("co2-captured").input("co2-captured", 1)
                        .input("electricity", 0.05).output("co2-mineral", 1)
                        .follows("co2-captured").build()))
                .link(Link.push("flue-gas", "power", "capture", "flue-co2", 1))
                .link(Link.push("co2-pipe", "capture", "cement", "co2-captured", 1)
                        .withCapacity(pipeCapacity))
                .market(Market.buy("coal", 100, 0.1))
                .market(Market.buy("electricity", 150, 0.423).withSell(120, 0.423))
                .market(Market.disposal("flue-co2", DisposalKind.AIR, 0))
                .market(Market.disposal("co2", DisposalKind.AIR, 0))
                .market(Market.disposal("co2-captured", DisposalKind.AIR, 0))
                .market(Market.disposal("co2-mineral", DisposalKind.STORAGE, 0))
                .build();
    }

    /**
     * Residual emissions (t CO2e/yr) at each capture rate: captured {@code r}, vented {@code 1 -
     * r} per t of flue CO2.
     *
     * @param park  the park
     * @param rates the capture rates
     * @return the residual emissions, one per rate
     */
    public static double[] sweep(Park park, double[] rates) {
        ParkPath captured = ParkPath.parse("process:capture.amine:output:co2-captured");
        ParkPath vented = ParkPath.parse("process:capture.amine:output:co2");
        Simulator simulator = new Simulator();
        double[] residual = new double[rates.length];
        for (int i = 0; i < rates.length; i++) {
            Park changed = new ParkEdit(park).set(captured, rates[i]).set(vented, 1 - rates[i])
                    .build();
            residual[i] = simulator.run(changed).withSymbiosis().ledger().totals().residual();
        }
        return residual;
    }

    /**
     * Runs the example and prints what it finds.
     *
     * @param args none
     */
    public static void main(String[] args) {
        run(System.out);
    }

    /**
     * Runs the example.
     *
     * @param out where to print
     * @return the optimisation, or null when no solver is on the classpath
     */
    public static OptimizationResult run(PrintStream out) {
        Park park = park(800);
        double[] rates = {0.80, 0.85, 0.90, 0.95};
        double[] residual = sweep(park, rates);
        out.println("capture rate  residual t CO2e/yr");
        for (int i = 0; i < rates.length; i++) {
            out.printf(Locale.ROOT, "%12.2f  %18.3f%n", rates[i], residual[i]);
        }
        if (!Solvers.available()) {
            out.println("No optimiser on the classpath: add org.symbiosis:symbiosis-ortools to"
                    + " optimise.");
            return null;
        }
        OptimizationResult best = new LinearProgramOptimizer(Objective.emissions()).optimize(park);
        Ledger ledger = best.ledger().orElseThrow();
        out.printf(Locale.ROOT, "optimised residual %.3f t CO2e/yr (%s)%n",
                ledger.totals().residual(), best.solver());
        out.printf(Locale.ROOT, "one more t/yr of pipe capacity is worth %.5f t CO2e/yr%n",
                best.capacityValue(LinkId.of("co2-pipe")).orElse(0));
        out.printf(Locale.ROOT, "shadow price of captured CO2 at the cement plant: %.5f%n",
                best.shadowPrice(PlantId.of("cement"), CarrierId.of("co2-captured")).orElse(0));
        return best;
    }
}
