package org.symbiosis.optimize;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.symbiosis.flow.FlowState;
import org.symbiosis.flow.Overflow;
import org.symbiosis.flow.ParkIndex;
import org.symbiosis.ledger.Ledger;
import org.symbiosis.model.Carrier;
import org.symbiosis.model.ElementId;
import org.symbiosis.model.Link;
import org.symbiosis.model.OperatingRule;
import org.symbiosis.model.Park;
import org.symbiosis.model.Process;
import org.symbiosis.optimize.lp.CplexLpWriter;
import org.symbiosis.optimize.lp.FallbackLpSolver;
import org.symbiosis.optimize.lp.LpModel;
import org.symbiosis.optimize.lp.LpSolution;
import org.symbiosis.optimize.lp.LpSolver;
import org.symbiosis.optimize.lp.LpStatus;

/**
 * The optimise engine: the park's balance as a linear program ({@link ParkLinearProgram}) —
 * activities and link flows (existing and candidate) free within their bounds, fixed activities
 * fixed, operating rules dropped unless {@code keepRules} — minimising an {@link Objective}. The
 * result is a flow state with the dual of every balance row, or a status with a diagnosis: for an
 * infeasible park, an elastic re-solve names the balance rows that cannot close and by how much;
 * for an unbounded one, a capped re-solve names what grows without limit. Stateless, thread-safe.
 */
public final class LinearProgramOptimizer {

    private static final Logger LOG = LoggerFactory.getLogger(LinearProgramOptimizer.class);
    private static final double BIG = 1e10;
    /** Relative tolerance of the least-volume solve: non-zero reduced costs, held optimum. */
    private static final double HOLD = 1e-9;

    private final Objective objective;
    private final boolean keepRules;
    private final LpSolver solver;
    private final boolean keepDeliveries;

    /**
     * An optimiser with operating rules dropped, the delivery guard on and the standard LP
     * solvers ({@link FallbackLpSolver#standard()}).
     *
     * @param objective what to minimise
     * @throws org.symbiosis.optimize.lp.NoSolverException if no solver provider on the classpath
     *                                                     offers GLOP
     */
    public LinearProgramOptimizer(Objective objective) {
        this(objective, false, FallbackLpSolver.standard());
    }

    /**
     * An optimiser with the delivery guard on.
     *
     * @param objective what to minimise
     * @param keepRules keep push shares and pull covers as upper limits on link flows
     * @param solver    the LP solver
     */
    public LinearProgramOptimizer(Objective objective, boolean keepRules, LpSolver solver) {
        this(objective, keepRules, solver, true);
    }

    /**
     * An optimiser with every setting given.
     *
     * @param objective      what to minimise
     * @param keepRules      keep push shares and pull covers as upper limits on link flows
     * @param solver         the LP solver
     * @param keepDeliveries every plant keeps delivering its products at least at the simulated
     *                       level (no lowering emissions by buying products from outside); off,
     *                       the optimiser is free to shut plants. A park that cannot run by its
     *                       rules is optimised without the guard
     */
    public LinearProgramOptimizer(Objective objective, boolean keepRules, LpSolver solver,
            boolean keepDeliveries) {
        this.objective = checkNotNull(objective);
        this.keepRules = keepRules;
        this.solver = checkNotNull(solver);
        this.keepDeliveries = keepDeliveries;
    }

    /** The program of {@code park}, with the delivery guard when it is on and the park runs. */
    private ParkLinearProgram program(ParkIndex index) {
        ParkLinearProgram lp = ParkLinearProgram.build(index, objective, keepRules);
        if (!keepDeliveries) {
            return lp;
        }
        Deliveries deliveries;
        try {
            deliveries = Deliveries.of(new org.symbiosis.simulate.Simulator().simulate(
                    index.park()).state());
        } catch (org.symbiosis.flow.UnsolvableParkException e) {
            // The park cannot run by its rules: there is no simulated level to keep.
            return lp;
        }
        LpModel.Builder b = lp.model.toBuilder();
        deliveries.addRows(lp, b);
        return lp.withModel(b.build());
    }

