package org.symbiosis.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.symbiosis.model.CarrierId;
import org.symbiosis.model.Link;
import org.symbiosis.model.LinkId;
import org.symbiosis.model.LinkRule;
import org.symbiosis.model.LinkStatus;
import org.symbiosis.model.PlantId;

/**
 * A park's links as columns: the ids' characters in one array, the plants and carrier as
 * indices, the rule as a fraction and a flag, and each number in its own array, left out when
 * every link has the default (no capacity limit, no loss, no cost, no distance, no transport
 * factor, existing, no note). A {@link Link} is made when one is asked for. Where a park of
 * records holds about 170 bytes per link (the record, its id, the id's text), the table holds
 * the id's characters and about 35 bytes more, so a park of 10^6 plants and 3.5 10^6 links
 * fits in a smaller heap.
 *
 * <p>Immutable; a read-only map in park order, looked up by id in O(1).
 */
public final class LinkTable extends UnmodifiableMap<LinkId, Link> {

    /** {@link LinkStatus#values()} once: it copies its array on every call. */
    static final LinkStatus[] STATUSES = LinkStatus.values();

    private final byte[] idChars;
    /** End of link i's id in {@link #idChars}; it starts where link i - 1's ends. */
    private final int[] idEnd;
    private final PlantId[] plants;
    private final CarrierId[] carriers;
    private final int[] from;
    private final int[] to;
    private final int[] carrier;
    private final double[] fraction;
    /** Pull rules; push where false. */
    private final boolean[] pull;
    private final boolean[] symbiosis;
    /** Null where every link has the default. */
    private final double[] capacity;
    private final double[] loss;
    private final double[] cost;
    private final double[] distance;
    private final double[] transportFactor;
    private final byte[] status;
    private final String[] note;
    /** Open addressing over link index + 1; 0 is empty. */
    private final int[] table;

    private LinkTable(Collection<Link> links, List<PlantId> plantOrder,
            List<CarrierId> carrierOrder) {
        int n = links.size();
        plants = plantOrder.toArray(new PlantId[0]);
        carriers = carrierOrder.toArray(new CarrierId[0]);
        DenseIndex<PlantId> plantIndex = DenseIndex.of(i -> plants[i], plants.length);
        DenseIndex<CarrierId> carrierIndex = DenseIndex.of(i -> carriers[i], carriers.length);
        byte[] chars = new byte[Math.max(16, n * 16)];
        idEnd = new int[n];
        from = new int[n];
        to = new int[n];
        carrier = new int[n];
        fraction = new double[n];
        pull = new boolean[n];
        symbiosis = new boolean[n];
        double[] capacityColumn = new double[n];
        double[] lossColumn = new double[n];
        double[] costColumn = new double[n];
        double[] distanceColumn = new double[n];
        double[] transportColumn = new double[n];
        byte[] statusColumn = new byte[n];
        String[] noteColumn = new String[n];
        boolean anyCapacity = false;
        boolean anyLoss = false;
        boolean anyCost = false;
        boolean anyDistance = false;
        boolean anyTransport = false;
        boolean anyStatus = false;
        boolean anyNote = false;
        int i = 0;
        int end = 0;
        for (Link link : links) {
            String id = link.id().value();
            if (chars.length - end < id.length()) {
                chars = Arrays.copyOf(chars, grownLength(chars.length, end + id.length()));
            }
            // Ids are ASCII (letters, digits, '_', '.', '-'): one byte per character.
            for (int c = 0; c < id.length(); c++) {
                chars[end++] = (byte) id.charAt(c);
            }
            idEnd[i] = end;
            from[i] = require(plantIndex.indexOf(link.from()), link, "plant", link.from());
            to[i] = require(plantIndex.indexOf(link.to()), link, "plant", link.to());
            carrier[i] = require(carrierIndex.indexOf(link.carrier()), link, "carrier",
                    link.carrier());
            fraction[i] = link.rule().fraction();
            pull[i] = link.rule() instanceof LinkRule.Pull;
            symbiosis[i] = link.symbiosis();
            capacityColumn[i] = link.capacity();
            anyCapacity |= link.capacity() != Double.POSITIVE_INFINITY;
            lossColumn[i] = link.loss();
            anyLoss |= Double.compare(link.loss(), 0) != 0;
            costColumn[i] = link.costPerUnit();
            anyCost |= Double.compare(link.costPerUnit(), 0) != 0;
            distanceColumn[i] = link.distanceKm();
            anyDistance |= Double.compare(link.distanceKm(), 0) != 0;
            transportColumn[i] = link.transportFactor();
            anyTransport |= Double.compare(link.transportFactor(), 0) != 0;
            statusColumn[i] = (byte) link.status().ordinal();
            anyStatus |= link.status() != LinkStatus.EXISTING;
            noteColumn[i] = link.note();
            anyNote |= !link.note().isEmpty();
            i++;
        }
        idChars = end == chars.length ? chars : Arrays.copyOf(chars, end);
        capacity = anyCapacity ? capacityColumn : null;
        loss = anyLoss ? lossColumn : null;
        cost = anyCost ? costColumn : null;
        distance = anyDistance ? distanceColumn : null;
        transportFactor = anyTransport ? transportColumn : null;
        status = anyStatus ? statusColumn : null;
        note = anyNote ? noteColumn : null;
        int capacityOfTable = 2;
        while (capacityOfTable * 3L < n * 4L + 4) {
            capacityOfTable <<= 1;
        }
        table = new int[capacityOfTable];
        int mask = capacityOfTable - 1;
        for (int l = 0; l < n; l++) {
            int slot = spread(hash(l)) & mask;
            while (table[slot] != 0) {
                if (sameId(table[slot] - 1, l)) {
                    throw new IllegalArgumentException("The link id '" + idText(l)
                            + "' is given twice.");
                }
                slot = (slot + 1) & mask;
            }
            table[slot] = l + 1;
        }
    }

