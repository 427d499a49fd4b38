package org.symbiosis.model;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A node of the park: a facility with one or more processes.
 *
 * @param id        unique in the park
 * @param name      a readable name
 * @param sector    a free label such as {@code cement} or {@code power}
 * @param location  where it is, if known
 * @param processes its recipes, at least one
 * @param note      free text, typically the source of the numbers
 * @param site      the site the plant belongs to, a free label such as {@code shunan}; empty
 *                  for none. Reports add up the plants of each site
 */
public record Plant(PlantId id, String name, String sector, Optional<Location> location,
        List<Process> processes, String note, String site) {

    public Plant {
        checkNotNull(id, "A plant needs an id.");
        name = name == null || name.isBlank() ? id.value() : name;
        sector = sector == null ? "" : sector;
        location = location == null ? Optional.empty() : location;
        processes = List.copyOf(checkNotNull(processes, "processes of plant '%s'", id));
        Checks.require("plant '" + id + "'", !processes.isEmpty(),
                "The plant '%s' has no process: give it at least one recipe.", id);
        Set<ProcessId> seen = new HashSet<>();
        for (Process p : processes) {
            Checks.require("plant '" + id + "'", seen.add(p.id()), "The plant '%s' has the process id '%s' twice: make"
                    + " process ids unique.", id, p.id());
        }
        note = note == null ? "" : note;
        site = site == null ? "" : site.strip();
    }

    /** A plant of no site. */
    public Plant(PlantId id, String name, String sector, Optional<Location> location,
            List<Process> processes, String note) {
        this(id, name, sector, location, processes, note, "");
    }

    public static Plant of(String id, String sector, Process... processes) {
        return new Plant(PlantId.of(id), id, sector, Optional.empty(), List.of(processes), "");
    }

    public Plant withProcesses(List<Process> newProcesses) {
        return new Plant(id, name, sector, location, newProcesses, note, site);
    }

    /** This plant at the given site (empty: no site). */
    public Plant withSite(String newSite) {
        return new Plant(id, name, sector, location, processes, note, newSite);
    }

    /** Whether the plant names a site. */
    public boolean hasSite() {
        return !site.isEmpty();
    }
}
