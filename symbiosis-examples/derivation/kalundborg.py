"""Derives symbiosis-examples/src/main/resources/examples/kalundborg.json.

Kalundborg Symbiosis around 2010-2015 (Asnaes still on coal), a validation case. Sourced
quantities from the Kalundborg rows of docs/sources.md (#kalundborg-...); [E] marks estimates.
"""
import json
C_CO2 = 12.011/44.01
CO2_PER_COAL = 94.6*25.8/1000
C_COAL = CO2_PER_COAL*C_CO2
GAS_BOILER = 0.0561/0.9        # t CO2 per GJ steam from a gas boiler at 90 % [E]
CLINKER_CO2 = 0.525 + 3.5*0.0946  # t CO2 per t clinker: calcination + coal kiln fuel (docs/sources.md#clinker-calcination, #kiln-fuel, #coal-bituminous)

def r(x, n=10):
    return float(f"{x:.{n}g}")

fly_ash = 50*8000            # t/yr: 50 t/h at 8,000 h [S, E]
ash_content = 0.12           # [E]
coal = fly_ash/ash_content   # t/yr
fuel_gj = coal*25.8
electricity = fuel_gj*0.40/3.6        # MWh, 40 % [E]
steam = 2.5e6                # GJ/yr to refinery and Novo [E]
gypsum = 150e3               # t/yr (2010) [S]
limestone_per_gypsum = 100.09/172.17  # CaCO3 + SO2 + 1/2 O2 + 2 H2O -> CaSO4.2H2O
co2_per_gypsum = 44.01/172.17

carriers = [
    {"id": "coal", "name": "Bituminous coal", "unit": "t", "carbon": r(C_COAL, 8), "note": "94.6 t CO2/TJ x 25.8 TJ/kt: docs/sources.md#coal-bituminous [S]."},
    {"id": "electricity", "unit": "MWh", "kind": "electricity"},
    {"id": "steam", "name": "Process steam", "unit": "GJ", "kind": "heat", "note": "Without symbiosis the refinery and Novo make it in gas boilers: 56.1 t CO2/TJ / 0.9 = 0.0623 t CO2/GJ [E]."},
    {"id": "co2", "name": "Fossil CO2", "unit": "t", "carbon": r(C_CO2, 8), "gwp": 1},
    {"id": "fly-ash", "name": "Fly ash", "unit": "t"},
    {"id": "limestone", "name": "Limestone for flue-gas desulphurisation", "unit": "t", "carbon": r(12.011/100.09, 8)},
    {"id": "fgd-gypsum", "name": "FGD gypsum", "unit": "t"},
    {"id": "crude", "name": "Crude oil", "unit": "t", "carbon": 0.85, "note": "Carbon 0.85 t C/t [E]."},
    {"id": "fuels", "name": "Refined products", "unit": "t", "carbon": 0.85},
    {"id": "sulphur", "name": "Sulphur", "unit": "t"},
    {"id": "sulphuric-acid", "name": "Sulphuric acid / thiosulphate fertiliser", "unit": "t"},
    {"id": "insulin-enzymes", "name": "Pharmaceuticals and enzymes", "unit": "t"},
    {"id": "yeast-slurry", "name": "Yeast slurry and process residues", "unit": "t"},
    {"id": "pig-feed", "name": "Pig feed (yeast slurry)", "unit": "t", "note": "Displaces bought feed; avoided emissions not modelled (0) [E]."},
    {"id": "biogas", "name": "Biogas", "unit": "m3", "note": "Biogenic; displaces natural gas."},
    {"id": "plasterboard", "name": "Plasterboard", "unit": "t"},
    {"id": "natural-gypsum", "name": "Mined gypsum", "unit": "t"},
    {"id": "binder", "name": "Cement binder from fly ash", "unit": "t", "note": "Fly ash replacing clinker one for one; the clinker avoided would have emitted 0.525 + 3.5 x 0.0946 = 0.856 t CO2/t (docs/sources.md#clinker-calcination, docs/sources.md#kiln-fuel, docs/sources.md#coal-bituminous [S]; the substitution ratio [E])."},
    {"id": "wastewater-heat", "name": "Heat in wastewater", "unit": "MWh"},
    {"id": "residues", "name": "Fermentation and food-industry residues", "unit": "t"},
    {"id": "district-heat", "name": "District heat", "unit": "MWh", "kind": "heat"},
    {"id": "water", "name": "Water", "unit": "m3"},
]

def proc(id, ref, inputs, outputs, rule, note="", capacity=None):
    p = {"id": id, "reference": ref, "inputs": inputs, "outputs": outputs}
    if capacity is not None:
        p["capacity"] = capacity
    p["rule"] = rule
    if note:
        p["note"] = note
    return p

