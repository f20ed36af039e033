package io.upsilon.analysis.output.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.upsilon.analysis.output.plot.HistSeries;
import io.upsilon.analysis.output.plot.HistogramPlot;
import io.upsilon.analysis.output.plot.PlotLabels;
import io.upsilon.analysis.output.plot.PlotWriter;
import io.upsilon.analysis.output.provenance.Provenance;
import io.upsilon.analysis.output.provenance.Sha256;
import io.upsilon.core.hist.Axis;
import io.upsilon.core.hist.Hist1D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Opens a report built from real plots in headless Chromium: every embedded image must decode, the
 * tables and their rows must be there, the style sheet must apply, nothing may be fetched; then a
 * screenshot is left in {@code target/report-browser/} for a human to look at.
 *
 * <p>The check runs without any driver: a test-only wrapper page ({@code check.html}, a test
 * resource) loads report.html in an iframe, inspects it with a script and writes the findings into
 * its own DOM, which {@code chromium --headless --dump-dom} prints. Chromium's networking is cut off
 * ({@code --host-resolver-rules}, no background networking) and the report's CSP forbids fetching.
 *
 * <p>Without Chromium the test is skipped, unless {@code UPSILON_REQUIRE_BROWSER=1} (set by CI),
 * when a missing browser is a failure.
 */
class ReportBrowserTest {
    private static final Path OUT = Path.of("target", "report-browser");
    private static final List<String> BROWSER_NAMES =
            List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable");
    private static final long TIMEOUT_SECONDS = 90;
    private static final int WINDOW_WIDTH = 1440;
    /** Upper bound on the screenshot height: a report longer than this is cut, not an error. */
    private static final int MAX_SCREENSHOT_HEIGHT = 8000;

    private static final String CUT_FLOW_MD = """
            # tau -> l alpha: cut flow

            Backgrounds: expected events at 62.8 fb^-1 (weighted Monte Carlo; error = MC statistics). \
            Signal: efficiency in % of generated events with one tau -> l alpha.

            ## channel e

            | step | tautau | eemumu | m_α = 1.0 GeV |
            |---|---:|---:|---:|
            | generated | 5.754e+07 ± 1.2e+05 | 9.247e+08 ± 1.5e+07 | 100.00% |
            | four good tracks, zero net charge | 9.379e+06 ± 4.8e+04 | 1605 ± 1.0e+03 | 9.45% |
            | L1 trigger | 9.301e+06 ± 4.8e+04 | 1605 ± 1.0e+03 | 9.36% |
            | lepton ID of the 1-prong track | 1.504e+06 ± 2.0e+04 | 0.000 ± 0.0 | 7.13% |

            ## channel mu

            | step | tautau | eemumu | m_α = 1.0 GeV |
            |---|---:|---:|---:|
            | generated | 5.754e+07 ± 1.2e+05 | 9.247e+08 ± 1.5e+07 | 100.00% |
            | four good tracks, zero net charge | 9.379e+06 ± 4.8e+04 | 1605 ± 1.0e+03 | 9.86% |
            | L1 trigger | 9.301e+06 ± 4.8e+04 | 1605 ± 1.0e+03 | 9.77% |

            Generated events: tautau 286571, eemumu 20000, signal 10000 per mass and channel.
            """;

    private static final String LIMITS_CSV = """
            channel,m_alpha_gev,ul95_obs,ul95_exp,ul95_exp_m1,ul95_exp_p1
            e,0.00000,0.0271081,0.0265538,0.0189376,0.0376337
            e,1.00000,0.0461149,0.0475077,0.0339818,0.0670185
            mu,0.00000,0.0270261,0.0265583,0.0190207,0.0373996
            mu,1.00000,0.0603010,0.0614034,0.0433474,0.0884203
            """;

