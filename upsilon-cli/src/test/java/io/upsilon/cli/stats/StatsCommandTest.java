package io.upsilon.cli.stats;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.upsilon.analysis.output.plot.ImpactsPlot;
import io.upsilon.cli.Main;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stats commands end to end through {@link Main#execute}. */
class StatsCommandTest {

    /** Two bins, a signal with a free normalisation and a background with shapesys errors. */
    private static final String WS = """
            {"channels": [{"name": "sr", "samples": [
              {"name": "signal", "data": [6.0, 9.0], "modifiers": [{"name": "mu", "type": "normfactor", "data": null}]},
              {"name": "background", "data": [40.0, 35.0], "modifiers": [
                {"name": "bkg_unc", "type": "shapesys", "data": [4.0, 5.0]},
                {"name": "xsec", "type": "normsys", "data": {"hi": 1.05, "lo": 0.95}}]}]}],
             "observations": [{"name": "sr", "data": [42, 37]}],
             "measurements": [{"name": "meas", "config": {"poi": "mu", "parameters": []}}],
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
    void clsPrintsPyhfShapedJson() throws Exception {
        Path ws = Files.writeString(dir.resolve("ws.json"), WS);
        Run r = run("stats", "cls", ws.toString(), "--poi-value", "1");
        assertThat(r.status()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        double obs = j.get("CLs_obs").asDouble();
        assertThat(obs).isBetween(0.0, 1.0);
        assertThat(j.get("CLs_exp")).hasSize(5);
        for (int i = 1; i < 5; i++) {
            assertThat(j.get("CLs_exp").get(i).asDouble())
                    .isGreaterThan(j.get("CLs_exp").get(i - 1).asDouble());
        }
    }

    @Test
    void optimizerChoice() throws Exception {
        Path ws = Files.writeString(dir.resolve("ws.json"), WS);
        Run bfgs = run("stats", "cls", ws.toString(), "--optimizer", "bfgs");
        Run slsqp = run("stats", "cls", ws.toString(), "--optimizer", "pyhf-slsqp");
        assertThat(bfgs.status()).as(bfgs.err()).isZero();
        assertThat(slsqp.status()).as(slsqp.err()).isZero();
        double a = new ObjectMapper().readTree(bfgs.out()).get("CLs_obs").asDouble();
        double b = new ObjectMapper().readTree(slsqp.out()).get("CLs_obs").asDouble();
        // Same likelihood, different stopping points: equal to SLSQP's convergence error.
        assertThat(b).isCloseTo(a, org.assertj.core.api.Assertions.within(1e-3 * a));
        Run fit = run("stats", "fit", ws.toString(), "--optimizer", "pyhf-slsqp");
        assertThat(fit.status()).as(fit.err()).isZero();
        Run ul = run("stats", "upperlimit", ws.toString(), "--scan", "0", "5", "11", "--optimizer", "pyhf-slsqp");
        assertThat(ul.status()).as(ul.err()).isZero();
        Run bad = run("stats", "cls", ws.toString(), "--optimizer", "newton");
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).contains("--optimizer").contains("pyhf-slsqp");
    }

    @Test
    void otherSubcommandsRun() throws Exception {
        Path ws = Files.writeString(dir.resolve("ws.json"), WS);
        Run fit = run("stats", "fit", ws.toString());
        assertThat(fit.status()).as(fit.err()).isZero();
        assertThat(new ObjectMapper().readTree(fit.out()).get("twice_nll").asDouble())
                .isPositive();
        Run ul = run("stats", "upperlimit", ws.toString(), "--scan", "0", "5", "11");
        assertThat(ul.status()).as(ul.err()).isZero();
        assertThat(new ObjectMapper().readTree(ul.out()).get("exp")).hasSize(5);
        Run imp = run("stats", "impacts", ws.toString());
        assertThat(imp.status()).as(imp.err()).isZero();
        assertThat(imp.out()).contains("xsec").contains("bkg_unc[0]");
        Run insp = run("stats", "inspect", ws.toString());
        assertThat(insp.status()).isZero();
        assertThat(insp.out()).contains("sr").contains("shapesys");
    }

    @Test
    void malformedWorkspaceExitsTwoNamingFileAndPointer() throws Exception {
        Path ws = Files.writeString(dir.resolve("bad.json"), WS.replace("[42, 37]", "[42]"));
        Run r = run("stats", "cls", ws.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err())
                .startsWith("upsilon: error: " + ws)
                .contains("/observations/0/data")
                .contains("expected an array of 2 numbers");
    }

    @Test
    void toysAndPatchesThroughTheCli() throws Exception {
        Path ws = Files.writeString(dir.resolve("ws.json"), WS);
        Path patch = Files.writeString(
                dir.resolve("patch.json"),
                "[{\"op\": \"replace\", \"path\": \"/observations/0/data\", \"value\": [60, 50]}]");
        Run base = run("stats", "cls", ws.toString());
        Run patched = run("stats", "cls", ws.toString(), "--patch", patch.toString());
        assertThat(patched.status()).as(patched.err()).isZero();
        assertThat(new ObjectMapper().readTree(patched.out()).get("CLs_obs").asDouble())
                .isGreaterThan(
                        new ObjectMapper().readTree(base.out()).get("CLs_obs").asDouble());
        Run toys = run("stats", "cls", ws.toString(), "--calctype", "toys", "--ntoys", "100", "--seed", "7");
        assertThat(toys.status()).as(toys.err()).isZero();
        assertThat(new ObjectMapper().readTree(toys.out()).get("CLs_exp")).hasSize(5);
        Path badPatch = Files.writeString(dir.resolve("bad_patch.json"), "[{\"op\": \"remove\", \"path\": \"/nope\"}]");
        Run bad = run("stats", "cls", ws.toString(), "--patch", badPatch.toString());
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).contains(badPatch.toString()).contains("/0/path");
    }

    @Test
    void badOptionValueExitsTwo() throws Exception {
        Path ws = Files.writeString(dir.resolve("ws.json"), WS);
        Run r = run("stats", "cls", ws.toString(), "--test-stat", "banana");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("--test-stat");
    }

    @Test
    void impactsPlotWritesANonBlankPngOfTheExpectedSize() throws Exception {
        Path ws = Files.writeString(dir.resolve("ws.json"), WS);
        Path png = dir.resolve("out/impacts.png");
        Files.createDirectories(png.getParent());
        Run r = run("stats", "impacts", ws.toString(), "--plot", png.toString(), "--top", "2");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("plot: " + png).doesNotContain("POI at bound");
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img).isNotNull();
        // Two rows and two label lines (best-fit POI, "2 of 3 parameters").
        List<ImpactsPlot.Entry> two = List.of(entry("a"), entry("b"));
        int height = ImpactsPlot.builder(two).line("x").line("y").build().height();
        assertThat(img.getWidth()).isEqualTo((int) Math.round(ImpactsPlot.WIDTH * ImpactsPlots.PNG_SCALE));
        assertThat(img.getHeight()).isEqualTo((int) Math.round(height * ImpactsPlots.PNG_SCALE));
        int nonWhite = 0;
        int up = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y) & 0xFFFFFF;
                if (rgb != 0xFFFFFF) {
                    nonWhite++;
                }
                if (rgb == (ImpactsPlot.UP.getRGB() & 0xFFFFFF)) {
                    up++;
                }
            }
        }
        assertThat(nonWhite).isGreaterThan(img.getWidth() * img.getHeight() / 50);
        assertThat(up).as("solid post-fit +1 sigma bars").isGreaterThan(100);
        try (var files = Files.list(png.getParent())) {
            assertThat(files).containsExactly(png); // atomic: no temp file left beside it
        }
        Path pdf = dir.resolve("impacts.pdf");
        Run p = run("stats", "impacts", ws.toString(), "--plot", pdf.toString());
        assertThat(p.status()).as(p.err()).isZero();
        assertThat(Files.readString(pdf, java.nio.charset.StandardCharsets.ISO_8859_1))
                .startsWith("%PDF");
    }

    @Test
    void impactsMarkAPoiAtItsBound() throws Exception {
        // Fewer events than the background alone: mu-hat sits at its lower bound 0.
        Path ws = Files.writeString(dir.resolve("ws.json"), WS.replace("[42, 37]", "[30, 26]"));
        Path png = dir.resolve("bound.png");
        Run r = run("stats", "impacts", ws.toString(), "--plot", png.toString());
        assertThat(r.out()).contains("POI at bound").contains("lower bound");
        assertThat(ImageIO.read(png.toFile())).isNotNull();
    }

    @Test
    void impactsBadTopOrPlotExitsTwo() throws Exception {
        Path ws = Files.writeString(dir.resolve("ws.json"), WS);
        Run neg = run("stats", "impacts", ws.toString(), "--top", "-1");
        assertThat(neg.status()).isEqualTo(2);
        assertThat(neg.err()).contains("--top");
        Run word = run("stats", "impacts", ws.toString(), "--top", "many");
        assertThat(word.status()).isEqualTo(2);
        Run toDir = run("stats", "impacts", ws.toString(), "--plot", dir.toString());
        assertThat(toDir.status()).isEqualTo(2);
        assertThat(toDir.err()).contains("--plot");
    }

    private static ImpactsPlot.Entry entry(String name) {
        return new ImpactsPlot.Entry(name, 0, 1, 0, 1, 0.1, -0.1, 0.1, -0.1);
    }

    private Path workspace(String background, String observed) throws Exception {
        return Files.writeString(
                dir.resolve("bad.json"), WS.replace("[40.0, 35.0]", background).replace("[42, 37]", observed));
    }

    @Test
    void aSettingForAParameterNoModifierUsesIsANoteAndIgnored() throws Exception {
        // pyhf ignores it (HistFactory exports set "lumi" without a lumi modifier); a misspelt name
        // ("xsecc") would otherwise go unnoticed.
        Path ws = Files.writeString(
                dir.resolve("typo.json"),
                WS.replace("\"parameters\": []", "\"parameters\": [{\"name\": \"xsecc\", \"fixed\": true}]"));
        Run r = run("stats", "fit", ws.toString());
        assertThat(r.status()).isZero();
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).contains("note:").contains("\"xsecc\"").contains("no modifier uses");
    }

    @Test
    void modelsWithoutAMeaningfulLikelihoodAreBadInputNamingChannelAndBin() throws Exception {
        String[][] cases = {
            // background, observed, what the one-line error must name
            {"[-50.0, 35.0]", "[42, 37]", "channel sr, bin 0"},
            {"[40.0, 1e308]", "[42, 37]", "channel sr, bin 1"},
            {"[40.0, 35.0]", "[42, -3]", "/observations/0/data/1"}, // caught by the reader, JSON pointer
        };
        for (String[] c : cases) {
            Path ws = workspace(c[0], c[1]);
            for (String cmd : new String[] {"cls", "fit", "upperlimit"}) {
                Run r = run("stats", cmd, ws.toString());
                assertThat(r.status()).as(cmd + " " + c[0] + " " + c[1]).isEqualTo(2);
                assertThat(r.err().strip().lines()).hasSize(1);
                assertThat(r.err()).contains("bad.json").contains(c[2]).doesNotContain("Exception");
                assertThat(r.out()).isEmpty();
            }
        }
        // Nothing expected anywhere: signal and background all zero.
        Path zero = Files.writeString(
                dir.resolve("zero.json"),
                WS.replace("[40.0, 35.0]", "[0.0, 0.0]")
                        .replace("[6.0, 9.0]", "[0.0, 0.0]")
                        .replace("\"data\": [4.0, 5.0]", "\"data\": [0.0, 0.0]"));
        Run r = run("stats", "upperlimit", zero.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("channel sr").contains("nothing is expected");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void optionsOutsideTheirRangeAreBadInput() throws Exception {
        Path ws = Files.writeString(dir.resolve("ws.json"), WS);
        String[][] cases = {
            {"cls", "--poi-value", "NaN"},
            {"cls", "--poi-value", "-1"},
            {"cls", "--poi-value", "1e308"},
            {"fit", "--fixed-poi", "NaN"},
            {"upperlimit", "--level", "2"},
            {"upperlimit", "--level", "NaN"},
            {"upperlimit", "--rtol", "-1"},
        };
        for (String[] c : cases) {
            Run r = run("stats", c[0], ws.toString(), c[1], c[2]);
            assertThat(r.status()).as(String.join(" ", c)).isEqualTo(2);
            assertThat(r.err()).startsWith("upsilon: error: " + c[1]).doesNotContain("Exception");
            assertThat(r.err().strip().lines()).hasSize(1);
            assertThat(r.out()).isEmpty();
        }
    }

    @Test
    void aWorkspaceAboveTheSizeLimitIsRefusedWithoutReadingIt() throws Exception {
        Path big = dir.resolve("big.json");
        try (var f = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(200L << 20); // 200 MB (sparse: no memory or disk spent)
        }
        for (String cmd : new String[] {"inspect", "cls"}) {
            Run r = run("stats", cmd, big.toString());
            assertThat(r.status()).isEqualTo(2);
            assertThat(r.err().strip().lines()).hasSize(1);
            assertThat(r.err()).contains("big.json").contains("200.0 MiB").contains("64 MiB");
        }
    }

    @Test
    void patchNamesMustBeUniqueAndOnlyPatchsetsTakeAName() throws Exception {
        Path ws = Files.writeString(dir.resolve("ws.json"), WS);
        String op = "[{\"op\": \"replace\", \"path\": \"/observations/0/data\", \"value\": [40, 36]}]";
        Path plain = Files.writeString(dir.resolve("plain.json"), op);
        Path twice = Files.writeString(
                dir.resolve("set.json"),
                "{\"patches\": [{\"metadata\": {\"name\": \"a\"}, \"patch\": " + op + "},"
                        + " {\"metadata\": {\"name\": \"a\"}, \"patch\": " + op + "}]}");
        Run r = run("stats", "cls", ws.toString(), "--patch", twice.toString(), "--patch-name", "a");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err())
                .contains("set.json")
                .contains("/patches/1/metadata/name")
                .contains("used twice");
        r = run("stats", "cls", ws.toString(), "--patch", plain.toString(), "--patch-name", "a");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("plain.json").contains("plain patch");
        assertThat(run("stats", "cls", ws.toString(), "--patch", plain.toString())
                        .status())
                .isZero();
    }

    @Test
    void aFitThatFailsExitsWith3AndPrintsNoNumber() {
        // pyhf's own test workspace without parameter bounds: its fits fail here (before this check
        // the command printed CLs_obs = 0.5 as if it were a result).
        String shared = System.getProperty("upsilon.shared.dir");
        Path ws = shared == null
                ? null
                : Path.of(shared, "pyhf_validation", "pyhf_tests_workspace_no_parameter_bounds.json");
        org.junit.jupiter.api.Assumptions.assumeTrue(
                ws != null && Files.isRegularFile(ws), "../shared/pyhf_validation is absent: skipped");
        Run r = run("stats", "cls", ws.toString());
        assertThat(r.status()).isEqualTo(3);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).contains("could not be computed");
        assertThat(r.out()).isEmpty();
    }
}
