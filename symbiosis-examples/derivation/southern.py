"""Usage: python3 southern.py > ../src/main/resources/examples/southern-vietnam.json
(regenerate binh-duong-eip.json, dong-nai-eip.json and long-an-eip.json first: this script reads them).

Derives symbiosis-examples/src/main/resources/examples/southern-vietnam.json: the plants of
binh-duong-eip (site "binh-duong"), dong-nai-eip (site "amata-bien-hoa") and long-an-eip (site
"long-an") in one park, unchanged, with their links and markets, plus one inter-site exchange: the
rice husk that long-an-eip landfills (40 % of its mill's husk) trucked about 70 km [E] to the
shared husk boiler of binh-duong-eip. Carriers and markets of the same id must agree in unit,
carbon, GWP and factors (the script fails otherwise); the first definition is kept. Plant,
process and link ids are already unique (dong-nai and long-an prefix theirs); the script checks it.
binh-duong-eip's target is dropped: its base is that park's alone."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
EXAMPLES = os.path.join(HERE, "..", "src", "main", "resources", "examples")
PARTS = [("binh-duong-eip", "binh-duong"), ("dong-nai-eip", "amata-bien-hoa"), ("long-an-eip", "long-an")]
HUSK_KM = 70  # km by road, Ben Luc (Long An) to Thu Dau Mot (Binh Duong) [E]

def load(name):
    with open(os.path.join(EXAMPLES, name + ".json")) as f:
        return json.load(f)

def same(a, b, keys):
    return all(a.get(k) == b.get(k) for k in keys)

carriers, markets, plants, links = {}, {}, [], []
for name, site in PARTS:
    park = load(name)
    for c in park["carriers"]:
        if c["id"] in carriers:
            assert same(carriers[c["id"]], c, ["unit", "kind", "carbon", "gwp", "biogenic"]), c["id"]
        else:
            carriers[c["id"]] = c
    for m in park["markets"]:
        if m["carrier"] in markets:
            assert same(markets[m["carrier"]], m, ["buy", "sell", "disposal"]), m["carrier"]
        else:
            markets[m["carrier"]] = m
    for p in park["plants"]:
        q = {}
        for k, v in p.items():
            if k != "site":
                q[k] = v
            if k == "sector":
                q["site"] = site
        plants.append(q)
    links += park["links"]

links.append({"id": "husk-long-an-binh-duong", "from": "la-rice-mill", "to": "steam-hub", "carrier": "rice-husk",
              "push": 0.4, "distance": HUSK_KM,
              "note": "The 40 % of Long An's husk that long-an-eip landfills, trucked about 70 km [E] to Binh Duong's husk boiler; most Mekong husk goes unused (docs/sources.md#vietnam-rice-residues [S2]). Truck emissions are not modelled: no road-freight factor is in docs/sources.md."})

for kind, ids in [("plant", [p["id"] for p in plants]),
                  ("process", [r["id"] for p in plants for r in p["processes"]]),
                  ("link", [l["id"] for l in links])]:
    assert len(ids) == len(set(ids)), kind + " ids repeat"

park = {"name": "southern-vietnam",
        "description": "ILLUSTRATIVE: the plants of binh-duong-eip, dong-nai-eip (Amata Bien Hoa) and long-an-eip, by site, with one inter-site exchange: Long An's unused rice husk to the husk boiler in Binh Duong (70 km [E]). Every figure as in the three parks; see symbiosis-examples/README.md.",
        "carriers": list(carriers.values()), "plants": plants, "links": links, "markets": list(markets.values())}
print(json.dumps(park, indent=2))
