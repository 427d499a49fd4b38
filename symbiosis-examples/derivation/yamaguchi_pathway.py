"""Derives symbiosis-examples/src/main/resources/scenarios/yamaguchi-pathway.json: the Shunan
complex from 2013 to 2050 (base park: shunan-2030 with every measure dialled back for the early
years). Shares and years of the measures are estimates [E] unless marked; factors come from
docs/sources.md as in shunan.py.
Usage: python3 yamaguchi_pathway.py > ../src/main/resources/scenarios/yamaguchi-pathway.json
"""
import json
CO2_PER_COAL = 94.6*25.8/1000
BIO_CO2_PER_GJ = 0.112
C_CO2 = 12.011/44.01
C_CH4 = 12.011/16.043
# Non-CO2 gases of combustion as in shunan.py (IPCC 2006 Table 2.2, docs/sources.md#non-co2-coal [S])
COAL_CH4, COAL_N2O = 1e-6, 1.5e-6
BIO_CH4, BIO_N2O = 30e-6, 4e-6
F_TK = 3.6/0.38                       # GJ fuel per MWh, Tokuyama power [E]
F_TS = 0.85/CO2_PER_COAL*25.8          # GJ fuel per MWh, Tosoh power [E]

def r(x):
    return float(f"{x:.10g}")

def fuel_changes(process, F, shares, with_pks):
    """shares: year -> (coal, nh3, pks) fractions of heat."""
    years = sorted(shares)
    def series(f):
        return [{"year": y, "value": r(f(*shares[y]))} for y in years]
    ch = [
        {"set": f"process:{process}:input:coal", "points": series(lambda c, n, p: F*c/25.8)},
        {"set": f"process:{process}:output:co2", "points": series(lambda c, n, p: F*c/25.8*CO2_PER_COAL - F*c*COAL_CH4*C_CH4/C_CO2)},
        {"set": f"process:{process}:output:coal-ash", "points": series(lambda c, n, p: F*c/25.8*0.12)},
        {"set": f"process:{process}:input:nh3", "points": series(lambda c, n, p: F*n/18.6)},
        {"set": f"process:{process}:output:ch4-combustion", "points": series(lambda c, n, p: F*c*COAL_CH4 + (F*p*BIO_CH4 if with_pks else 0))},
        {"set": f"process:{process}:output:n2o", "points": series(lambda c, n, p: F*c*COAL_N2O + (F*p*BIO_N2O if with_pks else 0))},
    ]
    if with_pks:
        ch += [
            {"set": f"process:{process}:input:pks", "points": series(lambda c, n, p: F*p/15.6)},
            {"set": f"process:{process}:output:bio-co2", "points": series(lambda c, n, p: F*p*BIO_CO2_PER_GJ - F*p*BIO_CH4*C_CH4/C_CO2)},
        ]
    return ch

changes = []
changes += fuel_changes("tokuyama-power.generate", F_TK,
                        {2013: (1, 0, 0), 2022: (1, 0, 0), 2023: (0.75, 0, 0.25), 2025: (0.75, 0, 0.25),
                         2030: (0.55, 0.2, 0.25), 2050: (0, 1, 0)}, True)
changes += fuel_changes("tosoh-power.generate", F_TS,
                        {2013: (1, 0, 0), 2025: (1, 0, 0), 2030: (0.8, 0.2, 0), 2050: (0, 1, 0)}, False)
