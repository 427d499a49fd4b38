package org.symbiosis.io;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.symbiosis.flow.FlowState;
import org.symbiosis.flow.UnsolvableParkException;
import org.symbiosis.ledger.Ledger;
import org.symbiosis.model.Park;
import org.symbiosis.pathway.PathwayResult;
import org.symbiosis.pathway.PathwayRunner;
import org.symbiosis.pathway.Scenario;
import org.symbiosis.simulate.SimulationResult;
import org.symbiosis.simulate.Simulator;

/**
 * Issue 12: a bounded, seeded mutation fuzz of both readers. Each case is the chain park or a
 * scenario over it with one to three mutations (numbers replaced by extremes, texts by other
 * types, characters inserted, ranges deleted or repeated, bytes flipped, the file cut short),
 * read and, when it reads, simulated (every tenth park also optimised) or run as a pathway. A case
 * fails on any exception that is not the project's own ({@link ParkFileException}, an
 * {@link UnsolvableParkException}, or an {@link IllegalArgumentException} thrown by our own
 * checks) and on any non-finite number in a result. Case {@code i} depends only on the seed and
 * {@code i}, and its input is in the failure message. At most {@value #CASES} cases or
 * {@value #SECONDS} s per reader, whichever comes first.
 */
class ReaderFuzzTest {

    private static final long SEED = 20261130L;
    private static final int CASES = 3000;
    private static final int SECONDS = 8;

    private static final String[] NUMBERS = {"0", "-0", "-1", "0.5", "1", "2", "1e308", "-1e308",
        "1e309", "-1e309", "1.7976931348623157e308", "4.9e-324", "1e-400", "4294969326",
        "2147483648", "-2147483649", "9999", "10000", "1" + "0".repeat(120), "NaN", "Infinity",
        "\"12\"", "true", "null", "[]", "{}"};
    private static final String[] TEXTS = {"\"\"", "\"x\"", "\"power\"", "\"cement\"",
        "\"co2\"", "\"bad id\"", "\"plant:power\"", "\"link:flue-gas\"", "7", "true", "null",
        "[\"a\"]", "{\"a\": 1}", "\"" + "y".repeat(300) + "\"", "\"caf\u00e9\"",
        "\"process:power.coal:capacity\"", "\"market:coal:buyPrice\"", "\"net\"", "\"cap\""};
    private static final String[] CHARACTERS = {"{", "}", "[", "]", ",", ":", "\"", "\\", " ",
        "\n", "\t", "\u00e9", "\u0000", "\uFEFF", "1", "-", "e", ".", "nul", "tru"};
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");
    private static final Pattern TEXT = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");

    private static final String SCENARIO = """
            {"name": "s", "park": "chain.json", "years": {"from": 2020, "to": 2030},
             "optimize": false,
             "changes": [{"set": "process:power.coal:fixed", "interpolation": "linear",
               "points": [{"year": 2020, "value": 1000},
                          {"year": 2030, "value": {"triangular": [500, 800, 900]}}]},
              {"set": "market:electricity:buyFactor",
               "points": [{"year": 2025, "value": {"normal": [0.4, 0.05]}}]},
              {"set": "link:co2-pipe:share", "interpolation": "step",
               "points": [{"year": 2022, "value": {"uniform": [0.5, 1]}}]}],
             "commission": [{"element": "link:co2-pipe", "year": 2021}],
             "retire": [{"element": "plant:cement", "year": 2029}],
             "targets": [{"id": "t", "type": "reduction", "baseYear": 2020, "year": 2030,
                          "reduction": 0.351, "metric": "residual"},
                         {"id": "c", "type": "cap", "year": 2028, "value": 500},
                         {"id": "nz", "type": "netZero", "year": 2030}]}
            """;

    @Test
    void parkReaderFailsOnlyWithItsOwnMessagesAndFiniteResults() {
        String chain = ParkFilesTest.chainJson();
        int ran = fuzz(chain, (input) -> {
            Park park = readPark(input);
            if (park == null) {
                return;
            }
            SimulationResult r = new Simulator().run(park);
            checkFinite(r.withSymbiosis().state(), r.withSymbiosis().ledger());
            checkFinite(r.baseline().state(), r.baseline().ledger());
        });
        assertTrue(ran > 100, "only " + ran + " cases ran");
    }

    @Test
    void scenarioReaderFailsOnlyWithItsOwnMessagesAndFiniteResults() {
        Park chain = ParkFiles.parse(ParkFilesTest.chainJson(), "chain.json").park();
        int ran = fuzz(SCENARIO, (input) -> {
            Scenario s = readScenario(input, chain);
            if (s == null || s.years() > 100) {
                return;
            }
            PathwayResult r = new PathwayRunner().run(s, 3, input.length);
            for (PathwayResult.YearEmissions y : r.years()) {
                finite(y.scope1(), "scope 1 in " + y.year());
                finite(y.scope2(), "scope 2 in " + y.year());
                finite(y.residual(), "residual in " + y.year());
                finite(y.net(), "net in " + y.year());
            }
            for (double[] sample : r.residualBySample()) {
                for (double v : sample) {
                    finite(v, "a sample's residual");
                }
            }
            for (PathwayResult.Band b : r.residualBands()) {
                finite(b.p5(), "P5 of " + b.year());
                finite(b.p50(), "P50 of " + b.year());
                finite(b.p95(), "P95 of " + b.year());
            }
            for (PathwayResult.TargetVerdict v : r.verdicts()) {
                finite(v.value(), "value of " + v.target().id());
                finite(v.goal(), "goal of " + v.target().id());
                finite(v.gap(), "gap of " + v.target().id());
            }
        });
        assertTrue(ran > 100, "only " + ran + " cases ran");
    }

