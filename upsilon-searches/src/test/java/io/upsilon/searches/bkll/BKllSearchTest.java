package io.upsilon.searches.bkll;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.upsilon.searches.QuickRuns;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quick version of the measurement end to end, on two threads and one. */
class BKllSearchTest {
    @TempDir
    static Path tmp;

    static Path one;
    static Path two;

    @BeforeAll
    static void runQuick() {
        one = tmp.resolve("one");
        two = tmp.resolve("two");
        QuickRuns.run("b-kll", one, 2);
        QuickRuns.run("b-kll", two, 1);
    }

    private static JsonNode result(Path dir) throws Exception {
        return new ObjectMapper().readTree(dir.resolve("summary.json").toFile()).get("result");
    }

    @Test
    void efficienciesAreInASaneRange() throws Exception {
        JsonNode modes = result(one).get("modes");
        // Measured (seed 1, quick): 0.41 (K ee), 0.44 (K mumu), 0.27 (K* ee), 0.34 (K* mumu): two
        // leptons and one or two hadrons in the acceptance with the ID cuts, without the vetoed q^2.
        // A window of a factor ~1.5 each way.
        for (String k : List.of("kee", "kmumu")) {
            assertThat(modes.get(k).get("efficiency").asDouble()).as(k).isBetween(0.25, 0.65);
        }
        for (String k : List.of("kstaree", "kstarmumu")) {
            assertThat(modes.get(k).get("efficiency").asDouble()).as(k).isBetween(0.15, 0.5);
        }
    }

    @Test
    void branchingFractionsAndRatiosComeBackAtTheirInputs() throws Exception {
        JsonNode r = result(one);
        for (BKllMode m : BKllMode.ALL) {
            JsonNode x = r.get("modes").get(m.key());
            double err = x.get("branching_fraction_stat").asDouble();
            // About 40 signal candidates at 189 fb^-1: a relative error of 15-35 %.
            assertThat(err / x.get("input_branching_fraction").asDouble())
                    .as(m.key())
                    .isBetween(0.1, 0.5);
            assertThat(Math.abs(x.get("branching_fraction").asDouble()
                            - x.get("input_branching_fraction").asDouble()))
                    .as(m.key())
                    .isLessThan(4 * err);
            assertThat(x.get("toys").asInt()).isEqualTo(5);
            assertThat(x.get("toy_pull_mean").asDouble()).as(m.key()).isBetween(-3.0, 3.0);
        }
        // SM input: R(K) = R(K*) = 1 (the same branching fraction for e and mu).
        for (String ratio : List.of("r_k", "r_kstar")) {
            double value = r.get(ratio).asDouble();
            double err = r.get(ratio + "_stat").asDouble();
            assertThat(Double.isFinite(value)).isTrue();
            assertThat(err).as(ratio).isBetween(0.05, 1.0);
            assertThat(Math.abs(value - 1)).as(ratio).isLessThan(4 * err);
        }
    }

    @Test
    void theControlModesReturnTheJpsiKBranchingFractions() throws Exception {
        JsonNode controls = result(one).get("controls");
        assertThat(controls).hasSize(4);
        for (JsonNode c : controls) {
            double err = c.get("branching_fraction_stat").asDouble();
            assertThat(err).isPositive();
            assertThat(Math.abs(c.get("branching_fraction").asDouble()
                            - c.get("input_branching_fraction").asDouble()))
                    .as(c.toString())
                    .isLessThan(4 * err);
        }
    }

    @Test
    void theCutFlowOfEveryModeAndSampleNeverGrows() throws Exception {
        List<String> lines = Files.readAllLines(one.resolve("cutflow.csv"));
        Map<String, Double> last = new HashMap<>();
        int rows = 0;
        for (String line : lines.subList(1, lines.size())) {
            // channel,"step",sample,kind,mc_events,expected_events,...: the step is quoted.
            String[] q = line.split("\"");
            String channel = q[0];
            String[] rest = q[2].split(",");
            String key = channel + rest[1];
            double mc = Double.parseDouble(rest[3]);
            if (last.containsKey(key)) {
                assertThat(mc).as(line).isLessThanOrEqualTo(last.get(key));
            }
            last.put(key, mc);
            rows++;
        }
        // 4 modes x (1 signal + 6 backgrounds) x 6 steps.
        assertThat(rows).isEqualTo(4 * 7 * 6);
    }

    @Test
    void writesThePlotsAndIsTheSameOnOneAndTwoThreads() throws Exception {
        assertThat(QuickRuns.files(one).stream().map(Path::toString))
                .contains(
                        "summary.json",
                        "cutflow.csv",
                        "report.html",
                        "mbc_kee.png",
                        "deltae_kee.png",
                        "mbc_kstarmumu.png",
                        "deltae_kstarmumu.png",
                        "toy_pulls.png");
        QuickRuns.assertIdenticalOutputs(one, two);
    }
}
