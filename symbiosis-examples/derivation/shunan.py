"""Derives symbiosis-examples/src/main/resources/examples/shunan-{2019,2030,2050}.json.

Usage: python3 shunan.py YEAR > ../src/main/resources/examples/shunan-YEAR.json
Every factor is a row of docs/sources.md ([S] sourced, [S2] secondary, [seed] the brief) or an
estimate ([E]); each element's note in the JSON cites the row (docs/sources.md#ID) or says [E].
"""
import json, sys
C_CO2 = 12.011/44.01          # t C per t CO2
C_CH4 = 12.011/16.043         # t C per t CH4
CO2_PER_COAL = 94.6*25.8/1000 # t CO2 per t bituminous coal (IPCC 94.6 t/TJ x 25.8 TJ/kt)
C_COAL = CO2_PER_COAL*C_CO2
C_CACO3 = 12.011/100.086
CO2_IN_CACO3 = 44.01/100.086
NH3_LHV = 18.6
PKS_NCV = 15.6                # GJ/t, wood NCV used for PKS (estimate)
BIO_CO2_PER_GJ = 0.112        # t CO2/GJ wood (IPCC, memo)
GRID = 0.423
# Non-CO2 gases of combustion, IPCC 2006 Table 2.2 (energy industries), kg/TJ:
# docs/sources.md#non-co2-coal and #non-co2-biomass [S]. AR6 GWPs: CH4 fossil 29.8, N2O 273.
COAL_CH4, COAL_N2O = 1e-6, 1.5e-6          # t per GJ of coal
BIO_CH4, BIO_N2O = 30e-6, 4e-6             # t per GJ of solid biomass
# Shipping (docs/sources.md#ship-panamax, #ship-supramax, #ship-handysize, #ship-vlgc, #ship-lng):
# t CO2e per t-km [S2]; distances to Tokuyama (#km-newcastle, #km-gladstone, ...) [E].
PANAMAX, SUPRAMAX, HANDYSIZE, VLGC, LNG_TANKER = 4.15e-6, 5.4e-6, 8.0e-6, 9.11e-6, 9.42e-6
KM_NEWCASTLE, KM_GLADSTONE, KM_CAI_MEP, KM_SABAH, KM_VANCOUVER = 8250, 7260, 3700, 3650, 8480

def r(x, n=10):
    return float(f"{x:.{n}g}")

def carrier(id, unit, name, note, kind=None, carbon=0, gwp=0, biogenic=False, recycled=False):
    c = {"id": id, "name": name, "unit": unit}
    if kind: c["kind"] = kind
    if carbon: c["carbon"] = carbon
    if gwp: c["gwp"] = gwp
    if biogenic: c["biogenic"] = True
    if recycled: c["recycledCarbon"] = True
    c["note"] = note
    return c

def origin(id, factor, note, share=None, km=None, mode=None, per_tkm=None):
    o = {"id": id, "factor": r(factor, 6)}
    if share is not None: o["share"] = share
    if km is not None: o["transport"] = {"mode": mode, "km": km, "factor": per_tkm}
    o["note"] = note
    return o

COAL_MARKET = {"carrier": "coal", "buy": {"price": 0, "origins": [origin("australia", 0.09,
    "Mine methane about 58 kg CO2e/t (Elementa 2022, Australian coal mine methane over about 500 Mt/yr: docs/sources.md#coal-mine-methane [S]/[E]) + about 30 kg/t mining energy (unsourced midpoint of 20-40 kg/t) [E]; "
    "Panamax 4.15 g CO2e/t-km (DEFRA, docs/sources.md#ship-panamax [S2]) over 8,250 km Newcastle NSW - Tokuyama (docs/sources.md#km-newcastle [E]). Total about 0.124 t CO2e/t, inside the 0.08-0.15 range of docs/sources.md#coal-upstream [E].",
    share=1, km=KM_NEWCASTLE, mode="bulk-panamax", per_tkm=PANAMAX)]},
    "note": "Imported bituminous coal; prices not modelled (0)."}
CH4_MARKET = {"carrier": "ch4", "buy": {"price": 0, "origins": [origin("lng-australia", 0.745,
    "LNG production to liquefaction 13.8-17.2 g CO2e/MJ, i.e. 0.66-0.83 t CO2e/t (US measurement, docs/sources.md#lng-upstream [S]/[E]); midpoint 0.745 applied to imported LNG [E]; "
    "LNG tanker 200,000+ m3, 9.42 g CO2e/t-km (DEFRA, docs/sources.md#ship-lng [S2]) over 7,260 km Gladstone - Tokuyama (docs/sources.md#km-gladstone [E]).",
    share=1, km=KM_GLADSTONE, mode="lng-tanker", per_tkm=LNG_TANKER)]},
    "note": "City gas from imported LNG; prices not modelled (0)."}

def combustion_gases(outputs, coal_gj=0.0, bio_gj=0.0):
    """Adds the CH4 and N2O of burning coal_gj of coal and bio_gj of solid biomass (per unit of
    activity), taking the CH4's carbon from the CO2 so the recipe still balances carbon."""
    ch4 = coal_gj*COAL_CH4 + bio_gj*BIO_CH4
    n2o = coal_gj*COAL_N2O + bio_gj*BIO_N2O
    if ch4 == 0:
        return
    outputs["ch4-combustion"] = r(ch4)
    outputs["n2o"] = r(n2o)
    # carbon of the CH4 leaves the CO2 of the same fuel
    if coal_gj:
        outputs["co2"] = r(outputs["co2"] - coal_gj*COAL_CH4*C_CH4/C_CO2)
    if bio_gj:
        outputs["bio-co2"] = r(outputs["bio-co2"] - bio_gj*BIO_CH4*C_CH4/C_CO2)

def proc(id, ref, inputs, outputs, rule, capacity=None, note=""):
    p = {"id": id, "reference": ref}
    if inputs: p["inputs"] = inputs
    if outputs: p["outputs"] = outputs
    if capacity is not None: p["capacity"] = capacity
    p["rule"] = rule
    if note: p["note"] = note
    return p

