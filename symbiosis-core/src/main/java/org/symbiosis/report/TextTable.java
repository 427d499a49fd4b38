package org.symbiosis.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A plain-text table with a header row (name and unit), text columns left-aligned and number
 * columns right-aligned. Build it row by row, then {@link #render()}. Mutable and not
 * thread-safe; the static formatters are, and use {@link Locale#ROOT} (a point for decimals, a
 * comma between thousands).
 */
public final class TextTable {

    private final List<String> headers = new ArrayList<>();
    private final List<String> units = new ArrayList<>();
    private final List<Boolean> numeric = new ArrayList<>();
    private final List<List<String>> rows = new ArrayList<>();

    /**
     * Adds a left-aligned text column.
     *
     * @param header the column's name
     * @return this table
     */
    public TextTable text(String header) {
        return column(header, "", false);
    }

    /**
     * Adds a right-aligned number column with its unit under the header.
     *
     * @param header the column's name
     * @param unit   e.g. {@code t CO2e/yr}, or empty for none
     * @return this table
     */
    public TextTable number(String header, String unit) {
        return column(header, unit, true);
    }

    private TextTable column(String header, String unit, boolean isNumber) {
        headers.add(header);
        units.add(unit);
        numeric.add(isNumber);
        return this;
    }

    /**
     * Adds a row of already formatted cells, one per column.
     *
     * @param cells the cells, in column order (see {@link #amount(double)} and the other
     *              formatters)
     * @return this table
     * @throws IllegalArgumentException if there are more or fewer cells than columns
     * @throws NullPointerException     if a cell is null
     */
    public TextTable row(String... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException("A row of " + cells.length + " cells in a table of "
                    + headers.size() + " columns.");
        }
        rows.add(List.of(cells));
        return this;
    }

    /**
     * The table as text: the header row, the unit row when any column has a unit, a rule of
     * dashes, then the rows in the order added. Columns are two spaces apart and as wide as
     * their widest cell; trailing spaces are stripped and every line ends with a newline.
     *
     * @return the table; the table can still grow after it
     */
    public String render() {
        int n = headers.size();
        int[] width = new int[n];
        for (int c = 0; c < n; c++) {
            width[c] = Math.max(headers.get(c).length(), units.get(c).length());
            for (List<String> row : rows) {
                width[c] = Math.max(width[c], row.get(c).length());
            }
        }
        StringBuilder sb = new StringBuilder();
        line(sb, headers, width);
        if (units.stream().anyMatch(u -> !u.isEmpty())) {
            line(sb, units, width);
        }
        StringBuilder rule = new StringBuilder();
        for (int c = 0; c < n; c++) {
            rule.append(c == 0 ? "" : "  ").append("-".repeat(width[c]));
        }
        sb.append(rule).append('\n');
        for (List<String> row : rows) {
            line(sb, row, width);
        }
        return sb.toString();
    }

    private void line(StringBuilder sb, List<String> cells, int[] width) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c);
            String pad = " ".repeat(width[c] - cell.length());
            line.append(c == 0 ? "" : "  ").append(numeric.get(c) ? pad + cell : cell + pad);
        }
        sb.append(line.toString().stripTrailing()).append('\n');
    }

    /**
     * A quantity with thousands separators: 1 decimal below 10,000, none above.
     *
     * @param value the quantity
     * @return e.g. {@code 1,234.5} or {@code 12,346}; {@code 0.0} when its magnitude is below
     *         0.05, {@code n/a} for NaN, {@code unlimited} or {@code -unlimited} for an infinity
     */
    public static String amount(double value) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "unlimited" : "-unlimited";
        }
        double rounded = Math.abs(value) < 0.05 ? 0 : value;
        return String.format(Locale.ROOT, Math.abs(rounded) >= 10_000 ? "%,.0f" : "%,.1f",
                rounded);
    }

    /**
     * A share as a percentage with one decimal.
     *
     * @param share a fraction, e.g. 0.25
     * @return e.g. {@code 25.0 %}; {@code n/a} for NaN
     */
    public static String percent(double share) {
        return Double.isNaN(share) ? "n/a" : String.format(Locale.ROOT, "%.1f %%", 100 * share);
    }

    /**
     * A signed change with its relative size, e.g. {@code -775.2 (-77.5 %)}.
     *
     * @param from the value before
     * @param to   the value after
     * @return {@code to - from} as {@link #amount(double)} writes it, with a {@code +} when it
     *         rises; the percentage of {@code |from|} is left out when {@code from} is 0 or the
     *         change is below 0.05
     */
    public static String change(double from, double to) {
        double delta = to - from;
        String amount = (delta > 0 ? "+" : "") + amount(delta);
        if (from == 0 || Math.abs(delta) < 0.05) {
            return amount;
        }
        return amount + String.format(Locale.ROOT, " (%+.1f %%)", 100 * delta / Math.abs(from));
    }
}
