package org.symbiosis.model;

import java.util.regex.Pattern;

/** Shared rules for the typed ids. */
final class Ids {

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9_.\\-]+");

    private Ids() {
    }

    static boolean isValid(String value) {
        return VALID.matcher(value).matches();
    }

    /** A valid id close to {@code value}, for error messages. */
    static String suggest(String value) {
        String cleaned = value.trim().replaceAll("[^A-Za-z0-9_.\\-]+", "-")
                .replaceAll("^-+|-+$", "");
        return cleaned.isEmpty() ? "plant-1" : cleaned;
    }
}
