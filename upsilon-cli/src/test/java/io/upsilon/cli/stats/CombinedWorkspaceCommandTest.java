package io.upsilon.cli.stats;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.upsilon.cli.Main;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code upsilon stats fit|cls|upperlimit} on a workspace with a binned channel and an unbinned
 * channel sharing mu, lumi and a normsys ({@code combined-workspace.json}: its events sit at the
 * quantiles (i + 1/2)/n of the generating Gaussian and ARGUS shapes, a deterministic sample), and
 * bad unbinned input: exit status 2 naming the file and the JSON pointer.
 */
class CombinedWorkspaceCommandTest {

    @TempDir
    Path dir;

    private record Run(int status, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(status, out.toString(), err.toString());
    }

    private static String combined() throws IOException {
        try (InputStream in = CombinedWorkspaceCommandTest.class.getResourceAsStream("combined-workspace.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void fitClsAndUpperLimitRunOnACombinedWorkspace() throws Exception {
        Path ws = Files.writeString(dir.resolve("combined.json"), combined());
        ObjectMapper json = new ObjectMapper();
        Run fit = run("stats", "fit", ws.toString());
        assertThat(fit.status()).as(fit.err()).isZero();
        JsonNode f = json.readTree(fit.out());
        assertThat(f.toString()).contains("mbc_mean").contains("argus_c").contains("bkg_norm");
        Run cls = run("stats", "cls", ws.toString(), "--poi-value", "1");
        assertThat(cls.status()).as(cls.err()).isZero();
        JsonNode c = json.readTree(cls.out());
        assertThat(c.get("CLs_obs").asDouble()).isBetween(0.0, 1.0);
        for (int i = 1; i < 5; i++) {
            assertThat(c.get("CLs_exp").get(i).asDouble())
                    .isGreaterThan(c.get("CLs_exp").get(i - 1).asDouble());
        }
        Run ul = run("stats", "upperlimit", ws.toString(), "--scan", "0", "4", "9");
        assertThat(ul.status()).as(ul.err()).isZero();
        JsonNode u = json.readTree(ul.out());
        assertThat(u.get("exp")).hasSize(5);
        // ~30 signal events over ~200 background at mu = 1 (and 10 binned): the data favour a
        // signal, so the observed limit lies above 1.
        assertThat(u.get("obs").asDouble()).isGreaterThan(1.0);
    }

    @Test
    void inspectShowsTheUnbinnedChannelAndTheConstraintBlocks() throws Exception {
        Path ws = Files.writeString(dir.resolve("combined.json"), combined());
        Run insp = run("stats", "inspect", ws.toString());
        assertThat(insp.status()).as(insp.err()).isZero();
        // The workspace's one unbinned channel: mbc in [5.2, 5.29], 230 unweighted events, two components.
        assertThat(insp.out())
                .containsPattern("mbc_fit\\s+mbc\\s+\\[5\\.2, 5\\.29\\]\\s+230\\s+230\\s+signal, continuum")
                .contains("correlated constraint blocks: none")
                .doesNotContain("parameters of interest:");
    }

    @Test
    void toysImpactsAndTheReportRunOnACombinedWorkspace() throws Exception {
        Path ws = Files.writeString(dir.resolve("combined.json"), combined());
        Run toys = run("stats", "cls", ws.toString(), "--calctype", "toys", "--ntoys", "40", "--seed", "5");
        assertThat(toys.status()).as(toys.err()).isZero();
        assertThat(new ObjectMapper().readTree(toys.out()).get("CLs_obs").asDouble())
                .isBetween(0.0, 1.0);
        Run impacts = run("stats", "impacts", ws.toString());
        assertThat(impacts.status()).as(impacts.err()).isZero();
        // The shared efficiency normsys and the unbinned channel's shape parameters rank with the rest.
        assertThat(impacts.out()).contains("sig_eff").contains("mbc_mean").contains("argus_c");
        Path out = dir.resolve("report");
        Run report = run("stats", "report", ws.toString(), "--out", out.toString());
        assertThat(report.status()).as(report.err()).isZero();
        assertThat(out.resolve("report.html")).exists();
    }

    @Test
    void weightedEventsAreNotedOnStderr() throws Exception {
        String text = combined().replaceFirst("\"values\": \\[", "\"weights\": WEIGHTS, \"values\": [");
        int n = 230;
        StringBuilder w = new StringBuilder("[");
        for (int i = 0; i < n; i++) {
            w.append(i == 0 ? "" : ", ").append(i % 2 == 0 ? "0.8" : "1.2");
        }
        Path ws = Files.writeString(dir.resolve("weighted.json"), text.replace("WEIGHTS", w + "]"));
        Run fit = run("stats", "fit", ws.toString());
        assertThat(fit.status()).as(fit.err()).isZero();
        assertThat(fit.err()).contains("sandwich");
        assertThat(fit.out()).contains("sandwich estimator");
    }

    @Test
    void badUnbinnedInputExitsTwoNamingFileAndPointer() throws Exception {
        String ws = combined();
        assertBad(
                ws.replace("\"pdf\": \"argus\"", "\"pdf\": \"landau\""),
                "/unbinned_channels/0/components/1/pdf",
                "unknown PDF \"landau\"");
        assertBad(ws.replaceFirst("5.200201", "5.1"), "/unbinned_channels/0/data/values/", "outside the observable");
        Path missing = dir.resolve("no-such-events.csv");
        assertBad(
                ws.replaceFirst("\"values\": \\[[^\\]]*\\]", "\"file\": \"no-such-events.csv\", \"column\": \"mbc\""),
                "/unbinned_channels/0/data/file",
                missing.toString());
        // A free shape parameter named like a constrained normsys of the binned channel.
        assertBad(
                ws.replace("\"argus_c\"", "\"bkg_xsec\""),
                "/unbinned_channels/0/shape_parameters/3",
                "is a free shape parameter here but a normsys (constrained)");
        assertBad(
                ws.replace("\"constraint\": {", "\"fixed\": true, \"constraint\": {"),
                "/unbinned_channels/0/shape_parameters/0",
                "both fixed and constrained");
        ObjectNode tree = (ObjectNode) new ObjectMapper().readTree(ws);
        ((ObjectNode) tree.at("/unbinned_channels/0/components/0/modifiers/0")).put("type", "shapefactor");
        assertBad(tree.toString(), "/unbinned_channels/0/components/0/modifiers/0/type", "acts on bins");
    }

    @Test
    void eventsFromACsvFileBesideTheWorkspace() throws Exception {
        String ws = combined();
        JsonNode tree = new ObjectMapper().readTree(ws);
        StringBuilder csv = new StringBuilder("mbc,w\n");
        for (JsonNode v : tree.at("/unbinned_channels/0/data/values")) {
            csv.append(v.asText()).append(",1\n");
        }
        Files.writeString(dir.resolve("events.csv"), csv);
        Path inline = Files.writeString(dir.resolve("inline.json"), ws);
        Path file = Files.writeString(
                dir.resolve("file.json"),
                ws.replaceFirst(
                        "\"values\": \\[[^\\]]*\\]",
                        "\"file\": \"events.csv\", \"column\": \"mbc\", \"weights_column\": \"w\""));
        Run a = run("stats", "fit", inline.toString());
        Run b = run("stats", "fit", file.toString());
        assertThat(b.status()).as(b.err()).isZero();
        assertThat(b.out()).isEqualTo(a.out());
    }

    private void assertBad(String text, String pointer, String message) throws IOException {
        Path ws = Files.writeString(dir.resolve("bad.json"), text);
        Run r = run("stats", "fit", ws.toString());
        assertThat(r.status()).as(r.out() + r.err()).isEqualTo(2);
        assertThat(r.err())
                .startsWith("upsilon: error: " + ws)
                .contains(pointer)
                .contains(message);
        assertThat(r.err().strip().lines()).hasSize(1);
    }
}