changes += [
    {"set": "link:kiln-flue-gas:share", "points": [
        {"year": 2013, "value": 0}, {"year": 2027, "value": 0}, {"year": 2030, "value": 0.05},
        {"year": 2050, "value": {"uniform": [0.5, 1.0]}}]},
    {"set": "process:tokuyama-cement.kiln:fixed", "points": [
        {"year": 2013, "value": 4.54e6}, {"year": 2030, "value": {"triangular": [4.0e6, 4.54e6, 4.54e6]}},
        {"year": 2050, "value": {"triangular": [3.0e6, 4.0e6, 4.54e6]}}]},
    {"set": "process:nssc.h2-dri:fixed", "points": [
        {"year": 2013, "value": 0}, {"year": 2027, "value": 0}, {"year": 2030, "value": 50e3},
        {"year": 2050, "value": 300e3}]},
    {"set": "market:electricity:buyFactor", "points": [
        {"year": 2013, "value": 0.423}, {"year": 2024, "value": 0.423},
        {"year": 2030, "value": {"triangular": [0.30, 0.37, 0.423]}},
        {"year": 2050, "value": {"triangular": [0.0, 0.05, 0.2]}}]},
    # Physical limits grow with the measures [E]: the capture unit to all kiln CO2, mineralisation
    # to the national ready-mix ceiling (about 1 Mt/yr, docs/sources.md#ready-mix-ceiling), the
    # city-gas pipeline to a tenfold e-methane volume; there is no geological storage in the park.
    {"set": "process:tokuyama-capture.amine:capacity", "points": [
        {"year": 2030, "value": 250000}, {"year": 2050, "value": 4500000}]},
    {"set": "process:tokuyama-cement.mineralise:capacity", "points": [
        {"year": 2030, "value": 200000}, {"year": 2050, "value": 1000000}]},
    {"set": "process:shunan-methanation.sabatier:capacity", "points": [
        {"year": 2030, "value": 20000}, {"year": 2050, "value": 200000}]},
    # The capture plant's boiler moves from city gas (2030) to ammonia (2050) [E].
    {"set": "process:tokuyama-capture.boiler:input:ch4", "points": [
        {"year": 2030, "value": r(1/(0.9*2.744/0.0561))}, {"year": 2050, "value": 0}]},
    {"set": "process:tokuyama-capture.boiler:output:co2", "points": [
        {"year": 2030, "value": r(1/(0.9*2.744/0.0561)*C_CH4/C_CO2)}, {"year": 2050, "value": 0}]},
    {"set": "process:tokuyama-capture.boiler:input:nh3", "points": [
        {"year": 2030, "value": 0}, {"year": 2050, "value": r(1/(0.9*18.6))}]},
    # Grey ammonia until 2030, green by 2050 (linear in between) [E]: the life-cycle metric sees it.
    {"set": "market:nh3:origin:grey:share", "points": [
        {"year": 2030, "value": 1}, {"year": 2050, "value": 0}]},
    {"set": "market:nh3:origin:green:share", "points": [
        {"year": 2030, "value": 0}, {"year": 2050, "value": 1}]},
]
scenario = {
    "name": "yamaguchi-pathway",
    "description": "Yamaguchi prefecture (the Shunan complex modelled plant by plant, the rest as aggregates) from FY2013 to 2050 against Yamaguchi's -35.1 % by 2030 and net zero by 2050, and Japan's -46 % by 2030 (docs/sources.md#target-yamaguchi, docs/sources.md#target-japan [seed]). Judged on the prefecture boundary: base park yamaguchi-2030 (shunan-2030 plus the rest of the prefecture as three aggregates held at their 2019 levels [E]), with the Shunan measures dialled back before they start: ammonia co-firing from 2025 (20 % by heat in 2030, 100 % in 2050; grey ammonia in 2030, green by 2050), PKS in one Tokuyama unit from FY2023, Idemitsu's biomass plant from 2023, Tosoh's CO2-to-CO plant from 2025, kiln capture from 2028, methanation from 2030, hydrogen-reduced iron from 2028. The 2013 complex is the 2019 configuration (FY2013 data not found: docs/sources.md#yamaguchi-2013, #tokuyama-works-fuel-co2 has Tokuyama Works fuel CO2 only) [E]. Uncertain [E]: clinker output, the grid factor, the 2050 capture share.",
    "park": "yamaguchi-2030",
    "years": {"from": 2013, "to": 2050},
    "changes": changes,
    "commission": [
        {"element": "plant:idemitsu-biomass", "year": 2023},
        {"element": "plant:tosoh-co", "year": 2025},
        {"element": "plant:tokuyama-capture", "year": 2028},
        {"element": "plant:shunan-methanation", "year": 2030},
    ],
    "targets": [
        {"id": "yamaguchi-2030", "type": "reduction", "baseYear": 2013, "year": 2030, "reduction": 0.351,
         "description": "Yamaguchi prefecture: -35.1 % GHG by FY2030 vs FY2013 (docs/sources.md#target-yamaguchi [seed])."},
        {"id": "japan-2030", "type": "reduction", "baseYear": 2013, "year": 2030, "reduction": 0.46,
         "description": "Japan: -46 % GHG by FY2030 vs FY2013 (docs/sources.md#target-japan [seed])."},
        {"id": "net-zero-2050", "type": "netZero", "year": 2050,
         "description": "Yamaguchi and Japan: net zero by 2050 (docs/sources.md#target-yamaguchi, docs/sources.md#target-japan [seed])."},
        {"id": "yamaguchi-2030-lifecycle", "type": "reduction", "baseYear": 2013, "year": 2030, "reduction": 0.351, "metric": "lifecycle",
         "description": "Not an official target: the same -35.1 % counted over the life cycle (scope 1 + 2 + upstream), to show what the boundary hides [E]."},
    ],
}
print(json.dumps(scenario, indent=2))
