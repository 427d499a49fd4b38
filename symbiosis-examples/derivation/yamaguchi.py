"""Derives symbiosis-examples/src/main/resources/examples/yamaguchi-2019.json: Yamaguchi
prefecture in 2019 on the prefecture boundary. The Shunan complex is shunan.py's 2019 park
(site "shunan"); the rest of the prefecture is three aggregates, each one process emitting CO2 at
a fixed activity, sized from docs/sources.md#yamaguchi-2019-emissions and
docs/sources.md#yamaguchi-complexes-co2 as each note says.

Usage: python3 yamaguchi.py > ../src/main/resources/examples/yamaguchi-2019.json
       python3 yamaguchi.py 2030 > ../src/main/resources/examples/yamaguchi-2030.json
The 2030 park is shunan-2030.json (read from the examples, so regenerate it first) with the same
three aggregates held at their 2019 levels [E]: no source projects the rest of the prefecture.
"""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import shunan
from shunan import r

TOTAL = 40.45e6          # t CO2, Yamaguchi 2019 (docs/sources.md#yamaguchi-2019-emissions [seed])
INDUSTRY_SHARE = 0.706   # same row [seed]
CIVIL_SHARE = 0.2945     # same row [seed]: households, transport, commerce
COMPLEXES = 20.2e6       # t CO2, all of Yamaguchi's complexes, peak FY2017 (docs/sources.md#yamaguchi-complexes-co2 [S])
# The shunan-2019 model's residual (scope 1 + 2), t CO2e/yr, as `./symbiosis run shunan-2019`
# prints it (ExamplesTest checks that the Shunan site of this park still adds up to it).
SHUNAN_RESIDUAL = 12044225.647

industry = TOTAL*INDUSTRY_SHARE
civil = TOTAL*CIVIL_SHARE
other_complexes = COMPLEXES - SHUNAN_RESIDUAL
rest_of_industry = industry - COMPLEXES

def aggregate(id, name, sector, site, activity, note):
    p = {"id": id, "name": name, "sector": sector}
    if site:
        p["site"] = site
    p["processes"] = [{"id": id + ".emit", "reference": "co2-aggregate",
                       "outputs": {"co2-aggregate": 1}, "rule": {"fixed": r(activity)},
                       "note": note}]
    return p

def main2030():
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "..", "src", "main", "resources", "examples", "shunan-2030.json")) as f:
        base = json.load(f)
    plants = []
    for p in base["plants"]:
        q = {}
        for k, v in p.items():
            q[k] = v
            if k == "sector":
                q["site"] = "shunan"
        plants.append(q)
    carriers = base["carriers"] + [shunan.carrier("co2-aggregate", "t", "CO2 of the aggregates",
        "The CO2 of the three aggregates (other complexes, the rest of industry, the civil sector), released to air, held at their 2019 levels [E]; carbon not tracked; GWP 1.",
        gwp=1)]
    markets = base["markets"] + [{"carrier": "co2-aggregate", "disposal": {"to": "air"},
                                  "note": "Released to air: the aggregates' emissions [E]."}]
    held = " Held at its 2019 level in 2030 [E]: no source projects it; the prefecture's own measures outside Shunan are not modelled."
    plants.append(aggregate("other-complexes",
        "Yamaguchi's other industrial complexes (Ube/Sanyo-Onoda, Iwakuni), aggregate", "industry", "other-complexes",
        other_complexes, "[E] as in yamaguchi-2019 (docs/sources.md#yamaguchi-complexes-co2 less the shunan-2019 model)." + held))
    plants.append(aggregate("rest-of-industry",
        "The rest of Yamaguchi's industry (outside the complexes), aggregate", "industry", None,
        rest_of_industry, "[E] as in yamaguchi-2019 (docs/sources.md#yamaguchi-2019-emissions less docs/sources.md#yamaguchi-complexes-co2)." + held))
    plants.append(aggregate("civil",
        "Yamaguchi's civil sector (households, transport, commerce), aggregate", "civil", None,
        civil, "[E] as in yamaguchi-2019 (docs/sources.md#yamaguchi-2019-emissions)." + held))
    base_note = ("Yamaguchi's FY2013 emissions, the base year, were not found (docs/sources.md#yamaguchi-2013): the 2019 total of 40.45 Mt (docs/sources.md#yamaguchi-2019-emissions [seed]) stands in for the base on this boundary [E].")
    park = {
        "name": "yamaguchi-2030",
        "description": "Yamaguchi prefecture in 2030 on the prefecture boundary: the Shunan complex as in shunan-2030 (its measures of the strategy, site shunan) and the rest of the prefecture as the three aggregates of yamaguchi-2019, held at their 2019 levels [E]. The base for the pathway yamaguchi-pathway. See symbiosis-examples/README.md.",
        "carriers": carriers, "plants": plants, "links": base["links"], "markets": markets,
        "targets": [
            {"id": "yamaguchi-2030", "description": "Yamaguchi prefecture: -35.1 % GHG by FY2030 vs FY2013 (docs/sources.md#target-yamaguchi [seed]), on this boundary. " + base_note,
             "baseEmissions": TOTAL, "reduction": 0.351},
        ],
    }
    for key in ("finance", "candidates", "measures"):
        if key in base:
            park[key] = base[key]
    print(json.dumps(park, indent=2))

