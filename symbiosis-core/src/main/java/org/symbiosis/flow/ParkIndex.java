package org.symbiosis.flow;

import java.util.List;
import java.util.Map;
import org.symbiosis.internal.DenseIndex;
import org.symbiosis.internal.LinkTable;
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
 * every carrier a plant's processes use or make and every carrier a link brings or takes; a
 * plant's pairs are contiguous, so {@link #pair} scans the few carriers of one plant. Built once
 * per park in O(plants + processes * coefficients + links); immutable (the id-to-index map for
 * processes is built lazily, as engines need only indices; the park's link table finds links).
 *
 * <p><b>Engine level.</b> Public for the engines in other packages and the benchmarks; not
 * part of the supported API: it may change in any release. Embedders use {@code Simulator.run},
 * the results' typed lookups and the model.
 */
public final class ParkIndex {

    private final Park park;
    private final List<PlantId> plants;
    private final List<Carrier> carriers;
    private final List<Process> processes;
    /** The park's links, as columns whose plant and carrier positions are this index's. */
    private final LinkTable links;
    private final DenseIndex<PlantId> plantIndex;
    private final DenseIndex<CarrierId> carrierIndex;
    private volatile DenseIndex<ProcessId> processIndex;
    private final int[] processPlant;
    private final int[] linkFrom;
    private final int[] linkTo;
    private final int[] linkCarrier;
    /** Pairs of plant p are {@code pairStart[p] .. pairStart[p+1]-1}, carriers ascending. */
    private final int[] pairStart;
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
        // A park keeps its links as a table in its own plant and carrier order, this index's.
        links = (LinkTable) park.links();
        plantIndex = DenseIndex.of(plants);
        carrierIndex = DenseIndex.of(i -> carriers.get(i).id(), carriers.size());
        processPlant = new int[processes.size()];
        int r = 0;
        int plantNumber = 0;
        for (Plant plant : park.plants().values()) {
            for (int j = 0; j < plant.processes().size(); j++) {
                processPlant[r++] = plantNumber;
            }
            plantNumber++;
        }
        linkFrom = new int[links.size()];
        linkTo = new int[links.size()];
        linkCarrier = new int[links.size()];
        for (int l = 0; l < links.size(); l++) {
            linkFrom[l] = links.from(l);
            linkTo[l] = links.to(l);
            linkCarrier[l] = links.carrier(l);
        }
        // Pairs, plant by plant: the carriers its processes and its links touch, ascending.
        int plantCount = plants.size();
        int[] incidence = new int[plantCount + 1];
        for (int l = 0; l < links.size(); l++) {
            incidence[linkFrom[l] + 1]++;
            incidence[linkTo[l] + 1]++;
        }
        for (int p = 0; p < plantCount; p++) {
            incidence[p + 1] += incidence[p];
        }
        int[] fillAt = java.util.Arrays.copyOf(incidence, plantCount);
        int[] incidentCarrier = new int[2 * links.size()];
        for (int l = 0; l < links.size(); l++) {
            incidentCarrier[fillAt[linkFrom[l]]++] = linkCarrier[l];
            incidentCarrier[fillAt[linkTo[l]]++] = linkCarrier[l];
        }
        int[] firstProcess = new int[plantCount + 1];
        for (int q = 0; q < processes.size(); q++) {
            firstProcess[processPlant[q] + 1]++;
        }
        for (int p = 0; p < plantCount; p++) {
            firstProcess[p + 1] += firstProcess[p];
        }
        pairStart = new int[plantCount + 1];
        int[] carriersOfPairs = new int[Math.max(16, 4 * plantCount)];
        int pairCount = 0;
        int[] buffer = new int[16];
        for (int p = 0; p < plantCount; p++) {
            int n = 0;
            for (int q = firstProcess[p]; q < firstProcess[p + 1]; q++) {
                Process process = processes.get(q);
                for (CarrierId c : process.inputs().keySet()) {
                    buffer = push(buffer, n++, carrierIndex.indexOf(c));
                }
                for (CarrierId c : process.outputs().keySet()) {
                    buffer = push(buffer, n++, carrierIndex.indexOf(c));
                }
            }
            for (int e = incidence[p]; e < incidence[p + 1]; e++) {
                buffer = push(buffer, n++, incidentCarrier[e]);
            }
            java.util.Arrays.sort(buffer, 0, n);
            pairStart[p] = pairCount;
            for (int i = 0; i < n; i++) {
                if (i == 0 || buffer[i] != buffer[i - 1]) {
                    if (pairCount == carriersOfPairs.length) {
                        carriersOfPairs = java.util.Arrays.copyOf(carriersOfPairs,
                                2 * pairCount);
                    }
                    carriersOfPairs[pairCount++] = buffer[i];
                }
            }
        }
        pairStart[plantCount] = pairCount;
        pairCarrier = java.util.Arrays.copyOf(carriersOfPairs, pairCount);
        pairPlant = new int[pairCount];
        for (int p = 0; p < plantCount; p++) {
            java.util.Arrays.fill(pairPlant, pairStart[p], pairStart[p + 1], p);
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
                outPair[o] = pair(processPlant[p], carrierIndex.indexOf(e.getKey()));
                outCoefficient[o++] = e.getValue();
            }
            inStart[p] = i;
            for (Map.Entry<CarrierId, Double> e : process.inputs().entrySet()) {
                inPair[i] = pair(processPlant[p], carrierIndex.indexOf(e.getKey()));
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

    /**
     * Indexes {@code park}. O(plants + processes * coefficients + links).
     *
     * @param park the park, which the index keeps
     * @return its index, immutable and safe to share between threads
     */
    public static ParkIndex of(Park park) {
        return new ParkIndex(park);
    }

    private static int[] push(int[] buffer, int at, int value) {
        int[] b = at < buffer.length ? buffer : java.util.Arrays.copyOf(buffer, 2 * buffer.length);
        b[at] = value;
        return b;
    }

    /**
     * The park indexed.
     *
     * @return the park given to {@link #of}
     */
    public Park park() {
        return park;
    }

    /**
     * The number of plants; plant indices run from 0 in park order.
     *
     * @return the number of plants
     */
    public int plantCount() {
        return plants.size();
    }

    /**
     * The number of carriers; carrier indices run from 0 in park order.
     *
     * @return the number of carriers
     */
    public int carrierCount() {
        return carriers.size();
    }

    /**
     * The number of processes; process indices run from 0, plant by plant.
     *
     * @return the number of processes
     */
    public int processCount() {
        return processes.size();
    }

    /**
     * The number of links; link indices run from 0 in park order.
     *
     * @return the number of links
     */
    public int linkCount() {
        return links.size();
    }

    /**
     * The number of (plant, carrier) pairs at which a balance holds.
     *
     * @return the number of pairs; a plant's pairs are contiguous, carriers ascending
     */
    public int pairCount() {
        return pairPlant.length;
    }

    /**
     * The plant at an index.
     *
     * @param index from 0 to {@link #plantCount()} - 1
     * @return its id
     */
    public PlantId plant(int index) {
        return plants.get(index);
    }

    /**
     * The carrier at an index.
     *
     * @param index from 0 to {@link #carrierCount()} - 1
     * @return the carrier
     */
    public Carrier carrier(int index) {
        return carriers.get(index);
    }

    /**
     * The process at an index.
     *
     * @param index from 0 to {@link #processCount()} - 1
     * @return the process
     */
    public Process process(int index) {
        return processes.get(index);
    }

    /**
     * The link at an index. A park's links are kept as columns, so this makes a new record on
     * each call: engines that loop over links read {@link #linkLoss}, {@link #linkCapacity},
     * {@link #linkPushes} and the like instead.
     *
     * @param index from 0 to {@link #linkCount()} - 1
     * @return the link
     */
    public Link link(int index) {
        return links.link(index);
    }

    /**
     * Link l's loss, as {@link Link#loss()}, without making the link.
     *
     * @param l the link's index
     * @return the fraction lost on the way
     */
    public double linkLoss(int l) {
        return links.loss(l);
    }

    /**
     * Link l's capacity, as {@link Link#capacity()}, without making the link.
     *
     * @param l the link's index
     * @return carrier unit per year, {@code +Infinity} for unlimited
     */
    public double linkCapacity(int l) {
        return links.capacity(l);
    }

    /**
     * Link l's cost per unit carried, as {@link Link#costPerUnit()}, without making the link.
     *
     * @param l the link's index
     * @return the park's currency per unit
     */
    public double linkCostPerUnit(int l) {
        return links.costPerUnit(l);
    }

    /**
     * Link l's transport emissions per unit, as {@link Link#transportPerUnit(double)}, without
     * making the link.
     *
     * @param l             the link's index
     * @param tonnesPerUnit the carrier's mass per unit
     * @return t CO2e per unit carried
     */
    public double linkTransportPerUnit(int l, double tonnesPerUnit) {
        return links.transportPerUnit(l, tonnesPerUnit);
    }

    /**
     * Whether link l pushes a share of its source (else it pulls a cover of its target's need).
     *
     * @param l the link's index
     * @return true for a push rule
     */
    public boolean linkPushes(int l) {
        return links.push(l);
    }

    /**
     * Link l's push share or pull cover, without making the link.
     *
     * @param l the link's index
     * @return from 0 to 1
     */
    public double linkFraction(int l) {
        return links.fraction(l);
    }

    /**
     * Whether link l exists (is not a candidate), without making the link.
     *
     * @param l the link's index
     * @return true if its status is {@link org.symbiosis.model.LinkStatus#EXISTING}
     */
    public boolean linkExists(int l) {
        return links.status(l) == org.symbiosis.model.LinkStatus.EXISTING;
    }

    /**
     * Whether link l is a symbiosis link (the baseline switches it off), without making it.
     *
     * @param l the link's index
     * @return {@link Link#symbiosis()}
     */
    public boolean linkSymbiosis(int l) {
        return links.symbiosis(l);
    }

    /**
     * The index of a plant.
     *
     * @param id the plant's id
     * @return from 0 to {@link #plantCount()} - 1
     * @throws org.symbiosis.model.InvalidValueException if the park has no such plant
     */
    public int plantIndex(PlantId id) {
        return require(plantIndex, id, "plant");
    }

    /**
     * The index of a carrier.
     *
     * @param id the carrier's id
     * @return from 0 to {@link #carrierCount()} - 1
     * @throws org.symbiosis.model.InvalidValueException if the park has no such carrier
     */
    public int carrierIndex(CarrierId id) {
        return require(carrierIndex, id, "carrier");
    }

    /**
     * The index of a process; the id map is built on first use (engines work on indices). Safe
     * under concurrent use: at worst two threads each build the map.
     *
     * @param id the process's id
     * @return from 0 to {@link #processCount()} - 1
     * @throws org.symbiosis.model.InvalidValueException if the park has no such process
     */
    public int processIndex(ProcessId id) {
        return require(processIds(), id, "process");
    }

    /**
     * The index of a plant, or -1: for lookups where a missing id is not an error.
     *
     * @param id the plant's id
     * @return from 0 to {@link #plantCount()} - 1, or -1 if the park has no such plant
     */
    public int plantIndexOrNegative(PlantId id) {
        return plantIndex.indexOf(id);
    }

    /**
     * The index of a process, or -1: for lookups where a missing id is not an error.
     *
     * @param id the process's id
     * @return from 0 to {@link #processCount()} - 1, or -1 if the park has no such process
     */
    public int processIndexOrNegative(ProcessId id) {
        return processIds().indexOf(id);
    }

    private DenseIndex<ProcessId> processIds() {
        DenseIndex<ProcessId> map = processIndex;
        if (map == null) {
            processIndex = map = DenseIndex.of(r -> processes.get(r).id(), processes.size());
        }
        return map;
    }

    /**
     * The index of a link; the id map is built on first use, as for processes.
     *
     * @param id the link's id
     * @return from 0 to {@link #linkCount()} - 1
     * @throws org.symbiosis.model.InvalidValueException if the park has no such link
     */
    public int linkIndex(LinkId id) {
        int l = links.position(id);
        if (l < 0) {
            throw noSuch("link", id);
        }
        return l;
    }

    /**
     * The plant that holds process {@code r}.
     *
     * @param r the process's index
     * @return the plant's index
     */
    public int processPlant(int r) {
        return processPlant[r];
    }

    /**
     * The plant link {@code l} leaves.
     *
     * @param l the link's index
     * @return the source plant's index
     */
    public int linkFrom(int l) {
        return linkFrom[l];
    }

    /**
     * The plant link {@code l} reaches.
     *
     * @param l the link's index
     * @return the target plant's index
     */
    public int linkTo(int l) {
        return linkTo[l];
    }

    /**
     * The carrier link {@code l} carries.
     *
     * @param l the link's index
     * @return the carrier's index
     */
    public int linkCarrier(int l) {
        return linkCarrier[l];
    }

    /**
     * The pair index of (plant, carrier), or -1 when that plant never touches that carrier.
     * O(carriers of the plant).
     *
     * @param plant   the plant's index
     * @param carrier the carrier's index
     * @return the pair's index, or -1
     */
    public int pair(int plant, int carrier) {
        for (int k = pairStart[plant]; k < pairStart[plant + 1]; k++) {
            if (pairCarrier[k] == carrier) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The plant of a pair.
     *
     * @param pair the pair's index
     * @return the plant's index
     */
    public int pairPlant(int pair) {
        return pairPlant[pair];
    }

    /**
     * The carrier of a pair.
     *
     * @param pair the pair's index
     * @return the carrier's index
     */
    public int pairCarrier(int pair) {
        return pairCarrier[pair];
    }

    /**
     * Outputs of process {@code r} are entries {@code outStart(r)} to {@code outStart(r+1)-1}.
     *
     * @param r the process's index, or {@link #processCount()} for the end of the last
     * @return the first output entry of {@code r}
     */
    public int outStart(int r) {
        return outStart[r];
    }

    /**
     * The pair an output entry goes to.
     *
     * @param entry an output entry, see {@link #outStart}
     * @return the pair's index (the process's plant and the carrier made)
     */
    public int outPair(int entry) {
        return outPair[entry];
    }

    /**
     * Units of the carrier per unit of activity, for an output entry.
     *
     * @param entry an output entry, see {@link #outStart}
     * @return the output coefficient, carrier unit per reference unit
     */
    public double outCoefficient(int entry) {
        return outCoefficient[entry];
    }

    /**
     * Inputs of process {@code r} are entries {@code inStart(r)} to {@code inStart(r+1)-1}.
     *
     * @param r the process's index, or {@link #processCount()} for the end of the last
     * @return the first input entry of {@code r}
     */
    public int inStart(int r) {
        return inStart[r];
    }

    /**
     * The pair an input entry draws from.
     *
     * @param entry an input entry, see {@link #inStart}
     * @return the pair's index (the process's plant and the carrier used)
     */
    public int inPair(int entry) {
        return inPair[entry];
    }

    /**
     * Units of the carrier per unit of activity, for an input entry.
     *
     * @param entry an input entry, see {@link #inStart}
     * @return the input coefficient, carrier unit per reference unit
     */
    public double inCoefficient(int entry) {
        return inCoefficient[entry];
    }

    /**
     * The pair (source plant, carrier) of link {@code l}.
     *
     * @param l the link's index
     * @return the pair's index
     */
    public int linkFromPair(int l) {
        return linkFromPair[l];
    }

    /**
     * The pair (target plant, carrier) of link {@code l}.
     *
     * @param l the link's index
     * @return the pair's index
     */
    public int linkToPair(int l) {
        return linkToPair[l];
    }

    private static <K> int require(DenseIndex<K> map, K key, String kind) {
        int i = map.indexOf(key);
        if (i < 0) {
            throw noSuch(kind, key);
        }
        return i;
    }

    private static org.symbiosis.model.InvalidValueException noSuch(String kind, Object key) {
        return new org.symbiosis.model.InvalidValueException(kind + " '" + key + "'",
                String.valueOf(key), String.format("The park has no %s '%s': look it up by an"
                        + " id the park has.", kind, key));
    }
}
