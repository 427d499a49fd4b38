package org.symbiosis.io;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Where each element of a park file starts, {@code "line:column"} by its issue element name
 * ({@code plant 'kiln'}), as an unmodifiable map that holds no string per element: per kind of
 * element, an open-addressing table from the id (the string the park's id object holds) to the
 * line and column packed in a long. About 24 bytes per element instead of about 160 for a map of
 * strings; a name is built only when it is asked for. Iteration is in insertion order per kind,
 * kinds in the order first seen, then names of any other shape.
 */
final class Positions extends AbstractMap<String, String> {

    /** Per kind ({@code plant}, {@code link}, ...): the ids and their packed positions. */
    private final Map<String, IdTable> byKind = new LinkedHashMap<>();
    /** Names that are not {@code kind 'id'}, or positions that do not pack. */
    private final Map<String, String> other = new LinkedHashMap<>();
    private int size;

    /** Records {@code kind 'id'} at {@code line:column} unless it is recorded already. */
    void putIfAbsent(String kind, String id, long line, long column) {
        if (line < 0 || line > Integer.MAX_VALUE || column < 0 || column > 0xFFFF_FFFFL) {
            putIfAbsent(kind + " '" + id + "'", line + ":" + column);
            return;
        }
        if (byKind.computeIfAbsent(kind, k -> new IdTable()).putIfAbsent(id,
                line << 32 | column)) {
            size++;
        }
    }

    /** Records an element name of any shape at {@code position}, unless recorded already. */
    @Override
    public String putIfAbsent(String element, String position) {
        if (get(element) != null) {
            return get(element);
        }
        other.put(element, position);
        size++;
        return null;
    }

    @Override
    public String get(Object key) {
        if (!(key instanceof String element)) {
            return null;
        }
        String raw = other.get(element);
        if (raw != null) {
            return raw;
        }
        int quote = element.indexOf(" '");
        if (quote < 0 || !element.endsWith("'") || element.length() < quote + 3) {
            return null;
        }
        IdTable table = byKind.get(element.substring(0, quote));
        if (table == null) {
            return null;
        }
        long packed = table.get(element.substring(quote + 2, element.length() - 1));
        return packed < 0 ? null : (packed >>> 32) + ":" + (packed & 0xFFFF_FFFFL);
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, String>> iterator() {
                List<Iterator<Entry<String, String>>> parts = new ArrayList<>();
                byKind.forEach((kind, table) -> parts.add(table.entries(kind)));
                parts.add(other.entrySet().iterator());
                return new Iterator<>() {
                    private int part;

                    @Override
                    public boolean hasNext() {
                        while (part < parts.size() && !parts.get(part).hasNext()) {
                            part++;
                        }
                        return part < parts.size();
                    }

                    @Override
                    public Entry<String, String> next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        return parts.get(part).next();
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    /**
     * Ids to packed positions: linear probing over a power-of-two table at most half full, and
     * the order of insertion kept in a second array for iteration.
     */
    private static final class IdTable {
        private String[] keys = new String[16];
        private long[] values = new long[16];
        private int[] order = new int[8];
        private int count;

        /** Adds the id unless present; whether it was added. */
        boolean putIfAbsent(String id, long packed) {
            if (2 * (count + 1) > keys.length) {
                grow();
            }
            int mask = keys.length - 1;
            for (int i = id.hashCode() & mask; ; i = (i + 1) & mask) {
                if (keys[i] == null) {
                    keys[i] = id;
                    values[i] = packed;
                    if (count == order.length) {
                        order = java.util.Arrays.copyOf(order, 2 * count);
                    }
                    order[count++] = i;
                    return true;
                }
                if (keys[i].equals(id)) {
                    return false;
                }
            }
        }

        /** The packed position of {@code id}, or -1. */
        long get(String id) {
            int mask = keys.length - 1;
            for (int i = id.hashCode() & mask; keys[i] != null; i = (i + 1) & mask) {
                if (keys[i].equals(id)) {
                    return values[i];
                }
            }
            return -1;
        }

        private void grow() {
            String[] oldKeys = keys;
            long[] oldValues = values;
            int[] oldOrder = order;
            int n = count;
            keys = new String[2 * oldKeys.length];
            values = new long[keys.length];
            order = new int[Math.max(8, 2 * n)];
            count = 0;
            for (int k = 0; k < n; k++) {
                putIfAbsent(oldKeys[oldOrder[k]], oldValues[oldOrder[k]]);
            }
        }

        Iterator<Entry<String, String>> entries(String kind) {
            return new Iterator<>() {
                private int k;

                @Override
                public boolean hasNext() {
                    return k < count;
                }

                @Override
                public Entry<String, String> next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    int i = order[k++];
                    return Map.entry(kind + " '" + keys[i] + "'", (values[i] >>> 32) + ":"
                            + (values[i] & 0xFFFF_FFFFL));
                }
            };
        }
    }
}
