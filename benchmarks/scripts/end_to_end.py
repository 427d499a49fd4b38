#!/usr/bin/env python3
"""End to end at 10^4..10^6 plants (issues 17.6 and 21): park file in, results out.

For each size: writes the synthetic park (SyntheticParks.write(42, n)) unless it exists,
then runs the tool as a user does, in a new JVM under /usr/bin/time -v:

    java -XmxH -jar symbiosis-examples/target/symbiosis.jar -v run FILE --json OUT --csv DIR

and prints one table: wall time, peak RSS, bytes of peak RSS per plant, and the split into
load (read the park), index, assemble, solve, settlement + ledger, text report, --json and
--csv, taken from the run's -v DEBUG lines (both simulations, with and without symbiosis,
summed). It then checks the outputs: the JSON is parsed (json.load up to --full-parse-max
plants, and always by a streaming parse that holds one table row at a time and must agree
with json.load where both run), and the CSV agrees with it (summary.csv equals the JSON's
totals exactly; the plant, link and process files have the JSON's row counts and column sums
to 1e-9). One-minute load averages (/proc/loadavg) are recorded before and after each run;
a run waits up to --max-wait seconds for the load to fall below --wait-load.

--heap-for N=H1,H2,... tries the heaps in order at N plants and keeps the first that works
(the failures, with the tool's message, are in the results too).

    python3 benchmarks/scripts/end_to_end.py [--dir /tmp/parks] [--heap 2g]
        [--heap-for 1000000=3g,4g,8g] [--jvm "-XX:+UseParallelGC"] [--gc-log]
        [--results FILE.json] 10000 100000 1000000

--gc-log adds -Xlog:gc and gives, per phase, the most heap in use after and before a
collection: what each phase holds live, and how full the heap gets.

The results file is read by benchmarks/scripts/plot.py beside the JMH results. Needs
symbiosis-examples/target/symbiosis.jar (mvn -B -q -pl symbiosis-examples -am package
-DskipTests) and, to write missing parks, benchmarks/target/benchmarks.jar.
Standard library only.
"""
import argparse
import csv
import datetime
import json
import math
import os
import re
import shutil
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
BENCH = os.path.join(ROOT, "benchmarks", "target", "benchmarks.jar")
TOOL = os.path.join(ROOT, "symbiosis-examples", "target", "symbiosis.jar")

PHASES = ["load", "index", "assemble", "solve", "settle+ledger", "measures", "report", "json",
          "csv"]
# summary.csv quantity -> the JSON's totals field
SUMMARY = {"scope1": "scope1", "ccu_in_scope1": "ccuInScope1", "scope2": "scope2",
           "scope2_market": "scope2Market", "residual": "residual", "removals": "removals",
           "net": "net", "scope3_cat1_purchased_goods": "purchasedGoods",
           "scope3_cat3_fuel_and_energy": "fuelAndEnergy", "scope3_cat4_transport": "transport",
           "upstream": "upstream", "lifecycle": "lifecycle", "stored": "stored",
           "scope3_cat11_sold_fuels_memo": "soldFuels",
           "scope3_cat12_sold_products_memo": "soldProducts", "avoided_memo": "avoided",
           "biogenic_memo": "biogenicMemo", "cost": "cost", "circularity": "circularity",
           "carbon_closure_error": "carbonClosureError"}
# (csv file, csv column, JSON table, JSON field) whose sums must agree
COLUMNS = [("plants.csv", "residual_t_co2e", "withSymbiosis.plants", "residual"),
           ("plants.csv", "residual_without_t_co2e", "withoutSymbiosis.plants", "residual"),
           ("plants.csv", "scope1_t_co2e", "withSymbiosis.plants", "scope1"),
           ("plants.csv", "cost", "withSymbiosis.plants", "cost"),
           ("links.csv", "flow", "withSymbiosis.links", "flow"),
           ("links.csv", "flow_without", "withoutSymbiosis.links", "flow"),
           ("processes.csv", "activity", "withSymbiosis.processes", "activity"),
           ("processes.csv", "activity_without", "withoutSymbiosis.processes", "activity")]


def loadavg():
    with open("/proc/loadavg") as f:
        return f.read().strip()


