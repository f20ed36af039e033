package io.upsilon.analysis.output.hepdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.upsilon.analysis.output.LimitPoint;
import io.upsilon.core.hist.Axis;
import io.upsilon.core.hist.Hist1D;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HepDataSubmissionTest {
    private static final YAMLMapper YAML = new YAMLMapper();

    @TempDir
    Path dir;

    private static HepDataTable limitTable() {
        List<LimitPoint> pts = List.of(
                new LimitPoint(1.0, 5.0, 2.0, 3.0, 4.0, 6.0, 9.0), new LimitPoint(3.0, 7.5, 3.0, 4.0, 5.0, 7.0, 10.0));
        return HepDataTables.limits(
                "limits.yaml",
                "Upper limits on sigma x BR",
                "90% CL upper limits on sigma(e+e- -> mu+mu- Z') x BR(Z' -> invisible).",
                pts,
                "M(Z')",
                "fb",
                HepDataTables.limitQualifiers(90, 10.58, 79.7),
                Map.of("observables", List.of("SIG")));
    }

    private static HepDataTable histTable() {
        Hist1D h = new Hist1D(Axis.regular(2, 0, 4));
        h.fill(1.0, 2.0);
        h.fill(1.5, 1.0);
        h.fill(3.0, 0.5);
        return HepDataTables.histogram(
                "recoil_mass.yaml",
                "Recoil mass squared",
                "Background after selection.",
                h,
                "M_recoil^2",
                "GeV$^2$",
                "Events",
                "",
                "MC stat",
                List.of(),
                Map.of());
    }

    private static List<JsonNode> documents(Path file) throws Exception {
        try (MappingIterator<JsonNode> it = YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
            return it.readAll();
        }
    }

    @Test
    void keywordsAreWrittenInTheSameOrderWhateverTheMapsIterationOrder() throws Exception {
        // Map.of iterates in an order that changes from one JVM run to the next: the file must not.
        Map<String, List<String>> forward = new java.util.LinkedHashMap<>();
        forward.put("observables", List.of("SIG"));
        forward.put("reactions", List.of("E+ E- --> MU+ MU- ZPRIME"));
        forward.put("cmenergies", List.of("10.58"));
        Map<String, List<String>> backward = new java.util.LinkedHashMap<>();
        backward.put("cmenergies", List.of("10.58"));
        backward.put("reactions", List.of("E+ E- --> MU+ MU- ZPRIME"));
        backward.put("observables", List.of("SIG"));
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        for (var run : List.of(Map.entry(a, forward), Map.entry(b, backward))) {
            HepDataTable t = HepDataTables.limits(
                    "limits.yaml",
                    "Upper limits",
                    "d",
                    List.of(new LimitPoint(1.0, 5.0, 2.0, 3.0, 4.0, 6.0, 9.0)),
                    "M(Z')",
                    "fb",
                    HepDataTables.limitQualifiers(90, 10.58, 79.7),
                    run.getValue());
            new HepDataSubmission("c", List.of(t)).write(run.getKey());
        }
        String first = java.nio.file.Files.readString(a.resolve("submission.yaml"));
        assertThat(java.nio.file.Files.readString(b.resolve("submission.yaml"))).isEqualTo(first);
        assertThat(first.indexOf("cmenergies")).isLessThan(first.indexOf("observables"));
        assertThat(first.indexOf("observables")).isLessThan(first.indexOf("reactions"));
    }

    @Test
    void submissionIndexesEveryTable() throws Exception {
        new HepDataSubmission("Upsilon reproduction of the Z' -> invisible search.", List.of(limitTable(), histTable()))
                .write(dir);
        List<JsonNode> docs = documents(dir.resolve("submission.yaml"));
        assertThat(docs).hasSize(3);
        assertThat(docs.get(0).get("comment").asText()).contains("Z'");
        assertThat(docs.get(1).get("data_file").asText()).isEqualTo("limits.yaml");
        assertThat(docs.get(1).get("name").asText()).isEqualTo("Upper limits on sigma x BR");
        assertThat(docs.get(1).get("keywords").get(0).get("name").asText()).isEqualTo("observables");
        assertThat(docs.get(1).get("keywords").get(0).get("values").get(0).asText())
                .isEqualTo("SIG");
        assertThat(docs.get(2).get("data_file").asText()).isEqualTo("recoil_mass.yaml");
        assertThat(dir.resolve("limits.yaml")).exists();
        assertThat(dir.resolve("recoil_mass.yaml")).exists();
    }

    @Test
    void limitTableHasMassObservedAndTheExpectedBand() throws Exception {
        new HepDataSubmission("c", List.of(limitTable())).write(dir);
        JsonNode t = documents(dir.resolve("limits.yaml")).get(0);
        JsonNode mass = t.get("independent_variables").get(0);
        assertThat(mass.get("header").get("name").asText()).isEqualTo("M(Z')");
        assertThat(mass.get("header").get("units").asText()).isEqualTo("GeV");
        assertThat(mass.get("values").get(1).get("value").asDouble()).isEqualTo(3.0);

        JsonNode deps = t.get("dependent_variables");
        assertThat(deps).hasSize(2);
        JsonNode obs = deps.get(0);
        assertThat(obs.get("header").get("name").asText()).isEqualTo("Observed upper limit");
        assertThat(obs.get("header").get("units").asText()).isEqualTo("fb");
        assertThat(obs.get("values").get(1).get("value").asDouble()).isEqualTo(7.5);
        assertThat(obs.get("qualifiers").get(0).get("name").asText()).isEqualTo("CL");
        assertThat(obs.get("qualifiers").get(0).get("value").asText()).isEqualTo("90%");
        assertThat(obs.get("qualifiers").get(1).get("name").asText()).isEqualTo("SQRT(S)");
        assertThat(obs.get("qualifiers").get(1).get("units").asText()).isEqualTo("GeV");
        assertThat(obs.get("qualifiers").get(1).get("value").asText()).isEqualTo("10.58");
        assertThat(obs.get("qualifiers").get(2).get("value").asText()).isEqualTo("79.7");

        JsonNode exp = deps.get(1).get("values").get(0);
        assertThat(exp.get("value").asDouble()).isEqualTo(4.0);
        JsonNode one = exp.get("errors").get(0);
        assertThat(one.get("label").asText()).isEqualTo("1 sigma");
        assertThat(one.get("asymerror").get("plus").asDouble()).isEqualTo(2.0);
        assertThat(one.get("asymerror").get("minus").asDouble()).isEqualTo(-1.0);
        JsonNode two = exp.get("errors").get(1);
        assertThat(two.get("label").asText()).isEqualTo("2 sigma");
        assertThat(two.get("asymerror").get("plus").asDouble()).isEqualTo(5.0);
        assertThat(two.get("asymerror").get("minus").asDouble()).isEqualTo(-2.0);
    }

    @Test
    void expectedOnlyLimitsHaveNoObservedColumn() {
        HepDataTable t = HepDataTables.limits(
                "exp.yaml",
                "Expected",
                "d",
                List.of(new LimitPoint(1, Double.NaN, 1, 2, 3, 4, 5)),
                "M",
                "fb",
                List.of(),
                Map.of());
        assertThat(t.dependent()).extracting(HepDataVariable::name).containsExactly("Expected upper limit");
    }

    @Test
    void histogramTableHasBinEdgesAndSymmetricErrors() throws Exception {
        new HepDataSubmission("c", List.of(histTable())).write(dir);
        JsonNode t = documents(dir.resolve("recoil_mass.yaml")).get(0);
        JsonNode bins = t.get("independent_variables").get(0).get("values");
        assertThat(bins).hasSize(2);
        assertThat(bins.get(1).get("low").asDouble()).isEqualTo(2.0);
        assertThat(bins.get(1).get("high").asDouble()).isEqualTo(4.0);
        JsonNode v = t.get("dependent_variables").get(0).get("values");
        assertThat(v.get(0).get("value").asDouble()).isEqualTo(3.0);
        // sumw2 = 2^2 + 1^2 = 5
        assertThat(v.get(0).get("errors").get(0).get("symerror").asDouble()).isCloseTo(Math.sqrt(5), within(1e-12));
        assertThat(v.get(0).get("errors").get(0).get("label").asText()).isEqualTo("MC stat");
        assertThat(v.get(1).get("value").asDouble()).isEqualTo(0.5);
        assertThat(t.get("dependent_variables").get(0).get("header").has("units"))
                .isFalse();
    }

    @Test
    void writesAnExampleSubmissionForInspection() {
        Path out = Path.of("target", "hepdata-example");
        new HepDataSubmission("Example submission written by the Upsilon tests.", List.of(limitTable(), histTable()))
                .write(out);
        assertThat(out.resolve("submission.yaml")).isRegularFile();
    }

    @Test
    void writingTwiceGivesIdenticalFiles() throws Exception {
        HepDataSubmission s = new HepDataSubmission("c", List.of(limitTable(), histTable()));
        s.write(dir.resolve("a"));
        s.write(dir.resolve("b"));
        for (String f : List.of("submission.yaml", "limits.yaml", "recoil_mass.yaml")) {
            assertThat(Files.readAllBytes(dir.resolve("a").resolve(f)))
                    .isEqualTo(Files.readAllBytes(dir.resolve("b").resolve(f)));
        }
    }

    @Test
    void numbersAreWrittenWithoutFloatingPointNoise() throws Exception {
        HepDataTable t = HepDataTables.limits(
                "n.yaml",
                "n",
                "d",
                List.of(new LimitPoint(0.1 + 0.2, 0.3, 0.05, 0.1, 0.1 + 0.2, 0.7, 0.9)),
                "M",
                "fb",
                List.of(),
                Map.of());
        String yaml = HepDataSubmission.tableYaml(t);
        assertThat(yaml).contains("value: 0.3\n").contains("minus: -0.2\n").doesNotContain("0000000");
    }

    @Test
    void rejectsInconsistentTables() {
        HepDataVariable x = HepDataVariable.of("x", "", List.of(HepDataValue.of(1), HepDataValue.of(2)));
        HepDataVariable y = HepDataVariable.of("y", "", List.of(HepDataValue.of(1)));
        assertThatThrownBy(() -> new HepDataTable("t", "d", "t.yaml", Map.of(), List.of(x), List.of(y)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rows");
        assertThatThrownBy(() -> new HepDataTable("t", "d", "../t.yaml", Map.of(), List.of(x), List.of(x)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HepDataSubmission("c", List.of(histTable(), histTable())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("recoil_mass.yaml");
        assertThatThrownBy(() -> HepDataValue.bin(2, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HepDataValue.of(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HepDataTables.limits(
                        "l.yaml",
                        "n",
                        "d",
                        List.of(new LimitPoint(1, 3, 1, 2, 3, 4, 5), new LimitPoint(2, Double.NaN, 1, 2, 3, 4, 5)),
                        "M",
                        "fb",
                        List.of(),
                        Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
