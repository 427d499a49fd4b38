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

    /**
     * Checks the plant, copies its processes and fills in defaults: the id for a null or blank
     * name, empty texts for a null sector and note, no location for null, and the site stripped
     * of surrounding blanks (null for none).
     *
     * @param id        unique in the park
     * @param name      a readable name; null or blank for the id
     * @param sector    a free label such as {@code cement}; null for none
     * @param location  where it is; empty or null if unknown
     * @param processes its recipes: at least one, with process ids unique in the plant
     * @param note      free text; null for none
     * @param site      the site the plant belongs to; null or empty for none
     * @throws NullPointerException  if {@code id}, {@code processes} or one of the processes is
     *                               null
     * @throws InvalidValueException if there is no process or two processes share an id
     */
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

    /**
     * A plant of no site.
     *
     * @param id        unique in the park
     * @param name      a readable name; null or blank for the id
     * @param sector    a free label such as {@code cement}; null for none
     * @param location  where it is; empty or null if unknown
     * @param processes its recipes: at least one, with process ids unique in the plant
     * @param note      free text; null for none
     * @throws NullPointerException  if {@code id}, {@code processes} or one of the processes is
     *                               null
     * @throws InvalidValueException if there is no process or two processes share an id
     */
    public Plant(PlantId id, String name, String sector, Optional<Location> location,
            List<Process> processes, String note) {
        this(id, name, sector, location, processes, note, "");
    }

    /**
     * A plant named after its id, of no site, with no location and no note.
     *
     * @param id        the plant id, e.g. {@code kiln}
     * @param sector    a free label such as {@code cement}
     * @param processes its recipes: at least one, with process ids unique in the plant
     * @return the plant
     * @throws InvalidValueException if the id is not valid, no process is given or two share an
     *                               id
     */
    public static Plant of(String id, String sector, Process... processes) {
        return new Plant(PlantId.of(id), id, sector, Optional.empty(), List.of(processes), "");
    }

    /**
     * This plant with other processes.
     *
     * @param newProcesses its recipes: at least one, with process ids unique in the plant
     * @return the changed plant
     * @throws InvalidValueException if there is no process or two processes share an id
     */
    public Plant withProcesses(List<Process> newProcesses) {
        return new Plant(id, name, sector, location, newProcesses, note, site);
    }

    /**
     * This plant at the given site (empty: no site).
     *
     * @param newSite a free label such as {@code shunan}, stripped of surrounding blanks; null or
     *                empty for none
     * @return the changed plant
     */
    public Plant withSite(String newSite) {
        return new Plant(id, name, sector, location, processes, note, newSite);
    }

    /**
     * This plant with {@code process} in place of its process of the same id.
     *
     * @param process the changed process
     * @return the changed plant
     * @throws InvalidValueException if the plant has no process of that id
     */
    public Plant withProcess(Process process) {
        List<Process> changed = new java.util.ArrayList<>(processes);
        int at = -1;
        for (int i = 0; i < changed.size(); i++) {
            if (changed.get(i).id().equals(process.id())) {
                at = i;
            }
        }
        Checks.require("plant '" + id + "'", at >= 0, "The plant '%s' has no process '%s' to"
                + " replace; its processes are %s.", id, process.id(),
                processes.stream().map(Process::id).toList());
        changed.set(at, process);
        return withProcesses(changed);
    }

    /**
     * This plant with another name.
     *
     * @param newName the name for reports
     * @return the changed plant
     */
    public Plant withName(String newName) {
        return new Plant(id, newName, sector, location, processes, note, site);
    }

    /**
     * This plant with another sector.
     *
     * @param newSector a free label such as {@code cement}
     * @return the changed plant
     */
    public Plant withSector(String newSector) {
        return new Plant(id, name, newSector, location, processes, note, site);
    }

    /**
     * This plant at another location.
     *
     * @param newLocation where it is, or null for unknown
     * @return the changed plant
     */
    public Plant withLocation(Location newLocation) {
        return new Plant(id, name, sector, Optional.ofNullable(newLocation), processes, note,
                site);
    }

    /**
     * This plant with another note.
     *
     * @param text the note
     * @return the changed plant
     */
    public Plant withNote(String text) {
        return new Plant(id, name, sector, location, processes, text, site);
    }

    /**
     * Whether the plant names a site.
     *
     * @return true unless its site is empty
     */
    public boolean hasSite() {
        return !site.isEmpty();
    }
}