    /**
     * The linear program of {@code park} in CPLEX LP format, for any solver to check.
     *
     * @param park the park
     * @return the program as text, as {@link #optimize(Park)} first solves it
     */
    public String writeLp(Park park) {
        return CplexLpWriter.write(program(ParkIndex.of(park)).model);
    }

    /**
     * The linear program of {@code park}, as our model.
     *
     * @param park the park
     * @return the model, with the delivery rows when the guard is on and the park runs
     */
    public LpModel model(Park park) {
        return program(ParkIndex.of(park)).model;
    }

    /**
     * Optimises {@code park}. On an optimum, among tied optima the one that buys, sells, releases
     * and carries least is reported (a second solve), with the shadow prices and capacity values
     * of the first. Logs one INFO line per call. O(park) to build, plus the solves.
     *
     * @param park the park
     * @return the optimal state with its duals, or a status with a diagnosis (infeasible,
     *         unbounded, not solved); a park that cannot be optimised is not an exception
     * @throws org.symbiosis.flow.UnsolvableParkException if a number of the optimum overflows
     *                                                    (is not finite), naming the element
     */
    public OptimizationResult optimize(Park park) {
        long t0 = System.nanoTime();
        ParkIndex index = ParkIndex.of(park);
        ParkLinearProgram lp = program(index);
        long t1 = System.nanoTime();
        LpSolution solution = solver.solve(lp.model);
        long t2 = System.nanoTime();
        LOG.debug("Optimised park '{}' ({} variables, {} rows) with {}: {} in {} ms (model {} ms)",
                park.name(), lp.model.variables(), lp.model.rows(), solver.name(),
                solution.status(), (t2 - t1) / 1_000_000, (t1 - t0) / 1_000_000);
        return switch (solution.status()) {
            case OPTIMAL -> optimal(lp, solution, t1 - t0, t2 - t1);
            case INFEASIBLE -> {
                // GLOP may call a dual-infeasible (unbounded) problem infeasible: the elastic
                // re-solve tells them apart (no slack needed means the rows can all close).
                String diagnosis = infeasibility(lp);
                yield diagnosis == null
                        ? failed(OptimizationStatus.UNBOUNDED, unboundedness(lp), t1 - t0, t2 - t1,
                                solution)
                        : failed(OptimizationStatus.INFEASIBLE, diagnosis, t1 - t0, t2 - t1,
                                solution);
            }
            case UNBOUNDED -> failed(OptimizationStatus.UNBOUNDED, unboundedness(lp),
                    t1 - t0, t2 - t1, solution);
            case NOT_SOLVED, FEASIBLE -> failed(OptimizationStatus.NOT_SOLVED, "No solver gave an answer: "
                    + solution.note() + ". This is a defect of the solvers on this model, not"
                    + " of the park file: please report it with the model written by --write-lp.",
                    t1 - t0, t2 - t1, solution);
        };
    }

    private OptimizationResult optimal(ParkLinearProgram lp, LpSolution solution, long build,
            long solve) {
        ParkIndex index = lp.index;
        double[] x = leastVolume(lp, solution);
        java.util.Map<org.symbiosis.model.CarrierId, double[]> fromOrigins =
                new java.util.LinkedHashMap<>();
        lp.origins.forEach((c, vars) -> fromOrigins.put(c, ParkLinearProgram.values(vars, x)));
        FlowState state = polished(lp, x, fromOrigins);
        List<ShadowPrice> prices = new ArrayList<>();
        for (int k = 0; k < index.pairCount(); k++) {
            prices.add(new ShadowPrice(index.plant(index.pairPlant(k)),
                    index.carrier(index.pairCarrier(k)).id(),
                    solution.rowDual(lp.balanceRow[k])));
        }
        List<CapacityValue> capacities = new ArrayList<>();
        for (int r = 0; r < index.processCount(); r++) {
            Process p = index.process(r);
            if (!(p.rule() instanceof OperatingRule.Fixed)) {
                capacityValue(p.id(), p.capacity(), lp.activity[r], solution,
                        capacities);
            }
        }
        for (int l = 0; l < index.linkCount(); l++) {
            Link link = index.link(l);
            capacityValue(link.id(), link.capacity(), lp.flow[l], solution,
                    capacities);
        }
        lp.saleLimitRow.forEach((carrier, row) -> {
            double value = -solution.rowDual(row);
            if (value > 1e-12) {
                capacities.add(new CapacityValue(carrier, index.park().market(carrier)
                        .orElseThrow().sell().orElseThrow().maximum(), value));
            }
        });
        capacities.sort(Comparator.comparingDouble(CapacityValue::value).reversed());
        Overflow overflow = new Overflow();
        overflow.check(solution.objective(), "objective", "the linear program");
        for (ShadowPrice price : prices) {
            overflow.check(price.value(), "shadow price", "'" + price.carrier() + "' at plant '"
                    + price.plant() + "'");
        }
        for (CapacityValue capacity : capacities) {
            overflow.check(capacity.value(), "value of capacity", capacity.describe());
        }
        overflow.throwIfAny();
        return new OptimizationResult(OptimizationStatus.OPTIMAL, "", Optional.of(state),
                Optional.of(Ledger.of(state)), solution.objective(), prices, capacities, build,
                solve, solverLabel(solution));
    }

