package org.symbiosis.internal;

import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import org.symbiosis.model.CarrierId;
import org.symbiosis.model.Link;
import org.symbiosis.model.LinkId;
import org.symbiosis.model.LinkRule;
import org.symbiosis.model.LinkStatus;
import org.symbiosis.model.PlantId;

/**
 * A park builder's links: an insertion-ordered map of links by id, as a
 * {@link java.util.LinkedHashMap} behaves ({@code put} of a held id keeps its place, a removed
 * id added again goes last), kept as columns so that reading a park of millions of links does
 * not hold a record, an id, its text and a map entry per link (about 215 bytes) while the park
 * is checked and built: here the id's characters and about 40 bytes more, the numbers that no
 * link has set taking no room. A {@link Link} is made when one is asked for.
 *
 * <p>Not thread-safe; its views reflect later changes, as a map's do, and its iterators fail
 * fast on a change made beside them. A removed link's slot is not reused (a builder removes
 * few links): its characters stay until the buffer is cleared.
 */
public final class LinkBuffer extends AbstractMap<LinkId, Link> {

    private static final int FIRST = 16;

    private byte[] idChars = new byte[FIRST * 16];
    private int idLength;
    private int[] idStart = new int[FIRST];
    private int[] idEnd = new int[FIRST];
    private PlantId[] from = new PlantId[FIRST];
    private PlantId[] to = new PlantId[FIRST];
    private CarrierId[] carrier = new CarrierId[FIRST];
    private double[] fraction = new double[FIRST];
    private boolean[] pull = new boolean[FIRST];
    private boolean[] symbiosis = new boolean[FIRST];
    private boolean[] removed = new boolean[FIRST];
    /** Made when the first link sets them; until then every link has the default. */
    private double[] capacity;
    private double[] loss;
    private double[] cost;
    private double[] distance;
    private double[] transportFactor;
    private byte[] status;
    private String[] note;
    /** Slots used, removed ones included. */
    private int used;
    /** Adds and removes, for iterators to fail fast as a LinkedHashMap's do. */
    private int modifications;
    private int live;
    /** Open addressing over slot + 1 (0 empty), removed slots included. */
    private int[] table = new int[64];

    /** An empty buffer. */
    public LinkBuffer() {
    }

    @Override
    public int size() {
        return live;
    }

    @Override
    public boolean containsKey(Object key) {
        return find(key) >= 0;
    }

    @Override
    public Link get(Object key) {
        int slot = find(key);
        return slot < 0 ? null : link(slot);
    }

    @Override
    public Link put(LinkId id, Link link) {
        Objects.requireNonNull(link);
        if (!link.id().equals(id)) {
            throw new IllegalArgumentException("The link " + link.id() + " is put under '" + id
                    + "', not under its own id.");
        }
        int slot = find(id);
        if (slot >= 0) {
            Link old = link(slot);
            set(slot, link);
            return old;
        }
        append(link);
        return null;
    }

    @Override
    public Link putIfAbsent(LinkId id, Link link) {
        int slot = find(id);
        if (slot >= 0) {
            return link(slot);
        }
        put(id, link);
        return null;
    }

    @Override
    public Link remove(Object key) {
        int slot = find(key);
        if (slot < 0) {
            return null;
        }
        Link old = link(slot);
        removed[slot] = true;
        live--;
        modifications++;
        return old;
    }

    @Override
    public void clear() {
        LinkBuffer empty = new LinkBuffer();
        idChars = empty.idChars;
        idLength = 0;
        idStart = empty.idStart;
        idEnd = empty.idEnd;
        from = empty.from;
        to = empty.to;
        carrier = empty.carrier;
        fraction = empty.fraction;
        pull = empty.pull;
        symbiosis = empty.symbiosis;
        removed = empty.removed;
        capacity = null;
        loss = null;
        cost = null;
        distance = null;
        transportFactor = null;
        status = null;
        note = null;
        used = 0;
        live = 0;
        modifications++;
        table = empty.table;
    }

    /**
     * Replaces every link's plant and carrier ids by the ones the functions give (equal ids, so
     * that the park keeps one object of each), in place.
     *
     * @param plant   the id object to keep for a plant id
     * @param carrier the id object to keep for a carrier id
     */
    public void internIds(java.util.function.UnaryOperator<PlantId> plant,
            java.util.function.UnaryOperator<CarrierId> carrier) {
        for (int slot = 0; slot < used; slot++) {
            if (!removed[slot]) {
                from[slot] = plant.apply(from[slot]);
                to[slot] = plant.apply(to[slot]);
                this.carrier[slot] = carrier.apply(this.carrier[slot]);
            }
        }
    }

    private void append(Link link) {
        if (used == from.length) {
            grow();
        }
        String id = link.id().value();
        if (idChars.length - idLength < id.length()) {
            idChars = Arrays.copyOf(idChars, LinkTable.grownLength(idChars.length,
                    (long) idLength + id.length()));
        }
        int slot = used++;
        idStart[slot] = idLength;
        // Ids are ASCII (letters, digits, '_', '.', '-'): one byte per character.
        for (int c = 0; c < id.length(); c++) {
            idChars[idLength++] = (byte) id.charAt(c);
        }
        idEnd[slot] = idLength;
        set(slot, link);
        live++;
        modifications++;
        if (used * 4L > table.length * 3L) {
            rehash(table.length * 2);
        } else {
            insert(slot);
        }
    }

