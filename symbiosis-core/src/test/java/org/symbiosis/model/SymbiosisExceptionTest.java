package org.symbiosis.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.symbiosis.flow.UnsolvableParkException;

/** A prefix (the year, sample or run a problem arose in) keeps the type and the issues. */
class SymbiosisExceptionTest {

    private static final ParkIssue ISSUE = new ParkIssue(Severity.ERROR, "link 'pipe'",
            "The share (1.5) of link 'pipe' must be between 0 and 1.", "", "park.json:3:7",
            "1.5");

    @Test
    void aPrefixedInvalidParkExceptionKeepsItsTypeIssuesAndCause() {
        InvalidParkException original = new InvalidParkException(List.of(ISSUE));
        InvalidParkException prefixed = original.prefixed("Year 2030 (base): ");
        assertEquals(List.of(ISSUE.prefixed("Year 2030 (base): ")), prefixed.issues());
        assertEquals("link 'pipe'", prefixed.issues().get(0).element());
        assertEquals("1.5", prefixed.issues().get(0).value());
        assertEquals("park.json:3:7: Year 2030 (base): The share (1.5) of link 'pipe' must be"
                + " between 0 and 1.", prefixed.getMessage());
        assertSame(original, prefixed.getCause());
    }

    @Test
    void aPrefixedInvalidValueExceptionKeepsItsType() {
        InvalidValueException prefixed = new InvalidValueException("link 'pipe'", "1.5",
                "The share must be between 0 and 1.").prefixed("Year 2030: ");
        assertEquals("Year 2030: The share must be between 0 and 1.", prefixed.getMessage());
        assertEquals("1.5", prefixed.issues().get(0).value());
    }

    @Test
    void aPrefixedUnsolvableParkExceptionKeepsEveryProblem() {
        UnsolvableParkException prefixed = new UnsolvableParkException(List.of(
                ParkIssue.error("plant 'a'", "one."), ParkIssue.error("plant 'b'", "two.")))
                .prefixed("Sample 3: ");
        assertEquals(List.of("Sample 3: one.", "Sample 3: two."), prefixed.problems());
        assertEquals("plant 'b'", prefixed.issues().get(1).element());
    }

    @Test
    void aPrefixedPlainSymbiosisExceptionStaysOne() {
        SymbiosisException prefixed = new SymbiosisException(List.of(ISSUE)).prefixed("X: ");
        assertEquals(SymbiosisException.class, prefixed.getClass());
        assertEquals("X: " + ISSUE.message(), prefixed.issues().get(0).message());
    }
}
