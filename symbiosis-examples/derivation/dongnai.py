"""Usage: python3 dongnai.py > ../src/main/resources/examples/dong-nai-eip.json

Derives symbiosis-examples/src/main/resources/examples/dong-nai-eip.json: an ILLUSTRATIVE
eco-industrial park modelled on Amata Bien Hoa (Dong Nai, Vietnam), one of the parks of the EIP
programme's phase 2 (docs/sources.md#eip-phase-2), following binhduong.py. Sourced: the park and
the kinds of exchange (steam, wastewater and treated water, biomass residues:
docs/sources.md#eip-phase-2), the Vietnamese grid factor for 2023
(docs/sources.md#grid-vietnam-series), the coal factor behind bought steam
(docs/sources.md#coal-sub-bituminous) and the wood factor (docs/sources.md#wood). No
per-exchange quantity was found (docs/sources.md#eip-exchange-quantities): every plant size and
coefficient is an estimate [E]. Every plant has site "amata-bien-hoa"; plant, process and link ids
start with "dn-" so that southern.py can join this park with the others."""
import json
C_CO2 = 12.011/44.01
CO2_PER_COAL = 96.1*18.9/1000    # sub-bituminous: 96.1 t CO2/TJ x 18.9 TJ/kt [S]
GRID = 0.6592                    # t CO2/MWh, Vietnam 2023 [S]
COAL_STEAM = 0.0961/0.85         # t CO2 per GJ steam from a coal boiler at 85 % [E], as binhduong.py
WOOD_NCV = 15.6                  # GJ/t wood (docs/sources.md#wood [S])
WOOD_CO2 = 0.112*WOOD_NCV        # t biogenic CO2 per t wood (112 t CO2/TJ [S])
BOILER_EFF = 0.8                 # biomass boiler [E]
SITE = "amata-bien-hoa"

def r(x, n=10):
    return float(f"{x:.{n}g}")

def proc(id, ref, inputs, outputs, rule, note):
    return {"id": id, "reference": ref, "inputs": inputs, "outputs": outputs, "rule": rule, "note": note}

def plant(id, name, sector, processes, note=None):
    p = {"id": id, "name": name, "sector": sector, "site": SITE, "processes": processes}
    if note:
        p["note"] = note
    return p

BEV = 200e3          # t/yr beverages [E]
BEV_ORGANICS = 0.25  # GJ biogas potential per t [E]
WOOD = 100e3         # t/yr wood products [E]
RESIDUE = 0.3        # t residues per t product [E]
TEXTILE = 30e3       # t/yr dyed textiles [E]
WOOD_C = r(WOOD_CO2*C_CO2, 8)

