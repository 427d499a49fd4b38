package org.symbiosis.resilience;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.symbiosis.model.LinkId;
import org.symbiosis.model.PlantId;

/**
 * What is taken out of a park at once: plants (their processes stop and all their links vanish)
 * and links (the link vanishes). One element for an N-1 outage, several for N-k.
 *
 * @param plants the plants taken out, each once, in the order given
 * @param links  the links taken out, each once, in the order given
 */
public record Outage(List<PlantId> plants, List<LinkId> links) {

    /**
     * Checks that the outage takes out something, and nothing twice.
     *
     * @param plants the plants taken out
     * @param links  the links taken out
     * @throws NullPointerException     if a list is null
     * @throws IllegalArgumentException if both are empty or one names an element twice
     */
    public Outage {
        plants = List.copyOf(checkNotNull(plants, "plants"));
        links = List.copyOf(checkNotNull(links, "links"));
        checkArgument(!plants.isEmpty() || !links.isEmpty(),
                "An outage takes out at least one plant or link.");
        checkArgument(new HashSet<>(plants).size() == plants.size(),
                "The outage names a plant twice: %s.", plants);
        checkArgument(new HashSet<>(links).size() == links.size(),
                "The outage names a link twice: %s.", links);
    }

    /**
     * One plant out.
     *
     * @param plant the plant
     * @return the outage of that plant alone
     */
    public static Outage of(PlantId plant) {
        return new Outage(List.of(plant), List.of());
    }

    /**
     * One link out.
     *
     * @param link the link
     * @return the outage of that link alone
     */
    public static Outage of(LinkId link) {
        return new Outage(List.of(), List.of(link));
    }

    /**
     * Whether exactly one plant and no link is out (an N-1 plant outage).
     *
     * @return true for a single plant
     */
    public boolean singlePlant() {
        return plants.size() == 1 && links.isEmpty();
    }

    /**
     * Whether exactly one link and no plant is out (an N-1 link outage).
     *
     * @return true for a single link
     */
    public boolean singleLink() {
        return links.size() == 1 && plants.isEmpty();
    }

    /**
     * A readable label.
     *
     * @return such as {@code plant tokuyama-power} or {@code plants a, b; link c}
     */
    public String label() {
        List<String> parts = new ArrayList<>();
        if (!plants.isEmpty()) {
            parts.add((plants.size() == 1 ? "plant " : "plants ") + String.join(", ",
                    plants.stream().map(PlantId::value).toList()));
        }
        if (!links.isEmpty()) {
            parts.add((links.size() == 1 ? "link " : "links ") + String.join(", ",
                    links.stream().map(LinkId::value).toList()));
        }
        return String.join("; ", parts);
    }
}