def build(year, nh3_override=None, pks_override=None):
    ammonia = year >= 2030
    nh3_share = {2019: 0.0, 2030: 0.2, 2050: 1.0}[year]
    if nh3_override is not None:
        nh3_share = nh3_override
    carriers = [
        carrier("coal", "t", "Bituminous coal", "Carbon from 94.6 t CO2/TJ x 25.8 TJ/kt = 2.4407 t CO2/t: docs/sources.md#coal-bituminous [S].", kind="fuel", carbon=r(C_COAL, 8)),
        carrier("electricity", "MWh", "Electricity", "Grid purchases at 0.423 t CO2/MWh: docs/sources.md#grid-japan [S].", kind="electricity"),
        carrier("co2", "t", "Fossil CO2 (flue gas and process)", "CO2 is a carrier; 12.011/44.01 t C per t.", carbon=r(C_CO2, 8), gwp=1),
        carrier("limestone", "t", "Limestone (CaCO3)", "1.194 t per t clinker releases 0.525 t CO2: docs/sources.md#clinker-calcination [S] (mass of CaCO3 derived [E]).", carbon=r(C_CACO3, 8)),
        carrier("clay", "t", "Alumino-silicate raw material", "Clay/shale in the raw meal; coal ash substitutes for it [E]."),
        carrier("clinker", "t", "Clinker", ""),
        carrier("cement", "t", "Cement", "Clinker share 74.5 %: docs/sources.md#clinker-share [S]."),
        carrier("additives", "t", "Gypsum, slag and other cement additives", "Bought; 25.5 % of cement [E]."),
        carrier("coal-ash", "t", "Coal ash", "12 % of coal burned [E, typical bituminous ash content]; into cement since 1938: docs/sources.md#tokuyama-waste-use [S]."),
        carrier("soda-ash-mud", "t", "Soda-ash mud", "CaCO3-rich residue of soda-ash production, half CaCO3 by mass [E]; into cement since 1938: docs/sources.md#tokuyama-waste-use [S].", carbon=r(0.5*C_CACO3, 8)),
        carrier("chemicals", "t", "Chemical products (other than those named)", "Aggregate output of the chemical plants [E]."),
        carrier("tosoh-products", "t", "Tosoh's other products (electricity-intensive)", "Aggregate [E]; carbon not tracked."),
        carrier("salt", "t", "Salt", ""),
        carrier("naoh", "t", "Caustic soda", ""),
        carrier("cl2", "t", "Chlorine", ""),
        carrier("h2", "t", "Hydrogen", "By-product of chlor-alkali electrolysis, 0.0252 t per t NaOH (stoichiometry [E])."),
        carrier("ethylene", "t", "Ethylene", "C2H4, 24.02/28.05 t C per t.", carbon=r(24.022/28.054, 8)),
        carrier("vcm", "t", "Vinyl chloride monomer", "C2H3Cl, 24.02/62.50 t C per t.", carbon=r(24.022/62.498, 8)),
        carrier("naphtha", "t", "Naphtha", "Carbon from 73.3 t CO2/TJ x 44.5 TJ/kt: docs/sources.md#naphtha [S].", carbon=r(73.3*44.5/1000*C_CO2, 8)),
        carrier("cracker-products", "t", "Propylene, C4, aromatics and other cracker products", "Carbon content set so that the cracker recipe balances carbon [E].", carbon=0),
        carrier("c4", "t", "C4 fraction (butadiene-rich)", "Carbon 0.87 t C/t [E].", carbon=0.87),
        carrier("rubber", "t", "Synthetic rubber and C4 derivatives", "Carbon 0.87 t C/t [E].", carbon=0.87),
        carrier("ch4", "t", "Natural gas / city gas (CH4)", "2.744 t CO2 per t CH4: docs/sources.md#ch4-combustion [E]; fossil CH4 GWP 29.8 (AR6): docs/sources.md#methane-gwp [S].", kind="fuel", carbon=r(C_CH4, 8), gwp=29.8),
        carrier("ch4-combustion", "t", "Methane emitted by combustion", "Unburnt CH4 of coal and biomass firing: IPCC 2006 Table 2.2, docs/sources.md#non-co2-coal and docs/sources.md#non-co2-biomass [S]; GWP 29.8 (AR6, fossil; applied to biomass CH4 too, which AR6 puts slightly lower [E]).", carbon=r(C_CH4, 8), gwp=29.8),
        carrier("n2o", "t", "Nitrous oxide", "N2O of coal and biomass firing: IPCC 2006 Table 2.2, docs/sources.md#non-co2-coal and docs/sources.md#non-co2-biomass [S]; GWP 273 (AR6). Ammonia co-firing adds none: N2O was below detection at 20 % co-firing at Hekinan (docs/sources.md#n2o-ammonia-cofiring [S]).", gwp=273),
        carrier("steel", "t", "Stainless steel", ""),
        carrier("scrap", "t", "Scrap and alloys", ""),
    ]
    # --- Tokuyama power: fuel CO2 of Tokuyama = 4.4 Mt (docs/sources.md#tokuyama-co2 [S]);
    clinker = 4.54e6
    kiln_coal = 3.5/25.8                     # t coal per t clinker (3.50 GJ/t, docs/sources.md#kiln-fuel [S])
    kiln_fuel_co2 = kiln_coal*CO2_PER_COAL
    tk_fuel_energy = 3.6/0.38               # GJ fuel per MWh at 38 % efficiency [E]
    tk_coal = tk_fuel_energy/25.8
    tk_power_co2 = 4.4e6 - clinker*kiln_fuel_co2
    tk_generation = tk_power_co2/(tk_coal*CO2_PER_COAL)
    # Tosoh: 776 MW x 0.75 x 8760 h at 0.85 t CO2/MWh (docs/sources.md#tosoh-power-co2 [E])
    ts_generation = 776*0.75*8760
    ts_coal = 0.85/CO2_PER_COAL
    ts_fuel_energy = ts_coal*25.8
    ash = 0.12
    plants = []
    links = []
    def power(id, name, fuel_energy, generation, capacity, note, pks_share=0.0):
        coal_share = 1 - nh3_share - pks_share
        inputs = {}
        outputs = {"electricity": 1}
        if coal_share > 0:
            coal = fuel_energy*coal_share/25.8
            inputs["coal"] = r(coal)
            outputs["co2"] = r(coal*CO2_PER_COAL)
            outputs["coal-ash"] = r(coal*ash)
        if nh3_share > 0:
            inputs["nh3"] = r(fuel_energy*nh3_share/NH3_LHV)
        if pks_share > 0:
            inputs["pks"] = r(fuel_energy*pks_share/PKS_NCV)
            outputs["bio-co2"] = r(fuel_energy*pks_share*BIO_CO2_PER_GJ)
        combustion_gases(outputs, coal_gj=fuel_energy*coal_share, bio_gj=fuel_energy*pks_share)
        return {"id": id, "name": name, "sector": "power", "processes": [
            proc(id + ".generate", "electricity", inputs, outputs, {"fixed": r(generation)}, capacity=r(capacity),
                 note=note)]}
    pks = {2019: 0.0, 2030: 0.25, 2050: 0.0}[year]
    if pks_override is not None:
        pks = pks_override
    tk_note = ("517 MW, 4 units: docs/sources.md#tokuyama-power [S]. 38 %% efficiency [E]; generation set so that "
               "kiln fuel + power fuel = 4.4 Mt CO2: docs/sources.md#tokuyama-co2 [S] (capacity factor %.0f %% [E])." % (100*tk_generation/(517*8760)))
    if year >= 2030:
        tk_note += " Fuel by heat: %.0f %% ammonia (docs/sources.md#ammonia-cofiring [S]; hub: docs/sources.md#shunan-ammonia-hub [S]), %.0f %% palm-kernel shells (one unit on PKS from FY2023: docs/sources.md#tokuyama-power [S]; its share of heat [E])." % (100*nh3_share, 100*pks)
    plants.append(power("tokuyama-power", "Tokuyama captive power (coal)", tk_fuel_energy, tk_generation, 517*8760, tk_note, pks))
    ts_note = ("776 MW, 6 units: docs/sources.md#tosoh-power [S]; 0.75 load and 0.85 t CO2/MWh: docs/sources.md#tosoh-power-co2 [E].")
    if year >= 2030:
        ts_note += " %.0f %% ammonia by heat [S factor, E share]." % (100*nh3_share)
    plants.append(power("tosoh-power", "Tosoh Nanyo captive power (coal)", ts_fuel_energy, ts_generation, 776*8760, ts_note))

    cement = clinker/0.745
    kiln_out = {"clinker": 1, "co2": r(0.525 + kiln_coal*CO2_PER_COAL)}
    kiln_in = {"limestone": r(0.525/CO2_IN_CACO3), "clay": 0.3, "coal": r(kiln_coal)}
    cement_processes = [
        proc("tokuyama-cement.kiln", "clinker", kiln_in, kiln_out, {"fixed": clinker}, capacity=clinker,
             note="3 kilns, 4.54 Mt/yr clinker: docs/sources.md#tokuyama-cement [S]; 0.525 t CO2/t from calcination and 3.50 GJ/t kiln fuel (coal): docs/sources.md#clinker-calcination, docs/sources.md#kiln-fuel [S]; clay 0.3 t/t [E]."),
        proc("tokuyama-cement.mill", "cement", {"clinker": 0.745, "additives": 0.255, "electricity": 0.104}, {"cement": 1},
             {"follows": "clinker"}, note="Clinker share 74.5 % and 104 kWh/t cement: docs/sources.md#clinker-share, docs/sources.md#kiln-fuel [S]."),
        proc("tokuyama-cement.ash-use", "coal-ash", {"coal-ash": 1}, {"clay": 1}, {"follows": "coal-ash"},
             note="Coal ash replaces clay one for one [E]."),
        proc("tokuyama-cement.mud-use", "soda-ash-mud", {"soda-ash-mud": 1}, {"limestone": 0.5}, {"follows": "soda-ash-mud"},
             note="Soda-ash mud replaces limestone by its CaCO3 content (half) [E]."),
    ]
    plants.append({"id": "tokuyama-cement", "name": "Tokuyama Nanyo cement plant", "sector": "cement",
                   "processes": cement_processes})
    tk_chem = 1.0e6
    plants.append({"id": "tokuyama-chemicals", "name": "Tokuyama chemicals (soda ash, caustic soda, polysilicon, VCM)", "sector": "chemicals",
                   "processes": [proc("tokuyama-chemicals.produce", "chemicals",
                                      {"electricity": 2.0, "ethylene": 0.06, "limestone": 0.05},
                                      {"chemicals": 1, "soda-ash-mud": 0.1},
                                      {"fixed": tk_chem},
                                      note="Aggregate of Tokuyama's chemical plants: 1 Mt/yr of products, 2 MWh/t, 0.06 t ethylene/t, 0.05 t limestone/t (soda ash) and 0.1 t soda-ash mud/t [E]. The carbon of the ethylene leaves in the products, that of the limestone in the mud.")]})
    # carbon: ethylene in goes to chemicals -> set chemicals carbon
    # --- Tosoh
    vcm = 1.23e6
    tosoh_processes = [
        proc("tosoh-chemicals.vcm", "vcm", {"ethylene": r(28.054/62.498), "cl2": r(70.906/(2*62.498)), "electricity": 0.2},
             {"vcm": 1}, {"fixed": vcm}, capacity=vcm,
             note="VCM 1.23 Mt/yr: docs/sources.md#tosoh-products [S]; balanced process 2 C2H4 + Cl2 + 1/2 O2 -> 2 C2H3Cl + H2O (stoichiometry [E]); 0.2 MWh/t [E]."),
        proc("tosoh-chemicals.chlor-alkali", "naoh", {"salt": 1.48, "electricity": 2.4},
             {"naoh": 1, "cl2": r(70.906/80.0), "h2": r(2.016/80.0)}, {"meets": "cl2"},
             note="Meets the chlorine demand of VCM. 2 NaCl + 2 H2O -> 2 NaOH + Cl2 + H2 (stoichiometry [E]); 2.4 MWh/t NaOH [E]."),
        proc("tosoh-chemicals.other", "tosoh-products", {"electricity": 1}, {"tosoh-products": 1}, {"fixed": 2.0e6},
             note="Tosoh's other electricity uses, 2 TWh/yr [E]."),
    ]
    plants.append({"id": "tosoh-chemicals", "name": "Tosoh Nanyo chemical complex", "sector": "chemicals", "processes": tosoh_processes})
    # --- Idemitsu cracker
    ethylene = 623e3
    naph_c = 73.3*44.5/1000*C_CO2
    cracker_co2 = 0.9
    naphtha = 3.2
    c4 = 0.3
    other = naphtha - 1 - c4 - cracker_co2*0 - 0.0  # mass not balanced on purpose: fuel gas burned -> co2; H2 etc.
    other = 1.5
    c_other = (naphtha*naph_c - (24.022/28.054) - c4*0.87 - cracker_co2*C_CO2)/other
    for c in carriers:
        if c["id"] == "cracker-products":
            c["carbon"] = r(c_other, 8)
            c["note"] = "Carbon content %.4f t C/t set so that the cracker recipe balances carbon [E]." % c_other
    plants.append({"id": "idemitsu-cracker", "name": "Idemitsu Tokuyama ethylene cracker", "sector": "petrochemicals",
                   "processes": [proc("idemitsu-cracker.crack", "ethylene", {"naphtha": naphtha, "electricity": 0.3},
                                      {"ethylene": 1, "c4": c4, "cracker-products": other, "co2": cracker_co2},
                                      {"fixed": ethylene}, capacity=ethylene,
                                      note="Ethylene 623 kt/yr: docs/sources.md#idemitsu-ethylene [S]. Yield and furnace CO2 (0.9 t/t ethylene) [E].")]})
    # --- Zeon
    plants.append({"id": "zeon", "name": "Zeon Tokuyama (butadiene, synthetic rubber)", "sector": "chemicals",
                   "processes": [proc("zeon.rubber", "c4", {"c4": 1, "electricity": 0.5, "ch4": 0.3/2.744},
                                      {"rubber": r(1 - (0.3*C_CO2 - 0.3/2.744*C_CH4)/0.87), "co2": 0.3}, {"fixed": 186900}, capacity=186900,
                                      note="Processes the cracker's C4 (186.9 kt/yr, all of it [E]); 0.5 MWh and 0.3 t CO2 from gas-fired steam per t C4 [E]. Zeon is closing 60 % of rubber capacity: docs/sources.md#zeon [S] (not modelled in this year).")]})
    # --- NSSC
    nssc_processes = [proc("nssc.steel", "steel", {"scrap": 1.1, "electricity": 0.7, "h2": 0.01, "ch4": 0.1/2.744},
                           {"steel": 1, "co2": r(0.1/2.744*C_CH4/C_CO2)}, {"fixed": 0.4e6},
                           note="Electric-arc stainless steel, 0.4 Mt/yr [E]; by-product hydrogen as reductant: docs/sources.md#nssc [S]; 0.01 t H2/t and 0.1 t CO2/t [E].")]
    plants.append({"id": "nssc", "name": "Nippon Steel Stainless, Shunan", "sector": "steel", "processes": nssc_processes})

    # links
    def link(id, frm, to, carrier, push=None, pull=None, note="", symbiosis=True, **kw):
        l = {"id": id, "from": frm, "to": to, "carrier": carrier}
        if push is not None: l["push"] = push
        if pull is not None: l["pull"] = pull
        l.update(kw)
        if not symbiosis: l["symbiosis"] = False
        if note: l["note"] = note
        return l
    links += [
        link("tokuyama-power-cement", "tokuyama-power", "tokuyama-cement", "electricity", pull=1, symbiosis=False, note="Captive power (utility, on with or without symbiosis)."),
        link("tokuyama-power-chemicals", "tokuyama-power", "tokuyama-chemicals", "electricity", pull=1, symbiosis=False, note="Captive power (utility)."),
        link("tosoh-power-chemicals", "tosoh-power", "tosoh-chemicals", "electricity", pull=1, symbiosis=False, note="Captive power (utility)."),
        link("tokuyama-ash", "tokuyama-power", "tokuyama-cement", "coal-ash", push=0.9, note="Coal ash into cement: docs/sources.md#tokuyama-waste-use [S]; 90 % used [E, the 93.1 % of FY2018 wastes]."),
        link("tosoh-ash", "tosoh-power", "tokuyama-cement", "coal-ash", push=0.9, note="Tosoh's coal ash to Tokuyama cement [E, same basis]."),
        link("soda-ash-mud", "tokuyama-chemicals", "tokuyama-cement", "soda-ash-mud", push=1, note="docs/sources.md#tokuyama-waste-use [S]."),
        link("ethylene-tosoh", "idemitsu-cracker", "tosoh-chemicals", "ethylene", push=0.7, note="About 80 % of Idemitsu's ethylene is piped to Tokuyama, Tosoh and others: docs/sources.md#idemitsu-ethylene [S]; the split 70/10 [E]."),
        link("ethylene-tokuyama", "idemitsu-cracker", "tokuyama-chemicals", "ethylene", push=0.1, note="Same source; 10 % [E]."),
        link("c4-zeon", "idemitsu-cracker", "zeon", "c4", push=1, note="Cracker C4 to Zeon [E]."),
        link("h2-nssc", "tosoh-chemicals", "nssc", "h2", pull=1, note="By-product hydrogen as reductant: docs/sources.md#nssc [S]; supplier Tosoh [E]."),
    ]
    markets = [
        COAL_MARKET,
        {"carrier": "ch4-combustion", "disposal": {"to": "air"}},
        {"carrier": "n2o", "disposal": {"to": "air"}},
        {"carrier": "electricity", "buy": {"price": 0, "factor": GRID}, "sell": {"price": 0, "displacedFactor": GRID},
         "note": "Japanese grid 0.423 t CO2/MWh (FY2024): docs/sources.md#grid-japan [S]; used for every year."},
        {"carrier": "co2", "disposal": {"to": "air"}},
        {"carrier": "limestone", "buy": {}},
        {"carrier": "clay", "buy": {}, "disposal": {"to": "landfill"}},
        {"carrier": "additives", "buy": {}},
        {"carrier": "cement", "sell": {}},
        {"carrier": "coal-ash", "disposal": {"to": "landfill"}},
        {"carrier": "soda-ash-mud", "disposal": {"to": "landfill"}},
        {"carrier": "chemicals", "sell": {}},
        {"carrier": "salt", "buy": {}},
        {"carrier": "tosoh-products", "sell": {}},
        {"carrier": "naoh", "sell": {}},
        {"carrier": "cl2", "buy": {}},
        {"carrier": "h2", "buy": {}, "sell": {}, "note": "Surplus by-product hydrogen is sold as fuel [E]."},
        {"carrier": "ethylene", "buy": {}, "sell": {}},
        {"carrier": "vcm", "sell": {}},
        {"carrier": "naphtha", "buy": {}},
        {"carrier": "cracker-products", "sell": {}},
        {"carrier": "c4", "buy": {}, "sell": {}},
        {"carrier": "rubber", "sell": {}},
        CH4_MARKET,
        {"carrier": "steel", "sell": {}},
        {"carrier": "scrap", "buy": {}},
    ]
    if year >= 2030:
        add_measures(year, carriers, plants, links, markets, link)
    return carriers, plants, links, markets