    /**
     * Among the optima, the one that buys, sells, releases and carries least: a second solve
     * over the optimal face of the first. With prices of 0 many routings tie, and a solver may
     * return one that stops reusing a waste for nothing (and then buys what the park made).
     * Every optimum keeps each variable with a non-zero reduced cost at its bound and each
     * inequality row with a non-zero dual at its bound (complementary slackness), so those are
     * fixed at the first solution's values and the volumes are minimised over what is left.
     * Fixing them, rather than holding the objective by a row over every variable, keeps the
     * model as sparse as the first: the dense row made this solve 10-40 times slower than the
     * first at 10^4 plants, and GLOP gave up on it. The first solution stays feasible, so the
     * face is never empty. Shadow prices and capacity values stay those of the first solve.
     * Returns the first solution's values where the second solve fails or its objective
     * drifts from the optimum by more than {@value #HOLD} relative.
     */
    private double[] leastVolume(ParkLinearProgram lp, LpSolution optimum) {
        LpModel model = lp.model;
        LpModel.Builder b = model.toBuilder();
        int n = model.variables();
        for (int j = 0; j < n; j++) {
            b.cost(j, 0);
            double reduced = optimum.reducedCost(j);
            if (Math.abs(reduced) > HOLD * Math.max(1, Math.abs(model.cost(j)))) {
                double at = Math.min(model.upper(j), Math.max(model.lower(j), optimum.value(j)));
                b.bounds(j, at, at);
            }
        }
        for (int r = 0; r < model.rows(); r++) {
            double lo = model.rowLower(r);
            double up = model.rowUpper(r);
            double dual = optimum.rowDual(r);
            if (lo == up || Math.abs(dual) <= HOLD) {
                continue;
            }
            // Only a row the first solution meets is held there: a dual of rounding noise on
            // a slack row must not cut the first solution off.
            double activity = 0;
            int[] vars = model.rowVariables(r);
            double[] coefs = model.rowCoefficients(r);
            for (int e = 0; e < vars.length; e++) {
                activity += coefs[e] * optimum.value(vars[e]);
            }
            double bound = dual > 0 ? lo : up;
            if (Double.isFinite(bound)
                    && Math.abs(activity - bound) <= 1e-7 * Math.max(1, Math.abs(bound))) {
                b.rowBounds(r, bound, bound);
            }
        }
        for (int[] vars : new int[][] {lp.buy, lp.sell, lp.release, lp.flow}) {
            for (int j : vars) {
                if (j >= 0) {
                    b.cost(j, 1);
                }
            }
        }
        LpSolution second = solver.solve(b.build());
        if (second.status() != LpStatus.OPTIMAL) {
            return optimum.values();
        }
        double[] x = second.values();
        double held = optimum.objective();
        return Math.abs(model.objective(x) - held) <= HOLD * Math.max(1, Math.abs(held)) ? x
                : optimum.values();
    }

