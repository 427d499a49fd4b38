package org.symbiosis.optimize;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.symbiosis.flow.FlowState;
import org.symbiosis.flow.ParkIndex;
import org.symbiosis.flow.UnsolvableParkException;
import org.symbiosis.ledger.Ledger;
import org.symbiosis.model.Candidate;
import org.symbiosis.model.CarrierId;
import org.symbiosis.model.Link;
import org.symbiosis.model.LinkId;
import org.symbiosis.model.LinkStatus;
import org.symbiosis.model.Park;
import org.symbiosis.model.Plant;
import org.symbiosis.model.PlantId;
import org.symbiosis.model.Process;
import org.symbiosis.model.ProcessId;
import org.symbiosis.optimize.lp.CplexLpWriter;
import org.symbiosis.optimize.lp.FallbackLpSolver;
import org.symbiosis.optimize.lp.LpModel;
import org.symbiosis.optimize.lp.LpSolution;
import org.symbiosis.optimize.lp.LpSolver;
import org.symbiosis.optimize.lp.LpStatus;
import org.symbiosis.optimize.lp.Solvers;
import org.symbiosis.simulate.Simulator;

/**
 * The plan engine: which candidates to build, and how big, as a mixed-integer program on the
 * park's balance ({@link ParkLinearProgram}). Per candidate k: a build decision {@code y_k} in
 * {0, 1} and a size {@code 0 <= s_k <= S_k y_k}; the element's activity or flow is at most its
 * size (for an expansion, its capacity plus the size). Its cost per year is {@code CRF(r, n)
 * (capex s_k + capexFixed y_k) + fixedOm y_k}. By default every plant keeps delivering its
 * products at least at the simulated level ({@link Deliveries}), so no plan lowers emissions by
 * buying products from outside: in the mixed-integer program to 1e-6 of the level (SCIP's
 * feasibility tolerance), in the linear stages that follow to 1e-9. The emissions metric is the
 * goal's (life cycle by default), so every purchase carries its upstream. Stateless,
 * thread-safe.
 */
public final class InvestmentPlanner {

    private static final Logger LOG = LoggerFactory.getLogger(InvestmentPlanner.class);

    private final PlanGoal goal;
    private final boolean keepDeliveries;
    private final LpSolver solver;

    /**
     * A planner with SCIP and no time limit, deliveries kept.
     *
     * @param goal what to minimise
     * @throws org.symbiosis.optimize.lp.NoSolverException if no solver provider on the classpath
     *                                                     offers {@code scip}
     */
    public InvestmentPlanner(PlanGoal goal) {
        this(goal, true, Solvers.lp("scip", 0));
    }

    /**
     * A planner with the given solver.
     *
     * @param goal           what to minimise
     * @param keepDeliveries keep every plant's product deliveries at the simulated level; off, a
     *                       plan may shut plants and buy their products from outside (the leaks
     *                       are still reported when the park can run by its rules)
     * @param solver         a solver of mixed-integer programs (SCIP through OR-Tools)
     */
    public InvestmentPlanner(PlanGoal goal, boolean keepDeliveries, LpSolver solver) {
        this.goal = checkNotNull(goal);
        this.keepDeliveries = keepDeliveries;
        this.solver = checkNotNull(solver);
    }

    /** The variables of one candidate in the program. */
    private record CandidateVariables(Candidate candidate, int built, int size, double perSize,
            double perBuild) {
    }

    /** The program and what its variables mean. */
    private record Program(ParkLinearProgram lp, LpModel model, double[] emissions,
            double[] money, double[] invest, List<CandidateVariables> candidates,
            FlowState simulated, double[] goalCost, int[] deliveryRows, Deliveries deliveries) {
    }

    /**
     * The mixed-integer program in CPLEX LP format, for CBC or any other solver. Its objective
     * is the goal's alone, without the tie-breaking stages of {@link #plan(Park)}.
     *
     * @param park the park with its candidates
     * @return the program as text
     * @throws org.symbiosis.flow.UnsolvableParkException if deliveries are kept and the park
     *                                                    cannot run by its operating rules
     * @throws IllegalArgumentException                   if an expansion adds to an unlimited
     *                                                    capacity
     */
    public String writeLp(Park park) {
        return CplexLpWriter.write(program(park, Map.of()).model);
    }

