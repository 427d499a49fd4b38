#!/usr/bin/env python3
"""The LP ratio of issue 17: our optimise against the open solvers on the same LP, in one run.

For each size: OptimizeTiming (one JVM) generates SyntheticParks.generate(42, n), writes its
linear program (cost + carbon price 50, as `optimize --write-lp` writes it) to an LP file and
times our optimisation phase by phase (model build, first solve, the rest: least-volume solve,
polish, ledger) for each solver configuration, best of REPEATS after a warm-up. Then COIN-OR CLP
(dual simplex, primal simplex, barrier; `ulimit -s unlimited`, as CLP 1.17 can overflow the
default stack reading long comments) and GLPK's glpsol solve the file, REPEATS times each (GLPK
once above --glpk-max plants). All optima must agree to a relative 1e-7. Prints per size a table
of wall and CPU times, best of the repeats: ours by phase (CPU of the solving thread), each
solver's process (reading the file included; user + sys) and its own solve time as it reports it
(CLP's is CPU time, after reading), and the ratios ours / fastest. On this shared 2-core machine
CPU time is the figure that other sessions' load inflates least.

    python3 benchmarks/scripts/lp_ratio.py [--dir /tmp/lp] [--repeats 3] [--heap 4g]
        [--configs default,glop,glop-dual,clp-dual] [--glpk-max 10000] 1000 10000

Needs benchmarks/target/benchmarks.jar (mvn -B -q -pl benchmarks -am package -DskipTests),
clp and glpsol on the path.
"""
import argparse
import os
import re
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
BENCH = os.path.join(ROOT, "benchmarks", "target", "benchmarks.jar")
RTOL = 1e-7


def load():
    with open("/proc/loadavg") as f:
        return " ".join(f.read().split()[:3])


def ours(n, lp, repeats, heap, configs):
    out = subprocess.run(["java", "-Xmx" + heap, "-cp", BENCH,
                          "org.symbiosis.benchmarks.OptimizeTiming", str(n), lp, str(repeats),
                          ",".join(configs)], check=True, capture_output=True, text=True).stdout
    size = re.search(r"model \d+ plants (\d+) variables (\d+) rows (\d+) non-zeros", out)
    runs = {}
    pattern = (r"ours (\S+) repeat \d+ build (\S+) (\S+) solve (\S+) (\S+) second (\S+) (\S+)"
               r" total (\S+) (\S+) objective (\S+) status (\S+) solver (.*)")
    for m in re.finditer(pattern, out):
        config, status, solver = m.group(1), m.group(11), m.group(12)
        if status != "OPTIMAL":
            sys.exit("%s on %d plants: %s (%s)" % (config, n, status, solver))
        # wall and cpu of: total, build, first solve, second solve; the objective
        t = [float(m.group(i)) for i in (8, 9, 2, 3, 4, 5, 6, 7, 10)]
        runs.setdefault(config, []).append(t + [solver])
    # Best of the repeats, phase by phase (the total is the best total, not a sum).
    return tuple(map(int, size.groups())), {
        c: [min(r[i] for r in rs) for i in range(8)] + [rs[0][8], rs[0][9]]
        for c, rs in runs.items()}


def timed(cmd, stack=False):
    """Runs cmd; returns its wall and CPU time (user + sys) and its standard output."""
    if stack:
        cmd = ["bash", "-c", "ulimit -s unlimited && exec \"$@\"", "solver"] + cmd
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit("%s failed (%d): %s" % (" ".join(cmd), os.waitstatus_to_exitcode(status),
                                         out[-2000:]))
    return wall, usage.ru_utime + usage.ru_stime, out


def clp(lp, method):
    wall, cpu, out = timed(["clp", lp, "-" + method], stack=True)
    m = re.search(r"Optimal objective (\S+) - (\d+) iterations time ([\d.]+)", out)
    if not m:
        sys.exit("clp -%s gave no optimum: %s" % (method, out[-2000:]))
    return wall, cpu, float(m.group(3)), float(m.group(1))


