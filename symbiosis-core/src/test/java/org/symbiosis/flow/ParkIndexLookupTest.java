package org.symbiosis.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.symbiosis.model.InvalidValueException;
import org.symbiosis.model.Link;
import org.symbiosis.model.LinkId;
import org.symbiosis.model.Park;
import org.symbiosis.model.PlantId;
import org.symbiosis.simulate.Simulator;

/** A state looked up by an id the park does not have says which id, as the model's errors do. */
class ParkIndexLookupTest {

    @Test
    void aMissingIdIsNamed() {
        Park park = org.symbiosis.generate.SyntheticParks.generate(42, 10);
        FlowState state = new Simulator().simulate(park).state();
        Link first = park.links().values().iterator().next();
        assertEquals(state.flow(state.index().linkIndex(first.id())), state.flow(first.id()));
        InvalidValueException link = assertThrows(InvalidValueException.class,
                () -> state.flow(LinkId.of("nowhere")));
        assertEquals("The park has no link 'nowhere': look it up by an id the park has.",
                link.getMessage());
        assertEquals("link 'nowhere'", link.issues().get(0).element());
        InvalidValueException plant = assertThrows(InvalidValueException.class,
                () -> state.index().plantIndex(PlantId.of("c9-power")));
        assertEquals("The park has no plant 'c9-power': look it up by an id the park has.",
                plant.getMessage());
    }
}
