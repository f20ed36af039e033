package io.upsilon.cli.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.upsilon.cli.Main;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code upsilon stats report} end to end through {@link Main#execute}. */
class ReportCommandTest {

    /** One channel, three bins: a signal (mu), two backgrounds with normsys, a histosys and MC statistics. */
    private static final String WS = """
            {"channels": [{"name": "SR", "samples": [
              {"name": "signal", "data": [30.0, 60.0, 20.0], "modifiers": [
                {"name": "mu", "type": "normfactor", "data": null},
                {"name": "sig_eff", "type": "normsys", "data": {"hi": 1.04, "lo": 0.96}}]},
              {"name": "ttbar", "data": [300.0, 250.0, 200.0], "modifiers": [
                {"name": "ttbar_xs", "type": "normsys", "data": {"hi": 1.06, "lo": 0.95}},
                {"name": "jes", "type": "histosys", "data": {"hi_data": [309.0, 248.0, 195.0],
                                                              "lo_data": [292.0, 251.5, 204.0]}},
                {"name": "staterror_SR", "type": "staterror", "data": [9.0, 8.0, 7.0]}]},
              {"name": "wjets", "data": [100.0, 120.0, 150.0], "modifiers": [
                {"name": "wjets_xs", "type": "normsys", "data": {"hi": 1.10, "lo": 0.90}},
                {"name": "staterror_SR", "type": "staterror", "data": [6.0, 6.0, 7.0]}]}]}],
             "observations": [{"name": "SR", "data": [440, 425, 380]}],
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
    void writesEveryResultAsJsonAndPlotAndOnePage() throws Exception {
        Path ws = Files.writeString(dir.resolve("ws.json"), WS);
        Path out = dir.resolve("report");
        Run r = run(
                "stats",
                "report",
                ws.toString(),
                "--out",
                out.toString(),
                "--threads",
                "2",
                "--merge-samples",
                "background=ttbar,wjets",
                "--scan",
                "jes",
                "--scan2d-points",
                "5");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("mu = ").contains("report.html");
        for (String f : List.of(
                "yields.json",
                "pulls.json",
                "impacts.json",
                "scans.json",
                "gof.json",
                "provenance.json",
                "report.html",
                "prefit_channel0.png",
                "postfit_channel0.svg",
                "pulls.png",
                "impacts.png",
                "grouped_impacts.png",
                "scan_mu.png",
                "scan_jes.png",
                "scan2d.png",
                "scan2d.svg")) {
            assertThat(out.resolve(f)).as(f).isNotEmptyFile();
        }
        try (Stream<Path> s = Files.list(out)) {
            for (Path png : s.filter(p -> p.toString().endsWith(".png")).toList()) {
                BufferedImage img = ImageIO.read(png.toFile());
                assertThat(img).as(png.toString()).isNotNull();
                assertThat(img.getWidth()).isGreaterThan(500);
            }
        }
        ObjectMapper json = new ObjectMapper();
        JsonNode yields = json.readTree(out.resolve("yields.json").toFile());
        JsonNode pre = yields.get("prefit").get("channels").get(0);
        // Pre-fit yields are the workspace's nominal histograms (every modifier at its identity), merged.
        assertThat(pre.get("samples").get(0).get("yields").get(1).asDouble()).isEqualTo(60.0);
        assertThat(pre.get("samples").get(1).get("name").asText()).isEqualTo("background");
        assertThat(pre.get("samples").get(1).get("yields").get(2).asDouble()).isEqualTo(350.0);
        assertThat(pre.get("data").get(0).asDouble()).isEqualTo(440.0);
        JsonNode post = yields.get("postfit").get("channels").get(0);
        double postTotal = post.get("total").get("sum").asDouble();
        // The fit matches the total to its statistical precision sqrt(1245) ~ 35.
        assertThat(postTotal).isCloseTo(1245.0, within(35.0));

        JsonNode impacts = json.readTree(out.resolve("impacts.json").toFile());
        assertThat(impacts.get("ranking")).hasSize(7); // every parameter but the POI
        List<String> groups = new ArrayList<>();
        impacts.get("grouped").forEach(g -> groups.add(g.get("group").asText()));
        assertThat(groups).contains("normsys", "histosys", "staterror");
        JsonNode gof = json.readTree(out.resolve("gof.json").toFile());
        assertThat(gof.get("total").get("ndof").asInt()).isEqualTo(2); // 3 bins - mu
        JsonNode scans = json.readTree(out.resolve("scans.json").toFile());
        assertThat(scans).hasSize(3);
        assertThat(scans.get(2).get("points")).hasSize(25);
        JsonNode prov = json.readTree(out.resolve("provenance.json").toFile());
        assertThat(prov.get("workspace_sha256").asText()).hasSize(64);
        assertThat(prov.get("fit_status").get("ok").asBoolean()).isTrue();

        String html = Files.readString(out.resolve("report.html"));
        assertThat(html)
                .contains("Yields", "Pulls", "Impacts", "Likelihood scans", "Goodness of fit", "Fit status")
                .contains("data:image/png;base64,")
                .doesNotContain("src=\"prefit");
        screenshot(out.resolve("report.html"), dir.resolve("shot.png"));
    }

    /** Every JSON result is byte for byte the same for one and two threads. */
    @Test
    void sameReportForOneAndTwoThreads() throws Exception {
        Path ws = Files.writeString(dir.resolve("ws.json"), WS);
        Path one = dir.resolve("one");
        Path two = dir.resolve("two");
        assertThat(run(
                                "stats",
                                "report",
                                ws.toString(),
                                "--out",
                                one.toString(),
                                "--threads",
                                "1",
                                "--scan2d-points",
                                "4")
                        .status())
                .isZero();
        assertThat(run(
                                "stats",
                                "report",
                                ws.toString(),
                                "--out",
                                two.toString(),
                                "--threads",
                                "2",
                                "--scan2d-points",
                                "4")
                        .status())
                .isZero();
        for (String f : List.of("yields.json", "pulls.json", "impacts.json", "scans.json", "gof.json")) {
            assertThat(Files.readString(two.resolve(f))).as(f).isEqualTo(Files.readString(one.resolve(f)));
        }
    }

    @Test
    void badInputExitsWithStatus2AndOneLine() throws Exception {
        Path ws = Files.writeString(dir.resolve("ws.json"), WS);
        String out = dir.resolve("r").toString();
        Path badGroups = Files.writeString(dir.resolve("groups.json"), "{\"theory\": [\"no_such_parameter\"]}");
        Path notJson = Files.writeString(dir.resolve("merge.json"), "[1, 2");
        Path file = Files.writeString(dir.resolve("a_file"), "x");
        String[][] cases = {
            {"--merge-samples", "bkg=ttbar,zjets"},
            {"--merge-samples", "no-equals-sign"},
            {"--merge-config", notJson.toString()},
            {"--group", "theory=[unclosed"},
            {"--groups", badGroups.toString()},
            {"--scan", "no_such_parameter"},
            {"--scan2d", "mu"},
            {"--scan2d", "mu,mu"},
            {"--threads", "0"},
            {"--scan-points", "1"},
        };
        for (String[] c : cases) {
            List<String> args = new ArrayList<>(List.of("stats", "report", ws.toString(), "--out", out));
            args.addAll(List.of(c));
            Run r = run(args.toArray(String[]::new));
            assertThat(r.status()).as(String.join(" ", c) + ": " + r.err()).isEqualTo(2);
            assertThat(r.err().strip().lines()).as(String.join(" ", c)).hasSize(1);
            assertThat(r.out()).isEmpty();
        }
        Run toFile = run("stats", "report", ws.toString(), "--out", file.toString());
        assertThat(toFile.status()).isEqualTo(2);
        Run missing = run("stats", "report", dir.resolve("missing.json").toString(), "--out", out);
        assertThat(missing.status()).isEqualTo(2);
    }

    /**
     * The published Belle II B+ -> K+ nu nubar likelihood (PRD 109 (2024) 112006, likelihood release
     * arXiv:2507.12393; 232 parameters; ../shared, skipped when absent): the whole report on 2
     * threads, with the POI scan and grouped impacts. mu-hat must be the publication's 4.6 (signal
     * strength of B = 2.3e-5 relative to the SM); 0.1 is a tenth of its statistical error.
     */
    @Test
    void belleIIKnunuReport() throws Exception {
        String shared = System.getProperty("upsilon.shared.dir");
        Path ws = shared == null
                ? null
                : Path.of(shared, "published_likelihoods", "belle2_bplus_kplus_nunu", "combined_ita_hta.json");
        Assumptions.assumeTrue(
                ws != null && Files.isRegularFile(ws), "../shared/published_likelihoods is absent: skipped");
        Path out = Path.of("target", "report-belle2");
        long start = System.nanoTime();
        Run r = run(
                "stats",
                "report",
                ws.toString(),
                "--out",
                out.toString(),
                "--threads",
                "2",
                "--merge-samples",
                "continuum=ddbar,uubar,ssbar,ccbar",
                "--scan2d-points",
                "7");
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(r.status()).as(r.err()).isZero();
        ObjectMapper json = new ObjectMapper();
        JsonNode impacts = json.readTree(out.resolve("impacts.json").toFile());
        assertThat(impacts.get("poi_value").asDouble()).isCloseTo(4.6, within(0.1));
        assertThat(impacts.get("ranking")).hasSize(231);
        assertThat(impacts.get("grouped").size()).isGreaterThanOrEqualTo(3);
        JsonNode scans = json.readTree(out.resolve("scans.json").toFile());
        assertThat(scans.get(0).get("parameters").get(0).asText()).isEqualTo("mu");
        JsonNode pulls = json.readTree(out.resolve("pulls.json").toFile());
        assertThat(pulls.get("constrained").size()).isGreaterThan(100);
        assertThat(out.resolve("report.html")).isNotEmptyFile();
        System.out.printf(
                "Belle II K+ nu nubar report: %.1f s wall on 2 threads (%s)%n",
                seconds, r.out().strip());
        screenshot(out.resolve("report.html"), out.resolve("screenshot.png"));
    }

    /**
     * A screenshot of the page in headless Chromium, when there is one (required when CI=true): it
     * must render to a non-blank image.
     */
    private static void screenshot(Path html, Path png) throws Exception {
        Optional<Path> chromium = Stream.of(
                        System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(d -> !d.isEmpty())
                .flatMap(d -> Stream.of("chromium", "chromium-browser", "google-chrome")
                        .map(n -> Path.of(d, n)))
                .filter(Files::isExecutable)
                .findFirst();
        if (chromium.isEmpty()) {
            assertThat(System.getenv("CI"))
                    .as("CI=true requires chromium for the report screenshot")
                    .isNotEqualTo("true");
            return;
        }
        Path profile = Files.createTempDirectory(png.toAbsolutePath().getParent(), "chromium-profile-");
        Process p = new ProcessBuilder(
                        chromium.get().toString(),
                        "--headless",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-dev-shm-usage",
                        "--no-first-run",
                        "--disable-background-networking",
                        "--host-resolver-rules=MAP * ~NOTFOUND",
                        "--user-data-dir=" + profile,
                        "--window-size=1400,4000",
                        "--hide-scrollbars",
                        "--screenshot=" + png.toAbsolutePath(),
                        html.toAbsolutePath().toUri().toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("chromium finished").isTrue();
        } finally {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img).isNotNull();
        long colours = java.util.stream.IntStream.range(0, img.getHeight() / 8)
                .flatMap(y ->
                        java.util.stream.IntStream.range(0, img.getWidth() / 8).map(x -> img.getRGB(8 * x, 8 * y)))
                .distinct()
                .count();
        assertThat(colours).as("screenshot is not blank").isGreaterThan(20);
    }
}
