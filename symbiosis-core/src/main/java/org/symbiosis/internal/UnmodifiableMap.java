package org.symbiosis.internal;

import java.util.AbstractMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A map every mutator of which throws {@link UnsupportedOperationException}, whether or not it
 * would change anything, as Guava's {@code ImmutableMap} does: the base of the library's compact
 * immutable maps.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public abstract class UnmodifiableMap<K, V> extends AbstractMap<K, V> {

    /** For subclasses. */
    protected UnmodifiableMap() {
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