    /**
     * Plans {@code park}: solves the program, then, with the build decisions fixed, breaks ties
     * among equally good plans by linear programs: least emissions (under a budget, least
     * cost), then least volume bought, sold, released and carried.
     *
     * @param park the park with its candidates
     * @return the plan; a park that cannot be planned gives a status with a diagnosis, not an
     *         exception (also when deliveries are kept and the park cannot run by its rules)
     * @throws IllegalArgumentException                    if an expansion adds to an unlimited
     *                                                     capacity
     * @throws org.symbiosis.optimize.lp.NoSolverException if no solver provider offers the LP
     *                                                     solvers of the tie-breaking stages
     *                                                     ({@link FallbackLpSolver#standard()})
     */
    public PlanResult plan(Park park) {
        return plan(park, Map.of());
    }

    /**
     * Plans {@code park} with some build decisions fixed: candidate element to built (true) or
     * not (false). The abatement cost curve re-plans this way.
     *
     * @param park  the park with its candidates
     * @param fixed per candidate element ({@code process:ID} or {@code link:ID}), whether it must
     *              be built; candidates not in the map are free
     * @return the plan, or a status with a diagnosis, as {@link #plan(Park)}
     * @throws IllegalArgumentException                    if an expansion adds to an unlimited
     *                                                     capacity
     * @throws org.symbiosis.optimize.lp.NoSolverException as {@link #plan(Park)}
     */
    public PlanResult plan(Park park, Map<String, Boolean> fixed) {
        Program p;
        try {
            p = program(park, fixed);
        } catch (UnsolvableParkException e) {
            return failed(OptimizationStatus.INFEASIBLE, "The delivery guard needs the park to"
                    + " run by its operating rules, and it cannot: " + e.getMessage() + " Plan"
                    + " without the guard (--free-deliveries), or fix the park.", "", 0);
        }
        long t0 = System.nanoTime();
        LpSolution solution = solver.solve(p.model);
        if (solution.status() == LpStatus.OPTIMAL || solution.status() == LpStatus.FEASIBLE) {
            solution = refine(p, solution);
        }
        long solve = System.nanoTime() - t0;
        LOG.debug("Planned park '{}' ({} candidates): {} in {} ms", park.name(),
                p.candidates.size(), solution.status(), solve / 1_000_000);
        String label = solution.note().isEmpty() ? solution.solver()
                : solution.solver() + ", " + solution.note();
        if (solution.status() != LpStatus.OPTIMAL && solution.status() != LpStatus.FEASIBLE) {
            OptimizationStatus status = switch (solution.status()) {
                case INFEASIBLE -> OptimizationStatus.INFEASIBLE;
                case UNBOUNDED -> OptimizationStatus.UNBOUNDED;
                default -> OptimizationStatus.NOT_SOLVED;
            };
            String diagnosis = switch (status) {
                case INFEASIBLE -> "No plan meets the goal: " + goal.describe(park.finance()
                        .currency()) + (goal.kind() == PlanGoal.Kind.COST ? "" : ". Loosen the"
                        + " " + (goal.kind() == PlanGoal.Kind.COST_UNDER_CAP ? "cap" : "budget")
                        + ", or add candidates.") + (goal.kind() == PlanGoal.Kind.COST
                        ? " (the park cannot run at all: check it with 'symbiosis optimize')."
                        : "");
                case UNBOUNDED -> "The plan's cost can fall without limit: give the candidates"
                        + " and processes capacities, or check the prices.";
                default -> "The solver stopped without a plan: " + solution.note();
            };
            return failed(status, diagnosis, label, solve);
        }
        double[] x = solution.values();
        List<PlanResult.Build> builds = new ArrayList<>();
        double investment = 0;
        for (CandidateVariables cv : p.candidates) {
            if (x[cv.built] > 0.5) {
                double size = Math.max(0, x[cv.size]);
                double cost = cv.perSize * size + cv.perBuild;
                builds.add(new PlanResult.Build(cv.candidate, size, cost));
                investment += cost;
            }
        }
        double emissions = dot(p.emissions, x);
        double operating = dot(p.money, x);
        Park planned = planned(park, builds);
        ParkIndex index = ParkIndex.of(planned);
        ParkLinearProgram lp = p.lp.on(index);
        Map<CarrierId, double[]> fromOrigins = new LinkedHashMap<>();
        lp.origins.forEach((c, vars) -> fromOrigins.put(c, ParkLinearProgram.values(vars, x)));
        FlowState state = LinearProgramOptimizer.polished(lp, x, fromOrigins);
        // Without a simulated state (the park does not run by its rules) there is nothing to
        // compare with.
        List<String> leaks = p.simulated == null ? List.of()
                : Deliveries.leaks(p.simulated, state);
        return new PlanResult(goal, solution.status() == LpStatus.OPTIMAL
                ? OptimizationStatus.OPTIMAL : OptimizationStatus.FEASIBLE, "", builds,
                Optional.of(planned), Optional.of(state), Optional.of(Ledger.of(state)),
                emissions, operating, investment, dot(p.goalCost, x), solution.objective(),
                solution.gap(), leaks, label, solve);
    }

