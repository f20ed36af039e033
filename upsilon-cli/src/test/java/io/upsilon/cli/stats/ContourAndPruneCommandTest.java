package io.upsilon.cli.stats;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.upsilon.cli.Main;
import io.upsilon.stats.workspace.WorkspaceReader;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code upsilon stats contour} and {@code upsilon stats prune} end to end through {@link Main#execute}. */
class ContourAndPruneCommandTest {

    /** Two POIs with a joint Gaussian constraint (exact elliptic contours) and a free yield k. */
    static final String TWO_POIS = """
            {"channels": [{"name": "c", "samples": [
              {"name": "s", "data": [10.0], "modifiers": [
                {"name": "k", "type": "normfactor", "data": null},
                {"name": "a", "type": "normsys", "data": {"hi": 1.0, "lo": 1.0}},
                {"name": "b", "type": "normsys", "data": {"hi": 1.0, "lo": 1.0}}]}]}],
             "observations": [{"name": "c", "data": [12]}],
             "measurements": [{"name": "m", "config": {"poi": "a", "pois": ["a", "b"], "parameters": [
               {"name": "a", "auxdata": [0.5]}],
               "correlations": [{"name": "ab", "parameters": ["a", "b"], "covariance": [[0.25, 0.12], [0.12, 0.16]]}]}}],
             "version": "1.0.0"}
            """;

    /** A signal strength and two negligible systematics among real ones. */
    static final String PRUNABLE = """
            {"channels": [{"name": "sr", "samples": [
              {"name": "sig", "data": [4.0, 7.0, 3.0], "modifiers": [{"name": "mu", "type": "normfactor", "data": null}]},
              {"name": "bkg", "data": [40.0, 30.0, 20.0], "modifiers": [
                {"name": "tiny_norm", "type": "normsys", "data": {"hi": 1.002, "lo": 0.998}},
                {"name": "tiny_shape", "type": "histosys", "data": {"hi_data": [40.12, 30.0, 19.95], "lo_data": [39.9, 30.03, 20.0]}},
                {"name": "xsec", "type": "normsys", "data": {"hi": 1.06, "lo": 0.95}}]}]}],
             "observations": [{"name": "sr", "data": [47, 40, 22]}],
             "measurements": [{"name": "m", "config": {"poi": "mu", "parameters": []}}],
             "version": "1.0.0"}
            """;

    @TempDir
    Path dir;

    private record Run(int status, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void contourWritesJsonAndPng() throws Exception {
        Path ws = Files.writeString(dir.resolve("ws.json"), TWO_POIS);
        Path out = dir.resolve("contour");
        Run r = run("stats", "contour", ws.toString(), "--grid", "31", "--threads", "2", "--out", out.toString());
        assertThat(r.status()).as(r.err()).isZero();
        JsonNode summary = new ObjectMapper().readTree(r.out());
        assertThat(summary.get("pois").toString()).isEqualTo("[\"a\",\"b\"]");
        // Best fit at the auxiliary data (0.5, 0): nothing else constrains a and b.
        assertThat(summary.get("bestfit").get(0).asDouble())
                .isCloseTo(0.5, org.assertj.core.api.Assertions.within(1e-6));
        JsonNode j = new ObjectMapper().readTree(out.resolve("contour.json").toFile());
        assertThat(j.get("contours")).hasSize(2);
        assertThat(j.get("contours").get(1).get("delta_twice_nll").asDouble())
                .isCloseTo(5.9915, org.assertj.core.api.Assertions.within(1e-4));
        JsonNode line = j.get("contours").get(0).get("lines").get(0);
        assertThat(line.size()).isGreaterThan(20);
        assertThat(j.get("grid").get("x")).hasSize(31);
        BufferedImage png = ImageIO.read(out.resolve("contour.png").toFile());
        assertThat(png.getWidth()).isEqualTo((int) (ContourPlots.SIZE * ImpactsPlots.PNG_SCALE));
        // The same contours with --pois given explicitly.
        Run again = run(
                "stats",
                "contour",
                ws.toString(),
                "--pois",
                "a,b",
                "--grid",
                "31",
                "--threads",
                "1",
                "--out",
                dir.resolve("again").toString());
        assertThat(again.status()).as(again.err()).isZero();
        assertThat(Files.readString(dir.resolve("again").resolve("contour.json")))
                .isEqualTo(Files.readString(out.resolve("contour.json")));
    }

    @Test
    void inspectListsBothPoisAndTheCorrelationBlock() throws Exception {
        Path ws = Files.writeString(dir.resolve("ws.json"), TWO_POIS);
        Run r = run("stats", "inspect", ws.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("parameters of interest: a, b")
                .contains("correlated constraint blocks: ab")
                .doesNotContain("unbinned channel");
    }

    @Test
    void contourBadInputIsOneLineExit2() throws Exception {
        Path ws = Files.writeString(dir.resolve("ws.json"), TWO_POIS);
        Run one = run("stats", "contour", ws.toString(), "--pois", "a", "--out", dir.toString());
        assertThat(one.status()).isEqualTo(2);
        assertThat(one.err().strip().lines()).hasSize(1);
        assertThat(one.err()).contains("expected two parameters");
        Run range = run("stats", "contour", ws.toString(), "--x-range", "1:0", "--out", dir.toString());
        assertThat(range.status()).isEqualTo(2);
        assertThat(range.err()).contains("--x-range");
    }

    @Test
    void formulaParseErrorIsOneLineExit2WithPathAndPosition() throws Exception {
        Path ws = Files.writeString(
                dir.resolve("bad.json"),
                PRUNABLE.replace(
                        "{\"name\": \"mu\", \"type\": \"normfactor\", \"data\": null}",
                        "{\"name\": \"mu2\", \"type\": \"formula\", \"data\": {\"expression\": \"mu^^2\"}}"));
        Run r = run("stats", "fit", ws.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err())
                .contains("bad.json")
                .contains("/channels/0/samples/0/modifiers/0/data/expression")
                .contains("at position 3");
    }

    @Test
    void pruneWritesTheWorkspaceAndAReport() throws Exception {
        Path ws = Files.writeString(dir.resolve("ws.json"), PRUNABLE);
        Path pruned = dir.resolve("pruned.json");
        Run r = run("stats", "prune", ws.toString(), "--threshold", "0.005", "--out", pruned.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("pruned 2 modifier(s)")
                .contains("tiny_norm")
                .contains("upper limit (obs)");
        var back = WorkspaceReader.read(pruned);
        assertThat(back.channels().get(0).samples().get(1).modifiers())
                .extracting(m -> m.name())
                .containsExactly("xsec");
        JsonNode report =
                new ObjectMapper().readTree(dir.resolve("pruned.report.json").toFile());
        assertThat(report.get("dropped")).hasSize(2);
        double before = report.get("before").get("upper_limit_obs").asDouble();
        double after = report.get("after").get("upper_limit_obs").asDouble();
        // Effects of <= 0.3% on the background: the limit moves by far less than 1%.
        assertThat(after).isCloseTo(before, org.assertj.core.api.Assertions.within(0.01 * before));
        assertThat(Files.readString(dir.resolve("pruned.report.txt"))).isEqualTo(r.out());
        Run bad = run("stats", "prune", ws.toString(), "--threshold", "-1", "--out", pruned.toString());
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err().strip().lines()).hasSize(1);
    }
}