def wait_for_load(limit, max_wait):
    waited = 0
    while float(loadavg().split()[0]) >= limit and waited < max_wait:
        time.sleep(10)
        waited += 10
    return waited


def phases(log):
    """Milliseconds per phase from the -v DEBUG lines; both simulations summed."""
    def total(pattern):
        found = re.findall(pattern, log)
        return sum(float(v) for v in found) if found else None

    settle = total(r"\), settle (\d+) ms")
    ledger = total(r"\), settle \d+ ms, ledger (\d+) ms")
    assemble = [total(r"assemble (\d+) ms \("), total(r"\), condense (\d+) ms"),
                total(r"components\), renumber (\d+) ms")]
    return {
        "load": total(r"run: read .* in (\d+) ms"),
        "index": total(r"Simulator - index (\d+) ms"),
        "assemble": None if None in assemble else sum(assemble),
        "solve": total(r"Simulator - solve (\d+) ms"),
        "settle+ledger": None if settle is None else settle + ledger,
        "simulate": total(r"run: simulated in (\d+) ms"),
        "measures": total(r"run: \d+ measures in (\d+) ms"),
        "report": total(r"run: text report in (\d+) ms"),
        "json": total(r"run: --json in (\d+) ms"),
        "csv": total(r"run: --csv in (\d+) ms"),
    }


def time_v(stderr, label):
    found = re.search(re.escape(label) + r": ([\d.:]+)", stderr)
    return found.group(1) if found else None


def heap_by_phase(log, gc_log):
    """From a -Xlog:gc:FILE:time log: per phase (between the DEBUG lines that end the read, the
    simulation, the text report, --json and --csv), the most heap in use after a collection
    and before one, in MiB."""
    ends = []
    for name, pattern in (("load", r"run: read "), ("simulate", r"run: simulated in"),
                          ("report", r"run: text report in"), ("json", r"run: --json in"),
                          ("csv", r"run: --csv in")):
        found = re.search(r"^(\d\d:\d\d:\d\d\.\d+) DEBUG .*" + pattern, log, re.M)
        if found:
            ends.append((found.group(1), name))
    phases = {name: {"after_gc_mib": 0, "before_gc_mib": 0, "collections": 0}
              for _, name in ends}
    with open(gc_log) as f:
        for line in f:
            found = re.search(r"T(\d\d:\d\d:\d\d\.\d+).*\) (\d+)M->(\d+)M\(\d+M\)", line)
            if not found:
                continue
            at, before, after = found.group(1), int(found.group(2)), int(found.group(3))
            name = next((name for end, name in ends if at <= end), None)
            if name is None:
                continue
            phase = phases[name]
            phase["after_gc_mib"] = max(phase["after_gc_mib"], after)
            phase["before_gc_mib"] = max(phase["before_gc_mib"], before)
            phase["collections"] += 1
    return phases


def run(path, n, heap, workdir, jvm=(), gc_log=False):
    out_json = os.path.join(workdir, "end-to-end-%d.json" % n)
    out_csv = os.path.join(workdir, "end-to-end-%d-csv" % n)
    for old in (out_json, out_csv):
        if os.path.isdir(old):
            shutil.rmtree(old)
        elif os.path.exists(old):
            os.remove(old)
    log_file = os.path.join(workdir, "end-to-end-%d-gc.log" % n)
    jvm = list(jvm) + (["-Xlog:gc:file=%s:time" % log_file] if gc_log else [])
    cmd = ["/usr/bin/time", "-v", "java", "-Xmx" + heap] + jvm + ["-jar", TOOL, "-v", "run",
                                                                  path, "--json", out_json,
                                                                  "--csv", out_csv]
    before = loadavg()
    started = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    wall = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True)
    wall = time.perf_counter() - wall
    after = loadavg()
    err = done.stderr
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", err).group(1)) * 1024
    # the JVM's exit code: /usr/bin/time passes it on
    result = {"plants": n, "heap": heap, "command": " ".join(cmd[2:]), "started": started,
              "exit": done.returncode, "wall_s": round(wall, 2),
              "user_s": float(time_v(err, "User time (seconds)")),
              "sys_s": float(time_v(err, "System time (seconds)")),
              "peak_rss_bytes": rss, "peak_rss_bytes_per_plant": round(rss / n),
              "load_before": before, "load_after": after, "phases_ms": phases(err),
              "report_lines": len(done.stdout.splitlines())}
    if gc_log:
        result["heap_by_phase"] = heap_by_phase(err, log_file)
    if done.returncode != 0:
        tool = [line for line in err.splitlines()
                if line.strip() and not line.startswith("\t") and " DEBUG " not in line
                and " INFO " not in line and "Command being timed" not in line]
        result["message"] = "\n".join(tool[-5:])
        return result, None, None
    result["json_bytes"] = os.path.getsize(out_json)
    return result, out_json, out_csv