    private PlanResult failed(OptimizationStatus status, String diagnosis, String solverLabel,
            long solve) {
        return new PlanResult(goal, status, diagnosis, List.of(), Optional.empty(),
                Optional.empty(), Optional.empty(), Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, Double.NaN, Double.NaN, List.of(), solverLabel, solve);
    }

    /**
     * Breaks ties of the goal's optimum lexicographically: with the build decisions of {@code
     * first} fixed and the goal held at its optimum, minimise the second criterion
     * (emissions, or under a budget the cost), then, holding that too, the volumes bought, sold,
     * released and carried. With prices of 0 many plans reach the same goal, and a solver may
     * return one that stops a reuse of waste or moves amounts for nothing; a weighted tie term
     * cannot tell them apart within a solver's gap, these stages can. Returns {@code first} where
     * a stage fails.
     */
    private LpSolution refine(Program p, LpSolution first) {
        double[] x = first.values();
        LpModel.Builder b = p.model.toBuilder();
        for (CandidateVariables cv : p.candidates) {
            double y = Math.round(x[cv.built]);
            b.bounds(cv.built, y, y);
        }
        // The decisions fixed, the stages are linear programs: a simplex returns a vertex that
        // holds the stage before exactly, where an interior MIP solution would drift within
        // its tolerance.
        b.continuous();
        LpSolver stages = FallbackLpSolver.standard();
        LpSolution best = first;
        double held = first.objective();
        if (p.deliveryRows.length > 0) {
            // The goal again with the delivery rows at the optimise engine's slack (1e-9, which
            // a simplex resolves), so that the plan delivers what the park delivered; where
            // that fails, the program's own slack stays.
            setDeliverySlack(p, b, Deliveries.SLACK);
            LpSolution again = stages.solve(b.build());
            if (again.status() == LpStatus.OPTIMAL) {
                best = new LpSolution(first.status(), first.objective(), again.values(),
                        new double[0], new double[0], again.iterations(), first.solver(),
                        first.note(), first.bound());
                held = dot(p.goalCost, again.values());
            } else {
                setDeliverySlack(p, b, Deliveries.MIP_SLACK);
            }
        }
        int total = p.goalCost.length;
        double[] second = new double[total];
        for (int j = 0; j < total; j++) {
            second[j] = goal.kind() == PlanGoal.Kind.EMISSIONS_UNDER_BUDGET
                    ? p.money[j] + p.invest[j] : p.emissions[j];
        }
        double[] volume = new double[total];
        for (int[] vars : new int[][] {p.lp.buy, p.lp.sell, p.lp.release, p.lp.flow}) {
            for (int j : vars) {
                if (j >= 0) {
                    volume[j] = 1;
                }
            }
        }
        for (CandidateVariables cv : p.candidates) {
            // A size that costs nothing is otherwise arbitrary between its use and its maximum.
            volume[cv.size] = 1;
        }
        double[] heldCost = p.goalCost;
        for (double[] next : new double[][] {second, volume}) {
            int row = b.row("hold the stage before", Double.NEGATIVE_INFINITY,
                    held + 1e-12 * Math.max(1, Math.abs(held)));
            for (int j = 0; j < total; j++) {
                b.coefficient(row, j, heldCost[j]);
            }
            for (int j = 0; j < total; j++) {
                b.cost(j, next[j]);
            }
            LpSolution stage = stages.solve(b.build());
            if (stage.status() != LpStatus.OPTIMAL && stage.status() != LpStatus.FEASIBLE) {
                return best;
            }
            best = new LpSolution(first.status(), first.objective(), stage.values(),
                    new double[0], new double[0], stage.iterations(), first.solver(),
                    first.note(), first.bound());
            held = dot(next, stage.values());
            heldCost = next;
        }
        return best;
    }

