package org.symbiosis.internal;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * An unmodifiable map from each element's id to the element, in insertion order, that stores
 * only the elements: the key of an element is read from it ({@code Link::id}), and an
 * open-addressing table of ints finds it. About 10 bytes per element where an
 * {@code ImmutableMap} takes 40 to 70 (an entry object per element, its hash table, and for a
 * large map whose id hashes collide a {@code HashMap} behind it). Lookups cost one hash and a few
 * probes; iteration walks the array. Equal to any map with the same entries.
 *
 * @param <K> the id type
 * @param <V> the element type
 */
public final class IdMap<K, V> extends UnmodifiableMap<K, V> {

    private final Object[] elements;
    /** Gives each element's key; null when {@link #keys} holds them. */
    private final Function<? super V, ? extends K> keyOf;
    /** The key of each element, when not read from it; else null. */
    private final Object[] keys;
    /** Where each key is. */
    private final DenseIndex<K> index;

    private IdMap(Object[] elements, Function<? super V, ? extends K> keyOf, Object[] keys) {
        this.elements = elements;
        this.keyOf = keyOf;
        this.keys = keys;
        this.index = DenseIndex.of(this::keyAt, elements.length);
    }

    /**
     * The values of {@code map}, in its order, keyed by {@code keyOf}, which must give each
     * value's key in {@code map}; {@code map} itself if it is an {@code IdMap}. Cost: O(size).
     *
     * @param <K>   the id type
     * @param <V>   the element type
     * @param map   the elements by id, in order; no null value
     * @param keyOf reads an element's id ({@code Link::id})
     * @return the unmodifiable map
     * @throws IllegalArgumentException if a value's key is not its key in {@code map}
     * @throws NullPointerException     if a value is null
     */
    public static <K, V> IdMap<K, V> copyOf(Map<K, V> map,
            Function<? super V, ? extends K> keyOf) {
        if (map instanceof IdMap<K, V> done) {
            return done;
        }
        Object[] elements = new Object[map.size()];
        int i = 0;
        for (Map.Entry<K, V> e : map.entrySet()) {
            V value = Objects.requireNonNull(e.getValue());
            if (!keyOf.apply(value).equals(e.getKey())) {
                throw new IllegalArgumentException("The element " + value + " is held under '"
                        + e.getKey() + "', not under its own id.");
            }
            elements[i++] = value;
        }
        return new IdMap<>(elements, keyOf, null);
    }

    /**
     * The entries of {@code map}, in its order, keys and values held in two arrays (for values
     * that do not hold their key): about 14 bytes an entry; {@code map} itself if it is an
     * {@code IdMap}. Cost: O(size).
     *
     * @param <K> the key type
     * @param <V> the value type
     * @param map the entries; no null key or value
     * @return the unmodifiable map
     * @throws NullPointerException if a key or value is null
     */
    public static <K, V> IdMap<K, V> copyOf(Map<K, V> map) {
        if (map instanceof IdMap<K, V> done) {
            return done;
        }
        Object[] keys = new Object[map.size()];
        Object[] elements = new Object[map.size()];
        int i = 0;
        for (Map.Entry<K, V> e : map.entrySet()) {
            keys[i] = Objects.requireNonNull(e.getKey());
            elements[i++] = Objects.requireNonNull(e.getValue());
        }
        return new IdMap<>(elements, null, keys);
    }

    @Override
    @SuppressWarnings("unchecked")
    protected V valueAt(int i) {
        return (V) elements[i];
    }

    @Override
    @SuppressWarnings("unchecked")
    protected K keyAt(int i) {
        return keys != null ? (K) keys[i] : keyOf.apply(valueAt(i));
    }

    @Override
    protected int indexOf(Object key) {
        return index.indexOf(key);
    }

    @Override
    public int size() {
        return elements.length;
    }

    @Override
    public boolean containsValue(Object value) {
        for (Object e : elements) {
            if (e.equals(value)) {
                return true;
            }
        }
        return false;
    }
}