class StreamingJson:
    """A strict JSON parse of one document that holds one table row at a time.

    Containers down to depth MANUAL are walked here (commas, colons, brackets checked);
    deeper values (a table's rows) go to json's C decoder one at a time. Rows that are
    objects in an array are summed field by field per table path, as tables() does for a
    parsed document.
    """
    MANUAL = 3
    CHUNK = 1 << 24
    SPACE = re.compile(r"[ \t\n\r]*")

    def __init__(self, path):
        self.file = open(path, encoding="utf-8")
        self.buf, self.pos, self.eof = "", 0, False
        self.decoder = json.JSONDecoder(parse_constant=self.reject)
        self.tables, self.objects, self.rows = {}, {}, 0

    @staticmethod
    def reject(name):
        raise ValueError("not JSON: " + name)

    def more(self):
        if self.eof:
            return False
        chunk = self.file.read(self.CHUNK)
        self.buf, self.pos = self.buf[self.pos:] + chunk, 0
        self.eof = not chunk
        return bool(chunk)

    def space(self):
        while True:
            self.pos = self.SPACE.match(self.buf, self.pos).end()
            if self.pos < len(self.buf) or not self.more():
                return

    def peek(self):
        self.space()
        if self.pos >= len(self.buf):
            raise ValueError("unexpected end of the document")
        return self.buf[self.pos]

    def expect(self, chars):
        c = self.peek()
        if c not in chars:
            raise ValueError("expected %r, found %r" % (chars, self.buf[self.pos:self.pos + 40]))
        self.pos += 1
        return c

    def leaf(self):
        self.space()
        while True:
            try:
                value, end = self.decoder.raw_decode(self.buf, self.pos)
                if end < len(self.buf) or self.eof:
                    self.pos = end
                    return value
            except json.JSONDecodeError:
                if self.eof:
                    raise
            self.more()  # the value runs past the buffer (or a number may): read on

    def value(self, path, depth):
        c = self.peek()
        if c == "{" and depth < self.MANUAL:  # returns its scalar fields
            self.pos += 1
            scalars = self.objects[path] = {}
            if self.peek() == "}":
                self.pos += 1
                return scalars
            while True:
                key = self.leaf()
                if not isinstance(key, str):
                    raise ValueError("an object key must be a string, found %r" % (key,))
                self.expect(":")
                got = self.value(path + "." + key if path else key, depth + 1)
                if got is not None and not isinstance(got, (dict, list)):
                    scalars[key] = got
                if self.expect(",}") == "}":
                    return scalars
        elif c == "[" and depth < self.MANUAL:
            self.pos += 1
            if self.peek() == "]":
                self.pos += 1
                return
            while True:
                row = self.value(path, depth + 1)
                if isinstance(row, dict):
                    add_row(self.tables, path, row)
                    self.rows += 1
                if self.expect(",]") == "]":
                    return
        else:
            return self.leaf()

    def parse(self):
        self.value("", 0)
        self.space()
        if self.pos < len(self.buf):
            raise ValueError("text after the document: %r" % self.buf[self.pos:self.pos + 40])
        self.file.close()
        return self.tables


def add_row(tables, path, row):
    table = tables.setdefault(path, {"rows": 0, "sums": {}})
    table["rows"] += 1
    for key, v in row.items():
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            table["sums"][key] = table["sums"].get(key, 0.0) + v