    /** Sets the lower bound of every delivery row to its level x (1 - slack). */
    private static void setDeliverySlack(Program p, LpModel.Builder b, double slack) {
        for (int k = 0; k < p.deliveryRows.length; k++) {
            if (p.deliveryRows[k] >= 0) {
                b.rowBounds(p.deliveryRows[k], p.deliveries.level(k) * (1 - slack),
                        Double.POSITIVE_INFINITY);
            }
        }
    }

    private static double dot(double[] c, double[] x) {
        double sum = 0;
        for (int j = 0; j < c.length; j++) {
            sum += c[j] * x[j];
        }
        return sum;
    }

    private Program program(Park park, Map<String, Boolean> fixed) {
        ParkIndex index = ParkIndex.of(park);
        ParkLinearProgram emissionsLp = ParkLinearProgram.build(index,
                new Objective(1, 0, 0, goal.metric()), false);
        ParkLinearProgram moneyLp = ParkLinearProgram.build(index,
                new Objective(0, 1, 0, goal.metric()), false);
        int n = emissionsLp.model.variables();
        double[] emissions = new double[n];
        double[] money = new double[n];
        for (int j = 0; j < n; j++) {
            emissions[j] = emissionsLp.model.cost(j);
            money[j] = moneyLp.model.cost(j);
        }
        LpModel.Builder b = emissionsLp.model.toBuilder();
        // One simulation serves the delivery guard and the leak report; the guard needs it.
        FlowState simulated;
        try {
            simulated = new Simulator().simulate(park).state();
        } catch (UnsolvableParkException e) {
            if (keepDeliveries) {
                throw e;
            }
            simulated = null;
        }
        // The program is solved by SCIP: its delivery rows get SCIP's feasibility tolerance as
        // slack (Deliveries.MIP_SLACK); refine() tightens them again for its linear stages.
        Deliveries deliveries = keepDeliveries ? Deliveries.of(simulated) : null;
        int[] deliveryRows = keepDeliveries
                ? deliveries.addRows(emissionsLp, b, Deliveries.MIP_SLACK) : new int[0];
        double crfRate = park.finance().discountRate();
        List<CandidateVariables> candidates = new ArrayList<>();
        int budgetRow = goal.kind() == PlanGoal.Kind.EMISSIONS_UNDER_BUDGET
                ? b.row("budget for investments", Double.NEGATIVE_INFINITY, goal.limit()) : -1;
        for (Candidate c : park.candidates()) {
            double crf = Candidate.capitalRecoveryFactor(crfRate, c.lifetimeYears());
            double perSize = crf * c.capexPerUnit();
            double perBuild = crf * c.capexFixed() + c.fixedOmPerYear();
            int element = c.isProcess() ? emissionsLp.activity[index.processIndex(
                    ProcessId.of(c.id()))] : emissionsLp.flow[index.linkIndex(LinkId.of(c.id()))];
            Process process = c.isProcess() ? park.processes().stream().filter(q -> q.id()
                    .value().equals(c.id())).findFirst().orElseThrow() : null;
            double existing = c.isProcess() ? process.capacity()
                    : park.link(LinkId.of(c.id())).capacity();
            Boolean forced = fixed.get(c.element());
            int built = b.variable((c.retirement() ? "retire " : "build ") + c.element(),
                    forced == Boolean.TRUE ? 1 : 0, forced == Boolean.FALSE ? 0 : 1, 0);
            b.integer(built);
            if (c.retirement()) {
                // Retired (y = 1): the activity is 0 and the process's fixed cost is saved;
                // kept, a fixed activity stays fixed and a free one stays within its capacity.
                double most = process.rule() instanceof org.symbiosis.model.OperatingRule.Fixed f
                        ? f.activity() : existing;
                int size = b.variable("size of " + c.element(), 0, 0, 0);
                int upper = b.row("retirement of " + c.element() + " stops it",
                        Double.NEGATIVE_INFINITY, most);
                b.coefficient(upper, element, 1);
                b.coefficient(upper, built, most);
                if (b.lower(element) > 0) {
                    int lower = b.row("a kept " + c.element() + " runs as fixed", most,
                            Double.POSITIVE_INFINITY);
                    b.coefficient(lower, element, 1);
                    b.coefficient(lower, built, most);
                    b.bounds(element, 0, most);
                }
                if (budgetRow >= 0) {
                    // The budget limits what is spent (capital, O&M), not what is saved.
                    b.coefficient(budgetRow, built, perBuild);
                }
                perBuild -= process.fixedCost();
                candidates.add(new CandidateVariables(c, built, size, 0, perBuild));
                continue;
            }
            if (c.build() && process != null) {
                // A process built pays its own fixed cost too (the ledger leaves it out while
                // the process is only a candidate).
                perBuild += process.fixedCost();
            }
            double maxSize = c.expansion() ? c.maxExpansion() : existing;
            int size = b.variable("size of " + c.element(), 0, maxSize, 0);
            int link = b.row("size of " + c.element() + " within its build", Double.NEGATIVE_INFINITY,
                    0);
            b.coefficient(link, size, 1);
            b.coefficient(link, built, -maxSize);
            int use = b.row("use of " + c.element() + " within its size", Double.NEGATIVE_INFINITY,
                    c.expansion() ? existing : 0);
            b.coefficient(use, element, 1);
            b.coefficient(use, size, -1);
            if (c.expansion()) {
                checkArgument(Double.isFinite(existing), "The expansion of '%s' adds to an"
                        + " unlimited capacity: give the element a capacity.", c.element());
                b.bounds(element, b.lower(element), existing + maxSize);
            } else {
                b.bounds(element, 0, maxSize);
            }
            if (budgetRow >= 0) {
                b.coefficient(budgetRow, size, perSize);
                b.coefficient(budgetRow, built, perBuild);
            }
            candidates.add(new CandidateVariables(c, built, size, perSize, perBuild));
        }
        int total = b.variables();
        double[] e = java.util.Arrays.copyOf(emissions, total);
        double[] m = java.util.Arrays.copyOf(money, total);
        double[] invest = new double[total];
        for (CandidateVariables cv : candidates) {
            invest[cv.size] = cv.perSize;
            invest[cv.built] = cv.perBuild;
        }
        if (goal.kind() == PlanGoal.Kind.COST_UNDER_CAP) {
            int cap = b.row("emissions within the cap", Double.NEGATIVE_INFINITY, goal.limit());
            for (int j = 0; j < total; j++) {
                b.coefficient(cap, j, e[j]);
            }
        }
        double[] goalCost = new double[total];
        for (int j = 0; j < total; j++) {
            goalCost[j] = switch (goal.kind()) {
                case COST -> m[j] + invest[j] + goal.carbonPrice() * e[j];
                case EMISSIONS_UNDER_BUDGET -> e[j];
                case COST_UNDER_CAP -> m[j] + invest[j];
            };
        }
        for (int j = 0; j < total; j++) {
            b.cost(j, goalCost[j]);
        }
        return new Program(emissionsLp, b.build(), e, m, invest, candidates, simulated,
                goalCost, deliveryRows, deliveries);
    }