def main():
    carriers, plants, links, markets = shunan.build(2019)
    shunan.chemicals_carbon(carriers)
    shunan_ids = [p["id"] for p in plants]
    sited = []
    for p in plants:
        q = {}
        for k, v in p.items():
            q[k] = v
            if k == "sector":
                q["site"] = "shunan"
        sited.append(q)
    plants = sited
    carriers.append(shunan.carrier("co2-aggregate", "t", "CO2 of the aggregates",
        "The CO2 of the three aggregates (other complexes, the rest of industry, the civil sector), released to air. Its carbon is not tracked (carbon 0) because their fuels are not modelled, only their emissions [E]; GWP 1.",
        gwp=1))
    markets.append({"carrier": "co2-aggregate", "disposal": {"to": "air"},
                    "note": "Released to air: the aggregates' emissions [E]."})
    plants.append(aggregate("other-complexes",
        "Yamaguchi's other industrial complexes (Ube/Sanyo-Onoda, Iwakuni), aggregate", "industry", "other-complexes",
        other_complexes,
        "[E] %s t CO2/yr = 20.2 Mt for all of Yamaguchi's complexes (peak FY2017: docs/sources.md#yamaguchi-complexes-co2 [S]; the FY2017 figure stands in for 2019 [E]) minus the shunan-2019 model's residual of %s t CO2e/yr (its eight plants, site shunan). One process at a fixed activity; no plant, fuel or exchange of these complexes is modelled, and no source splits the 20.2 Mt between Ube/Sanyo-Onoda and Iwakuni." % (f"{other_complexes:,.0f}", f"{SHUNAN_RESIDUAL:,.0f}")))
    plants.append(aggregate("rest-of-industry",
        "The rest of Yamaguchi's industry (outside the complexes), aggregate", "industry", None,
        rest_of_industry,
        "[E] %s t CO2/yr = industry's 70.6 %% of Yamaguchi's 40.45 Mt in 2019 (docs/sources.md#yamaguchi-2019-emissions [seed]: %s t) minus the 20.2 Mt of all complexes (docs/sources.md#yamaguchi-complexes-co2 [S], FY2017 standing in for 2019 [E]). One process at a fixed activity: nothing of it is modelled." % (f"{rest_of_industry:,.0f}", f"{industry:,.0f}")))
    plants.append(aggregate("civil",
        "Yamaguchi's civil sector (households, transport, commerce), aggregate", "civil", None,
        civil,
        "[E] %s t CO2/yr = the civil sector's 29.45 %% of Yamaguchi's 40.45 Mt in 2019 (docs/sources.md#yamaguchi-2019-emissions [seed]). One process at a fixed activity: nothing of it is modelled. The two shares add up to 100.05 %%, so the park's total is 0.05 %% above 40.45 Mt." % f"{civil:,.0f}"))
    base_note = ("Yamaguchi's FY2013 emissions, the base year, were not found (docs/sources.md#yamaguchi-2013): the 2019 total of 40.45 Mt (docs/sources.md#yamaguchi-2019-emissions [seed]) stands in for the base on this boundary [E], so the cut from FY2013 is understated by whatever fell from 2013 to 2019.")
    park = {
        "name": "yamaguchi-2019",
        "description": "Yamaguchi prefecture in 2019 on the prefecture boundary: the Shunan complex as in shunan-2019 (eight plants, site shunan), Yamaguchi's other industrial complexes (Ube/Sanyo-Onoda, Iwakuni) as one aggregate (site other-complexes) sized so that all complexes make the sourced 20.2 Mt, and the rest of industry and the civil sector as two aggregates from the sourced 2019 shares of the prefecture's 40.45 Mt. Each aggregate is one process emitting CO2 at a fixed activity [E]. No forest or blue-carbon sink: docs/sources.md has no sourced figure for Yamaguchi's uptake. See symbiosis-examples/README.md.",
        "carriers": carriers, "plants": plants, "links": links, "markets": markets,
        "targets": [
            {"id": "yamaguchi-2030", "description": "Yamaguchi prefecture: -35.1 % GHG by FY2030 vs FY2013 (docs/sources.md#target-yamaguchi [seed]), on this boundary. " + base_note,
             "baseEmissions": TOTAL, "reduction": 0.351},
            {"id": "net-zero-2050", "description": "Yamaguchi: net zero by 2050, declared 2 Dec 2022 (docs/sources.md#target-yamaguchi [seed]), on net emissions (residual minus removals; this park has no removals). " + base_note,
             "baseEmissions": TOTAL, "reduction": 1.0, "metric": "net"},
        ],
        "reported": [
            {"id": "yamaguchi-total", "plants": [p["id"] for p in plants], "quantity": "residual",
             "value": TOTAL, "unit": "t CO2/yr", "year": 2019,
             "source": "docs/sources.md#yamaguchi-2019-emissions", "tolerance": 0.01,
             "note": "[seed] 40.45 Mt CO2 for the prefecture in 2019. The model adds the industry (70.6 %) and civil (29.45 %) shares of the same row, which add up to 100.05 %, so it is 0.05 % above; matched by construction, so this row checks the construction. Compared with residual (scope 1 + 2) in CO2e: the Shunan plants' CH4 and N2O are included."},
            {"id": "yamaguchi-industry", "plants": shunan_ids + ["other-complexes", "rest-of-industry"],
             "quantity": "residual", "value": r(industry), "unit": "t CO2/yr", "year": 2019,
             "source": "docs/sources.md#yamaguchi-2019-emissions", "tolerance": 0.01,
             "note": "[seed] industry's 70.6 %% of 40.45 Mt = %s t; the complexes and the rest of industry, matched by construction (this row checks the construction)." % f"{industry:,.0f}"},
            {"id": "yamaguchi-complexes", "plants": shunan_ids + ["other-complexes"],
             "quantity": "residual", "value": COMPLEXES, "unit": "t CO2/yr", "year": 2017,
             "source": "docs/sources.md#yamaguchi-complexes-co2", "tolerance": 0.01,
             "note": "[S] 20.2 Mt CO2 for all of Yamaguchi's complexes, the FY2017 peak (KRY news, Sep 2024), standing in for 2019 [E]. The Shunan site is the shunan-2019 model and the other complexes make up the rest, so this row checks the construction."},
        ],
    }
    print(json.dumps(park, indent=2))

if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "2030":
        main2030()
    else:
        main()