carriers = [
    {"id": "electricity", "unit": "MWh", "kind": "electricity", "note": "Vietnamese grid 0.6592 t CO2/MWh (2023): docs/sources.md#grid-vietnam-series [S]."},
    {"id": "steam", "unit": "GJ", "kind": "heat", "note": "Without the park's exchanges, bought from coal boilers: 96.1 t CO2/TJ (docs/sources.md#coal-sub-bituminous [S]) / 0.85 = 0.113 t CO2/GJ [E], as in binh-duong-eip."},
    {"id": "bio-co2", "name": "Biogenic CO2", "unit": "t", "carbon": r(C_CO2, 8), "gwp": 1, "biogenic": True},
    {"id": "biogas", "name": "Biogas from beverage wastewater", "unit": "GJ", "carbon": r(0.0561*C_CO2, 8), "biogenic": True},
    {"id": "wastewater-organics", "name": "Beverage wastewater organics (as biogas potential)", "unit": "GJ", "carbon": r(0.0561*C_CO2, 8), "biogenic": True},
    {"id": "textiles", "name": "Dyed textiles", "unit": "t"},
    {"id": "ingredients", "name": "Beverage ingredients (sugar, malt, juice)", "unit": "t", "carbon": 0.4, "biogenic": True, "note": "0.4 t C/t [E]."},
    {"id": "beverages", "name": "Beverages", "unit": "t", "carbon": 0.03, "biogenic": True, "note": "0.03 t C/t [E]."},
    {"id": "timber", "name": "Sawn timber", "unit": "t", "carbon": WOOD_C, "biogenic": True, "note": "Carbon of wood: 112 t CO2/TJ x 15.6 GJ/t (docs/sources.md#wood [S])."},
    {"id": "wood-products", "name": "Furniture and wood products", "unit": "t", "carbon": WOOD_C, "biogenic": True},
    {"id": "wood-residues", "name": "Wood residues (offcuts, sawdust)", "unit": "t", "carbon": WOOD_C, "biogenic": True, "note": "NCV 15.6 GJ/t, 112 t CO2/TJ biogenic: docs/sources.md#wood [S]."},
    {"id": "wastewater", "name": "Industrial wastewater", "unit": "m3"},
    {"id": "water", "name": "Process water", "unit": "m3", "note": "Bought from the park's supply or reused from the central treatment plant; no emission factor is sourced for it (0) [E]."},
]
plants = [
    plant("dn-beverage", "Beverage plant", "food", [
        proc("dn-beverage.produce", "beverages",
             {"ingredients": r((0.03 + BEV_ORGANICS*0.0561*C_CO2)/0.4), "steam": 1.0, "electricity": 0.08, "water": 4},
             {"beverages": 1, "wastewater-organics": BEV_ORGANICS, "wastewater": 3},
             {"fixed": BEV}, "200 kt/yr [E]; 1.0 GJ steam, 0.08 MWh, 4 m3 water per t; 3 m3 wastewater carrying 0.25 GJ/t of biogas potential [E]; ingredients set so that carbon balances [E].")]),
    plant("dn-textile", "Textile dyeing and finishing", "textiles", [
        proc("dn-textile.dye", "textiles", {"steam": 25, "electricity": 3, "water": 100}, {"textiles": 1, "wastewater": 80},
             {"fixed": TEXTILE}, "30 kt/yr [E]; 25 GJ steam, 3 MWh and 100 m3 water per t, 80 m3 wastewater per t [E].")]),
    plant("dn-wood", "Wood processing and furniture", "wood", [
        proc("dn-wood.process", "wood-products", {"timber": 1 + RESIDUE, "electricity": 0.3}, {"wood-products": 1, "wood-residues": RESIDUE},
             {"fixed": WOOD}, "100 kt/yr [E]; 0.3 t residues per t product and 0.3 MWh per t [E].")]),
    plant("dn-boiler", "Shared biomass boiler", "utility", [
        proc("dn-boiler.burn", "wood-residues", {"wood-residues": 1, "electricity": 0.01},
             {"steam": r(WOOD_NCV*BOILER_EFF), "bio-co2": r(WOOD_CO2)}, {"follows": "wood-residues"},
             "NCV 15.6 GJ/t and 112 t CO2/TJ (docs/sources.md#wood [S]); 80 % efficiency and 0.01 MWh/t [E]. Biomass residues to a shared boiler: the kind of exchange of docs/sources.md#eip-phase-2 [S].")]),
    plant("dn-wwtp", "Central wastewater treatment with anaerobic digestion", "utility", [
        proc("dn-wwtp.treat", "wastewater", {"wastewater": 1, "electricity": 0.0005}, {"water": 0.9}, {"follows": "wastewater"},
             "0.5 kWh/m3; 90 % returned as treated water [E]."),
        proc("dn-wwtp.digest", "wastewater-organics", {"wastewater-organics": 1}, {"biogas": 1}, {"follows": "wastewater-organics"},
             "Anaerobic digestion of the beverage plant's organics [E]."),
        proc("dn-wwtp.biogas-boiler", "biogas", {"biogas": 1}, {"steam": 0.85, "bio-co2": 0.0561}, {"follows": "biogas"},
             "Biogas boiler, 85 % [E]; 56.1 kg CO2/GJ biogenic [E]."),
    ]),
]
links = [
    {"id": "dn-residues", "from": "dn-wood", "to": "dn-boiler", "carrier": "wood-residues", "push": 1, "distance": 1.5, "note": "All residues to the shared boiler; 1.5 km [E]. Biomass residues: docs/sources.md#eip-phase-2 [S] for the kind."},
    {"id": "dn-steam-textile", "from": "dn-boiler", "to": "dn-textile", "carrier": "steam", "push": 1, "distance": 1, "note": "Steam main to the dyehouse, 1 km [E]. Steam: docs/sources.md#eip-phase-2 [S] for the kind."},
    {"id": "dn-wastewater-beverage", "from": "dn-beverage", "to": "dn-wwtp", "carrier": "wastewater", "push": 1, "symbiosis": False, "note": "Sewer to the central plant, a utility that runs with or without symbiosis [E]."},
    {"id": "dn-wastewater-textile", "from": "dn-textile", "to": "dn-wwtp", "carrier": "wastewater", "push": 1, "symbiosis": False, "note": "Sewer to the central plant, a utility [E]."},
    {"id": "dn-organics", "from": "dn-beverage", "to": "dn-wwtp", "carrier": "wastewater-organics", "push": 1, "note": "Organics digested instead of treated aerobically [E]."},
    {"id": "dn-biogas-steam", "from": "dn-wwtp", "to": "dn-beverage", "carrier": "steam", "push": 1, "note": "Biogas steam back to the beverage plant [E]; wastewater/biogas exchange: docs/sources.md#eip-phase-2 [S] for the kind."},
    {"id": "dn-water-reuse", "from": "dn-wwtp", "to": "dn-textile", "carrier": "water", "push": 0.3, "note": "30 % of the treated water reused in dyeing [E]; treated-water exchange: docs/sources.md#eip-phase-2 [S] for the kind."},
]
markets = [
    {"carrier": "electricity", "buy": {"factor": GRID}, "sell": {"displacedFactor": GRID}},
    {"carrier": "steam", "buy": {"factor": r(COAL_STEAM)}, "disposal": {"to": "air"}, "note": "Bought steam stands for coal boilers [E]; surplus vented."},
    {"carrier": "bio-co2", "disposal": {"to": "air"}},
    {"carrier": "wastewater-organics", "disposal": {"to": "water"}, "note": "Untreated organics leave with the wastewater (their methane is not modelled) [E]."},
    {"carrier": "textiles", "sell": {}},
    {"carrier": "ingredients", "buy": {}},
    {"carrier": "beverages", "sell": {}},
    {"carrier": "timber", "buy": {}},
    {"carrier": "wood-products", "sell": {}},
    {"carrier": "wood-residues", "disposal": {"to": "landfill"}, "note": "Without the exchange, residues are dumped (their decay is not modelled) [E]."},
    {"carrier": "wastewater", "disposal": {"to": "water"}},
    {"carrier": "water", "buy": {}, "disposal": {"to": "water"}, "note": "Treated water not reused is discharged [E]."},
]
park = {"name": "dong-nai-eip",
        "description": "ILLUSTRATIVE eco-industrial park modelled on Amata Bien Hoa (Dong Nai, Vietnam), a park of the EIP programme's phase 2: a beverage plant, a textile dyehouse, a wood-processing plant, a shared boiler on its wood residues and a central wastewater plant whose biogas raises steam and whose treated water is reused, on the Vietnamese grid factor (0.6592 t CO2/MWh, 2023). Plant sizes and coefficients are estimates [E]; see symbiosis-examples/README.md.",
        "carriers": carriers, "plants": plants, "links": links, "markets": markets}
if __name__ == "__main__":
    print(json.dumps(park, indent=2))
