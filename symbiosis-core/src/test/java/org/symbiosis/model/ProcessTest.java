package org.symbiosis.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ProcessTest {

    @Test
    void acceptsAReferenceThatIsAlsoAnOutputOfAnotherSize() {
        Process capture = Process.builder("capture").reference("co2").input("co2", 1)
                .output("co2", 0.1).output("captured", 0.9).follows("co2").build();
        assertEquals(0.1, capture.output(CarrierId.of("co2")));
    }

    @Test
    void rejectsAReferenceCoefficientOtherThanOne() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Process.builder("kiln").reference("clinker").output("clinker", 2)
                        .fixed(1).build());
        assertEquals("The coefficient (2.0) of the reference carrier 'clinker' of process 'kiln'"
                + " must be 1: the activity is measured in it, so divide every coefficient by"
                + " 2.0.", e.getMessage());
    }

    @Test
    void rejectsAReferenceOfOneOnBothSides() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Process.builder("loop").reference("x").input("x", 1).output("x", 1)
                        .fixed(1).build());
        assertEquals("The reference carrier 'x' of process 'loop' is both an input and an output"
                + " with coefficient 1: the activity cannot be measured in it; choose another"
                + " reference.", e.getMessage());
    }

    @Test
    void rejectsAFixedActivityOverCapacity() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Process.builder("kiln").reference("clinker").output("clinker", 1)
                        .capacity(10).fixed(12).build());
        assertEquals("The fixed activity (12.0) of process 'kiln' exceeds its capacity (10.0):"
                + " lower the activity or raise the capacity.", e.getMessage());
    }

    @Test
    void rejectsFollowingACarrierThatIsNotAnInput() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Process.builder("mill").reference("cement").output("cement", 1)
                        .input("clinker", 0.745).follows("gypsum").build());
        assertEquals("The process 'mill' follows 'gypsum', which is not one of its inputs"
                + " [clinker]: follow an input.", e.getMessage());
    }
}