def boiler(id, year):
    """The capture plant's own steam boiler (scope 1): city gas in 2030 (48.9 GJ/t, i.e. 2.744 t
    CO2/t at 56.1 t/TJ, docs/sources.md#natural-gas [S]), ammonia in 2050, 90 % efficient [E]."""
    if year < 2050:
        ch4 = 1/(0.9*2.744/0.0561)
        co2 = ch4*C_CH4/C_CO2   # the carbon of the CH4, so that the recipe balances
        return proc(id, "steam", {"ch4": r(ch4)}, {"steam": 1, "co2": r(co2)}, {"meets": "steam"},
                    note="Gas boiler, 90 %% efficient [E]: 56.1 t CO2/TJ of natural gas (docs/sources.md#natural-gas [S]) / 0.9 = %.4f t CO2 per GJ of steam." % co2)
    return proc(id, "steam", {"nh3": r(1/(0.9*NH3_LHV))}, {"steam": 1}, {"meets": "steam"},
                note="Ammonia-fired boiler, 90 % efficient [E]; no CO2 at the stack, its upstream counted by origin.")

def plant_by(plants, id):
    return next(p for p in plants if p["id"] == id)

def add_measures(year, carriers, plants, links, markets, link):
    BIO_CO2_PER_PKS = BIO_CO2_PER_GJ*PKS_NCV
    carriers += [
        carrier("nh3", "t", "Ammonia", "LHV 18.6 GJ/t: docs/sources.md#h2-nh3-lhv [E]; supplied through the Shunan ammonia hub (over 1 Mt/yr by 2030): docs/sources.md#shunan-ammonia-hub [S].", kind="fuel"),
        carrier("pks", "t", "Palm-kernel shells and wood pellets", "Biogenic; NCV 15.6 GJ/t and 112 t CO2/TJ of wood: docs/sources.md#wood [S] (applied to PKS [E]).", kind="fuel", carbon=r(BIO_CO2_PER_PKS*C_CO2, 8), biogenic=True),
        carrier("bio-co2", "t", "Biogenic CO2", "Counted 0 in the net; memo. Stored, it is a removal.", carbon=r(C_CO2, 8), gwp=1, biogenic=True),
        carrier("co2-captured", "t", "Captured fossil CO2", "", carbon=r(C_CO2, 8), gwp=1),
        carrier("co2-mineral", "t", "CO2 mineralised in concrete and cement materials", "Permanent storage.", carbon=r(C_CO2, 8)),
        carrier("steam", "GJ", "Steam for capture solvent regeneration", "Raised by the capture plant's own boiler (scope 1) [E].", kind="heat"),
        carrier("e-methane", "t", "Synthetic methane", "Injected into the city-gas pipeline (a market: its consumers, households and businesses, are outside the complex). Displaces natural gas: 2.744 t CO2/t. Its carbon is recycled kiln CO2: the park's CCU attribution decides who books it.", kind="fuel", carbon=r(C_CH4, 8), gwp=29.8, recycled=True),
        carrier("water", "t", "Water", ""),
        carrier("co", "t", "Carbon monoxide", "Feedstock for isocyanates (carbon leaves in products).", carbon=r(12.011/28.010, 8)),
        carrier("iron-ore", "t", "Iron ore", ""),
    ]
    markets += [
        {"carrier": "nh3", "buy": {"price": 0, "origins": [
            origin("grey", 2.4, "Grey ammonia from natural gas (SMR/ATR), global average 2.4 t CO2e/t excluding upstream gas (WEF 2023 citing IEA, docs/sources.md#nh3-grey [S2]; 3.1 with it, docs/sources.md#nh3-grey-upstream [S]). Shipped from Gladstone by VLGC: 9.11 g CO2e/t-km (DEFRA LPG tanker, proxy, docs/sources.md#ship-vlgc [S2]) over 7,260 km (docs/sources.md#km-gladstone [E]); docs/sources.md#shipping-per-tonne gives 66 kg/t [E].", share=1 if year < 2050 else 0, km=KM_GLADSTONE, mode="vlgc", per_tkm=VLGC),
            origin("blue", 1.79, "Blue ammonia capturing the process CO2 only: 1.79 t CO2e/t (Chahrour et al. 2025, system B, docs/sources.md#nh3-blue [S]). Same shipping.", share=0, km=KM_GLADSTONE, mode="vlgc", per_tkm=VLGC),
            origin("green", 0.3, "Green ammonia (renewable electrolysis): 0.1-0.5 t CO2e/t, unsourced literature range (docs/sources.md#nh3-green, a placeholder only) [E, midpoint]. Same shipping.", share=0 if year < 2050 else 1, km=KM_GLADSTONE, mode="vlgc", per_tkm=VLGC)]},
         "note": ("Grey in 2030, as bought today; " if year < 2050 else "Green in 2050, as a net-zero path needs; ") + "--origin nh3=grey, blue or green answers the same questions for another ammonia."},
        {"carrier": "pks", "buy": {"price": 0, "origins": [
            origin("vietnam", 0.15, "Wood pellets: production 50-300 kg CO2e/t, unsourced LCA range (docs/sources.md#pellets-production) [E, 150]; Vietnam about 58 % of Japan's pellet imports in 2020 (docs/sources.md#japan-biomass-imports [S2]) [E share 50 %]; Supramax 5.4 g/t-km (GLEC, docs/sources.md#ship-supramax [S2]) over 3,700 km Cai Mep - Tokuyama (docs/sources.md#km-cai-mep [E]).", share=0.5, km=KM_CAI_MEP, mode="bulk-supramax", per_tkm=SUPRAMAX),
            origin("malaysia", 0.05, "Palm-kernel shells from Sabah: a residue, near 0 unless palm-mill methane is allocated (Sato et al. 2022, docs/sources.md#pks-production [S]) [E, 50 kg/t for handling and drying]; Handysize 8.0 g/t-km (DEFRA, docs/sources.md#ship-handysize [S2]) over 3,650 km (docs/sources.md#km-sabah [E]); share 30 % [E].", share=0.3, km=KM_SABAH, mode="bulk-handysize", per_tkm=HANDYSIZE),
            origin("canada", 0.15, "Wood pellets from Vancouver: production as for Vietnam [E, 150 kg/t]; Supramax 5.4 g/t-km over 8,480 km (docs/sources.md#km-vancouver [E]); Canada 29 % of Japan's pellet imports in 2020 (docs/sources.md#japan-biomass-imports [S2]) [E share 20 %].", share=0.2, km=KM_VANCOUVER, mode="bulk-supramax", per_tkm=SUPRAMAX)]},
         "note": "Imported from Vietnam, Malaysia, Canada: docs/sources.md#yamaguchi-measures [seed]; shares [E]."},
        {"carrier": "bio-co2", "disposal": {"to": "air"}},
        {"carrier": "co2-captured", "disposal": {"to": "air"}},
        {"carrier": "co2-mineral", "disposal": {"to": "storage"}},

        {"carrier": "e-methane", "sell": {"price": 0, "displacedFactor": 2.744}, "note": "City-gas pipeline; e-methane target 1 % by 2030: docs/sources.md#e-methane-targets [S]."},
        {"carrier": "water", "disposal": {"to": "water"}},
        {"carrier": "co", "sell": {}},
        {"carrier": "iron-ore", "buy": {}},
    ]
    capture_share = {2030: 0.05, 2050: 1.0}[year]
    cement = plant_by(plants, "tokuyama-cement")
    cement["processes"].append(proc("tokuyama-cement.mineralise", "co2-captured", {"co2-captured": 1, "electricity": 0.05},
        {"co2-mineral": 1}, {"follows": "co2-captured"},
        note="Captured CO2 mineralised in concrete and cement materials (cement plants as CO2 sinks: docs/sources.md#yamaguchi-measures [seed]); 0.05 MWh/t [E]."))
    plants.append({"id": "tokuyama-capture", "name": "Amine capture on the Tokuyama kilns", "sector": "capture", "processes": [
        proc("tokuyama-capture.amine", "co2", {"co2": 1, "steam": 3.7, "electricity": 0.1}, {"co2-captured": 0.9, "co2": 0.1},
             {"follows": "co2"}, note="3.7 GJ heat per t CO2: docs/sources.md#amine-capture [S]; 90 %% capture and 0.1 MWh/t [E].".replace("%%", "%")),
        boiler("tokuyama-capture.boiler", year)]})
    links.append(link("kiln-flue-gas", "tokuyama-cement", "tokuyama-capture", "co2", push=capture_share,
                      note="Share of the kiln CO2 sent to capture: %.0f %% [E]." % (100*capture_share)))
    to_mineral = {2030: 0.8, 2050: 0.3}[year]
    links.append(link("captured-co2-cement", "tokuyama-capture", "tokuyama-cement", "co2-captured", push=to_mineral,
                      note="%.0f %% of the captured CO2 mineralised [E]." % (100*to_mineral)))
    # Methanation
    meth_share = {2030: 0.2, 2050: 0.1}[year]
    plants.append({"id": "shunan-methanation", "name": "Methanation (CO2 + by-product H2 -> city gas)", "sector": "fuels", "processes": [
        proc("shunan-methanation.sabatier", "e-methane", {"co2-captured": r(44.01/16.043), "h2": 0.503, "electricity": 0.2},
             {"e-methane": 1, "water": 2.246}, {"follows": "co2-captured"},
             note="CO2 + 4 H2 -> CH4 + 2 H2O: docs/sources.md#methanation [E]; by-product H2 from caustic soda as in Saibu Gas's demonstration: docs/sources.md#e-methane-targets [S]; 0.2 MWh/t [E].")]})
    links.append(link("captured-co2-methanation", "tokuyama-capture", "shunan-methanation", "co2-captured", push=meth_share,
                      note="%.0f %% of the captured CO2 [E]." % (100*meth_share)))
    links.append(link("h2-methanation", "tosoh-chemicals", "shunan-methanation", "h2", pull=1,
                      note="Tosoh's by-product hydrogen [E]."))
    # Tosoh CO2 -> CO (40 kt/yr, since Oct 2024)
    plants.append({"id": "tosoh-co", "name": "Tosoh CO2-to-CO plant", "sector": "chemicals", "processes": [
        proc("tosoh-co.rwgs", "co2", {"co2": 1, "h2": r(2.016/44.01), "electricity": 0.5}, {"co": r(28.010/44.01), "water": r(18.015/44.01)},
             {"follows": "co2"}, note="CO2 + H2 -> CO + H2O (stoichiometry [E]); 0.5 MWh/t [E].")]})
    links.append(link("tosoh-flue-co2", "tosoh-power", "tosoh-co", "co2", push=1, capacity=40000,
                      note="Captures 40 kt/yr CO2 from flue gas for CO: docs/sources.md#tosoh-co2-to-co [S]; the rest of the flue gas stays at the power plant and is released."))
    links.append(link("h2-co", "tosoh-chemicals", "tosoh-co", "h2", pull=1, note="By-product hydrogen [E]."))
    # Idemitsu biomass power plant (since Jan 2023)
    pks_per_mwh = 230e3/360e3
    plants.append({"id": "idemitsu-biomass", "name": "Idemitsu Tokuyama biomass power plant", "sector": "power", "processes": [
        proc("idemitsu-biomass.generate", "electricity", {"pks": r(pks_per_mwh)}, {"electricity": 1, "bio-co2": r(pks_per_mwh*BIO_CO2_PER_PKS)},
             {"fixed": 360e3}, capacity=50*8760,
             note="50 MW, 360 GWh/yr on about 230 kt/yr of wood pellets and PKS: docs/sources.md#idemitsu-biomass [S].")]})
    # H2-reduced iron at NSSC
    dri = {2030: 50e3, 2050: 300e3}[year]
    nssc = plant_by(plants, "nssc")
    nssc["processes"].append(proc("nssc.h2-dri", "scrap", {"iron-ore": 1.4, "h2": 0.06, "electricity": 0.3}, {"scrap": 1, "water": 0.54},
        {"fixed": dri}, note="Hydrogen-reduced iron replacing bought scrap and alloys: about 60 kg H2 per t: docs/sources.md#h2-dri [S]; %.0f kt/yr, 1.4 t ore and 0.3 MWh per t [E]." % (dri/1000)))
    links.append(link("h2-dri", "tosoh-chemicals", "nssc", "h2", pull=0, note="placeholder"))
    links.pop()
    if year >= 2050:
        # BECCS on the biomass plant: its CO2 captured and stored geologically (a removal)
        carriers.append(carrier("bio-co2-captured", "t", "Captured biogenic CO2", "Stored geologically: a removal.", carbon=r(C_CO2, 8), biogenic=True, gwp=1))
        markets.append({"carrier": "bio-co2-captured", "disposal": {"to": "storage"}, "note": "Geological storage [E]."})
        plants.append({"id": "beccs-capture", "name": "Capture on the biomass power plant (BECCS)", "sector": "capture", "processes": [
            proc("beccs-capture.amine", "bio-co2", {"bio-co2": 1, "steam": 3.7, "electricity": 0.1}, {"bio-co2-captured": 0.9, "bio-co2": 0.1},
                 {"follows": "bio-co2"}, note="3.7 GJ/t: docs/sources.md#amine-capture [S]; 90 % [E]."),
            boiler("beccs-capture.boiler", year)]})
        links.append(link("biomass-flue-gas", "idemitsu-biomass", "beccs-capture", "bio-co2", push=1, note="All of the biomass plant's CO2 [E]."))
        # Geological storage of the rest of the captured kiln CO2
        markets[:] = [m for m in markets if m["carrier"] != "co2-captured"]
        markets.append({"carrier": "co2-captured", "disposal": {"to": "storage"}, "note": "Captured CO2 not used is stored geologically [E]."})
        # Cracker furnaces on hydrogen
        cracker = plant_by(plants, "idemitsu-cracker")["processes"][0]
        fuel_gj = cracker["outputs"].pop("co2")/0.0576   # refinery gas 57.6 t/TJ
        cracker["inputs"]["h2"] = r(fuel_gj/120)
        cracker["outputs"]["cracker-products"] = r(cracker["outputs"]["cracker-products"] + 0.9*C_CO2/[c for c in carriers if c["id"]=="cracker-products"][0]["carbon"])
        cracker["note"] += " 2050: furnaces fired with hydrogen (LHV 120 GJ/t) instead of fuel gas, which is sold as product [E]."
        markets[:] = [m for m in markets if m["carrier"] != "h2"]
        markets.append({"carrier": "h2", "buy": {"price": 0, "factor": 0.65}, "sell": {}, "note": "Green hydrogen imported: 0.3-1 kg CO2e/kg, unsourced range (docs/sources.md#h2-green, a placeholder) [E, midpoint 0.65]."})
        # Kiln fuel: half biomass
        kiln = cement["processes"][0]
        coal = kiln["inputs"]["coal"]
        kiln["inputs"]["coal"] = r(coal/2)
        kiln["inputs"]["pks"] = r(coal*25.8/2/PKS_NCV)
        kiln["outputs"]["co2"] = r(0.525 + coal/2*CO2_PER_COAL)
        kiln["outputs"]["bio-co2"] = r(coal*25.8/2*BIO_CO2_PER_GJ)
        kiln["note"] += " 2050: half the kiln fuel by heat is biomass [E]."