    @Test
    void reportRendersInChromiumWithEveryImageAndTable() throws Exception {
        Path chromium = findChromium();
        long start = System.nanoTime();
        recreate(OUT);

        // Figures: one chart through the project's plot classes, one plain ImageIO image.
        PlotWriter writer = new PlotWriter(800, 600, 1.0);
        Path histogram = OUT.resolve("mass.png");
        writer.writePng(massChart(), histogram);
        Path small = TestPngs.write(OUT.resolve("small.png"), 300, 200);
        List<Figure> figures = List.of(
                new Figure(histogram, "Reconstructed mass of the selected candidates (deterministic sample)."),
                new Figure(small, "A small test image (300 × 200 pixels)."));

        Path limitsCsv = Files.writeString(OUT.resolve("limits.csv"), LIMITS_CSV);
        Table limits = CsvTables.read(limitsCsv).withCaption("95% CL upper limits on B(τ → ℓα)/B(τ → ℓνν)");
        List<Table> cutFlow = MarkdownTables.parse(CUT_FLOW_MD, "cutflow.md");
        Provenance provenance = new Provenance(
                "0.1.0-SNAPSHOT",
                "0123456789abcdef0123456789abcdef01234567",
                1,
                Sha256.of("card"),
                Sha256.of("config"),
                "17.0.15 (Debian)");

        Path report = SearchReport.write(
                OUT,
                "τ → ℓα: search for an invisible boson in τ decays (browser test)",
                "Upper limits on the branching fraction of τ → ℓα, α invisible, from the lepton momentum spectrum"
                        + " in 3×1-prong τ-pair events; simulated Belle II data at 62.8 fb⁻¹.",
                figures,
                List.of(limits),
                cutFlow,
                provenance.toMap());
        copyResource("check.html", OUT.resolve("check.html"));

        long browserStart = System.nanoTime();
        String dom = "";
        // The check runs in the iframe's load handler; should headless Chromium ever dump the DOM
        // before that handler ran (seen once under load), try again, at most three times in all.
        for (int attempt = 0;
                attempt < 3 && (attempt == 0 || dom.contains("<pre id=\"result\">pending</pre>"));
                attempt++) {
            dom = runChromium(
                    chromium,
                    List.of(
                            "--allow-file-access-from-files",
                            "--virtual-time-budget=10000",
                            "--dump-dom",
                            OUT.resolve("check.html").toUri().toString()),
                    "check");
        }
        double checkSeconds = (System.nanoTime() - browserStart) / 1e9;
        JsonNode r = result(dom);

        assertThat(r.get("title").asText()).startsWith("τ → ℓα: search");
        assertThat(r.get("scripts").asInt()).as("scripts in the report").isZero();
        assertThat(r.get("resources")).as("resources fetched by the report").isEmpty();
        assertThat(r.get("provenanceRows").asInt()).isEqualTo(provenance.toMap().size());

        JsonNode images = r.get("images");
        assertThat(images).hasSize(2);
        int[][] sizes = {{writer.pngWidth(), writer.pngHeight()}, {300, 200}};
        for (int i = 0; i < images.size(); i++) {
            JsonNode img = images.get(i);
            assertThat(img.get("complete").asBoolean()).isTrue();
            assertThat(img.get("naturalWidth").asInt())
                    .as("image %d decoded", i)
                    .isEqualTo(sizes[i][0]);
            assertThat(img.get("naturalHeight").asInt()).isEqualTo(sizes[i][1]);
            assertThat(img.get("clientWidth").asInt())
                    .isPositive()
                    .isLessThanOrEqualTo(img.get("parentWidth").asInt());
            assertThat(img.get("caption").asText()).startsWith("Figure " + (i + 1) + ".");
        }

        JsonNode tables = r.get("tables");
        assertThat(tables).hasSize(3);
        assertTable(tables.get(0), "results", "Table 1. 95% CL upper limits", 6, 4);
        assertThat(tables.get(0).get("firstRow").get(2).asText()).isEqualTo("0.0271081");
        assertTable(tables.get(1), "cutflow", "Table 2. channel e", 4, 4);
        assertTable(tables.get(2), "cutflow", "Table 3. channel mu", 4, 3);
        assertThat(tables.get(1).get("firstRow").get(1).asText()).isEqualTo("5.754e+07 ± 1.2e+05");

        assertThat(r.get("contents")).hasSize(3);
        r.get("contents")
                .forEach(c -> assertThat(c.get("target").asBoolean())
                        .as("contents link %s", c.get("text"))
                        .isTrue());
        // The inline style sheet applied (the CSP allows it): numbers right-aligned, zebra rows.
        assertThat(r.get("rightAligned").asText()).isEqualTo("right");
        assertThat(r.get("evenRowBackground").asText())
                .isNotEqualTo(r.get("oddRowBackground").asText());
        assertThat(r.get("bodyFont").asText()).contains("sans-serif");

        // Screenshot of the whole page for a human.
        int height = Math.min(r.get("scrollHeight").asInt(), MAX_SCREENSHOT_HEIGHT);
        Path shot = OUT.resolve("report-screenshot.png").toAbsolutePath();
        long shotStart = System.nanoTime();
        runChromium(
                chromium,
                List.of(
                        "--hide-scrollbars",
                        "--window-size=" + WINDOW_WIDTH + "," + height,
                        "--screenshot=" + shot,
                        report.toUri().toString()),
                "screenshot");
        double shotSeconds = (System.nanoTime() - shotStart) / 1e9;
        BufferedImage image = ImageIO.read(shot.toFile());
        assertThat(image).as("screenshot %s", shot).isNotNull();
        assertThat(image.getWidth()).isEqualTo(WINDOW_WIDTH);
        assertThat(image.getHeight()).isEqualTo(height);
        assertThat(distinctColours(image)).as("screenshot is not blank").isGreaterThan(50);

        System.out.printf(
                "report.html browser check: %.1f s in total (check %.1f s, screenshot %.1f s); screenshot %s%n",
                (System.nanoTime() - start) / 1e9, checkSeconds, shotSeconds, shot);
    }

