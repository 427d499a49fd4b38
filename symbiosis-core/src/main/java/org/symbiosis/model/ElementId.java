package org.symbiosis.model;

/**
 * The typed id of any element of a park, for results that may concern one kind or another (a
 * binding capacity is a process's or a link's). Switch over the kinds with a pattern:
 * {@code if (id instanceof ProcessId p) ...}.
 */
public sealed interface ElementId permits PlantId, ProcessId, LinkId, CarrierId {

    /**
     * The id as written.
     *
     * @return e.g. {@code co2-pipe}
     */
    String value();

    /**
     * The element's kind and id, as reports and messages name it.
     *
     * @return e.g. {@code link 'co2-pipe'}
     */
    String describe();
}