    /**
     * The table of {@code links}, whose plants and carriers must be among the given ones.
     *
     * @param links        the links, in park order
     * @param plantOrder   the park's plants, in order
     * @param carrierOrder the park's carriers, in order
     * @return the table, equal as a map to {@code links} keyed by their ids
     * @throws IllegalArgumentException if a link names a plant or carrier not given, or two
     *                                  links have one id
     */
    public static LinkTable of(Collection<Link> links, List<PlantId> plantOrder,
            List<CarrierId> carrierOrder) {
        return new LinkTable(links, plantOrder, carrierOrder);
    }

    /**
     * A larger length for an array of id characters that must hold {@code needed}: doubled, at
     * most the largest array Java makes.
     *
     * @throws IllegalArgumentException if {@code needed} is beyond that
     */
    static int grownLength(int length, long needed) {
        long limit = Integer.MAX_VALUE - 16;
        if (needed > limit) {
            throw new IllegalArgumentException("The links' ids have " + needed
                    + " characters in all: more than one table holds (2^31).");
        }
        return (int) Math.min(limit, Math.max(needed, 2L * length));
    }

    private static int require(int index, Link link, String kind, Object id) {
        if (index < 0) {
            throw new IllegalArgumentException("The link '" + link.id() + "' names the " + kind
                    + " '" + id + "', which the park does not have.");
        }
        return index;
    }

    private int idStart(int l) {
        return l == 0 ? 0 : idEnd[l - 1];
    }

    private String idText(int l) {
        int start = idStart(l);
        return new String(idChars, start, idEnd[l] - start, StandardCharsets.ISO_8859_1);
    }

    /** {@link String#hashCode()} of link l's id, from its bytes. */
    private int hash(int l) {
        return hash(idChars, idStart(l), idEnd[l]);
    }

    /** {@link String#hashCode()} of an ASCII text held as bytes {@code [start, end)}. */
    static int hash(byte[] chars, int start, int end) {
        int h = 0;
        for (int c = start; c < end; c++) {
            h = 31 * h + (chars[c] & 0xff);
        }
        return h;
    }

    private boolean sameId(int a, int b) {
        int sa = idStart(a);
        int sb = idStart(b);
        int length = idEnd[a] - sa;
        if (idEnd[b] - sb != length) {
            return false;
        }
        for (int c = 0; c < length; c++) {
            if (idChars[sa + c] != idChars[sb + c]) {
                return false;
            }
        }
        return true;
    }

    private boolean idEquals(int l, String id) {
        return sameText(idChars, idStart(l), idEnd[l], id);
    }

    /** Whether the ASCII bytes {@code [start, end)} spell {@code id}. */
    static boolean sameText(byte[] chars, int start, int end, String id) {
        if (end - start != id.length()) {
            return false;
        }
        for (int c = 0; c < id.length(); c++) {
            if ((chars[start + c] & 0xff) != id.charAt(c)) {
                return false;
            }
        }
        return true;
    }

    /** Spreads a hash over a power-of-two table's slots. */
    static int spread(int h) {
        return (h ^ (h >>> 16)) * 0x9E3779B9;
    }