    /** The park with the builds made: built elements exist at their size, expansions added. */
    static Park planned(Park park, List<PlanResult.Build> builds) {
        Park.Builder b = park.toBuilder();
        List<Candidate> left = new ArrayList<>(park.candidates());
        Map<PlantId, Plant> plants = new LinkedHashMap<>();
        for (PlanResult.Build build : builds) {
            Candidate c = build.candidate();
            left.remove(c);
            if (c.isProcess()) {
                PlantId plantId = park.plantOf(ProcessId.of(c.id()));
                Plant plant = plants.getOrDefault(plantId, park.plant(plantId));
                List<Process> processes = new ArrayList<>();
                for (Process q : plant.processes()) {
                    if (!q.id().value().equals(c.id())) {
                        processes.add(q);
                    } else if (c.retirement()) {
                        processes.add(new Process(q.id(), q.reference(), q.inputs(), q.outputs(),
                                0, org.symbiosis.model.OperatingRule.fixed(0), q.variableCost(), 0,
                                q.note() + " Retired by the plan."));
                    } else {
                        processes.add(q.withCapacity(c.expansion() ? q.capacity() + build.size()
                                : build.size()));
                    }
                }
                plants.put(plantId, plant.withProcesses(processes));
            } else {
                Link l = park.link(LinkId.of(c.id()));
                b.replaceLink(new Link(l.id(), l.from(), l.to(), l.carrier(), l.rule(),
                        c.expansion() ? l.capacity() + build.size() : build.size(), l.loss(),
                        l.costPerUnit(), l.distanceKm(), LinkStatus.EXISTING, l.symbiosis(),
                        l.note(), l.transportFactor()));
            }
        }
        plants.values().forEach(b::replacePlant);
        // The candidates not built stay candidates; the built ones are part of the park now.
        b.clearCandidates();
        left.forEach(b::candidate);
        return b.build();
    }
}
