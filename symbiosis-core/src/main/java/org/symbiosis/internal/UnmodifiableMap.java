package org.symbiosis.internal;

import java.util.AbstractCollection;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * A map every mutator of which throws {@link UnsupportedOperationException}, whether or not it
 * would change anything, as Guava's {@code ImmutableMap} does: the base of the library's compact
 * immutable maps. Its entries have positions {@code 0 .. size()-1} in iteration order; a
 * subclass gives the key and value at a position and the position of a key, and the views
 * ({@link #entrySet()}, {@link #keySet()}, {@link #values()}), lookups and {@link #forEach} come
 * from those, made anew on each call (a cached view would cost every map a field).
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public abstract class UnmodifiableMap<K, V> extends AbstractMap<K, V> {

    /** For subclasses. */
    protected UnmodifiableMap() {
    }

    /**
     * The key at a position.
     *
     * @param i from 0 to {@code size() - 1}
     * @return the key, not null
     */
    protected abstract K keyAt(int i);

    /**
     * The value at a position.
     *
     * @param i from 0 to {@code size() - 1}
     * @return the value, not null
     */
    protected abstract V valueAt(int i);

    /**
     * The position of a key.
     *
     * @param key any object, or null
     * @return its position, or -1 if the map does not hold it
     */
    protected abstract int indexOf(Object key);

    @Override
    public boolean isEmpty() {
        return size() == 0;
    }

    @Override
    public boolean containsKey(Object key) {
        return key != null && indexOf(key) >= 0;
    }

    @Override
    public V get(Object key) {
        int i = key == null ? -1 : indexOf(key);
        return i < 0 ? null : valueAt(i);
    }

    @Override
    public V getOrDefault(Object key, V defaultValue) {
        int i = key == null ? -1 : indexOf(key);
        return i < 0 ? defaultValue : valueAt(i);
    }

    @Override
    public void forEach(BiConsumer<? super K, ? super V> action) {
        for (int i = 0; i < size(); i++) {
            action.accept(keyAt(i), valueAt(i));
        }
    }

    /** Walks the positions in order, mapping each with {@code view}. */
    private <T> Iterator<T> iterator(IntFunction<T> view) {
        int size = size();
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < size;
            }

            @Override
            public T next() {
                if (next >= size) {
                    throw new NoSuchElementException();
                }
                return view.apply(next++);
            }
        };
    }

    @Override
    public Set<Map.Entry<K, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<K, V>> iterator() {
                return UnmodifiableMap.this.iterator(i -> new SimpleImmutableEntry<>(keyAt(i),
                        valueAt(i)));
            }

            @Override
            public boolean contains(Object o) {
                if (!(o instanceof Map.Entry<?, ?> e)) {
                    return false;
                }
                int i = e.getKey() == null ? -1 : indexOf(e.getKey());
                return i >= 0 && valueAt(i).equals(e.getValue());
            }

            @Override
            public int size() {
                return UnmodifiableMap.this.size();
            }
        };
    }

    @Override
    public Set<K> keySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<K> iterator() {
                return UnmodifiableMap.this.iterator(UnmodifiableMap.this::keyAt);
            }

            @Override
            public boolean contains(Object o) {
                return containsKey(o);
            }

            @Override
            public int size() {
                return UnmodifiableMap.this.size();
            }
        };
    }

    @Override
    public Collection<V> values() {
        return new AbstractCollection<>() {
            @Override
            public Iterator<V> iterator() {
                return UnmodifiableMap.this.iterator(UnmodifiableMap.this::valueAt);
            }

            @Override
            public int size() {
                return UnmodifiableMap.this.size();
            }
        };
    }

    private static UnsupportedOperationException unmodifiable() {
        return new UnsupportedOperationException("The map is immutable.");
    }

    /** @throws UnsupportedOperationException always */
    @Override
    public final V put(K key, V value) {
        throw unmodifiable();
    }

    /** @throws UnsupportedOperationException always */
    @Override
    public final void putAll(Map<? extends K, ? extends V> m) {
        throw unmodifiable();
    }

    /** @throws UnsupportedOperationException always */
    @Override
    public final V remove(Object key) {
        throw unmodifiable();
    }

    /** @throws UnsupportedOperationException always */
    @Override
    public final boolean remove(Object key, Object value) {
        throw unmodifiable();
    }

    /** @throws UnsupportedOperationException always */
    @Override
    public final void clear() {
        throw unmodifiable();
    }

    /** @throws UnsupportedOperationException always */
    @Override
    public final V putIfAbsent(K key, V value) {
        throw unmodifiable();
    }

    /** @throws UnsupportedOperationException always */
    @Override
    public final boolean replace(K key, V oldValue, V newValue) {
        throw unmodifiable();
    }

    /** @throws UnsupportedOperationException always */
    @Override
    public final V replace(K key, V value) {
        throw unmodifiable();
    }

    /** @throws UnsupportedOperationException always */
    @Override
    public final void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) {
        throw unmodifiable();
    }

    /** @throws UnsupportedOperationException always */
    @Override
    public final V computeIfAbsent(K key, Function<? super K, ? extends V> mappingFunction) {
        throw unmodifiable();
    }

    /** @throws UnsupportedOperationException always */
    @Override
    public final V computeIfPresent(K key,
            BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        throw unmodifiable();
    }

    /** @throws UnsupportedOperationException always */
    @Override
    public final V compute(K key,
            BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        throw unmodifiable();
    }

    /** @throws UnsupportedOperationException always */
    @Override
    public final V merge(K key, V value,
            BiFunction<? super V, ? super V, ? extends V> remappingFunction) {
        throw unmodifiable();
    }
}