    /**
     * The solver's values as a flow state whose balances close to rounding: a solver meets its
     * rows only within its feasibility tolerance (about 1e-9 relative), and tiny negative values
     * are clipped to 0, so each plant's and carrier's remainder is settled on its own market
     * variables (a surplus released or sold, a shortfall bought) where the model has them.
     */
    static FlowState polished(ParkLinearProgram lp, double[] x,
            java.util.Map<org.symbiosis.model.CarrierId, double[]> fromOrigins) {
        ParkIndex index = lp.index;
        double[] activity = ParkLinearProgram.values(lp.activity, x);
        double[] flow = ParkLinearProgram.values(lp.flow, x);
        double[] buy = ParkLinearProgram.values(lp.buy, x);
        double[] sell = ParkLinearProgram.values(lp.sell, x);
        double[] release = ParkLinearProgram.values(lp.release, x);
        boolean[] links = ParkLinearProgram.allLinks(index);
        double[] supply = new double[index.pairCount()];
        double[] use = new double[index.pairCount()];
        FlowState.accumulate(index, activity, flow, links, supply, use);
        for (int k = 0; k < supply.length; k++) {
            double net = supply[k] + buy[k] - use[k] - sell[k] - release[k];
            if (net > 0) {
                if (lp.release[k] >= 0) {
                    release[k] += net;
                } else if (lp.sell[k] >= 0) {
                    sell[k] += net;
                } else if (lp.buy[k] >= 0) {
                    buy[k] = Math.max(0, buy[k] - net);
                }
            } else if (net < 0) {
                if (lp.buy[k] >= 0) {
                    buy[k] -= net;
                } else if (lp.release[k] >= 0 && release[k] >= -net) {
                    release[k] += net;
                } else if (lp.sell[k] >= 0 && sell[k] >= -net) {
                    sell[k] += net;
                }
            }
        }
        // The origins supply exactly what is now bought of each carrier.
        java.util.Map<org.symbiosis.model.CarrierId, double[]> origins =
                new java.util.LinkedHashMap<>();
        double[] total = new double[index.carrierCount()];
        for (int k = 0; k < buy.length; k++) {
            total[index.pairCarrier(k)] += buy[k];
        }
        fromOrigins.forEach((c, amounts) -> {
            double want = total[index.carrierIndex(c)];
            double have = 0;
            for (double a : amounts) {
                have += a;
            }
            double[] settled = amounts.clone();
            if (have > 0) {
                for (int j = 0; j < settled.length; j++) {
                    settled[j] *= want / have;
                }
            } else if (want > 0) {
                double[] split = index.park().market(c).flatMap(org.symbiosis.model.Market::buy)
                        .map(b -> b.split(want)).orElse(null);
                if (split != null) {
                    settled = split;
                } else if (settled.length > 0) {
                    settled[0] = want;
                }
            }
            origins.put(c, settled);
        });
        return new FlowState(index, activity, flow, links, buy, sell, release, origins);
    }

    private static void capacityValue(ElementId element, double capacity, int variable,
            LpSolution solution, List<CapacityValue> out) {
        if (Double.isInfinite(capacity)) {
            return;
        }
        double value = solution.value(variable);
        double reduced = solution.reducedCost(variable);
        if (value >= capacity * (1 - 1e-9) - 1e-9 && reduced < -1e-12) {
            out.add(new CapacityValue(element, capacity, -reduced));
        }
    }

    private static OptimizationResult failed(OptimizationStatus status, String diagnosis,
            long build, long solve, LpSolution solution) {
        return new OptimizationResult(status, diagnosis, Optional.empty(), Optional.empty(),
                Double.NaN, List.of(), List.of(), build, solve, solverLabel(solution));
    }

    /** The solver that answered, with the reason any tried before it did not. */
    private static String solverLabel(LpSolution solution) {
        return solution.note().isEmpty() ? solution.solver()
                : solution.solver() + ", " + solution.note();
    }

