"""Usage: python3 binhduong.py BASE > ../src/main/resources/examples/binh-duong-eip.json, BASE being
the residual of the park without its measures (from a first run with BASE 0).

Derives symbiosis-examples/src/main/resources/examples/binh-duong-eip.json: an ILLUSTRATIVE
eco-industrial park in Binh Duong, Vietnam, applying the Yamaguchi measures that fit a Vietnamese
park. Only the grid factor and the kinds of exchange are sourced (docs/sources.md#grid-vietnam,
#hoa-khanh, #khanh-phu); every plant size and coefficient is an estimate [E]."""
import json
C_CO2 = 12.011/44.01
CO2_PER_COAL = 96.1*18.9/1000    # sub-bituminous: 96.1 t CO2/TJ x 18.9 TJ/kt [S]
BASE = float(__import__("sys").argv[1]) if len(__import__("sys").argv) > 1 else 0.0
GRID = 0.6592                    # t CO2/MWh, Vietnam 2023 [S]
COAL_STEAM = 0.0961/0.85         # t CO2 per GJ steam from a coal boiler at 85 % [E]
CLINKER = 0.525 + 3.5*0.0946     # t CO2 per t clinker [S factors, E sum]
HUSK_NCV = 14.0                  # GJ/t rice husk [E]
HUSK_CO2 = 0.112*HUSK_NCV        # t biogenic CO2 per t husk (wood factor applied [E])

def r(x, n=10):
    return float(f"{x:.{n}g}")

def proc(id, ref, inputs, outputs, rule, note):
    return {"id": id, "reference": ref, "inputs": inputs, "outputs": outputs, "rule": rule, "note": note}