def tables(document, path="", depth=0, found=None):
    """The same table sums as StreamingJson, from a parsed document."""
    found = {} if found is None else found
    if isinstance(document, dict) and depth < StreamingJson.MANUAL:
        for key, v in document.items():
            tables(v, path + "." + key if path else key, depth + 1, found)
    elif isinstance(document, list) and depth < StreamingJson.MANUAL:
        for row in document:
            if isinstance(row, dict):
                add_row(found, path, row)
            tables(row, path, depth + 1, found)
    return found


def close(a, b, rel=1e-9):
    return a == b or abs(a - b) <= rel * max(abs(a), abs(b), 1e-300)


def check(n, out_json, out_csv, full_parse_max):
    """Problems found in the outputs (an empty list when they agree), and what was checked."""
    problems, done = [], {}
    wall = time.perf_counter()
    streamed = StreamingJson(out_json)
    found = streamed.parse()
    done["streaming_parse_s"] = round(time.perf_counter() - wall, 1)
    done["streaming_rows"] = streamed.rows
    if n <= full_parse_max:
        wall = time.perf_counter()
        with open(out_json, encoding="utf-8") as f:
            document = json.load(f, parse_constant=StreamingJson.reject)
        done["json_load_s"] = round(time.perf_counter() - wall, 1)
        if tables(document) != found:
            problems.append("the streaming parse and json.load disagree on the table sums")
        totals = {side: document[side]["totals"] for side in ("withSymbiosis",
                                                               "withoutSymbiosis")}
        if any(streamed.objects[side + ".totals"] != totals[side] for side in totals):
            problems.append("the streaming parse and json.load disagree on the totals")
        del document
    else:
        totals = {side: streamed.objects[side + ".totals"] for side in ("withSymbiosis",
                                                                         "withoutSymbiosis")}
    with open(os.path.join(out_csv, "summary.csv"), newline="") as f:
        summary = list(csv.DictReader(f))
    for row in summary:
        field = SUMMARY.get(row["quantity"])
        if field is None:
            problems.append("summary.csv: unknown quantity %s" % row["quantity"])
            continue
        for column, side in (("with_symbiosis", "withSymbiosis"),
                             ("without_symbiosis", "withoutSymbiosis")):
            if float(row[column]) != totals[side][field]:
                problems.append("summary.csv %s %s = %s, the JSON's totals %r" % (
                    row["quantity"], column, row[column], totals[side][field]))
    done["summary_quantities"] = len(summary)
    for name in ("plants.csv", "links.csv", "processes.csv"):
        with open(os.path.join(out_csv, name), newline="") as f:
            rows = sum(1 for _ in f) - 1
        table = "withSymbiosis." + name[:-4]
        if rows != found[table]["rows"]:
            problems.append("%s has %d rows, the JSON's %s %d" % (name, rows, table,
                                                                 found[table]["rows"]))
        done[name + "_rows"] = rows
    sums = {}
    for name in sorted({c[0] for c in COLUMNS}):
        wanted = [c[1] for c in COLUMNS if c[0] == name]
        total = dict.fromkeys(wanted, 0.0)
        with open(os.path.join(out_csv, name), newline="") as f:
            for row in csv.DictReader(f):
                for column in wanted:
                    total[column] += float(row[column])
        sums[name] = total
    for name, column, table, field in COLUMNS:
        a, b = sums[name][column], found[table]["sums"][field]
        if not close(a, b):
            problems.append("%s column %s sums to %r, the JSON's %s.%s to %r" % (
                name, column, a, table, field, b))
    for side in ("withSymbiosis", "withoutSymbiosis"):
        a, b = found[side + ".plants"]["sums"]["residual"], totals[side]["residual"]
        if not close(a, b):
            problems.append("%s: plants' residuals sum to %r, totals.residual %r" % (side, a, b))
    done["residual_with"] = totals["withSymbiosis"]["residual"]
    done["residual_without"] = totals["withoutSymbiosis"]["residual"]
    return problems, done