    /**
     * Elastic re-solve: a shortage and a surplus slack on every balance row, each costing 1.
     * Returns the rows that need slack, or {@code null} when none does (the rows can close, so the
     * trouble is elsewhere: an unbounded objective).
     */
    private String infeasibility(ParkLinearProgram lp) {
        LpModel.Builder b = lp.model.toBuilder();
        for (int j = 0; j < lp.model.variables(); j++) {
            b.cost(j, 0);
        }
        ParkIndex index = lp.index;
        int pairs = index.pairCount();
        int[] shortage = new int[pairs];
        int[] surplus = new int[pairs];
        for (int k = 0; k < pairs; k++) {
            shortage[k] = b.variable("shortage", 0, Double.POSITIVE_INFINITY, 1);
            surplus[k] = b.variable("surplus", 0, Double.POSITIVE_INFINITY, 1);
            b.coefficient(lp.balanceRow[k], shortage[k], 1);
            b.coefficient(lp.balanceRow[k], surplus[k], -1);
        }
        int firstRuleRow = pairs;
        int[] ruleSlack = new int[lp.model.rows() - firstRuleRow];
        for (int r = firstRuleRow; r < lp.model.rows(); r++) {
            ruleSlack[r - firstRuleRow] = b.variable("rule slack", 0, Double.POSITIVE_INFINITY, 1);
            b.coefficient(r, ruleSlack[r - firstRuleRow], -1);
        }
        LpSolution elastic = solver.solve(b.build());
        if (elastic.status() != LpStatus.OPTIMAL) {
            return "The linear program is infeasible, and its elastic version could not be solved"
                    + " (" + elastic.status() + ") to say where.";
        }
        double[] x = elastic.values();
        List<String> problems = new ArrayList<>();
        for (int k = 0; k < pairs; k++) {
            Carrier c = index.carrier(index.pairCarrier(k));
            String plant = index.plant(index.pairPlant(k)).value();
            if (x[shortage[k]] > 1e-7) {
                problems.add(String.format(Locale.ROOT, "The balance of '%s' at plant '%s' is"
                        + " short by %.6g %s: nothing in the park can supply it and no market"
                        + " sells it. Add a link or a process that brings it, or 'buy' to the"
                        + " market for '%s'.", c.id(), plant, x[shortage[k]], c.unit(), c.id()));
            }
            if (x[surplus[k]] > 1e-7) {
                problems.add(String.format(Locale.ROOT, "The balance of '%s' at plant '%s' has"
                        + " %.6g %s too much: it can be neither routed, sold nor released. Add a"
                        + " link that takes it, or 'sell' or 'disposal' to the market for '%s'.",
                        c.id(), plant, x[surplus[k]], c.unit(), c.id()));
            }
        }
        for (int i = 0; i < ruleSlack.length; i++) {
            if (x[ruleSlack[i]] > 1e-7) {
                problems.add("The " + lp.model.rowName(firstRuleRow + i) + " cannot hold"
                        + " together with the fixed activities and capacities.");
            }
        }
        return problems.isEmpty() ? null : String.join("\n", problems);
    }

    /** Capped re-solve: variables that reach the cap grow without limit in the original. */
    private String unboundedness(ParkLinearProgram lp) {
        LpModel.Builder b = lp.model.toBuilder();
        for (int j = 0; j < lp.model.variables(); j++) {
            if (lp.model.upper(j) == Double.POSITIVE_INFINITY) {
                b.bounds(j, lp.model.lower(j), BIG);
            }
        }
        LpSolution capped = solver.solve(b.build());
        if (capped.status() != LpStatus.OPTIMAL) {
            return "The linear program is unbounded, and its capped version could not be solved"
                    + " (" + capped.status() + ") to say where.";
        }
        List<String> growing = new ArrayList<>();
        for (int j = 0; j < lp.model.variables(); j++) {
            if (lp.model.upper(j) == Double.POSITIVE_INFINITY
                    && capped.value(j) >= BIG * (1 - 1e-6)) {
                growing.add(lp.model.variableName(j));
            }
        }
        return "The objective can fall without limit: " + (growing.isEmpty() ? "(the capped"
                + " re-solve reached no cap)" : String.join(", ", growing.subList(0,
                Math.min(5, growing.size())))) + (growing.size() > 5 ? " and " + (growing.size()
                - 5) + " more" : "") + " can grow without bound, each unit lowering the"
                + " objective. Give the process or link a capacity, or check the prices (a sale"
                + " worth more than its inputs cost).";
    }
}