coal_per_mwh = coal/electricity
plants = [
    {"id": "asnaes", "name": "Asnaes power station (coal, around 2010)", "sector": "power", "processes": [
        proc("asnaes.generate", "electricity", {"coal": r(coal_per_mwh), "limestone": r(gypsum*limestone_per_gypsum/electricity), "water": r(3e6/electricity)},
             {"electricity": 1, "co2": r(coal_per_mwh*CO2_PER_COAL + gypsum*co2_per_gypsum/electricity), "fly-ash": r(fly_ash/electricity),
              "fgd-gypsum": r(gypsum/electricity), "steam": r(steam/electricity)},
             {"fixed": r(electricity)},
             note="Coal burned from the fly ash, 50 t/h (docs/sources.md#kalundborg-fly-ash [S]) at 8,000 h and 12 %% ash [E]; 40 %% efficiency [E]; FGD gypsum 150 kt (2010): docs/sources.md#kalundborg-gypsum [S]; steam %.1f PJ/yr to the refinery and Novo [E]; 3 Mm3 water, all of it recycled from the refinery [E]." % (steam/1e6))]},
    {"id": "refinery", "name": "Refinery (Statoil, now Equinor)", "sector": "refining", "processes": [
        proc("refinery.refine", "crude", {"crude": 1.0, "steam": 0.2, "electricity": 0.02, "water": 0.6}, {"fuels": 0.997, "sulphur": 0.0006, "co2": r(0.003*0.85/C_CO2), "water": 0.6}, {"fixed": 5e6},
             note="5 Mt/yr crude [E]; 0.2 GJ steam/t [E] (1.0 PJ); sulphur 3 kt/yr: docs/sources.md#kalundborg-sulphur [S]; 0.3 % of the carbon burned on site [E]; 3 Mm3/yr of used cooling water passed on: docs/sources.md#kalundborg-water (3 Mm3 recycled) [S].")]},
    {"id": "novo", "name": "Novo Nordisk and Novozymes", "sector": "pharma", "processes": [
        proc("novo.produce", "insulin-enzymes", {"steam": 15, "electricity": 5, "water": 40}, {"insulin-enzymes": 1, "yeast-slurry": 1.5, "residues": 3.0, "wastewater-heat": 0.56}, {"fixed": 1e5},
             note="100 kt/yr of product [E]; 15 GJ steam/t [E] (1.5 PJ); yeast slurry 150 kt/yr: docs/sources.md#kalundborg-yeast [S]; 300 kt/yr residues to biogas: docs/sources.md#kalundborg-biogas [S]; 4 Mm3 water (10 Mm3 used in all: docs/sources.md#kalundborg-water [S]) [E]; 0.56 MWh/t of heat in wastewater, which the heat pump (COP 3.3) lifts to about 80 GWh/yr [E].")]},
    {"id": "gyproc", "name": "Gyproc plasterboard", "sector": "building materials", "processes": [
        proc("gyproc.board", "plasterboard", {"fgd-gypsum": 1.0, "electricity": 0.05}, {"plasterboard": 1}, {"fixed": 150e3},
             note="Uses the FGD gypsum (150 kt/yr); without it, mined gypsum is bought [E].")]},
    {"id": "acid-plant", "name": "Acid / fertiliser plant (Kemira)", "sector": "chemicals", "processes": [
        proc("acid-plant.convert", "sulphur", {"sulphur": 1}, {"sulphuric-acid": 3.06}, {"follows": "sulphur"},
             note="Refinery sulphur: docs/sources.md#kalundborg-sulphur [S].")]},
    {"id": "farms", "name": "Pig farms", "sector": "agriculture", "processes": [
        proc("farms.feed", "yeast-slurry", {"yeast-slurry": 1}, {"pig-feed": 1}, {"follows": "yeast-slurry"},
             note="Yeast slurry to pig feed, 150 kt/yr: docs/sources.md#kalundborg-yeast [S].")]},
    {"id": "cement", "name": "Cement plant using the fly ash (outside Kalundborg)", "sector": "cement", "processes": [
        proc("cement.ash-binder", "fly-ash", {"fly-ash": 1}, {"binder": 1}, {"follows": "fly-ash"},
             note="Fly ash to cement: docs/sources.md#kalundborg-fly-ash [S]; sold as binder displacing clinker [E].")]},
    {"id": "biogas-plant", "name": "Biogas plant (2018)", "sector": "energy", "processes": [
        proc("biogas-plant.digest", "residues", {"residues": 1}, {"biogas": r(8e6/300e3)}, {"follows": "residues"},
             note="300 kt/yr of residues -> 8 Mm3 biogas: docs/sources.md#kalundborg-biogas [S].")]},
    {"id": "heat-pump", "name": "Wastewater heat pump", "sector": "energy", "processes": [
        proc("heat-pump.run", "wastewater-heat", {"electricity": r(0.3/0.7), "wastewater-heat": 1}, {"district-heat": r(1/0.7)}, {"follows": "wastewater-heat"},
             note="About 80 GWh/yr of district heat from wastewater: docs/sources.md#kalundborg-heat-pump [S]; COP 3.3 [E].")]},
]
links = [
    {"id": "steam-refinery", "from": "asnaes", "to": "refinery", "carrier": "steam", "pull": 1, "note": "Steam, Asnaes -> refinery: saves about 240 kt CO2/yr with Novo: docs/sources.md#kalundborg-steam [S]."},
    {"id": "steam-novo", "from": "asnaes", "to": "novo", "carrier": "steam", "pull": 1, "note": "Steam, Asnaes -> Novo Nordisk and Novozymes: same source."},
    {"id": "gypsum", "from": "asnaes", "to": "gyproc", "carrier": "fgd-gypsum", "push": 1, "note": "docs/sources.md#kalundborg-gypsum [S]."},
    {"id": "fly-ash", "from": "asnaes", "to": "cement", "carrier": "fly-ash", "push": 1, "note": "docs/sources.md#kalundborg-fly-ash [S]."},
    {"id": "sulphur", "from": "refinery", "to": "acid-plant", "carrier": "sulphur", "push": 1, "note": "docs/sources.md#kalundborg-sulphur [S]."},
    {"id": "yeast-slurry", "from": "novo", "to": "farms", "carrier": "yeast-slurry", "push": 1, "note": "docs/sources.md#kalundborg-yeast [S]."},
    {"id": "residues", "from": "novo", "to": "biogas-plant", "carrier": "residues", "push": 1, "note": "docs/sources.md#kalundborg-biogas [S] (the residues' sources simplified to Novo [E])."},
    {"id": "wastewater-heat", "from": "novo", "to": "heat-pump", "carrier": "wastewater-heat", "push": 1, "note": "docs/sources.md#kalundborg-heat-pump [S]."},
    {"id": "water", "from": "refinery", "to": "asnaes", "carrier": "water", "push": 1, "note": "Used cooling water: docs/sources.md#kalundborg-water [S]."},
]
markets = [
    {"carrier": "coal", "buy": {"factor": 0}},
    {"carrier": "electricity", "buy": {"factor": 0.6}, "sell": {"displacedFactor": 0}, "note": "Danish grid around 2010, 0.6 t CO2/MWh [E: not in docs/sources.md]. Asnaes's power sales are the same with and without symbiosis; their displacement is left out (0) so that 'avoided outside' is about the exchanges."},
    {"carrier": "steam", "buy": {"factor": r(GAS_BOILER)}, "disposal": {"to": "water"}, "note": "Steam not taken is condensed into the fjord; steam bought stands for own gas boilers (0.0623 t CO2/GJ [E])."},
    {"carrier": "co2", "disposal": {"to": "air"}},
    {"carrier": "fly-ash", "disposal": {"to": "landfill"}},
    {"carrier": "limestone", "buy": {}},
    {"carrier": "fgd-gypsum", "buy": {}, "disposal": {"to": "landfill"}, "note": "Bought = mined natural gypsum for Gyproc without the exchange."},
    {"carrier": "crude", "buy": {}},
    {"carrier": "fuels", "sell": {}},
    {"carrier": "sulphur", "buy": {}, "disposal": {"to": "landfill"}},
    {"carrier": "sulphuric-acid", "sell": {}},
    {"carrier": "insulin-enzymes", "sell": {}},
    {"carrier": "yeast-slurry", "disposal": {"to": "water"}},
    {"carrier": "residues", "disposal": {"to": "landfill"}},
    {"carrier": "pig-feed", "sell": {}},
    {"carrier": "biogas", "sell": {"displacedFactor": 0.0012}, "note": "About 60 % CH4: 0.6 x 35.9 MJ/m3 x 56.1 t CO2/TJ = 0.0012 t CO2/m3 of natural gas displaced [E]; the -17 kt/yr claimed (docs/sources.md#kalundborg-biogas [S]) also counts avoided methane from the residues."},
    {"carrier": "plasterboard", "sell": {}},
    {"carrier": "binder", "sell": {"displacedFactor": r(CLINKER_CO2)}},
    {"carrier": "wastewater-heat", "disposal": {"to": "water"}},
    {"carrier": "district-heat", "sell": {"displacedFactor": r(GAS_BOILER*3.6)}, "note": "Displaces gas-boiler heat, 0.224 t CO2/MWh [E]."},
    {"carrier": "water", "buy": {}, "disposal": {"to": "water"}},
]
park = {"name": "kalundborg", "description": "Kalundborg Symbiosis, Denmark, around 2010-2015 with Asnaes on coal: a validation case. Partners and exchanges (steam, gypsum, fly ash, water, sulphur, yeast slurry, biogas, heat) with the quantities of docs/sources.md (the kalundborg-* rows); estimates marked [E]. See symbiosis-examples/README.md for the comparison with the published savings.",
        "carriers": carriers, "plants": plants, "links": links, "markets": markets}
park["reported"] = [
    {"id": "asnaes-gypsum-2010", "plants": ["asnaes"], "quantity": "output", "carrier": "fgd-gypsum",
     "value": 150e3, "unit": "t/yr", "year": 2010, "source": "docs/sources.md#kalundborg-gypsum", "tolerance": 0.01,
     "note": "[S] 150 kt of FGD gypsum in 2010 (100-200 kt depending on the year). The model's gypsum is set from it; the 2-3x too high Asnaes generation that the fly-ash sizing implies has no sourced figure to calibrate against yet."},
]
print(json.dumps(park, indent=2))