    /** Runs mutated cases of {@code seed} through {@code check}; returns how many ran. */
    static int fuzz(String seed, Consumer<byte[]> check) {
        long deadline = System.nanoTime() + SECONDS * 1_000_000_000L;
        int i = 0;
        for (; i < CASES && System.nanoTime() < deadline; i++) {
            SplittableRandom random = new SplittableRandom(SEED + i);
            byte[] input = mutate(seed, random);
            try {
                check.accept(input);
            } catch (ParkFileException | UnsolvableParkException e) {
                assertOneMessage(e, i, input);
            } catch (IllegalArgumentException e) {
                if (!ours(e)) {
                    fail(describe(i, input) + " threw a foreign " + e, e);
                }
                assertOneMessage(e, i, input);
            } catch (AssertionError e) {
                throw new AssertionError(describe(i, input) + ": " + e.getMessage(), e);
            } catch (RuntimeException | StackOverflowError e) {
                fail(describe(i, input) + " threw " + e, e);
            }
        }
        return i;
    }

    static Park readPark(byte[] input) {
        return ParkFiles.read(new ByteArrayInputStream(input), "fuzz.json").park();
    }

    private static Scenario readScenario(byte[] input, Park chain) {
        return ScenarioFiles.read(new ByteArrayInputStream(input), "fuzz.json", name -> chain);
    }

    /** An IllegalArgumentException from our own checks (ours, or Guava's on our behalf). */
    private static boolean ours(IllegalArgumentException e) {
        StackTraceElement[] trace = e.getStackTrace();
        for (int k = 0; k < Math.min(2, trace.length); k++) {
            if (trace[k].getClassName().startsWith("org.symbiosis.")) {
                return true;
            }
        }
        return false;
    }

    private static void assertOneMessage(RuntimeException e, int i, byte[] input) {
        String message = e.getMessage();
        if (message == null || message.isBlank() || message.contains("[Source")
                || message.contains("StreamReadConstraints") || message.contains("`java.")
                || message.contains("com.fasterxml")
                || message.contains("Input length")) {
            fail(describe(i, input) + " gave an unhelpful message: " + message, e);
        }
    }

    private static byte[] mutate(String seed, SplittableRandom random) {
        String text = seed;
        int mutations = 1 + random.nextInt(3);
        for (int m = 0; m < mutations; m++) {
            text = switch (random.nextInt(7)) {
                case 0 -> replace(text, NUMBER, NUMBERS, random);
                case 1 -> replace(text, TEXT, TEXTS, random);
                case 2 -> insert(text, CHARACTERS[random.nextInt(CHARACTERS.length)], random);
                case 3 -> delete(text, random);
                case 4 -> repeat(text, random);
                case 5 -> text.substring(0, random.nextInt(text.length() + 1));
                default -> replace(text, NUMBER, NUMBERS, random);
            };
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > 0 && random.nextInt(10) == 0) {
            bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        }
        return bytes;
    }

    private static String replace(String text, Pattern pattern, String[] choices,
            SplittableRandom random) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        if (spans.isEmpty()) {
            return text;
        }
        int[] span = spans.get(random.nextInt(spans.size()));
        return text.substring(0, span[0]) + choices[random.nextInt(choices.length)]
                + text.substring(span[1]);
    }

    private static String insert(String text, String what, SplittableRandom random) {
        int at = random.nextInt(text.length() + 1);
        return text.substring(0, at) + what + text.substring(at);
    }

    private static String delete(String text, SplittableRandom random) {
        int from = random.nextInt(text.length() + 1);
        int to = Math.min(text.length(), from + 1 + random.nextInt(20));
        return text.substring(0, from) + text.substring(to);
    }

    private static String repeat(String text, SplittableRandom random) {
        int from = random.nextInt(text.length() + 1);
        int to = Math.min(text.length(), from + 1 + random.nextInt(40));
        return text.substring(0, to) + text.substring(from);
    }

    static void checkFinite(FlowState state, Ledger ledger) {
        for (int r = 0; r < state.index().processCount(); r++) {
            finite(state.activity(r), "activity " + r);
        }
        for (int l = 0; l < state.index().linkCount(); l++) {
            finite(state.flow(l), "flow " + l);
        }
        for (int k = 0; k < state.index().pairCount(); k++) {
            finite(state.bought(k), "purchase " + k);
            finite(state.sold(k), "sale " + k);
            finite(state.released(k), "release " + k);
        }
        Ledger.Totals t = ledger.totals();
        for (double v : new double[] {t.scope1(), t.scope2(), t.upstream(), t.residual(),
            t.removals(), t.net(), t.biogenicMemo(), t.stored(), t.soldFuels(),
            t.soldProducts(), t.lifecycle(), t.scope2Market(), t.ccuInScope1(), t.avoided(),
            t.cost(), t.circularity(), t.carbonIn(), t.carbonOut(), t.recipeImbalance(),
            t.carbonClosureError()}) {
            finite(v, "a ledger total");
        }
        for (Ledger.PlantLedger p : ledger.plants().values()) {
            for (double v : new double[] {p.scope1(), p.scope2(), p.upstream(), p.removals(),
                p.biogenicMemo(), p.stored(), p.soldFuels(), p.soldProducts(), p.lifecycle(),
                p.avoided(), p.cost()}) {
                finite(v, "a figure of " + p);
            }
        }
    }

    static void finite(double value, String what) {
        if (!Double.isFinite(value)) {
            throw new AssertionError(what + " is " + value);
        }
    }

    private static String describe(int i, byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        return "case " + i + " (seed " + (SEED + i) + ") of input\n"
                + (text.length() > 3000 ? text.substring(0, 3000) + "..." : text) + "\n";
    }
}
