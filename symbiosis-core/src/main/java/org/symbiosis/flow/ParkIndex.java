package org.symbiosis.flow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.symbiosis.model.Carrier;
import org.symbiosis.model.CarrierId;
import org.symbiosis.model.Link;
import org.symbiosis.model.LinkId;
import org.symbiosis.model.Park;
import org.symbiosis.model.Plant;
import org.symbiosis.model.PlantId;
import org.symbiosis.model.Process;
import org.symbiosis.model.ProcessId;

/**
 * Dense int indices over a park's plants, carriers, processes, links and the (plant, carrier)
 * pairs at which a balance holds, so that engines work on primitive arrays. A pair exists for
 * every carrier a plant's processes use or make and every carrier a link brings or takes. Built
 * once per park in O(plants + processes * coefficients + links); immutable.
 */
public final class ParkIndex {

    private final Park park;
    private final List<PlantId> plants;
    private final List<Carrier> carriers;
    private final List<Process> processes;
    private final List<Link> links;
    private final Map<PlantId, Integer> plantIndex;
    private final Map<CarrierId, Integer> carrierIndex;
    private final Map<ProcessId, Integer> processIndex;
    private final Map<LinkId, Integer> linkIndex;
    private final int[] processPlant;
    private final int[] linkFrom;
    private final int[] linkTo;
    private final int[] linkCarrier;
    private final Map<Long, Integer> pairIndex;
    private final int[] pairPlant;
    private final int[] pairCarrier;
    private final int[] outStart;
    private final int[] outPair;
    private final double[] outCoefficient;
    private final int[] inStart;
    private final int[] inPair;
    private final double[] inCoefficient;
    private final int[] linkFromPair;
    private final int[] linkToPair;

    private ParkIndex(Park park) {
        this.park = park;
        plants = List.copyOf(park.plants().keySet());
        carriers = List.copyOf(park.carriers().values());
        processes = park.processes();
        links = List.copyOf(park.links().values());
        plantIndex = indexOf(plants);
        carrierIndex = new HashMap<>();
        for (int i = 0; i < carriers.size(); i++) {
            carrierIndex.put(carriers.get(i).id(), i);
        }
        processIndex = new HashMap<>();
        processPlant = new int[processes.size()];
        int r = 0;
        for (Plant plant : park.plants().values()) {
            for (Process process : plant.processes()) {
                processIndex.put(process.id(), r);
                processPlant[r++] = plantIndex.get(plant.id());
            }
        }
        linkIndex = new HashMap<>();
        linkFrom = new int[links.size()];
        linkTo = new int[links.size()];
        linkCarrier = new int[links.size()];
        for (int l = 0; l < links.size(); l++) {
            Link link = links.get(l);
            linkIndex.put(link.id(), l);
            linkFrom[l] = plantIndex.get(link.from());
            linkTo[l] = plantIndex.get(link.to());
            linkCarrier[l] = carrierIndex.get(link.carrier());
        }
        pairIndex = new HashMap<>();
        List<int[]> pairs = new ArrayList<>();
        for (int p = 0; p < processes.size(); p++) {
            Process process = processes.get(p);
            for (CarrierId c : process.inputs().keySet()) {
                addPair(pairs, processPlant[p], carrierIndex.get(c));
            }
            for (CarrierId c : process.outputs().keySet()) {
                addPair(pairs, processPlant[p], carrierIndex.get(c));
            }
        }
        for (int l = 0; l < links.size(); l++) {
            addPair(pairs, linkFrom[l], linkCarrier[l]);
            addPair(pairs, linkTo[l], linkCarrier[l]);
        }
        pairPlant = new int[pairs.size()];
        pairCarrier = new int[pairs.size()];
        for (int k = 0; k < pairs.size(); k++) {
            pairPlant[k] = pairs.get(k)[0];
            pairCarrier[k] = pairs.get(k)[1];
        }
        int outputs = 0;
        int inputs = 0;
        for (Process process : processes) {
            outputs += process.outputs().size();
            inputs += process.inputs().size();
        }
        outStart = new int[processes.size() + 1];
        outPair = new int[outputs];
        outCoefficient = new double[outputs];
        inStart = new int[processes.size() + 1];
        inPair = new int[inputs];
        inCoefficient = new double[inputs];
        int o = 0;
        int i = 0;
        for (int p = 0; p < processes.size(); p++) {
            Process process = processes.get(p);
            outStart[p] = o;
            for (Map.Entry<CarrierId, Double> e : process.outputs().entrySet()) {
                outPair[o] = pair(processPlant[p], carrierIndex.get(e.getKey()));
                outCoefficient[o++] = e.getValue();
            }
            inStart[p] = i;
            for (Map.Entry<CarrierId, Double> e : process.inputs().entrySet()) {
                inPair[i] = pair(processPlant[p], carrierIndex.get(e.getKey()));
                inCoefficient[i++] = e.getValue();
            }
        }
        outStart[processes.size()] = o;
        inStart[processes.size()] = i;
        linkFromPair = new int[links.size()];
        linkToPair = new int[links.size()];
        for (int l = 0; l < links.size(); l++) {
            linkFromPair[l] = pair(linkFrom[l], linkCarrier[l]);
            linkToPair[l] = pair(linkTo[l], linkCarrier[l]);
        }
    }

