"""Draws docs/simulate-scaling.svg (log-log: time per operation against plants) from JMH JSON
results: python3 benchmarks/scripts/plot.py results.json [more.json ...] > docs/simulate-scaling.svg
Later files override earlier ones for the same benchmark and size. Standard library only."""
import json
import math
import sys

series = {}
for path in sys.argv[1:]:
    for r in json.load(open(path)):
        name = r["benchmark"].rsplit(".", 1)[1]
        if "SimulateBenchmark" not in r["benchmark"]:
            continue
        plants = int(r["params"]["plants"])
        series.setdefault(name, {})[plants] = r["primaryMetric"]["score"]

W, H, L, B, T, R = 720, 460, 80, 60, 40, 170
xs = [1e3, 1e4, 1e5, 1e6]
ys = [v for s in series.values() for v in s.values()]
ymin = 10 ** math.floor(math.log10(min(ys)))
ymax = 10 ** math.ceil(math.log10(max(ys + [2000])))
def X(v):
    return L + (math.log10(v) - 3) / 3 * (W - L - R)
def Y(v):
    return H - B - (math.log10(v) - math.log10(ymin)) / (math.log10(ymax) - math.log10(ymin)) * (H - B - T)
colors = {"index": "#1b9e77", "assemble": "#d95f02", "solve": "#7570b3", "streamingPass": "#e7298a"}
out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" font-family="sans-serif" font-size="12">',
       f'<rect width="{W}" height="{H}" fill="white"/>',
       f'<text x="{L}" y="22" font-size="15">Simulate on synthetic parks: time per operation (JMH, ms, log-log)</text>']
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
out.append(f'<text x="{W-R+6}" y="{Y(2000)+4}" fill="red">target 2 s at 10^6</text>')
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
    out.append(f'<text x="{W-R+36}" y="{T+74+row*20}">{name}</text>')
    row += 1
out.append('</svg>')
print("\n".join(out))
