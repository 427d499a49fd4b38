package org.symbiosis.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each wither of a model record changes its one component and keeps every other. */
class WithersTest {

    /** Asserts that {@code after} differs from {@code before} in exactly {@code changed}. */
    static void assertOnlyChanged(Record before, Record after, String... changed) {
        Set<String> names = Set.of(changed);
        for (RecordComponent c : before.getClass().getRecordComponents()) {
            Object a;
            Object b;
            try {
                a = c.getAccessor().invoke(before);
                b = c.getAccessor().invoke(after);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
            if (names.contains(c.getName())) {
                assertNotEquals(a, b, c.getName() + " of " + before + " should change");
            } else {
                assertEquals(a, b, c.getName() + " of " + before + " should stay");
            }
        }
    }

    @Test
    void candidateWithersChangeOneComponent() {
        Candidate c = new Candidate("process:kiln", Candidate.Kind.EXPAND, 10, 5, 20, 2, 100,
                "note");
        assertOnlyChanged(c, c.withKind(Candidate.Kind.BUILD), "kind");
        assertOnlyChanged(c, c.withCapexPerUnit(11), "capexPerUnit");
        assertOnlyChanged(c, c.withCapexFixed(6), "capexFixed");
        assertOnlyChanged(c, c.withLifetimeYears(30), "lifetimeYears");
        assertOnlyChanged(c, c.withFixedOmPerYear(3), "fixedOmPerYear");
        assertOnlyChanged(c, c.withMaxExpansion(50), "maxExpansion");
        assertOnlyChanged(c, c.withNote("other"), "note");
        // A wither checks as the constructor does.
        assertThrows(InvalidValueException.class, () -> c.withLifetimeYears(0));
    }

    @Test
    void targetWithersChangeOneComponent() {
        Target t = new Target("t", "d", 1000, 0.351, Target.Metric.RESIDUAL);
        assertOnlyChanged(t, t.withDescription("e"), "description");
        assertOnlyChanged(t, t.withBaseEmissions(900), "baseEmissions");
        assertOnlyChanged(t, t.withReduction(1), "reduction");
        assertOnlyChanged(t, t.withMetric(Target.Metric.NET), "metric");
        assertThrows(InvalidValueException.class, () -> t.withReduction(1.5));
    }

    @Test
    void reportedWithersChangeOneComponent() {
        Reported r = new Reported("r", List.of(PlantId.of("a")), Reported.Quantity.SCOPE1, null,
                100, null, 2019, "docs/sources.md", 0.03, "n");
        assertOnlyChanged(r, r.withPlants(List.of(PlantId.of("a"), PlantId.of("b"))), "plants");
        assertOnlyChanged(r, r.withQuantity(Reported.Quantity.RESIDUAL, null), "quantity");
        assertOnlyChanged(r, r.withQuantity(Reported.Quantity.OUTPUT, CarrierId.of("clinker")),
                "quantity", "carrier");
        assertOnlyChanged(r, r.withValue(120), "value");
        assertOnlyChanged(r, r.withYear(2020), "year");
        assertOnlyChanged(r, r.withSource("elsewhere"), "source");
        assertOnlyChanged(r, r.withTolerance(0.05), "tolerance");
        assertOnlyChanged(r, r.withNote("m"), "note");
        assertOnlyChanged(r, r.withUnit("t CO2/yr"), "unit");
    }

    @Test
    void measureFinanceLocationAndAccountingWithersChangeOneComponent() {
        Measure m = new Measure("m", "d", Map.of("process:p:fixed", 1.0));
        assertOnlyChanged(m, m.withDescription("e"), "description");
        assertOnlyChanged(m, m.withWithout(Map.of("process:p:fixed", 2.0)), "without");

        Finance f = new Finance(0.03, "USD");
        assertOnlyChanged(f, f.withDiscountRate(0.05), "discountRate");
        assertOnlyChanged(f, f.withCurrency("JPY"), "currency");

        Location l = new Location(34, 131);
        assertOnlyChanged(l, l.withLatitude(35), "latitude");
        assertOnlyChanged(l, l.withLongitude(132), "longitude");

        Accounting a = new Accounting(1);
        assertOnlyChanged(a, a.withCcuEmitterShare(0.5), "ccuEmitterShare");
    }

    @Test
    void transportAndDisposalWithersChangeOneComponent() {
        Market.Transport t = new Market.Transport("vlgc", 5000, 5.4e-6);
        assertOnlyChanged(t, t.withMode("bulk"), "mode");
        assertOnlyChanged(t, t.withKm(6000), "km");
        assertOnlyChanged(t, t.withFactor(6e-6), "factor");

        Market.Disposal d = new Market.Disposal(DisposalKind.AIR, 0);
        assertOnlyChanged(d, d.withKind(DisposalKind.LANDFILL), "kind");
        assertOnlyChanged(d, d.withCostPerUnit(40), "costPerUnit");
    }
}
