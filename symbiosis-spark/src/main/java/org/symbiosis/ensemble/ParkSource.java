package org.symbiosis.ensemble;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.Serializable;
import org.symbiosis.generate.SyntheticParks;
import org.symbiosis.io.ParkFiles;
import org.symbiosis.model.Park;

/**
 * Where a park of an ensemble comes from, in a form that can be shipped to another machine and
 * built there: the text of a park file, or a synthetic park's size and seed.
 */
public sealed interface ParkSource extends Serializable permits ParkSource.Json,
        ParkSource.Synthetic {

    /**
     * Builds the park: O(size of the park).
     *
     * @throws org.symbiosis.io.ParkFileException if the text is not a valid park
     */
    Park park();

    /** The park file's text, named {@code source} in messages (a path or an example's name). */
    static ParkSource json(String source, String json) {
        return new Json(source, json);
    }

    /** {@code park} as park-file text (written by {@link ParkFiles#toJson}). */
    static ParkSource of(Park park) {
        return new Json(park.name(), ParkFiles.toJson(park));
    }

    /** A synthetic park of {@link SyntheticParks#generate}. */
    static ParkSource synthetic(int plants, long seed) {
        return new Synthetic(plants, seed);
    }

    /** The text of a park file (docs/park-format.md). */
    record Json(String source, String json) implements ParkSource {
        private static final long serialVersionUID = 1L;

        /** Checks that both are given. */
        public Json {
            checkNotNull(source, "A park source needs a name.");
            checkNotNull(json, "The park source '%s' has no text.", source);
        }

        @Override
        public Park park() {
            return ParkFiles.parse(json, source).park();
        }

        @Override
        public String toString() {
            return "park file " + source + " (" + json.length() + " characters)";
        }
    }

    /** A synthetic park: {@code SyntheticParks.generate(seed, plants)}. */
    record Synthetic(int plants, long seed) implements ParkSource {
        private static final long serialVersionUID = 1L;

        /** Checks the size as the generator does. */
        public Synthetic {
            checkArgument(plants >= 10 && plants <= 10_000_000, "A synthetic park has 10 to"
                    + " 10,000,000 plants, not %s.", plants);
        }

        @Override
        public Park park() {
            return SyntheticParks.generate(seed, plants);
        }
    }
}
