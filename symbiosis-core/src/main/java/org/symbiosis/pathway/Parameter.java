package org.symbiosis.pathway;

import org.symbiosis.model.Park;
import org.symbiosis.model.ParkPath;

/**
 * A number in a park that a scenario changes: a {@link ParkPath} (see there for the paths), as
 * written in a scenario file. Immutable; equal when the paths are.
 */
public final class Parameter {

    private final ParkPath path;

    /**
     * Parses a path.
     *
     * @param path e.g. {@code process:power.coal:fixed}
     * @throws org.symbiosis.model.InvalidValueException if the path is not one the tool knows
     */
    public Parameter(String path) {
        this.path = ParkPath.parse(path);
    }

    /**
     * The path as written.
     *
     * @return e.g. {@code link:co2-pipe:share}
     */
    public String path() {
        return path.toString();
    }

    /**
     * The parsed path.
     *
     * @return the path to read and set the number with
     */
    public ParkPath parsed() {
        return path;
    }

    /**
     * Checks that the element exists in {@code park}.
     *
     * @param park the park
     * @return a message naming the element and the fix, or null if fine
     */
    public String problemIn(Park park) {
        return path.problemIn(park).orElse(null);
    }

    /** The value in {@code park}. */
    double read(Park park) {
        return path.read(park);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Parameter other && path.equals(other.path);
    }

    @Override
    public int hashCode() {
        return path.hashCode();
    }

    @Override
    public String toString() {
        return path.toString();
    }
}
