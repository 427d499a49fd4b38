package org.symbiosis.model;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;
import org.symbiosis.internal.UnmodifiableMap;

/**
 * A process's coefficients by carrier, as an unmodifiable map in insertion order held in two
 * arrays: about 100 bytes for three carriers where an {@code ImmutableMap} of boxed doubles takes
 * about 300 (entries, hash table, boxed values and cached key and entry sets). A recipe has a few
 * carriers, so a lookup is a linear scan, O(size), that compares ids by identity first (the ids of
 * a built park are interned). Equal to any map with the same entries; immutable and safe to share
 * across processes and threads.
 */
final class Coefficients extends UnmodifiableMap<CarrierId, Double> {

    private static final Coefficients EMPTY = new Coefficients(new CarrierId[0], new double[0]);

    private final CarrierId[] keys;
    private final double[] values;

    private Coefficients(CarrierId[] keys, double[] values) {
        this.keys = keys;
        this.values = values;
    }

    /**
     * The coefficients of {@code map}, in its iteration order; {@code map} itself if it is already
     * one.
     *
     * @throws NullPointerException if a key or a value is null
     */
    static Coefficients copyOf(Map<CarrierId, Double> map) {
        if (map instanceof Coefficients c) {
            return c;
        }
        int n = map.size();
        if (n == 0) {
            return EMPTY;
        }
        CarrierId[] keys = new CarrierId[n];
        double[] values = new double[n];
        int i = 0;
        for (Map.Entry<CarrierId, Double> e : map.entrySet()) {
            if (i == n) {
                throw new IllegalStateException("The map changed while it was copied.");
            }
            keys[i] = java.util.Objects.requireNonNull(e.getKey(), "A carrier is null.");
            values[i] = java.util.Objects.requireNonNull(e.getValue(),
                    "The coefficient of '" + e.getKey() + "' is null.");
            i++;
        }
        if (i != n) {
            keys = Arrays.copyOf(keys, i);
            values = Arrays.copyOf(values, i);
        }
        return new Coefficients(keys, values);
    }

    /** The position of {@code carrier}, or -1. */
    private int indexOf(Object carrier) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] == carrier) {
                return i;
            }
        }
        for (int i = 0; i < keys.length; i++) {
            if (keys[i].equals(carrier)) {
                return i;
            }
        }
        return -1;
    }

    /** The coefficient of {@code carrier}, or {@code otherwise} if it has none; no boxing. */
    double coefficient(CarrierId carrier, double otherwise) {
        int i = indexOf(carrier);
        return i < 0 ? otherwise : values[i];
    }

    @Override
    public int size() {
        return keys.length;
    }

    @Override
    public boolean isEmpty() {
        return keys.length == 0;
    }

    @Override
    public boolean containsKey(Object key) {
        return key != null && indexOf(key) >= 0;
    }

    @Override
    public Double get(Object key) {
        int i = key == null ? -1 : indexOf(key);
        return i < 0 ? null : values[i];
    }

    @Override
    public Double getOrDefault(Object key, Double defaultValue) {
        int i = key == null ? -1 : indexOf(key);
        return i < 0 ? defaultValue : values[i];
    }

    @Override
    public void forEach(BiConsumer<? super CarrierId, ? super Double> action) {
        for (int i = 0; i < keys.length; i++) {
            action.accept(keys[i], values[i]);
        }
    }

    @Override
    public Set<Map.Entry<CarrierId, Double>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<CarrierId, Double>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < keys.length;
                    }

                    @Override
                    public Map.Entry<CarrierId, Double> next() {
                        if (next >= keys.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new AbstractMap.SimpleImmutableEntry<>(keys[i], values[i]);
                    }
                };
            }

            @Override
            public int size() {
                return keys.length;
            }
        };
    }

    @Override
    public Set<CarrierId> keySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<CarrierId> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < keys.length;
                    }

                    @Override
                    public CarrierId next() {
                        if (next >= keys.length) {
                            throw new NoSuchElementException();
                        }
                        return keys[next++];
                    }
                };
            }

            @Override
            public boolean contains(Object o) {
                return containsKey(o);
            }

            @Override
            public int size() {
                return keys.length;
            }
        };
    }

    /** A new view each time: a cached one would cost every map a field and an object. */
    @Override
    public java.util.Collection<Double> values() {
        return new java.util.AbstractCollection<>() {
            @Override
            public Iterator<Double> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < values.length;
                    }

                    @Override
                    public Double next() {
                        if (next >= values.length) {
                            throw new NoSuchElementException();
                        }
                        return values[next++];
                    }
                };
            }

            @Override
            public int size() {
                return values.length;
            }
        };
    }

    @Override
    public boolean equals(Object o) {
        if (o instanceof Coefficients other) {
            if (other.keys.length != keys.length) {
                return false;
            }
            for (int i = 0; i < keys.length; i++) {
                int j = other.indexOf(keys[i]);
                if (j < 0 || Double.doubleToLongBits(values[i])
                        != Double.doubleToLongBits(other.values[j])) {
                    return false;
                }
            }
            return true;
        }
        return super.equals(o);
    }

    @Override
    public int hashCode() {
        int h = 0;
        for (int i = 0; i < keys.length; i++) {
            h += keys[i].hashCode() ^ Double.hashCode(values[i]);
        }
        return h;
    }
}
