"""Usage: python3 longan.py > ../src/main/resources/examples/long-an-eip.json

Derives symbiosis-examples/src/main/resources/examples/long-an-eip.json: an ILLUSTRATIVE
eco-industrial park in Long An, Vietnam, following binhduong.py and dongnai.py. Sourced: the
province's industrial parks and priority sectors (processing/manufacturing, metal products, food,
chemicals: docs/sources.md#long-an-parks), the Vietnamese grid factor for 2023
(docs/sources.md#grid-vietnam-series), rice husk's heating value (about 9 Mt/yr ~ 35 TWh:
docs/sources.md#vietnam-rice-residues) and the coal factor behind bought steam
(docs/sources.md#coal-sub-bituminous). No Long An EIP exchange was found
(docs/sources.md#eip-exchange-quantities): every plant size and coefficient is an estimate [E].
Every plant has site "long-an"; plant, process and link ids start with "la-" so that southern.py
can join this park with the others."""
import json
C_CO2 = 12.011/44.01
GRID = 0.6592                    # t CO2/MWh, Vietnam 2023 [S]
COAL_STEAM = 0.0961/0.85         # t CO2 per GJ steam from a coal boiler at 85 % [E], as binhduong.py
HUSK_NCV = float(f"{35e12*3.6e-6/9e6:.10g}")     # GJ/t: 35 TWh / 9 Mt = 14.0 GJ/t ([S] row, [E] division)
HUSK_CO2 = 0.112*HUSK_NCV        # t biogenic CO2 per t husk (wood factor applied [E]), as binhduong.py
SITE = "long-an"
PADDY = 150e3                    # t/yr [E]
HUSK_SHARE = 0.2                 # t husk per t paddy [E], as binhduong.py
TO_BOILER = 0.6                  # share of the husk burnt in the park's boiler [E]

def r(x, n=10):
    return float(f"{x:.{n}g}")

def proc(id, ref, inputs, outputs, rule, note):
    return {"id": id, "reference": ref, "inputs": inputs, "outputs": outputs, "rule": rule, "note": note}

def plant(id, name, sector, processes):
    return {"id": id, "name": name, "sector": sector, "site": SITE, "processes": processes}

