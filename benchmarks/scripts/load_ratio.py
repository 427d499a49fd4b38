#!/usr/bin/env python3
"""Load and end-to-end ratios of issue 17, in one run on one machine.

For each size: writes the synthetic park (SyntheticParks.write(42, n), the file
ParkFiles.write gives) unless it exists, then times Python's json.load of the file
against the tool's reader (ParkFiles.read in one JVM, after a warm-up read), best of
REPEATS each, wall clock and CPU (all threads of the process), and prints the ratios.
With --run it also times `symbiosis run FILE --json --csv` end to end (a new JVM, as a
user runs it) with /usr/bin/time for the peak RSS.

    python3 benchmarks/scripts/load_ratio.py [--dir /tmp/parks] [--repeats 3]
        [--heap 6g] [--jvm "-XX:+UseParallelGC"] [--run] 10000 100000

Needs benchmarks/target/benchmarks.jar (mvn -B -q -pl benchmarks -am package -DskipTests)
and, for --run, symbiosis-examples/target/symbiosis.jar.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
BENCH = os.path.join(ROOT, "benchmarks", "target", "benchmarks.jar")
TOOL = os.path.join(ROOT, "symbiosis-examples", "target", "symbiosis.jar")


def python_load(path, repeats):
    walls, cpus = [], []
    for _ in range(repeats):
        wall, cpu = time.perf_counter(), time.process_time()
        with open(path, "rb") as f:
            json.load(f)
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return min(walls), min(cpus)


def java_load(path, repeats, heap, jvm):
    out = subprocess.run(["java", "-Xmx" + heap] + jvm + ["-cp", BENCH,
                          "org.symbiosis.benchmarks.ParkFileTiming", "read", path,
                          str(repeats + 1)], check=True, capture_output=True, text=True).stdout
    rows = re.findall(r"load ([\d.]+) s wall, ([\d.]+) s cpu \(all threads\), ([\d.]+) s cpu"
                      r" \(reading thread\), ([\d.]+) s in gc", out)
    rows = [tuple(map(float, r)) for r in rows[1:]]  # the first read warms up
    return min(r[0] for r in rows), min(r[1] for r in rows), min(r[3] for r in rows)


def end_to_end(path, heap, jvm, workdir):
    out_json = os.path.join(workdir, "out.json")
    out_csv = os.path.join(workdir, "out-csv")
    cmd = ["/usr/bin/time", "-v", "java", "-Xmx" + heap] + jvm + ["-jar", TOOL, "-v", "run", path,
           "--json", out_json, "--csv", out_csv]
    start = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True)
    wall = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit("run failed: " + done.stderr[-2000:])
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr).group(1))
    return wall, rss / 1024 / 1024, len(done.stdout.splitlines()), done.stderr


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("sizes", nargs="+", type=int)
    parser.add_argument("--dir", default="/tmp/parks")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--heap", default="6g")
    parser.add_argument("--run", action="store_true")
    parser.add_argument("--jvm", default="", help="more JVM options, e.g. -XX:+UseParallelGC")
    args = parser.parse_args()
    os.makedirs(args.dir, exist_ok=True)
    jvm = args.jvm.split()
    print("plants  file MB  python load s (cpu)  java load s (cpu, gc)  ratio wall  ratio cpu")
    for n in args.sizes:
        path = os.path.join(args.dir, "park-%d.json" % n)
        if not os.path.exists(path):
            subprocess.run(["java", "-cp", BENCH, "org.symbiosis.benchmarks.ParkFileTiming",
                            "write", str(n), path], check=True, capture_output=True)
        py_wall, py_cpu = python_load(path, args.repeats)
        j_wall, j_cpu, j_gc = java_load(path, args.repeats, args.heap, jvm)
        print("%7d  %7.1f  %8.2f (%6.2f)      %7.2f (%5.2f, %5.2f)    %6.2f      %6.2f" % (
            n, os.path.getsize(path) / 1e6, py_wall, py_cpu, j_wall, j_cpu, j_gc,
            j_wall / py_wall, j_cpu / py_cpu), flush=True)
        if args.run:
            wall, rss, lines, log = end_to_end(path, args.heap, jvm, args.dir)
            print("         run --json --csv: %.2f s wall, %.2f GiB peak RSS, %d lines of"
                  " report; %.1fx python's load" % (wall, rss, lines, wall / py_wall),
                  flush=True)
            for line in log.splitlines():
                if "INFO" in line or "DEBUG" in line:
                    print("           " + line.strip()[:160])


if __name__ == "__main__":
    main()
