"""Draws docs/simulate-scaling.svg (log-log: time per operation against plants) from JMH JSON
results and the end-to-end results of benchmarks/scripts/end_to_end.py (dashed: the phases of
`run FILE --json --csv` in a new JVM, and its wall time):
python3 benchmarks/scripts/plot.py results.json [more.json ...] > docs/simulate-scaling.svg
Later files override earlier ones for the same benchmark and size. Standard library only."""
import json
import math
import sys

series = {}
end_to_end = {}
E2E = [("e2e total (wall)", "#333333"), ("e2e load", "#66a61e"), ("e2e simulate", "#e6ab02"),
       ("e2e report, --json, --csv", "#a6761d")]
for path in sys.argv[1:]:
    results = json.load(open(path))
    if isinstance(results, dict) and results.get("kind") == "symbiosis-end-to-end":
        for run in results["runs"]:
            if run["exit"] != 0:
                continue
            p, n = run["phases_ms"], run["plants"]
            outputs = sum(p[k] or 0 for k in ("measures", "report", "json", "csv"))
            for (name, _), ms in zip(E2E, (run["wall_s"] * 1000, p["load"], p["simulate"],
                                           outputs)):
                end_to_end.setdefault(name, {})[n] = ms
        continue
    for r in results:
        name = r["benchmark"].rsplit(".", 1)[1]
        if "SimulateBenchmark" not in r["benchmark"]:
            continue
        plants = int(r["params"]["plants"])
        series.setdefault(name, {})[plants] = r["primaryMetric"]["score"]

W, H, L, B, T, R = 800, 480, 80, 60, 40, 230
xs = [1e3, 1e4, 1e5, 1e6]
ys = [v for s in list(series.values()) + list(end_to_end.values()) for v in s.values()]
ymin = 10 ** math.floor(math.log10(min(ys)))
ymax = 10 ** math.ceil(math.log10(max(ys + [2000])))
def X(v):
    return L + (math.log10(v) - 3) / 3 * (W - L - R)
def Y(v):
    return H - B - (math.log10(v) - math.log10(ymin)) / (math.log10(ymax) - math.log10(ymin)) * (H - B - T)
colors = {"index": "#1b9e77", "assemble": "#d95f02", "solve": "#7570b3", "streamingPass": "#e7298a"}
out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" font-family="sans-serif" font-size="12">',
       f'<rect width="{W}" height="{H}" fill="white"/>',
       f'<text x="{L}" y="22" font-size="15">Synthetic parks: simulate per operation (JMH, solid) and run end to end (dashed); ms, log-log</text>']
for v in xs:
    out.append(f'<line x1="{X(v)}" y1="{T}" x2="{X(v)}" y2="{H-B}" stroke="#ddd"/>')
    out.append(f'<text x="{X(v)}" y="{H-B+18}" text-anchor="middle">{int(v):,}</text>')
e = math.log10(ymin)
while e <= math.log10(ymax) + 1e-9:
    v = 10 ** e
    out.append(f'<line x1="{L}" y1="{Y(v)}" x2="{W-R}" y2="{Y(v)}" stroke="#ddd"/>')
    out.append(f'<text x="{L-8}" y="{Y(v)+4}" text-anchor="end">{v:g}</text>')
    e += 1
out.append(f'<line x1="{L}" y1="{Y(2000)}" x2="{W-R}" y2="{Y(2000)}" stroke="red" stroke-dasharray="6,4"/>')
out.append(f'<text x="{L+6}" y="{Y(2000)-6}" fill="red">target: simulate 2 s at 10^6</text>')
out.append(f'<text x="{(L+W-R)/2}" y="{H-18}" text-anchor="middle">plants</text>')
out.append(f'<text x="18" y="{(T+H-B)/2}" transform="rotate(-90 18 {(T+H-B)/2})" text-anchor="middle">ms per operation</text>')
row = 0
for name, pts in sorted(series.items()):
    c = colors.get(name, "black")
    p = sorted(pts.items())
    out.append('<polyline fill="none" stroke="%s" stroke-width="2" points="%s"/>' % (c, " ".join(f"{X(k)},{Y(v)}" for k, v in p)))
    for k, v in p:
        out.append(f'<circle cx="{X(k)}" cy="{Y(v)}" r="3.5" fill="{c}"/>')
    out.append(f'<line x1="{W-R+10}" y1="{T+70+row*20}" x2="{W-R+30}" y2="{T+70+row*20}" stroke="{c}" stroke-width="3"/>')
    out.append(f'<text x="{W-R+36}" y="{T+74+row*20}">JMH {name}</text>')
    row += 1
for name, c in E2E:
    p = sorted(end_to_end.get(name, {}).items())
    if not p:
        continue
    out.append('<polyline fill="none" stroke="%s" stroke-width="2" stroke-dasharray="7,4" points="%s"/>' % (c, " ".join(f"{X(k)},{Y(v)}" for k, v in p)))
    for k, v in p:
        out.append(f'<rect x="{X(k)-3.5}" y="{Y(v)-3.5}" width="7" height="7" fill="{c}"/>')
    out.append(f'<line x1="{W-R+10}" y1="{T+70+row*20}" x2="{W-R+30}" y2="{T+70+row*20}" stroke="{c}" stroke-width="3" stroke-dasharray="5,3"/>')
    out.append(f'<text x="{W-R+36}" y="{T+74+row*20}">{name}</text>')
    row += 1
out.append('</svg>')
print("\n".join(out))
