package org.symbiosis.optimize.lp;

import java.util.List;
import org.symbiosis.model.ParkIssue;
import org.symbiosis.model.SymbiosisException;

/**
 * An engine needs a solver that no {@link SolverProvider} on the classpath offers: the message
 * names the solver and the module to add.
 */
public final class NoSolverException extends SymbiosisException {

    private static final long serialVersionUID = 1L;

    /**
     * @param solver what was asked for, e.g. {@code LP solver 'glop'}
     * @param found  the providers found, possibly none
     */
    public NoSolverException(String solver, List<String> found) {
        super(List.of(new ParkIssue(org.symbiosis.model.Severity.ERROR, solver, String.format(
                "No %s is on the classpath (solver providers found: %s). Add the module"
                        + " org.symbiosis:symbiosis-ortools (OR-Tools' GLOP, CLP, SCIP and"
                        + " min-cost flow) to the classpath, or register your own"
                        + " org.symbiosis.optimize.lp.SolverProvider.", solver,
                found.isEmpty() ? "none" : String.join(", ", found)), "", "", "")));
    }

    private NoSolverException(List<ParkIssue> issues, Throwable cause) {
        super(issues, cause);
    }

    /**
     * The same problem with its message prefixed; this exception is the cause.
     *
     * @param prefix text put before the message
     * @return a new exception
     */
    @Override
    public NoSolverException prefixed(String prefix) {
        return new NoSolverException(prefixedIssues(prefix), this);
    }
}