    private static void assertTable(JsonNode t, String kind, String captionStart, int columns, int rows) {
        assertThat(t.get("kind").asText()).isEqualTo(kind);
        assertThat(t.get("caption").asText()).startsWith(captionStart);
        assertThat(t.get("columns").asInt()).isEqualTo(columns);
        assertThat(t.get("rows").asInt()).isEqualTo(rows);
    }

    /** A peak on a falling background, filled from fixed quantiles (no random numbers needed). */
    private static org.jfree.chart.JFreeChart massChart() {
        Hist1D signal = new Hist1D(Axis.regular(60, 1.70, 1.85));
        Hist1D background = new Hist1D(Axis.regular(60, 1.70, 1.85));
        int n = 4000;
        for (int i = 0; i < n; i++) {
            double u = (i + 0.5) / n;
            signal.fill(1.777 + 0.006 * Math.tan(Math.PI * (u - 0.5))); // Cauchy quantile
            background.fill(1.70 - 0.06 * Math.log(1 - u * (1 - Math.exp(-0.15 / 0.06)))); // truncated exponential
        }
        return HistogramPlot.builder()
                .histogram(HistSeries.of("signal", signal))
                .histogram(HistSeries.of("background", background))
                .xLabel("M [GeV]")
                .yLabel("Events / 2.5 MeV")
                .labels(PlotLabels.simulation(62.8))
                .build()
                .chart();
    }

    /** Chromium from UPSILON_CHROMIUM or the PATH; skips (or fails under UPSILON_REQUIRE_BROWSER=1) if absent. */
    private static Path findChromium() {
        Optional<Path> found = Optional.ofNullable(System.getenv("UPSILON_CHROMIUM"))
                .map(Path::of)
                .filter(Files::isExecutable)
                .or(() -> Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                        .filter(d -> !d.isEmpty())
                        .flatMap(d -> BROWSER_NAMES.stream().map(name -> Path.of(d, name)))
                        .filter(Files::isExecutable)
                        .findFirst());
        if (found.isEmpty()) {
            String what =
                    "no Chromium found (UPSILON_CHROMIUM, or " + String.join("/", BROWSER_NAMES) + " on the PATH)";
            if ("1".equals(System.getenv("UPSILON_REQUIRE_BROWSER"))) {
                fail(what + ", but UPSILON_REQUIRE_BROWSER=1 requires the browser check of report.html");
            }
            Assumptions.abort(what + ": browser check of report.html skipped (Debian: apt-get install chromium)");
        }
        return found.get();
    }

    /**
     * Runs headless Chromium with a fresh profile and no network; returns its standard output. Its
     * standard error goes to {@code target/report-browser/chromium-<label>.log}.
     */
    private static String runChromium(Path chromium, List<String> args, String label) throws Exception {
        Path profile = Files.createTempDirectory(OUT.toAbsolutePath(), "profile-");
        Path stdout = OUT.resolve("chromium-" + label + ".out");
        Path stderr = OUT.resolve("chromium-" + label + ".log");
        List<String> cmd = new ArrayList<>(List.of(
                chromium.toString(),
                "--headless",
                // The sandbox needs user namespaces, missing in containers and as root; the pages are our own.
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-extensions",
                // Any host name resolves to nothing: the page cannot reach the network even if it tried.
                "--host-resolver-rules=MAP * ~NOTFOUND",
                "--user-data-dir=" + profile));
        cmd.addAll(args);
        Process p = new ProcessBuilder(cmd)
                .redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile())
                .start();
        try {
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                fail("chromium (" + label + ") did not finish in " + TIMEOUT_SECONDS + " s; see " + stderr);
            }
            assertThat(p.exitValue())
                    .as("chromium (%s) exit status; see %s", label, stderr)
                    .isZero();
        } finally {
            // Only the browser this test started, and its children.
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
            deleteRecursively(profile);
        }
        return Files.readString(stdout);
    }

    private static JsonNode result(String dom) throws IOException {
        Matcher m = Pattern.compile("<pre id=\"result\">([^<]*)</pre>").matcher(dom);
        assertThat(m.find())
                .as("check.html wrote its result; dump-dom was:%n%s", dom)
                .isTrue();
        String text = m.group(1);
        assertThat(text).as("check script result").doesNotStartWith("ERROR").isNotEqualTo("pending");
        return new ObjectMapper().readTree(URLDecoder.decode(text, StandardCharsets.UTF_8));
    }

    private static long distinctColours(BufferedImage image) {
        return java.util.stream.IntStream.range(0, image.getHeight())
                .flatMap(y ->
                        java.util.stream.IntStream.range(0, image.getWidth()).map(x -> image.getRGB(x, y)))
                .distinct()
                .count();
    }

    private static void copyResource(String name, Path target) throws IOException {
        try (InputStream in = ReportBrowserTest.class.getResourceAsStream(name)) {
            assertThat(in).as("test resource %s", name).isNotNull();
            Files.write(target, in.readAllBytes());
        }
    }

    private static void recreate(Path dir) throws IOException {
        deleteRecursively(dir);
        Files.createDirectories(dir);
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
