package org.symbiosis.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.symbiosis.flow.FlowInvariants;
import org.symbiosis.flow.ParkIndex;
import org.symbiosis.generate.SyntheticParks;
import org.symbiosis.model.Carrier;
import org.symbiosis.model.DisposalKind;
import org.symbiosis.model.Link;
import org.symbiosis.model.Market;
import org.symbiosis.model.Park;
import org.symbiosis.model.Plant;
import org.symbiosis.model.Process;
import org.symbiosis.model.ProcessId;

/** The size of the assembled system: the variables the equations need, and entries linear. */
class BalanceSystemTest {

    /**
     * The synthetic park's system has the variables its equations need and no more (the
     * activities and the active flows: every has and need is substituted), and its baseline,
     * which has no loop, has no cyclic component.
     */
    @Test
    void aSyntheticParkIsAssembledWithoutAuxiliaryVariables() {
        Park park = SyntheticParks.generate(3, 1000);
        ParkIndex index = ParkIndex.of(park);
        for (boolean baseline : new boolean[] {false, true}) {
            boolean[] active = Simulator.activeLinks(index, baseline);
            int links = 0;
            for (boolean a : active) {
                links += a ? 1 : 0;
            }
            Simulator.Assembly assembly = Simulator.assemble(index, active);
            assertEquals(index.processCount() + links, assembly.variables(), "baseline "
                    + baseline);
            Convergence convergence = new Simulator().solveSystem(assembly);
            assertEquals(baseline ? 0 : 1, convergence.cyclicComponents(), "baseline " + baseline);
        }
    }

    /**
     * A hub: 30 sources push x into one plant, which pushes it on to 30 sinks (each a process
     * that follows x). Substituting what the hub has into the 30 push rows would take 900
     * entries; it stays one variable, so the system has 4 x 30 entries (the hub's row, the links
     * out, the links in, the sinks) and one variable more than the activities and flows. The sinks get 1/30 of 30 x 10 t each.
     *
     * <pre>
     *   s0..s29 (fixed 10 t x, push 1) --> hub --push 1/30 each--> k0..k29 (follow x)
     * </pre>
     */
    @Test
    void aHubKeepsWhatItHasAsOneVariable() {
        Park.Builder b = Park.builder().name("hub")
                .carrier(Carrier.of("x", "t"))
                .market(Market.disposal("x",
                        DisposalKind.LANDFILL, 0).withBuy(1, 0))
                .plant(Plant.of("hub", "hub", Process
                        .builder("hub.idle").reference("x").input("x", 1).fixed(0).build()));
        for (int i = 0; i < 30; i++) {
            b.plant(Plant.of("s" + i, "source", Process
                    .builder("s" + i + ".make").reference("x").output("x", 1).fixed(10)
                    .build()));
            b.plant(Plant.of("k" + i, "sink", Process
                    .builder("k" + i + ".use").reference("x").input("x", 1).follows("x")
                    .build()));
            b.link(Link.push("in" + i, "s" + i, "hub", "x", 1));
            b.link(Link.push("out" + i, "hub", "k" + i, "x", 1.0 / 30));
        }
        Park park = b.build();
        ParkIndex index = ParkIndex.of(park);
        Simulator.Assembly assembly = Simulator.assemble(index, Simulator.activeLinks(index,
                false));
        assertEquals(61 + 60 + 1, assembly.variables());
        assertEquals(4 * 30, assembly.entries());
        Simulation simulation = new Simulator().simulate(park);
        FlowInvariants.check(simulation.state(), "hub");
        for (int i = 0; i < 30; i++) {
            FlowInvariants.assertClose(10, simulation.state().activity(
                    ProcessId.of("k" + i + ".use")), "sink " + i);
        }
    }
}
