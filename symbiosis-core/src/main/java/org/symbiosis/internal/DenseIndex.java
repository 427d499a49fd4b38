package org.symbiosis.internal;

import java.util.List;
import java.util.function.IntFunction;

/**
 * The position of each key of a list of distinct keys, in an open-addressing table of ints that
 * holds no key of its own (it reads them back through {@code keyAt}): about 4 to 8 bytes per key
 * where a {@code HashMap<K, Integer>} takes about 60 (a node, a boxed index and a table slot).
 * A lookup is one hash and a few probes, comparing by identity first. Immutable once built; safe
 * to share across threads if the keys are.
 *
 * @param <K> the key type, with {@code equals} and {@code hashCode}
 */
public final class DenseIndex<K> {

    private final IntFunction<? extends K> keyAt;
    /** Position + 1 of the key in each slot, 0 for empty; a power of two, at most 3/4 full. */
    private final int[] table;

    private DenseIndex(IntFunction<? extends K> keyAt, int size) {
        this.keyAt = keyAt;
        int capacity = 2;
        while (capacity * 3L < size * 4L + 4) {
            capacity <<= 1;
        }
        this.table = new int[capacity];
        int mask = capacity - 1;
        for (int i = 0; i < size; i++) {
            K key = keyAt.apply(i);
            int slot = spread(key.hashCode()) & mask;
            while (table[slot] != 0) {
                if (keyAt.apply(table[slot] - 1).equals(key)) {
                    throw new IllegalArgumentException("The key '" + key + "' is given twice, at "
                            + (table[slot] - 1) + " and " + i + ".");
                }
                slot = (slot + 1) & mask;
            }
            table[slot] = i + 1;
        }
    }

    /**
     * Indexes the keys at positions 0 to {@code size - 1}, read through {@code keyAt} now and on
     * every lookup, so they must not change. Cost: O(size).
     *
     * @param <K>   the key type
     * @param keyAt the key at a position; not null
     * @param size  how many keys
     * @return the index
     * @throws IllegalArgumentException if two keys are equal
     */
    public static <K> DenseIndex<K> of(IntFunction<? extends K> keyAt, int size) {
        return new DenseIndex<>(keyAt, size);
    }

    /**
     * Indexes the elements of {@code keys}, which the index keeps and reads on every lookup.
     *
     * @param <K>  the key type
     * @param keys distinct, not null, not to be changed
     * @return the index
     * @throws IllegalArgumentException if two keys are equal
     */
    public static <K> DenseIndex<K> of(List<? extends K> keys) {
        return new DenseIndex<>(keys::get, keys.size());
    }

    private static int spread(int h) {
        return (h ^ (h >>> 16)) * 0x9E3779B9;
    }

    /**
     * The position of {@code key}.
     *
     * @param key any object; null finds nothing
     * @return its position, or -1 if it is not a key
     */
    public int indexOf(Object key) {
        if (key == null) {
            return -1;
        }
        int mask = table.length - 1;
        for (int slot = spread(key.hashCode()) & mask; table[slot] != 0;
                slot = (slot + 1) & mask) {
            int i = table[slot] - 1;
            K k = keyAt.apply(i);
            if (k == key || k.equals(key)) {
                return i;
            }
        }
        return -1;
    }
}
