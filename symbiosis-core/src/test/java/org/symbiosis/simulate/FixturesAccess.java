package org.symbiosis.simulate;

import org.symbiosis.model.Park;

/** The simulate fixtures, for tests of other packages. */
public final class FixturesAccess {

    private FixturesAccess() {
    }

    public static Park pullChain() {
        return Fixtures.pullChain();
    }
}
