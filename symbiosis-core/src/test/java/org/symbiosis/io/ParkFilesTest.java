package org.symbiosis.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.symbiosis.model.Carrier;
import org.symbiosis.model.CarrierId;
import org.symbiosis.model.CarrierKind;
import org.symbiosis.model.DisposalKind;
import org.symbiosis.model.Link;
import org.symbiosis.model.LinkId;
import org.symbiosis.model.LinkStatus;
import org.symbiosis.model.Location;
import org.symbiosis.model.Market;
import org.symbiosis.model.Park;
import org.symbiosis.model.Plant;
import org.symbiosis.model.PlantId;
import org.symbiosis.model.Process;
import org.symbiosis.model.Reported;
import org.symbiosis.model.Target;

class ParkFilesTest {

    static String chainJson() {
        try (InputStream in = ParkFilesTest.class.getResourceAsStream("/parks/chain.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** 1-based line of the first line containing {@code text}. */
    private static int lineOf(String json, String text) {
        List<String> lines = json.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in the fixture");
    }

    private static String failure(String json) {
        ParkFileException e = assertThrows(ParkFileException.class,
                () -> ParkFiles.parse(json, "park.json"));
        return e.getMessage();
    }

    private static String replaceOnce(String json, String from, String to) {
        assertTrue(json.contains(from), "fixture lacks " + from);
        return json.replaceFirst(java.util.regex.Pattern.quote(from),
                java.util.regex.Matcher.quoteReplacement(to));
    }

    @Test
    void readsTheChainFixture() {
        Park park = ParkFiles.parse(chainJson(), "chain.json").park();
        assertEquals(6, park.carriers().size());
        assertEquals(3, park.plants().size());
        assertEquals(2, park.links().size());
        assertEquals(6, park.markets().size());
        Process capture = park.plant(PlantId.of("capture")).processes().get(0);
        assertEquals(0.25, capture.input(CarrierId.of("electricity")));
        assertEquals(Double.POSITIVE_INFINITY, capture.capacity());
        assertEquals(2.5, park.link(LinkId.of("co2-pipe")).distanceKm());
        assertEquals(CarrierKind.ELECTRICITY, park.carrier(CarrierId.of("electricity")).kind());
        assertEquals(List.of(), park.warnings());
    }

    @Test
    void writingThenReadingGivesAnEqualPark(@TempDir Path dir) {
        Park chain = ParkFiles.parse(chainJson(), "chain.json").park();
        Park everyField = chain.toBuilder()
                .name("every field")
                .description("uses every optional field")
                .carrier(new Carrier(CarrierId.of("pellets"), "Wood pellets", "t",
                        CarrierKind.MATERIAL, 0.47, 0, true, "docs/sources.md#wood"))
                .carrier(Carrier.of("steam", "GJ").withKind(CarrierKind.HEAT))
                .plant(new Plant(PlantId.of("boiler"), "Biomass boiler", "utility",
                        Optional.of(new Location(34.04, 131.81)), List.of(Process.builder("boil")
                                .reference("steam").input("pellets", 0.066).output("steam", 1)
                                .output("co2", 0.1137).capacity(5e5).meets("steam")
                                .costs(2.5, 1e6).note("estimate").build()), "a note",
                        "shunan"))
                .link(Link.pull("steam-pipe", "boiler", "cement", "steam", 0.75)
                        .withCapacity(1e5).withLoss(0.05).withCost(1.2, 0.8)
                        .withStatus(LinkStatus.CANDIDATE).withSymbiosis(false))
                .market(Market.buy("pellets", 180, 0.05).withSell(150, 0)
                        .withDisposal(DisposalKind.LANDFILL, 30))
                .target(new Target("half", "halve it", 1000, 0.5, Target.Metric.RESIDUAL))
                .target(new Target("net-zero", "", 1000, 1, Target.Metric.NET))
                .target(new Target("life", "", 2000, 0.3, Target.Metric.LIFECYCLE))
                .carrier(Carrier.of("e-methane", "t").withKind(CarrierKind.FUEL)
                        .withCarbon(0.7487).withGwp(29.8).withRecycledCarbon(true))
                .carrier(Carrier.of("lng", "GJ").withKind(CarrierKind.FUEL).withTonnesPerUnit(
                        0.0208))
                .market(Market.sell("e-methane", 0, 2.744))
                .market(new Market(CarrierId.of("lng"), Optional.of(new Market.Purchase(10, 0.01,
                        Double.NaN, List.of(Market.Origin.of("qatar", 0.016, 0.4).withPrice(11)
                                .withTransport(new Market.Transport("lng-tanker", 12000,
                                        9.42e-6)), Market.Origin.of("australia", 0.015, 0.6)))),
                        Optional.empty(), Optional.empty(), "two origins"))
                .replaceMarket(new Market(CarrierId.of("electricity"), Optional.of(
                        new Market.Purchase(150, 0.423, 0.05, List.of())), Optional.empty(),
                        Optional.empty(), ""))
                .measure(new org.symbiosis.model.Measure("capture", "the capture unit",
                        java.util.Map.of("link:flue-gas:share", 0.0)))
                .accounting(new org.symbiosis.model.Accounting(0.25))
                .reported(new Reported("plant-co2", List.of(PlantId.of("power"),
                        PlantId.of("capture")), Reported.Quantity.SCOPE1, null, 9e5, "t CO2/yr",
                        2019, "docs/sources.md#tokuyama-co2", 0.03, "a note"))
                .accept(new org.symbiosis.model.Acceptance("unbounded-sink", "boil",
                        "not a sink, a round trip"))
                .reported(new Reported("steam-made", List.of(PlantId.of("boiler")),
                        Reported.Quantity.OUTPUT, CarrierId.of("steam"), 4e5, "", 2020,
                        "company report", Double.NaN, ""))
                .build();
        for (Park park : List.of(chain, everyField)) {
            Path file = dir.resolve(park.name().replace(' ', '-') + ".json");
            ParkFiles.write(park, file);
            assertEquals(park, ParkFiles.read(file).park());
        }
        assertEquals("shunan", ParkFiles.read(dir.resolve("every-field.json")).park()
                .plant(PlantId.of("boiler")).site());
    }

    @Test
    void readsAPlantsSiteAndDefaultsToNone() {
        String json = replaceOnce(chainJson(), "\"sector\": \"power\",",
                "\"sector\": \"power\", \"site\": \"north\",");
        Park park = ParkFiles.parse(json, "chain.json").park();
        assertEquals("north", park.plant(PlantId.of("power")).site());
        assertEquals("", park.plant(PlantId.of("cement")).site());
        assertEquals("", ParkFiles.parse(chainJson(), "chain.json").park()
                .plant(PlantId.of("power")).site());
    }

    @Test
    void rejectsBadLifeCycleFieldsNamingTheElementAndTheFix() {
        String json = chainJson();
        String origins = replaceOnce(json, "{\"carrier\": \"coal\", \"buy\": {\"price\": 100,"
                + " \"factor\": 0.1}}", "{\"carrier\": \"coal\", \"buy\": {\"origins\": ["
                + "{\"id\": \"a\", \"factor\": 0.1, \"share\": 0.5}, {\"id\": \"b\","
                + " \"factor\": 0.2, \"share\": 0.4}]}}");
        assertTrue(failure(origins).contains("The market for 'coal': the shares of its origins"
                + " add up to 0.9; they must add up to 1."), failure(origins));
        String ccu = replaceOnce(json, "\"name\": \"chain\",", "\"name\": \"chain\","
                + " \"accounting\": {\"ccu\": \"both\"},");
        assertTrue(failure(ccu).contains("The CCU attribution \"both\" of the park's accounting"
                + " is not \"emitter\", \"user\" or a share"), failure(ccu));
        String transport = replaceOnce(json, "{\"carrier\": \"electricity\", \"buy\":"
                + " {\"price\": 150, \"factor\": 0.423},", "{\"carrier\": \"electricity\","
                + " \"buy\": {\"origins\": [{\"id\": \"grid\", \"factor\": 0.4}]},");
        assertTrue(failure(transport).contains("has origins, but purchases of electricity and"
                + " heat are scope 2"), failure(transport));
        String measure = replaceOnce(json, "\"name\": \"chain\",", "\"name\": \"chain\","
                + " \"measures\": [{\"id\": \"m\", \"without\": {\"link:flue:share\": 0}}],");
        assertTrue(failure(measure).contains("The measure 'm' sets 'link:flue:share', but the park"
                + " has no link 'flue'."), failure(measure));
    }

    @Test
    void rejectsBadReportedFiguresNamingTheElementAndTheFix() {
        String json = chainJson();
        String good = "\"reported\": [{\"id\": \"r\", \"plants\": [\"power\"],"
                + " \"quantity\": \"scope1\", \"value\": 9e5, \"year\": 2019,"
                + " \"source\": \"docs/sources.md#tokuyama-co2\"}],";
        Park park = ParkFiles.parse(replaceOnce(json, "\"name\": \"chain\",",
                "\"name\": \"chain\", " + good), "park.json").park();
        assertEquals(Reported.Quantity.SCOPE1, park.reported().get(0).quantity());
        assertTrue(Double.isNaN(park.reported().get(0).tolerance()));
        String plant = replaceOnce(json, "\"name\": \"chain\",", "\"name\": \"chain\", "
                + good.replace("[\"power\"]", "[\"powr\"]"));
        assertTrue(failure(plant).contains("The reported figure 'r' names plant 'powr', which is"
                + " not in the park. Maybe 'power'?"), failure(plant));
        String quantity = replaceOnce(json, "\"name\": \"chain\",", "\"name\": \"chain\", "
                + good.replace("scope1", "co2"));
        assertTrue(failure(quantity).contains("The quantity \"co2\" of reported figure 'r' is"
                + " not one of [scope1, scope2, residual, upstream, lifecycle, output]."),
                failure(quantity));
        String unit = replaceOnce(json, "\"name\": \"chain\",", "\"name\": \"chain\", "
                + good.replace("\"year\"", "\"unit\": \"Mt CO2/yr\", \"year\""));
        assertTrue(failure(unit).contains("The unit \"Mt CO2/yr\" of the reported figure 'r' is"
                + " not \"t CO2e/yr\" or \"t CO2/yr\": write the value in t per year (6.6 Mt as"
                + " 6.6e6)."), failure(unit));
        String output = replaceOnce(json, "\"name\": \"chain\",", "\"name\": \"chain\", "
                + good.replace("scope1", "output"));
        assertTrue(failure(output).contains("The reported figure 'r' reports an output: say of"
                + " which carrier"), failure(output));
        String tolerance = replaceOnce(json, "\"name\": \"chain\",", "\"name\": \"chain\", "
                + good.replace("\"year\"", "\"tolerance\": 3, \"year\""));
        assertTrue(failure(tolerance).contains("The tolerance (3.0) of the reported figure 'r'"
                + " must be a fraction in (0, 1] (0.03 for 3 %)"), failure(tolerance));
        String year = replaceOnce(json, "\"name\": \"chain\",", "\"name\": \"chain\", "
                + good.replace(", \"year\": 2019", ""));
        assertTrue(failure(year).contains("The field 'year' of reported figure 'r' is missing"),
                failure(year));
    }

    /**
     * chain: power -> capture -> cement.mineralise, whose co2-mineral goes to storage. Without
     * its capacity the mineralisation is an unbounded sink; an acceptance with a reason
     * explains the warning, and an acceptance that explains nothing is itself a warning.
     */
    @Test
    void warnsAboutASinkWithoutACapacityUnlessTheParkAcceptsIt() {
        String unbounded = replaceOnce(chainJson(), "\"capacity\": 1e7,", "");
        ParkFile file = ParkFiles.parse(unbounded, "park.json");
        assertEquals(1, file.warnings().size(), file.warnings().toString());
        assertTrue(file.warnings().get(0).startsWith("park.json:" + (lineOf(unbounded,
                "\"id\": \"cement\",") - 1) + ":5: warning: Process 'cement.mineralise' of plant"
                + " 'cement' is a sink without a capacity: its output 'co2-mineral' is put in"
                + " permanent storage"), file.warnings().get(0));
        assertTrue(file.warnings().get(0).endsWith("[unbounded-sink]"));
        String accepted = replaceOnce(unbounded, "\"name\": \"chain\",", "\"name\":"
                + " \"chain\", \"accepts\": [{\"warning\": \"unbounded-sink\", \"element\":"
                + " \"cement.mineralise\", \"note\": \"illustrative\"}],");
        ParkFile explained = ParkFiles.parse(accepted, "park.json");
        assertEquals(List.of(), explained.warnings());
        assertEquals(1, explained.acceptedWarnings().size());
        assertTrue(explained.acceptedWarnings().get(0).contains("accepted warning: Process"
                + " 'cement.mineralise'"), explained.acceptedWarnings().get(0));
        assertTrue(explained.acceptedWarnings().get(0).endsWith("Accepted: illustrative"));
        String bounded = replaceOnce(chainJson(), "\"name\": \"chain\",", "\"name\":"
                + " \"chain\", \"accepts\": [{\"warning\": \"unbounded-sink\","
                + " \"element\": \"cement.mineralise\", \"note\": \"illustrative\"}],");
        List<String> unused = ParkFiles.parse(bounded, "park.json").warnings();
        assertEquals(1, unused.size(), unused.toString());
        assertTrue(unused.get(0).contains("The park accepts warning 'unbounded-sink' of"
                + " 'cement.mineralise', but 'cement.mineralise' raises no such warning"),
                unused.get(0));
        String noNote = replaceOnce(accepted, ", \"note\": \"illustrative\"", "");
        assertTrue(failure(noNote).contains("The note (why the warning is acceptable) of accepted"
                + " warning 'unbounded-sink' of 'cement.mineralise' must not be empty."),
                failure(noNote));
    }

    @Test
    void rejectsATruncatedFileWithItsPosition() {
        String json = chainJson();
        String truncated = json.substring(0, json.indexOf("\"links\""));
        String message = failure(truncated);
        assertTrue(message.startsWith("park.json:" + truncated.lines().count() + ":3: "),
                message);
        assertTrue(message.contains("truncated"), message);
        assertEquals(1, message.lines().count(), message);
    }

    @Test
    void rejectsInvalidJsonSyntaxWithItsPosition() {
        String json = replaceOnce(chainJson(), "\"push\": 1, \"distance\"",
                "\"push\": 1,, \"distance\"");
        String message = failure(json);
        assertTrue(message.startsWith("park.json:" + lineOf(json, "co2-pipe") + ":"), message);
        assertTrue(message.contains("not valid JSON"), message);
    }

    @Test
    void rejectsANegativeCapacityNamingTheLinkAndTheValue() {
        String json = replaceOnce(chainJson(), "\"push\": 1, \"distance\": 2.5",
                "\"push\": 1, \"distance\": 2.5, \"capacity\": -5");
        String message = failure(json);
        assertEquals("park.json:" + lineOf(json, "co2-pipe") + ":5: The capacity (-5.0) of"
                + " link 'co2-pipe' must not be negative.", message);
    }

    @Test
    void rejectsANegativeProcessCapacity() {
        String json = replaceOnce(chainJson(), "\"capacity\": 2000", "\"capacity\": -2000");
        assertTrue(failure(json).endsWith(
                "The capacity (-2000.0) of process 'power.coal' must not be negative."));
    }

    @Test
    void rejectsALinkToAnUnknownPlantWithASuggestion() {
        String json = replaceOnce(chainJson(), "\"to\": \"cement\"", "\"to\": \"cemnt\"");
        String message = failure(json);
        assertEquals("park.json:" + lineOf(json, "co2-pipe") + ":5: The target plant ('to')"
                + " 'cemnt' of link 'co2-pipe' is not a known plant: declare it under 'plants'"
                + " or use 'cement'.", message);
    }

    @Test
    void rejectsAPushShareOverOne() {
        String json = replaceOnce(chainJson(), "\"push\": 1, \"distance\"",
                "\"push\": 1.5, \"distance\"");
        String message = failure(json);
        assertTrue(message.contains("The push share (1.5) of link 'co2-pipe' must be between 0"
                + " and 1"), message);
    }

    @Test
    void rejectsPushSharesThatAddUpToMoreThanOne() {
        String json = replaceOnce(chainJson(),
                "{\"id\": \"flue-gas\", \"from\": \"power\", \"to\": \"capture\", \"carrier\":"
                        + " \"flue-co2\", \"push\": 1},",
                "{\"id\": \"flue-gas\", \"from\": \"power\", \"to\": \"capture\", \"carrier\":"
                        + " \"flue-co2\", \"push\": 0.6},\n    {\"id\": \"flue-gas-2\", \"from\":"
                        + " \"power\", \"to\": \"cement\", \"carrier\": \"flue-co2\","
                        + " \"push\": 0.6},");
        String message = failure(json);
        assertTrue(message.contains("The push shares of 'flue-co2' out of plant 'power' add up to 1.2"
                + " over links [flue-gas, flue-gas-2]"), message);
        assertTrue(message.startsWith("park.json:" + (lineOf(json, "\"id\": \"power\"") - 1)),
                message);
    }

    @Test
    void rejectsPullCoversThatAddUpToMoreThanOne() {
        String json = replaceOnce(chainJson(), "\"links\": [",
                "\"links\": [\n    {\"id\": \"e1\", \"from\": \"power\", \"to\": \"capture\","
                        + " \"carrier\": \"electricity\", \"pull\": 0.7},\n    {\"id\": \"e2\","
                        + " \"from\": \"cement\", \"to\": \"capture\", \"carrier\":"
                        + " \"electricity\", \"pull\": 0.5},");
        assertTrue(failure(json).contains("The pull covers of 'electricity' into plant 'capture'"
                + " add up to 1.2 over links [e1, e2]"));
    }

    @Test
    void rejectsAnUnknownCarrierWithASuggestion() {
        String json = replaceOnce(chainJson(), "\"inputs\": {\"coal\": 0.4}",
                "\"inputs\": {\"cole\": 0.4}");
        String message = failure(json);
        assertTrue(message.endsWith("The input 'cole' of process 'power.coal' is not a known"
                + " carrier: declare it under 'carriers' or use 'coal'."), message);
        assertTrue(message.startsWith("park.json:" + (lineOf(json, "\"id\": \"power\"") - 1)),
                message);
    }

    @Test
    void rejectsAnUnknownFieldWithASuggestion() {
        String json = replaceOnce(chainJson(), "\"distance\": 2.5", "\"distanse\": 2.5");
        String message = failure(json);
        assertTrue(message.startsWith("park.json:" + lineOf(json, "co2-pipe") + ":"), message);
        assertTrue(message.contains("links[1]: unknown field 'distanse' (did you mean"
                + " 'distance'?)"), message);
    }

    @Test
    void rejectsTextWhereANumberBelongs() {
        String json = replaceOnce(chainJson(), "\"capacity\": 2000", "\"capacity\": \"2000\"");
        String message = failure(json);
        assertTrue(message.contains("plants[0].processes[0].capacity"), message);
        assertTrue(message.contains("a number"), message);
    }

    @Test
    void rejectsNaN() {
        String json = replaceOnce(chainJson(), "\"capacity\": 2000", "\"capacity\": NaN");
        String message = failure(json);
        assertTrue(message.startsWith("park.json:" + lineOf(json, "NaN") + ":"), message);
    }

    @Test
    void rejectsDuplicateIds() {
        String json = replaceOnce(chainJson(), "\"id\": \"co2-pipe\"", "\"id\": \"flue-gas\"");
        assertTrue(failure(json).contains("The link id 'flue-gas' is used twice"));
    }

    @Test
    void reportsEveryElementErrorAtOnce() {
        String json = replaceOnce(replaceOnce(chainJson(), "\"capacity\": 2000",
                "\"capacity\": -1"), "\"distance\": 2.5", "\"loss\": 1.5");
        ParkFileException e = assertThrows(ParkFileException.class,
                () -> ParkFiles.parse(json, "park.json"));
        assertEquals(2, e.problems().size(), e.getMessage());
    }

    @Test
    void rejectsAMissingRule() {
        String json = replaceOnce(chainJson(), ",\n          \"rule\": {\"fixed\": 1000}", "");
        assertTrue(failure(json).contains("The process 'power.coal' of plant 'power' has no"
                + " 'rule'."));
    }

    @Test
    void rejectsAFileThatIsNotAnObject() {
        assertEquals("park.json:1:1: the file must hold one JSON object, {...}, with the fields"
                + " [name, description, carriers, plants, links, markets, targets, reported,"
                + " measures, candidates, finance, accounting, accepts].",
                failure("[1, 2]"));
        assertEquals("park.json: the file is empty.", failure(""));
    }

    @Test
    void reportsAMissingFileByName(@TempDir Path dir) {
        ParkFileException e = assertThrows(ParkFileException.class,
                () -> ParkFiles.read(dir.resolve("nope.json")));
        assertTrue(e.getMessage().contains("nope.json: no such file"), e.getMessage());
    }

    @Test
    void warnsAboutARecipeThatDoesNotBalanceCarbon() {
        String json = replaceOnce(chainJson(), "\"outputs\": {\"electricity\": 1, \"flue-co2\": 1}",
                "\"outputs\": {\"electricity\": 1, \"flue-co2\": 0.9}");
        ParkFile file = ParkFiles.parse(json, "park.json");
        assertEquals(List.of("park.json:" + (lineOf(json, "\"id\": \"power\"") - 1) + ":5: warning:"
                + " The recipe of process 'power.coal' does not balance carbon: 0.2729 t C in"
                + " and 0.24561 t C out per unit of activity (0.02729 t C vanishes). Add the"
                + " missing output (for example CO2) or correct the carbon contents."
                + " [carbon-balance]"), file.warnings());
    }

    @Test
    void warnsAboutAnOutputWithNoRouteAndAnInputWithNoSupplier() {
        String json = replaceOnce(chainJson(), "{\"carrier\": \"co2-mineral\", \"disposal\":"
                + " {\"to\": \"storage\"}}", "{\"carrier\": \"co2-mineral\", \"buy\": {}}");
        json = replaceOnce(json, "{\"carrier\": \"coal\", \"buy\": {\"price\": 100, \"factor\":"
                + " 0.1}}", "{\"carrier\": \"coal\", \"sell\": {\"price\": 100}}");
        List<String> warnings = ParkFiles.parse(json, "park.json").warnings();
        assertEquals(2, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("The input 'coal' of plant 'power' has no"
                + " supplier"), warnings.toString());
        assertTrue(warnings.get(1).contains("The output 'co2-mineral' of plant 'cement' has no"
                + " route"), warnings.toString());
    }

    /** Issue 12, class 4: 1e309 reads as Infinity; it must not silently mean "unlimited". */
    @Test
    void rejectsANumberBeyondTheRangeOfADouble() {
        String json = replaceOnce(chainJson(), "\"capacity\": 2000", "\"capacity\": 1e309");
        String message = failure(json);
        assertTrue(message.startsWith("park.json:" + lineOf(json, "1e309") + ":"), message);
        assertTrue(message.contains("plants[0].processes[0].capacity: the number 1e309 is beyond"
                + " the range this tool computes in"), message);
        assertTrue(failure(replaceOnce(chainJson(), "\"inputs\": {\"coal\": 0.4}",
                "\"inputs\": {\"coal\": -1e400}")).contains(
                        "plants[0].processes[0].inputs.coal: the number -1e400 is beyond the"
                                + " range"));
    }

    /** Issue 12, class 8: parser limits and internals become positions and fixes. */
    @Test
    void translatesParserLimitsIntoPositionsAndFixes() {
        String digits = failure(replaceOnce(chainJson(), "\"capacity\": 2000",
                "\"capacity\": 2" + "0".repeat(10_000)));
        assertTrue(digits.startsWith("park.json:") && digits.contains("a number longer than 100"
                + " characters: write it with at most 17 significant digits"), digits);
        String text = failure(replaceOnce(chainJson(), "\"Coal power plant\"",
                "\"" + "x".repeat(1_000_001) + "\""));
        assertTrue(text.contains("a text longer than 1,000,000 characters"), text);
        String extra = failure(chainJson() + "}");
        assertTrue(extra.endsWith("'}' closes nothing that is open here: remove it, or check the"
                + " brackets before it."), extra);
        for (String message : List.of(digits, text, extra)) {
            assertTrue(!message.contains("Source") && !message.contains("StreamReadConstraints")
                    && !message.contains("`"), message);
        }
    }

    @Test
    void acceptsAUtf8ByteOrderMarkAndRejectsLatin1AndUtf16WithAPosition(@TempDir Path dir)
            throws IOException {
        Path bom = dir.resolve("bom.json");
        Files.write(bom, ("\uFEFF" + chainJson()).getBytes(StandardCharsets.UTF_8));
        assertEquals("chain", ParkFiles.read(bom).park().name());
        String json = replaceOnce(chainJson(), "\"Coal power plant\"", "\"Centrale \u00e0"
                + " charbon\"");
        Path latin1 = dir.resolve("latin1.json");
        Files.write(latin1, json.getBytes(StandardCharsets.ISO_8859_1));
        String message = assertThrows(ParkFileException.class, () -> ParkFiles.read(latin1))
                .getMessage();
        int line = lineOf(json, "Centrale");
        int column = json.lines().skip(line - 1).findFirst().orElseThrow().indexOf('\u00e0') + 1;
        assertEquals(latin1 + ":" + line + ":" + column + ": the file is not UTF-8 text: a"
                + " multi-byte character is cut short (byte 0x20). It was probably saved as"
                + " Latin-1 or Windows-1252; park and scenario files are UTF-8. Save it as UTF-8"
                + " (for example: iconv -f LATIN1 -t UTF-8 in.json > out.json).", message);
        Path utf16 = dir.resolve("utf16.json");
        Files.write(utf16, chainJson().getBytes(StandardCharsets.UTF_16));
        assertTrue(assertThrows(ParkFileException.class, () -> ParkFiles.read(utf16))
                .getMessage().contains("UTF-16 byte-order mark (BOM)"));
    }

    @Test
    void reportsADirectoryGivenAsAParkFile(@TempDir Path dir) {
        assertEquals(dir + ": is a directory, not a file. Give the path of a JSON file.",
                assertThrows(ParkFileException.class, () -> ParkFiles.read(dir)).getMessage());
    }
}
