package org.symbiosis.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.function.Supplier;
import org.symbiosis.flow.FlowState;
import org.symbiosis.flow.ParkIndex;
import org.symbiosis.generate.SyntheticParks;
import org.symbiosis.ledger.Ledger;
import org.symbiosis.model.Link;
import org.symbiosis.model.LinkStatus;
import org.symbiosis.model.Park;
import org.symbiosis.simulate.Simulation;
import org.symbiosis.simulate.Simulator;

/**
 * Where the time of {@link Simulator#run} goes on a synthetic park, phase by phase, with and
 * without symbiosis: index, assembly, the fixed point, settlement at the markets, ledger. Best of
 * n, wall clock and CPU time of this thread (garbage collection runs in other threads, so the
 * gap between the two is mostly the collector and the machine's other load): {@code java -Xmx6g
 * -cp benchmarks/target/benchmarks.jar org.symbiosis.benchmarks.SimulatePhases 1000000 3}.
 */
public final class SimulatePhases {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private SimulatePhases() {
    }

    /**
     * Prints the phases' times.
     *
     * @param args the number of plants (default 100,000) and of repeats (default 3)
     */
    public static void main(String[] args) {
        int plants = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Park park = SyntheticParks.generate(42, plants);
        System.out.printf(Locale.ROOT, "%d plants, %d links; best of %d, ms (wall / cpu)%n",
                plants, park.links().size(), repeats);
        ParkIndex index = ParkIndex.of(park);
        time("index", repeats, () -> ParkIndex.of(park));
        Simulator simulator = new Simulator();
        for (boolean baseline : new boolean[] {false, true}) {
            String scenario = baseline ? "without symbiosis: " : "with symbiosis:    ";
            boolean[] active = new boolean[index.linkCount()];
            for (int l = 0; l < active.length; l++) {
                Link link = index.link(l);
                active[l] = link.status() == LinkStatus.EXISTING
                        && !(baseline && link.symbiosis());
            }
            Simulator.Assembly assembly = time(scenario + "assemble", repeats,
                    () -> Simulator.assemble(index, active));
            time(scenario + "fixed point", repeats, () -> simulator.solveSystem(assembly));
            Simulation simulation = simulator.solve(assembly);
            FlowState state = simulation.state();
            double[] activity = new double[index.processCount()];
            double[] flow = new double[index.linkCount()];
            for (int r = 0; r < activity.length; r++) {
                activity[r] = state.activity(r);
            }
            for (int l = 0; l < flow.length; l++) {
                flow[l] = state.flow(l);
            }
            time(scenario + "settle", repeats,
                    () -> FlowState.settle(index, activity, flow, active));
            time(scenario + "ledger", repeats, () -> Ledger.of(state));
        }
    }

    private static <T> T time(String phase, int repeats, Supplier<T> body) {
        double wall = Double.MAX_VALUE;
        double cpu = Double.MAX_VALUE;
        T result = null;
        for (int i = 0; i < repeats; i++) {
            result = null;
            long t = System.nanoTime();
            long c = THREADS.getCurrentThreadCpuTime();
            result = body.get();
            cpu = Math.min(cpu, (THREADS.getCurrentThreadCpuTime() - c) / 1e6);
            wall = Math.min(wall, (System.nanoTime() - t) / 1e6);
        }
        System.out.printf(Locale.ROOT, "%-35s %9.0f %9.0f%n", phase, wall, cpu);
        return result;
    }
}