carriers = [
    {"id": "electricity", "unit": "MWh", "kind": "electricity", "note": "Vietnamese grid 0.6592 t CO2/MWh (2023): docs/sources.md#grid-vietnam [S]."},
    {"id": "steam", "unit": "GJ", "kind": "heat", "note": "Without the park's measures, bought from coal boilers: 96.1 t CO2/TJ / 0.85 = 0.113 t CO2/GJ [E]."},
    {"id": "malt", "name": "Malt and grains", "unit": "t", "carbon": 0.4, "biogenic": True},
    {"id": "beer", "name": "Beer", "unit": "t", "carbon": 0.03, "biogenic": True},
    {"id": "spent-grain", "name": "Spent grain", "unit": "t", "carbon": 0.4, "biogenic": True},
    {"id": "bio-co2", "name": "Biogenic CO2", "unit": "t", "carbon": r(C_CO2, 8), "gwp": 1, "biogenic": True},
    {"id": "food-grade-co2", "name": "Recovered fermentation CO2 (liquefied)", "unit": "t", "carbon": r(C_CO2, 8), "biogenic": True},
    {"id": "biogas", "name": "Biogas from brewery wastewater", "unit": "GJ", "carbon": r(0.0561*C_CO2, 8), "biogenic": True},
    {"id": "wastewater-organics", "name": "Brewery wastewater organics (as biogas potential)", "unit": "GJ", "carbon": r(0.0561*C_CO2, 8), "biogenic": True},
    {"id": "rice-husk", "name": "Rice husk", "unit": "t", "carbon": r(HUSK_CO2*C_CO2, 8), "biogenic": True},
    {"id": "rice", "name": "Milled rice", "unit": "t"},
    {"id": "paddy", "name": "Paddy", "unit": "t", "carbon": r(0.2*HUSK_CO2*C_CO2, 8), "biogenic": True},
    {"id": "textiles", "name": "Dyed textiles", "unit": "t"},
    {"id": "coal", "name": "Sub-bituminous coal", "unit": "t", "carbon": r(CO2_PER_COAL*C_CO2, 8), "note": "96.1 t CO2/TJ, 18.9 TJ/kt: docs/sources.md#coal-sub-bituminous [S]."},
    {"id": "co2", "name": "Fossil CO2", "unit": "t", "carbon": r(C_CO2, 8), "gwp": 1},
    {"id": "tiles", "name": "Ceramic tiles", "unit": "t"},
    {"id": "waste-heat", "name": "Kiln exhaust heat", "unit": "GJ"},
    {"id": "fly-ash", "name": "Coal ash from the ceramic kilns", "unit": "t"},
    {"id": "binder", "name": "Cement binder (clinker or ash)", "unit": "t", "note": "Bought as clinker: 0.856 t CO2/t upstream (0.525 calcination + 3.5 GJ x 0.0946: docs/sources.md#clinker-calcination, docs/sources.md#kiln-fuel, docs/sources.md#coal-bituminous [S])."},
    {"id": "gypsum", "unit": "t"},
    {"id": "cement", "unit": "t"},
    {"id": "sunlight", "name": "Rooftop solar resource", "unit": "MWh"},
]
plants = [
    {"id": "brewery", "name": "Brewery", "sector": "food", "processes": [
        proc("brewery.brew", "beer", {"malt": r((0.03 + 0.13*0.4 + 0.04*C_CO2 + 0.3*0.0561*C_CO2)/0.4), "steam": 1.2, "electricity": 0.1},
             {"beer": 1, "spent-grain": 0.13, "bio-co2": 0.04, "wastewater-organics": 0.3},
             {"fixed": 300e3}, "300 kt/yr beer [E]; 1.2 GJ steam and 0.1 MWh per t [E]; fermentation CO2 0.04 t/t and 0.3 GJ/t of biogas potential in the wastewater [E]. Brewery biogas to boiler fuel: docs/sources.md#hoa-khanh [S]."),
    ]},
    {"id": "brewery-co2", "name": "CO2 recovery unit at the brewery", "sector": "gases", "processes": [
        proc("brewery-co2.recover", "bio-co2", {"bio-co2": 1, "electricity": 0.15}, {"food-grade-co2": 0.9, "bio-co2": 0.1}, {"follows": "bio-co2"},
             "Fermentation CO2 recovered and liquefied for sale (as Khanh Phu sells CO2: docs/sources.md#khanh-phu [S]); 0.15 MWh/t [E]."),
    ]},
    {"id": "brewery-biogas", "name": "Brewery wastewater digester and biogas boiler", "sector": "utility", "processes": [
        proc("brewery-biogas.digester", "wastewater-organics", {"wastewater-organics": 1}, {"biogas": 1}, {"follows": "wastewater-organics"},
             "Anaerobic digestion of the wastewater [E]."),
        proc("brewery-biogas.boiler", "biogas", {"biogas": 1}, {"steam": 0.85, "bio-co2": 0.0561}, {"follows": "biogas"},
             "Biogas boiler, 85 % [E]."),
    ]},
    {"id": "rice-mill", "name": "Rice mill", "sector": "agri-food", "processes": [
        proc("rice-mill.mill", "paddy", {"paddy": 1, "electricity": 0.03}, {"rice": 0.8, "rice-husk": 0.2}, {"fixed": 200e3},
             "200 kt/yr paddy, 20 % husk [E].")]},
    {"id": "steam-hub", "name": "Shared biomass boiler on rice husk", "sector": "utility", "processes": [
        proc("steam-hub.husk-boiler", "rice-husk", {"rice-husk": 1, "electricity": 0.01}, {"steam": r(HUSK_NCV*0.8), "bio-co2": r(HUSK_CO2)}, {"follows": "rice-husk"},
             "Rice-husk boiler, NCV 14 GJ/t and 80 % [E].")]},
    {"id": "textile", "name": "Textile dyeing and finishing", "sector": "textiles", "processes": [
        proc("textile.dye", "textiles", {"steam": 25, "electricity": 3}, {"textiles": 1}, {"fixed": 40e3},
             "40 kt/yr, 25 GJ steam and 3 MWh per t [E].")]},
    {"id": "ceramics", "name": "Ceramic tile plant (coal-fired kilns)", "sector": "ceramics", "processes": [
        proc("ceramics.fire", "tiles", {"coal": 0.12, "electricity": 0.15}, {"tiles": 1, "co2": r(0.12*CO2_PER_COAL), "waste-heat": 0.5, "fly-ash": 0.015}, {"fixed": 300e3},
             "300 kt/yr tiles, 0.12 t coal/t, 0.5 GJ/t recoverable exhaust heat, 12.5 % ash [E].")]},
    {"id": "cement-grinding", "name": "Cement grinding station", "sector": "cement", "processes": [
        proc("cement-grinding.mill", "cement", {"binder": 0.95, "gypsum": 0.05, "electricity": 0.04}, {"cement": 1}, {"fixed": 500e3},
             "500 kt/yr [E]; binder = clinker, or ash where it is available: clinker substitution [seed]."),
        proc("cement-grinding.ash-use", "fly-ash", {"fly-ash": 1}, {"binder": 1}, {"follows": "fly-ash"},
             "Ash replaces clinker one for one [E].")]},
    {"id": "rooftop-pv", "name": "Rooftop PV on the park's roofs", "sector": "energy", "processes": [
        proc("rooftop-pv.generate", "electricity", {"sunlight": 1}, {"electricity": 1}, {"fixed": 30e3},
             "30 GWh/yr, about 22 MWp at 1,350 kWh/kWp [E]; rooftop PV: docs/sources.md#hoa-khanh [S].")]},
]
links = [
    {"id": "fermentation-co2", "from": "brewery", "to": "brewery-co2", "carrier": "bio-co2", "push": r(0.04/(0.04)), "note": "All fermentation CO2 to recovery [E]."},
    {"id": "wastewater", "from": "brewery", "to": "brewery-biogas", "carrier": "wastewater-organics", "push": 1, "note": "Brewery wastewater to the digester [E]."},
    {"id": "biogas-steam", "from": "brewery-biogas", "to": "brewery", "carrier": "steam", "push": 1, "note": "Brewery biogas to boiler fuel: docs/sources.md#hoa-khanh [S]."},
    {"id": "husk", "from": "rice-mill", "to": "steam-hub", "carrier": "rice-husk", "push": 1, "note": "Rice husk to the shared boiler [E]."},
    {"id": "hub-steam-textile", "from": "steam-hub", "to": "textile", "carrier": "steam", "push": 1, "note": "Steam main [E]."},
    {"id": "kiln-heat", "from": "ceramics", "to": "textile", "carrier": "waste-heat", "push": 1, "note": "Exhaust heat recovered into the steam main (waste heat [seed])."},
    {"id": "ash", "from": "ceramics", "to": "cement-grinding", "carrier": "fly-ash", "push": 1, "note": "Ash to unburnt bricks and cement: docs/sources.md#hoa-khanh [S]."},
    {"id": "pv-textile", "from": "rooftop-pv", "to": "textile", "carrier": "electricity", "push": 1, "note": "PV on the park's roofs feeds the textile plant [E]."},
]
# Exhaust heat counts as steam at the textile plant: a small conversion process there.
plants[5]["processes"].append(proc("textile.heat-recovery", "waste-heat", {"waste-heat": 1}, {"steam": 0.8}, {"follows": "waste-heat"}, "Heat exchanger, 80 % [E]."))
markets = [
    {"carrier": "electricity", "buy": {"factor": GRID}, "sell": {"displacedFactor": GRID}},
    {"carrier": "steam", "buy": {"factor": r(COAL_STEAM)}, "disposal": {"to": "air"}, "note": "Bought steam stands for coal boilers [E]; surplus vented."},
    {"carrier": "malt", "buy": {}},
    {"carrier": "beer", "sell": {}},
    {"carrier": "spent-grain", "sell": {}},
    {"carrier": "bio-co2", "disposal": {"to": "air"}},
    {"carrier": "food-grade-co2", "sell": {}},
    {"carrier": "wastewater-organics", "disposal": {"to": "water"}, "note": "Untreated organics leave with the wastewater (their methane is not modelled) [E]."},
    {"carrier": "rice-husk", "disposal": {"to": "landfill"}},
    {"carrier": "rice", "sell": {}},
    {"carrier": "paddy", "buy": {}},
    {"carrier": "textiles", "sell": {}},
    {"carrier": "coal", "buy": {}},
    {"carrier": "co2", "disposal": {"to": "air"}},
    {"carrier": "tiles", "sell": {}},
    {"carrier": "waste-heat", "disposal": {"to": "air"}},
    {"carrier": "fly-ash", "disposal": {"to": "landfill"}},
    {"carrier": "binder", "buy": {"factor": r(CLINKER)}},
    {"carrier": "gypsum", "buy": {}},
    {"carrier": "cement", "sell": {}},
    {"carrier": "sunlight", "buy": {}},
]
park = {"name": "binh-duong-eip", "description": "ILLUSTRATIVE eco-industrial park in Binh Duong, Vietnam, applying the Yamaguchi measures that fit a Vietnamese park: brewery biogas and CO2 recovery, a shared boiler on rice husk, rooftop PV, kiln waste heat and clinker substitution, on the Vietnamese grid factor (0.6592 t CO2/MWh, 2023). Plant sizes and coefficients are estimates [E]; see symbiosis-examples/README.md.",
        "carriers": carriers, "plants": plants, "links": links, "markets": markets,
        "targets": [{"id": "vietnam-net-zero-2050", "description": "Vietnam: net zero by 2050 (COP26 pledge): docs/sources.md#target-vietnam [seed]. Base: this park without its measures [E].", "baseEmissions": BASE, "reduction": 1.0, "metric": "net"}]}
print(json.dumps(park, indent=2))