    private void set(int slot, Link link) {
        from[slot] = link.from();
        to[slot] = link.to();
        carrier[slot] = link.carrier();
        fraction[slot] = link.rule().fraction();
        pull[slot] = link.rule() instanceof LinkRule.Pull;
        symbiosis[slot] = link.symbiosis();
        capacity = store(capacity, slot, link.capacity(), Double.POSITIVE_INFINITY);
        loss = store(loss, slot, link.loss(), 0);
        cost = store(cost, slot, link.costPerUnit(), 0);
        distance = store(distance, slot, link.distanceKm(), 0);
        transportFactor = store(transportFactor, slot, link.transportFactor(), 0);
        if (status != null || link.status() != LinkStatus.EXISTING) {
            if (status == null) {
                status = new byte[from.length];
            }
            status[slot] = (byte) link.status().ordinal();
        }
        if (note != null || !link.note().isEmpty()) {
            if (note == null) {
                note = new String[from.length];
                Arrays.fill(note, "");
            }
            note[slot] = link.note();
        }
    }

    /** Stores a value, making the column (filled with the default) when it first differs. */
    private double[] store(double[] column, int slot, double value, double absent) {
        if (column == null) {
            if (Double.compare(value, absent) == 0) {
                return null;
            }
            column = new double[from.length];
            Arrays.fill(column, absent);
        }
        column[slot] = value;
        return column;
    }

    private void grow() {
        int n = from.length * 2;
        idStart = Arrays.copyOf(idStart, n);
        idEnd = Arrays.copyOf(idEnd, n);
        from = Arrays.copyOf(from, n);
        to = Arrays.copyOf(to, n);
        carrier = Arrays.copyOf(carrier, n);
        fraction = Arrays.copyOf(fraction, n);
        pull = Arrays.copyOf(pull, n);
        symbiosis = Arrays.copyOf(symbiosis, n);
        removed = Arrays.copyOf(removed, n);
        capacity = grown(capacity, n, Double.POSITIVE_INFINITY);
        loss = grown(loss, n, 0);
        cost = grown(cost, n, 0);
        distance = grown(distance, n, 0);
        transportFactor = grown(transportFactor, n, 0);
        if (status != null) {
            status = Arrays.copyOf(status, n);
        }
        if (note != null) {
            int old = note.length;
            note = Arrays.copyOf(note, n);
            Arrays.fill(note, old, n, "");
        }
    }

    private static double[] grown(double[] column, int n, double absent) {
        if (column == null) {
            return null;
        }
        int old = column.length;
        double[] copy = Arrays.copyOf(column, n);
        Arrays.fill(copy, old, n, absent);
        return copy;
    }

    private void rehash(int capacityOfTable) {
        table = new int[capacityOfTable];
        for (int slot = 0; slot < used; slot++) {
            insert(slot);
        }
    }

    private void insert(int slot) {
        int mask = table.length - 1;
        int i = LinkTable.spread(hash(slot)) & mask;
        while (table[i] != 0) {
            i = (i + 1) & mask;
        }
        table[i] = slot + 1;
    }

    /** The live slot of an id, or -1. */
    private int find(Object key) {
        if (!(key instanceof LinkId id)) {
            return -1;
        }
        String text = id.value();
        int mask = table.length - 1;
        for (int i = LinkTable.spread(text.hashCode()) & mask; table[i] != 0;
                i = (i + 1) & mask) {
            int slot = table[i] - 1;
            if (!removed[slot] && idEquals(slot, text)) {
                return slot;
            }
        }
        return -1;
    }

    private int hash(int slot) {
        return LinkTable.hash(idChars, idStart[slot], idEnd[slot]);
    }

    private boolean idEquals(int slot, String id) {
        return LinkTable.sameText(idChars, idStart[slot], idEnd[slot], id);
    }

    private LinkId id(int slot) {
        return LinkId.of(new String(idChars, idStart[slot], idEnd[slot] - idStart[slot],
                StandardCharsets.ISO_8859_1));
    }

    private Link link(int slot) {
        return new Link(id(slot), from[slot], to[slot], carrier[slot],
                pull[slot] ? LinkRule.pull(fraction[slot]) : LinkRule.push(fraction[slot]),
                capacity == null ? Double.POSITIVE_INFINITY : capacity[slot],
                loss == null ? 0 : loss[slot], cost == null ? 0 : cost[slot],
                distance == null ? 0 : distance[slot],
                status == null ? LinkStatus.EXISTING : LinkTable.STATUSES[status[slot]],
                symbiosis[slot], note == null ? "" : note[slot],
                transportFactor == null ? 0 : transportFactor[slot]);
    }

    @Override
    public Set<Map.Entry<LinkId, Link>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<LinkId, Link>> iterator() {
                return new Iterator<>() {
                    private int next = advance(0);
                    private int last = -1;
                    private int expected = modifications;

                    private void check() {
                        if (modifications != expected) {
                            throw new java.util.ConcurrentModificationException();
                        }
                    }

                    private int advance(int slot) {
                        while (slot < used && removed[slot]) {
                            slot++;
                        }
                        return slot;
                    }

                    @Override
                    public boolean hasNext() {
                        return next < used;
                    }

                    @Override
                    public Map.Entry<LinkId, Link> next() {
                        check();
                        if (next >= used) {
                            throw new NoSuchElementException();
                        }
                        last = next;
                        next = advance(next + 1);
                        Link link = link(last);
                        return new SimpleImmutableEntry<>(link.id(), link);
                    }

                    @Override
                    public void remove() {
                        check();
                        if (last < 0 || removed[last]) {
                            throw new IllegalStateException();
                        }
                        removed[last] = true;
                        live--;
                        modifications++;
                        expected = modifications;
                    }
                };
            }

            @Override
            public int size() {
                return live;
            }
        };
    }
}