def table(results):
    head = ("plants  heap  exit  wall s  user+sys s  peak RSS GiB  B/plant   load  index"
            "  assemble  solve  settle+ledger  report   json    csv  (s)  load avg before -> after")
    print(head)
    for r in results:
        p = r["phases_ms"]

        def s(key):
            return "%6.1f" % (p[key] / 1000) if p.get(key) is not None else "     -"
        print("%7d %5s %5d %7.1f %11.1f %13.2f %8d %s %s  %s %s  %s      %s %s %s       %s -> %s"
              % (r["plants"], r["heap"], r["exit"], r["wall_s"], r["user_s"] + r["sys_s"],
                 r["peak_rss_bytes"] / 2 ** 30, r["peak_rss_bytes_per_plant"], s("load"),
                 s("index"), s("assemble"), s("solve"), s("settle+ledger"), s("report"),
                 s("json"), s("csv"), " ".join(r["load_before"].split()[:3]),
                 " ".join(r["load_after"].split()[:3])))
    for r in results:
        if r.get("heap_by_phase"):
            print("%d plants, -Xmx%s: heap in use, most after / before a collection (MiB): %s"
                  % (r["plants"], r["heap"], ", ".join(
                      "%s %d / %d (%d collections)" % (name, h["after_gc_mib"], h["before_gc_mib"],
                                                       h["collections"])
                      for name, h in r["heap_by_phase"].items())))
    for r in results:
        if r.get("message"):
            print("%d plants, -Xmx%s: exit %d: %s" % (r["plants"], r["heap"], r["exit"],
                                                    r["message"].replace("\n", " | ")))
        if r.get("checks"):
            print("%d plants: outputs %s; %s" % (
                r["plants"], "agree" if not r["problems"] else "DISAGREE: " + "; ".join(
                    r["problems"]), json.dumps(r["checks"])))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("sizes", nargs="+", type=int)
    parser.add_argument("--dir", default="/tmp/parks")
    parser.add_argument("--heap", default="2g")
    parser.add_argument("--heap-for", action="append", default=[],
                        help="N=H1,H2,...: the heaps to try in order at N plants")
    parser.add_argument("--jvm", default="", help="more JVM options, e.g. -XX:+UseParallelGC")
    parser.add_argument("--gc-log", action="store_true",
                        help="log the collections (-Xlog:gc) and give the heap in use per phase")
    parser.add_argument("--full-parse-max", type=int, default=100000,
                        help="json.load the JSON up to this many plants (streaming always)")
    parser.add_argument("--wait-load", type=float, default=2.0)
    parser.add_argument("--max-wait", type=int, default=300)
    parser.add_argument("--results", default=os.path.join(
        ROOT, "benchmarks", "results-%s-end-to-end.json" % datetime.date.today()))
    args = parser.parse_args()
    heaps = {}
    for spec in args.heap_for:
        n, hs = spec.split("=")
        heaps[int(n)] = hs.split(",")
    os.makedirs(args.dir, exist_ok=True)
    results = []
    for n in args.sizes:
        path = os.path.join(args.dir, "park-%d.json" % n)
        if not os.path.exists(path):
            subprocess.run(["java", "-cp", BENCH, "org.symbiosis.benchmarks.ParkFileTiming",
                            "write", str(n), path], check=True, capture_output=True)
        for heap in heaps.get(n, [args.heap]):
            waited = wait_for_load(args.wait_load, args.max_wait)
            result, out_json, out_csv = run(path, n, heap, args.dir, args.jvm.split(),
                                            args.gc_log)
            result["waited_for_load_s"] = waited
            result["park_bytes"] = os.path.getsize(path)
            results.append(result)
            print("%d plants, -Xmx%s: exit %d in %.1f s, load %s -> %s" % (
                n, heap, result["exit"], result["wall_s"], result["load_before"],
                result["load_after"]), file=sys.stderr, flush=True)
            if result["exit"] == 0:
                result["problems"], result["checks"] = check(n, out_json, out_csv,
                                                             args.full_parse_max)
                break
    table(results)
    with open(args.results, "w") as f:
        json.dump({"kind": "symbiosis-end-to-end", "tool": os.path.relpath(TOOL, ROOT),
                   "machine": "%d cores, %.0f GiB" % (os.cpu_count(), os.sysconf("SC_PAGE_SIZE")
                                                     * os.sysconf("SC_PHYS_PAGES") / 2 ** 30),
                   "java": subprocess.run(["java", "-version"], capture_output=True,
                                          text=True).stderr.splitlines()[0],
                   "runs": results}, f, indent=1)
        f.write("\n")
    print("results: " + os.path.relpath(args.results, ROOT))
    return 1 if any(r.get("problems") for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