def measure(id, description, plants, plants_without, plant_ids):
    """A measure as the coefficients of the named plants' processes without it."""
    without = {}
    for pid in plant_ids:
        now = {q["id"]: q for q in plant_by(plants, pid)["processes"]}
        for q in plant_by(plants_without, pid)["processes"]:
            for side in ("inputs", "outputs"):
                keys = set(now[q["id"]].get(side, {})) | set(q.get(side, {}))
                for k in sorted(keys):
                    a = now[q["id"]].get(side, {}).get(k, 0.0)
                    b = q.get(side, {}).get(k, 0.0)
                    if a != b:
                        without["process:%s:%s:%s" % (q["id"], side[:-1], k)] = b
    return {"id": id, "description": description, "without": without}

def chemicals_carbon(carriers):
    """The chemicals carry the carbon of the ethylene used, 0.06 t/t (also used by yamaguchi.py)."""
    for c in carriers:
        if c["id"] == "chemicals":
            c["carbon"] = r(0.06*24.022/28.054, 8)
            c["note"] = "Carries the carbon of the ethylene used (0.06 t/t) [E]."

if __name__ == "__main__":
    year = int(sys.argv[1])
    carriers, plants, links, markets = build(year)
    chemicals_carbon(carriers)
    base = 12010859.0
    desc = {2019: "The Shunan (Tokuyama) complex in Yamaguchi as it ran around 2019: Tokuyama's cement (3 kilns) and captive coal power, Tosoh's chlor-alkali/VCM and captive coal power, Idemitsu's cracker piping ethylene to its neighbours, Zeon, and Nippon Steel Stainless using by-product hydrogen, with the existing exchanges (coal ash and soda-ash mud into cement; by-product hydrogen; ethylene; C4). Boundary: these plants; the grid, fuels and products are markets. See symbiosis-examples/README.md for every number's source; [E] marks estimates.",
            2030: "The Shunan complex in 2030 with the measures of Yamaguchi's strategy: 20 % ammonia co-firing in both captive coal plants, one Tokuyama unit on palm-kernel shells, Idemitsu's biomass plant, Tosoh's CO2-to-CO plant, capture on 5 % of the kiln CO2 with mineralisation and methanation into the city-gas pipeline, and hydrogen-reduced iron at Nippon Steel Stainless. Illustrative: shares and sizes marked [E] are estimates; see symbiosis-examples/README.md.",
            2050: "The Shunan complex in 2050 on a net-zero path (illustrative): captive power on ammonia only, half the kiln fuel biomass, all kiln CO2 captured (mineralised, methanated or stored geologically), capture and storage on the biomass plant (BECCS), cracker furnaces on hydrogen, 300 kt/yr hydrogen-reduced iron. Estimates marked [E]; see symbiosis-examples/README.md."}[year]
    park = {"name": "shunan-%d" % year, "description": desc, "carriers": carriers, "plants": plants, "links": links, "markets": markets}
    if year == 2030:
        # Investment candidates for 'symbiosis plan' [E where marked]; currency USD.
        for pl in plants:
            for q in pl["processes"]:
                if q["id"] == "tokuyama-capture.amine":
                    q["capacity"] = 250000.0
                    q["note"] += " Unit of 250 kt CO2/yr treated [E], sized for the 5 % share of the kiln CO2 and its own boiler's."
                if q["id"] == "shunan-methanation.sabatier":
                    q["capacity"] = 20000.0
                    q["note"] += " 20 kt CH4/yr (about 28 M m3) [E]: the 2030 e-methane target is 1 % of city gas (docs/sources.md#e-methane-targets [S]; Tokyo Gas alone about 80 M m3/yr, docs/sources.md#e-methane-volume [S2]), so the pipeline is no unlimited sink."
                if q["id"] == "tokuyama-cement.mineralise":
                    q["capacity"] = 200000.0
                    q["note"] += " 200 kt CO2/yr [E]: ready-mix injection takes 7-15 kg CO2/m3 and Japan makes 74 M m3/yr, a national ceiling of 0.5-1.1 Mt/yr (docs/sources.md#japan-ready-mix [S], docs/sources.md#ready-mix-ceiling [E])."
        crf = lambda r, n: r*(1+r)**n/((1+r)**n-1)
        park["finance"] = {"discountRate": 0.03, "currency": "USD"}
        park["candidates"] = [
            {"element": "process:tokuyama-capture.amine", "expansion": True, "capex": r(60/crf(0.03, 25), 6),
             "lifetime": 25, "fixedOm": 5e6, "maxExpansion": 3.7e6,
             "note": "More kiln capture, up to all 3.9 Mt of kiln CO2. Capital set so that it alone costs 60 USD per t treated a year at 3 %% over 25 years (%.0f USD per t/yr) [E]: the lower part of the 100-180 USD/t cement capture range (docs/sources.md#capture-cost [S2]), whose energy the model counts apart; 25 years (docs/sources.md#lifetimes, unsourced); fixed O&M 5 M USD/yr [E]." % (60/crf(0.03, 25))},
            {"element": "process:tokuyama-cement.mineralise", "expansion": True, "capex": 300.0,
             "lifetime": 20, "fixedOm": 1e6, "maxExpansion": 300000.0,
             "note": "More mineralisation, up to 0.5 Mt CO2/yr in all, about half the national ready-mix ceiling (docs/sources.md#ready-mix-ceiling) [E]; 300 USD per t/yr and 1 M USD/yr O&M [E]."},
        ]
        park["measures"] = [
            measure("ammonia-cofiring", "20 % ammonia by heat in both captive coal plants, grey ammonia unless --origin says otherwise",
                    plants, build(year, nh3_override=0.0)[1], ["tokuyama-power", "tosoh-power"]),
            measure("pks-cofiring", "one of Tokuyama's four units on palm-kernel shells and pellets (25 % of its heat)",
                    plants, build(year, pks_override=0.0)[1], ["tokuyama-power"]),
            {"id": "kiln-capture", "description": "amine capture on 5 % of the kiln CO2, mineralised and methanated",
             "without": {"link:kiln-flue-gas:share": 0.0}},
        ]
    if year >= 2030:
        basis = "FY2013 emissions of the complex were not found (docs/sources.md#yamaguchi-2013): the residual of the shunan-2019 model (12.01 Mt CO2e/yr) stands in for the base year [E]."
        targets = [
            {"id": "yamaguchi-2030", "description": "Yamaguchi prefecture: -35.1 % GHG by FY2030 vs FY2013 (docs/sources.md#target-yamaguchi [seed]). " + basis, "baseEmissions": base, "reduction": 0.351},
            {"id": "japan-2030", "description": "Japan: -46 % GHG by FY2030 vs FY2013 (docs/sources.md#target-japan [seed]). " + basis, "baseEmissions": base, "reduction": 0.46},
            {"id": "net-zero-2050", "description": "Yamaguchi and Japan: net zero by 2050 (docs/sources.md#target-yamaguchi, #target-japan [seed]), on net emissions (residual minus removals).", "baseEmissions": base, "reduction": 1.0, "metric": "net"},
        ]
        park["targets"] = targets[:2] if year < 2050 else targets[2:]
    if year == 2050:
        # Sinks without a capacity (validate's unbounded-sink), each explained: docs/park-format.md, Accepts.
        park["accepts"] = [
            {"warning": "unbounded-sink", "element": "tokuyama-cement.mineralise",
             "note": "Illustrative and unbounded on purpose, to show what the 2050 measure needs: 30 % of the captured kiln CO2 (about 0.85 Mt/yr) is most of the national ceiling for ready-mix injection, 0.5-1.1 Mt/yr (docs/sources.md#ready-mix-ceiling [E]), or SUICOM-type precast at about 100 kg/m3 on about 8 M m3 (docs/sources.md#co2-suicom [S2]); no calcium source is modelled. The yamaguchi pathway bounds it at about 1 Mt/yr."},
            {"warning": "unbounded-sink", "element": "tokuyama-capture.amine",
             "note": "The kiln CO2 not mineralised or methanated (about 60 %) is stored geologically [E]; no storage site or capacity for Yamaguchi is in docs/sources.md, so the storage is unbounded and illustrative."},
            {"warning": "unbounded-sink", "element": "shunan-methanation.sabatier",
             "note": "e-methane into the city-gas pipeline: the 2050 target is 90 % of city gas (docs/sources.md#e-methane-targets [S]), far more than this plant's output, so the grid does not bound it [E]."},
            {"warning": "unbounded-sink", "element": "beccs-capture.amine",
             "note": "BECCS: the biomass plant's captured CO2 is stored geologically [E]; no storage site or capacity is in docs/sources.md. The plant's own size (50 MW, docs/sources.md#idemitsu-biomass [S]) bounds the flow."},
        ]
    if year == 2019:
        # Calibration: what the plants report, beside the model (docs/park-format.md, Reported).
        shunan = ["tokuyama-power", "tosoh-power", "tokuyama-cement", "tokuyama-chemicals",
                  "tosoh-chemicals", "idemitsu-cracker", "zeon", "nssc"]
        park["reported"] = [
            {"id": "tokuyama-co2", "plants": ["tokuyama-power", "tokuyama-cement", "tokuyama-chemicals"],
             "quantity": "scope1", "value": 6.6e6, "unit": "t CO2/yr", "year": 2019,
             "source": "docs/sources.md#tokuyama-co2", "tolerance": 0.03,
             "note": "[S] 6.6 Mt/yr, of which 4.4 Mt from fuel (published Nov 2019). The model is 3.0 % above, at the edge of the tolerance: 2.8 % from its 0.525 t CO2/t calcination default (docs/sources.md#clinker-calcination) against the 0.485 t/t that 6.6 - 4.4 Mt over 4.54 Mt clinker implies (docs/sources.md#tokuyama-co2-check), and 0.2 % because scope 1 in t CO2e adds the CH4 and N2O of combustion to the reported CO2."},
            {"id": "shunan-complex-co2", "plants": shunan, "quantity": "residual", "value": 12e6,
             "unit": "t CO2/yr", "year": 2022, "source": "docs/sources.md#shunan-total-co2", "tolerance": 0.05,
             "note": "[S] about 12 Mt/yr for the whole complex (Nikkan Kogyo Shimbun, Aug 2022; the year of the figure is not given, so the article's year is written). 'About 12' rounds to whole Mt, so 5 % [E]. Compared with residual (scope 1 + 2): the article does not say whether bought power is counted; scope 1 alone is 11.77 Mt, also within."},
            {"id": "tosoh-power-co2", "plants": ["tosoh-power"], "quantity": "scope1", "value": 4.3e6,
             "unit": "t CO2/yr", "year": 2019, "source": "docs/sources.md#tosoh-power-co2", "tolerance": 0.02,
             "note": "[E], not a reported figure: 776 MW x 0.75 x 8760 h x 0.85 t/MWh, the estimate the model's Tosoh power plant is built from, so this row checks the construction, not the model. Tosoh Nanyo's own site figure was not found (docs/sources.md#tosoh-nanyo-site-co2)."},
            {"id": "tosoh-group-ghg", "plants": ["tosoh-power", "tosoh-chemicals"], "quantity": "residual",
             "value": 8.03e6, "year": 2020, "source": "docs/sources.md#tosoh-group-2020",
             "note": "[S] 8.03 Mt GHG for the Tosoh group in FY2020 (8.24 Mt in FY2018, docs/sources.md#tosoh-group-2018). Shown, not held: the model is about 46 % lower and cannot close the gap with sourced numbers. The group boundary is wider (Yokkaichi and other sites and affiliates, not modelled), and the model's chemical plants emit nothing: their furnaces, boilers and process emissions are not in any source found (docs/sources.md#tosoh-nanyo-site-co2)."},
        ]
    print(json.dumps(park, indent=2))