carriers = [
    {"id": "electricity", "unit": "MWh", "kind": "electricity", "note": "Vietnamese grid 0.6592 t CO2/MWh (2023): docs/sources.md#grid-vietnam-series [S]."},
    {"id": "steam", "unit": "GJ", "kind": "heat", "note": "Without the park's exchanges, bought from coal boilers: 96.1 t CO2/TJ (docs/sources.md#coal-sub-bituminous [S]) / 0.85 = 0.113 t CO2/GJ [E], as in binh-duong-eip."},
    {"id": "bio-co2", "name": "Biogenic CO2", "unit": "t", "carbon": r(C_CO2, 8), "gwp": 1, "biogenic": True},
    {"id": "rice-husk", "name": "Rice husk", "unit": "t", "carbon": r(HUSK_CO2*C_CO2, 8), "biogenic": True, "note": "14.0 GJ/t (35 TWh over 9 Mt: docs/sources.md#vietnam-rice-residues [S], division [E]); wood's 112 t CO2/TJ applied (docs/sources.md#wood [S], applied to husk [E])."},
    {"id": "rice", "name": "Milled rice", "unit": "t"},
    {"id": "paddy", "name": "Paddy", "unit": "t", "carbon": r(HUSK_SHARE*HUSK_CO2*C_CO2, 8), "biogenic": True},
    {"id": "processed-food", "name": "Processed food (frozen seafood, fruit)", "unit": "t"},
    {"id": "chemicals", "name": "Chemical products", "unit": "t"},
    {"id": "metal-products", "name": "Metal products", "unit": "t"},
]
plants = [
    plant("la-rice-mill", "Rice mill", "agri-food", [
        proc("la-rice-mill.mill", "paddy", {"paddy": 1, "electricity": 0.03}, {"rice": 1 - HUSK_SHARE, "rice-husk": HUSK_SHARE}, {"fixed": PADDY},
             "150 kt/yr paddy, 20 % husk, 0.03 MWh/t [E], as binh-duong-eip's mill. Over half of Vietnam's husk is in the Mekong Delta: docs/sources.md#vietnam-rice-residues [S].")]),
    plant("la-boiler", "Shared boiler on rice husk", "utility", [
        proc("la-boiler.burn", "rice-husk", {"rice-husk": 1, "electricity": 0.01}, {"steam": r(HUSK_NCV*0.8), "bio-co2": r(HUSK_CO2)}, {"follows": "rice-husk"},
             "NCV 14.0 GJ/t (docs/sources.md#vietnam-rice-residues [S], [E] division) and 80 % [E]; 0.01 MWh/t [E].")]),
    plant("la-food", "Food processing plant", "food", [
        proc("la-food.process", "processed-food", {"steam": 2, "electricity": 0.2}, {"processed-food": 1}, {"fixed": 100e3},
             "100 kt/yr [E]; 2 GJ steam and 0.2 MWh per t [E]. Food is a priority sector: docs/sources.md#long-an-parks [S].")]),
    plant("la-chemicals", "Chemicals plant", "chemicals", [
        proc("la-chemicals.produce", "chemicals", {"steam": 6, "electricity": 0.5}, {"chemicals": 1}, {"fixed": 50e3},
             "50 kt/yr [E]; 6 GJ steam and 0.5 MWh per t [E]. Chemicals are a priority sector: docs/sources.md#long-an-parks [S].")]),
    plant("la-metal", "Metal products and mechanical engineering", "manufacturing", [
        proc("la-metal.fabricate", "metal-products", {"electricity": 0.6}, {"metal-products": 1}, {"fixed": 80e3},
             "80 kt/yr [E]; 0.6 MWh per t [E]. Metal products and mechanical engineering are priority sectors: docs/sources.md#long-an-parks [S].")]),
]
links = [
    {"id": "la-husk", "from": "la-rice-mill", "to": "la-boiler", "carrier": "rice-husk", "push": TO_BOILER, "distance": 2, "note": "60 % of the husk to the park's boiler, 2 km [E]; the rest is landfilled (80-85 % of Mekong husk goes unused: docs/sources.md#vietnam-rice-residues [S2])."},
    {"id": "la-steam-food", "from": "la-boiler", "to": "la-food", "carrier": "steam", "push": 0.5, "distance": 1, "note": "Half the steam to the food plant, 1 km [E]."},
    {"id": "la-steam-chemicals", "from": "la-boiler", "to": "la-chemicals", "carrier": "steam", "push": 0.5, "distance": 1.5, "note": "Half the steam to the chemicals plant, 1.5 km [E]."},
]
markets = [
    {"carrier": "electricity", "buy": {"factor": GRID}, "sell": {"displacedFactor": GRID}},
    {"carrier": "steam", "buy": {"factor": r(COAL_STEAM)}, "disposal": {"to": "air"}, "note": "Bought steam stands for coal boilers [E]; surplus vented."},
    {"carrier": "bio-co2", "disposal": {"to": "air"}},
    {"carrier": "rice-husk", "disposal": {"to": "landfill"}},
    {"carrier": "rice", "sell": {}},
    {"carrier": "paddy", "buy": {}},
    {"carrier": "processed-food", "sell": {}},
    {"carrier": "chemicals", "sell": {}},
    {"carrier": "metal-products", "sell": {}},
]
park = {"name": "long-an-eip",
        "description": "ILLUSTRATIVE eco-industrial park in Long An, Vietnam, with plants of the province's priority sectors (food, chemicals, metal products) and a rice mill whose husk fires a shared boiler, on the Vietnamese grid factor (0.6592 t CO2/MWh, 2023). Plant sizes and coefficients are estimates [E]; see symbiosis-examples/README.md.",
        "carriers": carriers, "plants": plants, "links": links, "markets": markets}
if __name__ == "__main__":
    print(json.dumps(park, indent=2))
