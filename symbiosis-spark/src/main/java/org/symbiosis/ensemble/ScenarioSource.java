package org.symbiosis.ensemble;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.Serializable;
import org.symbiosis.io.ScenarioFiles;
import org.symbiosis.pathway.Scenario;

/**
 * The text of a scenario file (docs/scenario-format.md), named {@code source} in messages, in a
 * form that can be shipped to another machine. Its {@code park} field is not read here: the
 * ensemble run gives the park.
 */
public record ScenarioSource(String source, String json) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Checks that both are given. */
    public ScenarioSource {
        checkNotNull(source, "A scenario source needs a name.");
        checkNotNull(json, "The scenario source '%s' has no text.", source);
    }

    /**
     * The scenario on {@code park}: O(size of the scenario) plus building the park.
     *
     * @throws org.symbiosis.io.ParkFileException if the text is not a valid scenario, or a
     *                                            change does not fit the park
     */
    public Scenario scenario(ParkSource park) {
        return ScenarioFiles.parse(json, source, name -> park.park());
    }

    /** The scenario on an already built {@code park}. */
    public Scenario scenario(org.symbiosis.model.Park park) {
        return ScenarioFiles.parse(json, source, name -> park);
    }

    @Override
    public String toString() {
        return "scenario file " + source + " (" + json.length() + " characters)";
    }
}
