package org.symbiosis.model;

import java.util.Arrays;
import java.util.Map;
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

    /** The position of {@code carrier}, or -1; ids by identity first. */
    @Override
    protected int indexOf(Object carrier) {
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
    protected CarrierId keyAt(int i) {
        return keys[i];
    }

    @Override
    protected Double valueAt(int i) {
        return values[i];
    }

    @Override
    public int size() {
        return keys.length;
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