def glpk(lp, work):
    out_file = os.path.join(work, "glpk.out")
    wall, cpu, log = timed(["glpsol", "--lp", lp, "-o", out_file])
    m = re.search(r"Time used:\s+([\d.]+) secs", log)
    with open(out_file) as f:
        text = f.read()
    status = re.search(r"Status:\s+(\S+)", text).group(1)
    if status != "OPTIMAL":
        sys.exit("glpsol: " + status)
    objective = float(re.search(r"Objective:\s+\S+\s+=\s+(\S+)", text).group(1))
    return wall, cpu, float(m.group(1)), objective


def best(runs):
    return [min(r[i] for r in runs) for i in range(3)] + [runs[0][3]]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("sizes", nargs="+", type=int)
    parser.add_argument("--dir", default="/tmp/lp")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--heap", default="4g")
    parser.add_argument("--configs", default="default,glop,glop-dual,clp-dual",
                        help="solver configurations of ours (OptimizeTiming); the first is the"
                             " one the ratios are for")
    parser.add_argument("--glpk-max", type=int, default=10000,
                        help="above this many plants GLPK runs once")
    args = parser.parse_args()
    os.makedirs(args.dir, exist_ok=True)
    asked = args.configs.split(",")
    configs = [c.replace(" ", "_") for c in asked]  # as OptimizeTiming prints them
    print("# %s, %d cores, load %s" % (time.strftime("%Y-%m-%dT%H:%MZ", time.gmtime()),
                                       os.cpu_count(), load()), flush=True)
    for n in args.sizes:
        lp = os.path.join(args.dir, "park-%d.lp" % n)
        (variables, rows, nonzeros), mine = ours(n, lp, args.repeats, args.heap, asked)
        others = {}
        for method in ["dualS", "primalS", "barrier"]:
            others["CLP " + method] = best([clp(lp, method) for _ in range(args.repeats)])
        glpk_repeats = args.repeats if n <= args.glpk_max else 1
        others["GLPK"] = best([glpk(lp, args.dir) for _ in range(glpk_repeats)])
        reference = mine[configs[0]][8]
        print("\n%d plants: %d variables, %d rows, %d non-zeros, LP file %.1f MB; load %s" % (
            n, variables, rows, nonzeros, os.path.getsize(lp) / 1e6, load()))
        print("wall s / cpu s, best of %d   %-13s %-13s %-13s %-13s %-8s %s" % (
            args.repeats, "total", "build", "1st solve", "2nd solve", "build/", "objective"))
        print("%-29s %-13s %-13s %-13s %-13s %-8s" % ("", "", "", "", "", "1st cpu"))
        for config in configs:
            t = mine[config]
            check(t[8], reference, config)
            print("%-29s %5.2f / %5.2f %5.2f / %5.2f %5.2f / %5.2f %5.2f / %5.2f %4.0f %%   %.12e"
                  " (%s)" % ((config,) + tuple(t[:8]) + (100 * t[3] / t[5], t[8], t[9])))
        print("on the LP file, best of %d    %-13s %-13s %s" % (args.repeats, "wall / cpu",
                                                             "own solve s", "objective"))
        for name, (wall, cpu, solve, objective) in others.items():
            check(objective, reference, name)
            print("%-29s %5.2f / %5.2f %8.3f      %.12e" % (name, wall, cpu, solve, objective))
        fastest = min(others.items(), key=lambda kv: kv[1][2])
        fast_cpu = min(others.items(), key=lambda kv: kv[1][1])
        t = mine[configs[0]]
        print("ratios, ours = %s: total cpu / fastest own solve (%s, %.3f s) = %.2f;"
              " total cpu / fastest process cpu (%s, %.2f s) = %.2f; 1st solve cpu / fastest own"
              " solve = %.2f; total wall / fastest process wall = %.2f" % (
                  configs[0], fastest[0], fastest[1][2], t[1] / fastest[1][2], fast_cpu[0],
                  fast_cpu[1][1], t[1] / fast_cpu[1][1], t[5] / fastest[1][2],
                  t[0] / min(v[0] for v in others.values())), flush=True)
    print("# load after: %s" % load())


def check(objective, reference, who):
    if abs(objective - reference) > RTOL * max(1.0, abs(reference)):
        sys.exit("%s's optimum %.12e differs from ours %.12e by more than %g relative" % (
            who, objective, reference, RTOL))


if __name__ == "__main__":
    main()