    /** Indexes {@code park}. */
    public static ParkIndex of(Park park) {
        return new ParkIndex(park);
    }

    private void addPair(List<int[]> pairs, int plant, int carrier) {
        long key = key(plant, carrier);
        if (!pairIndex.containsKey(key)) {
            pairIndex.put(key, pairs.size());
            pairs.add(new int[] {plant, carrier});
        }
    }

    private static long key(int plant, int carrier) {
        return ((long) plant << 32) | carrier;
    }

    private static <T> Map<T, Integer> indexOf(List<T> values) {
        Map<T, Integer> map = new HashMap<>();
        for (int i = 0; i < values.size(); i++) {
            map.put(values.get(i), i);
        }
        return map;
    }

    public Park park() {
        return park;
    }

    public int plantCount() {
        return plants.size();
    }

    public int carrierCount() {
        return carriers.size();
    }

    public int processCount() {
        return processes.size();
    }

    public int linkCount() {
        return links.size();
    }

    public int pairCount() {
        return pairPlant.length;
    }

    public PlantId plant(int index) {
        return plants.get(index);
    }

    public Carrier carrier(int index) {
        return carriers.get(index);
    }

    public Process process(int index) {
        return processes.get(index);
    }

    public Link link(int index) {
        return links.get(index);
    }

    public int plantIndex(PlantId id) {
        return require(plantIndex, id, "plant");
    }

    public int carrierIndex(CarrierId id) {
        return require(carrierIndex, id, "carrier");
    }

    public int processIndex(ProcessId id) {
        return require(processIndex, id, "process");
    }

    public int linkIndex(LinkId id) {
        return require(linkIndex, id, "link");
    }

    /** The plant that holds process {@code r}. */
    public int processPlant(int r) {
        return processPlant[r];
    }

    public int linkFrom(int l) {
        return linkFrom[l];
    }

    public int linkTo(int l) {
        return linkTo[l];
    }

    public int linkCarrier(int l) {
        return linkCarrier[l];
    }

    /** The pair index of (plant, carrier), or -1 when that plant never touches that carrier. */
    public int pair(int plant, int carrier) {
        Integer k = pairIndex.get(key(plant, carrier));
        return k == null ? -1 : k;
    }

    public int pairPlant(int pair) {
        return pairPlant[pair];
    }

    public int pairCarrier(int pair) {
        return pairCarrier[pair];
    }

    /** Outputs of process {@code r} are entries {@code outStart(r)} to {@code outStart(r+1)-1}. */
    public int outStart(int r) {
        return outStart[r];
    }

    /** The pair an output entry goes to. */
    public int outPair(int entry) {
        return outPair[entry];
    }

    /** Units of the carrier per unit of activity, for an output entry. */
    public double outCoefficient(int entry) {
        return outCoefficient[entry];
    }

    /** Inputs of process {@code r} are entries {@code inStart(r)} to {@code inStart(r+1)-1}. */
    public int inStart(int r) {
        return inStart[r];
    }

    public int inPair(int entry) {
        return inPair[entry];
    }

    public double inCoefficient(int entry) {
        return inCoefficient[entry];
    }

    /** The pair (source plant, carrier) of link {@code l}. */
    public int linkFromPair(int l) {
        return linkFromPair[l];
    }

    /** The pair (target plant, carrier) of link {@code l}. */
    public int linkToPair(int l) {
        return linkToPair[l];
    }

    private static <K> int require(Map<K, Integer> map, K key, String kind) {
        Integer i = map.get(key);
        if (i == null) {
            throw new IllegalArgumentException(String.format("The park has no %s '%s'.", kind,
                    key));
        }
        return i;
    }
}