    @Override
    public int size() {
        return idEnd.length;
    }

    @Override
    protected LinkId keyAt(int l) {
        return LinkId.of(idText(l));
    }

    @Override
    protected Link valueAt(int l) {
        return link(l);
    }

    @Override
    protected int indexOf(Object key) {
        if (!(key instanceof LinkId id)) {
            return -1;
        }
        String text = id.value();
        int mask = table.length - 1;
        for (int slot = spread(text.hashCode()) & mask; table[slot] != 0;
                slot = (slot + 1) & mask) {
            int l = table[slot] - 1;
            if (idEquals(l, text)) {
                return l;
            }
        }
        return -1;
    }

    /**
     * The link at a position.
     *
     * @param l from 0 to {@link #size()} - 1, in park order
     * @return a new record equal to the link given
     */
    public Link link(int l) {
        return new Link(keyAt(l), plants[from[l]], plants[to[l]], carriers[carrier[l]],
                pull[l] ? LinkRule.pull(fraction[l]) : LinkRule.push(fraction[l]),
                capacity == null ? Double.POSITIVE_INFINITY : capacity[l],
                loss == null ? 0 : loss[l], cost == null ? 0 : cost[l],
                distance == null ? 0 : distance[l],
                status == null ? LinkStatus.EXISTING : STATUSES[status[l]],
                symbiosis[l], note == null ? "" : note[l],
                transportFactor == null ? 0 : transportFactor[l]);
    }

    /**
     * The position of a link.
     *
     * @param id the link's id
     * @return from 0 to {@link #size()} - 1, or -1 if the table has no such link
     */
    public int position(LinkId id) {
        return indexOf(id);
    }

    /**
     * The position of link l's source plant in the plant order the table was made with.
     *
     * @param l the link's position
     * @return the plant's position
     */
    public int from(int l) {
        return from[l];
    }

    /**
     * The position of link l's target plant in the plant order the table was made with.
     *
     * @param l the link's position
     * @return the plant's position
     */
    public int to(int l) {
        return to[l];
    }

    /**
     * The position of link l's carrier in the carrier order the table was made with.
     *
     * @param l the link's position
     * @return the carrier's position
     */
    public int carrier(int l) {
        return carrier[l];
    }

    /**
     * Link l's capacity, as {@link Link#capacity()}.
     *
     * @param l the link's position
     * @return carrier unit per year, {@code +Infinity} for unlimited
     */
    public double capacity(int l) {
        return capacity == null ? Double.POSITIVE_INFINITY : capacity[l];
    }

    /**
     * Link l's loss, as {@link Link#loss()}.
     *
     * @param l the link's position
     * @return the fraction lost on the way
     */
    public double loss(int l) {
        return loss == null ? 0 : loss[l];
    }

    /**
     * Link l's cost per unit carried, as {@link Link#costPerUnit()}.
     *
     * @param l the link's position
     * @return the park's currency per unit
     */
    public double costPerUnit(int l) {
        return cost == null ? 0 : cost[l];
    }

    /**
     * Link l's transport emissions per unit carried, as {@link Link#transportPerUnit(double)}.
     *
     * @param l             the link's position
     * @param tonnesPerUnit the carrier's mass per unit
     * @return t CO2e per unit
     */
    public double transportPerUnit(int l, double tonnesPerUnit) {
        double factor = transportFactor == null ? 0 : transportFactor[l];
        return factor == 0 ? 0 : (distance == null ? 0 : distance[l]) * factor * tonnesPerUnit;
    }

    /**
     * Whether link l's rule is a push share (else a pull cover).
     *
     * @param l the link's position
     * @return true for a push rule
     */
    public boolean push(int l) {
        return !pull[l];
    }

    /**
     * Link l's push share or pull cover, as {@link LinkRule#fraction()}.
     *
     * @param l the link's position
     * @return from 0 to 1
     */
    public double fraction(int l) {
        return fraction[l];
    }

    /**
     * Link l's status, as {@link Link#status()}.
     *
     * @param l the link's position
     * @return existing or candidate
     */
    public LinkStatus status(int l) {
        return status == null ? LinkStatus.EXISTING : STATUSES[status[l]];
    }

    /**
     * Whether link l is a symbiosis link, as {@link Link#symbiosis()}.
     *
     * @param l the link's position
     * @return true if the baseline switches it off
     */
    public boolean symbiosis(int l) {
        return symbiosis[l];
    }
}
