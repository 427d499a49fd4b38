package org.symbiosis.internal;

import java.util.Collection;

/** "Did you mean" suggestions for unknown ids, by edit distance. */
public final class Suggestions {

    private Suggestions() {
    }

    /**
     * The candidate closest to {@code unknown} by Levenshtein distance, or {@code null} when none
     * is within a third of its length (at least 2 edits). Case is ignored; of candidates equally
     * close, the first in {@code candidates}' order wins.
     *
     * @param unknown    the id or name that was not found, as written
     * @param candidates the ids or names that exist
     * @return the closest candidate as spelt in {@code candidates}, or {@code null}
     */
    public static String closest(String unknown, Collection<String> candidates) {
        String best = null;
        int bestDistance = Math.max(2, unknown.length() / 3) + 1;
        for (String candidate : candidates) {
            int d = distance(unknown.toLowerCase(), candidate.toLowerCase());
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best;
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1),
                        previous[j - 1] + cost);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length()];
    }
}
