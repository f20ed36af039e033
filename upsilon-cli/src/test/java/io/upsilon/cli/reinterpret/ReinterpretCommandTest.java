package io.upsilon.cli.reinterpret;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.upsilon.cli.Main;
import io.upsilon.generators.decay.spectrum.KnunuWetSpectrum;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code upsilon reinterpret} end to end on a small made-up workspace, through {@link Main#execute}. */
class ReinterpretCommandTest {
    /** One channel, 2 reco bins; signal = column sums of the mapping below (events at mu = 1, SM). */
    static final String WORKSPACE = """
            {"channels": [{"name": "sr", "samples": [
                {"name": "signal", "data": [6.0, 4.0], "modifiers": [
                  {"name": "mu", "type": "normfactor", "data": null},
                  {"name": "stat_sr", "type": "staterror", "data": [0.3, 0.3]}]},
                {"name": "bkg", "data": [50.0, 30.0], "modifiers": [
                  {"name": "bkg_norm", "type": "normsys", "data": {"hi": 1.05, "lo": 0.95}}]}]}],
             "observations": [{"name": "sr", "data": [52, 31]}],
             "measurements": [{"name": "m", "config": {"poi": "mu", "parameters": []}}],
             "version": "1.0.0"}
            """;

    /** Two truth bins in q^2, [0, 10) and [10, 22.885). */
    static final String MAPPING = """
            {"format": "upsilon-reinterpret-mapping/1", "source": "made up for a test",
             "sample": "signal", "poi": "mu", "variable": "q2", "unit": "GeV^2",
             "truth_bin_edges": [0, 10, 22.885], "reference_model": "SM",
             "channels": {"sr": [[5.0, 1.0], [1.0, 3.0]]}}
            """;

    @TempDir
    Path dir;

    private record Run(int status, String out, String err) {}

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(status, out.toString(), err.toString());
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void scalarMassScanWritesLimitsAndABrazilPlot() throws IOException {
        Path ws = write("ws.json", WORKSPACE);
        Path map = write("map.json", MAPPING);
        Path out = dir.resolve("out");
        Run r = run(
                "reinterpret",
                ws.toString(),
                "--mapping",
                map.toString(),
                "--model",
                "b-to-k-scalar",
                "--scan",
                "m_x=1:4:3",
                "--cl",
                "0.95,0.90",
                "--out",
                out.toString());
        assertEquals(0, r.status(), r.err());
        List<String> csv = Files.readAllLines(out.resolve("limits.csv"));
        assertEquals(2 + 3, csv.size(), String.join("\n", csv)); // comment, header, 3 points
        assertTrue(csv.get(1).startsWith("m_x,br,signal_events,mu_hat"), csv.get(1));
        // m_x = 1 and 2.5 GeV: q^2 = 1 and 6.25 in truth bin 0, whose 5 + 1 reference events are scaled by
        // br / B_SM(bin 0); m_x = 4: q^2 = 16 in bin 1 (1 + 3 events).
        double[] bSm = KnunuWetSpectrum.sm().binnedBranchingFractions(new double[] {0, 10, 22.885});
        double br = 1e-5;
        double[] expect = {6 * br / bSm[0], 6 * br / bSm[0], 4 * br / bSm[1]};
        for (int i = 0; i < 3; i++) {
            double events = Double.parseDouble(csv.get(2 + i).split(",")[2]);
            // the CSV has 6 significant digits
            assertEquals(expect[i], events, 1e-5 * expect[i]);
        }
        assertTrue(Files.size(out.resolve("limits_cl95.png")) > 1000);
        assertTrue(Files.size(out.resolve("limits_cl90.png")) > 1000);
        assertTrue(Files.readString(out.resolve("provenance.json")).contains("mapping_sha256"));
        String json = Files.readString(out.resolve("limits.json"));
        assertTrue(json.contains("\"observed\"") && json.contains("\"expected\""), json);
    }

    @Test
    void a90PercentLimitIsBelowThe95PercentOne() throws IOException {
        Path ws = write("ws.json", WORKSPACE);
        Path map = write("map.json", MAPPING);
        Path out = dir.resolve("out");
        Run r = run(
                "reinterpret",
                ws.toString(),
                "--mapping",
                map.toString(),
                "--model",
                "wet",
                "--scan",
                "cvl_plus_cvr=0:12:4",
                "--cl",
                "0.95,0.90",
                "--out",
                out.toString());
        assertEquals(0, r.status(), r.err());
        List<String> rows = Files.readAllLines(out.resolve("limits.csv"));
        String[] h = rows.get(1).split(",");
        int obs95 = List.of(h).indexOf("cl95_obs");
        int obs90 = List.of(h).indexOf("cl90_obs");
        String[] last = rows.get(rows.size() - 1).split(",");
        assertTrue(Double.parseDouble(last[obs90]) < Double.parseDouble(last[obs95]));
        assertTrue(Files.size(out.resolve("profile_cvl_plus_cvr.png")) > 1000);
    }

    @Test
    void badMappingIsExitStatusTwoNamingFileAndJsonPath() throws IOException {
        Path ws = write("ws.json", WORKSPACE);
        Path map = write("bad.json", MAPPING.replace("\"sr\": [[5.0, 1.0]", "\"zz\": [[5.0, 1.0]"));
        Run r = run(
                "reinterpret",
                ws.toString(),
                "--mapping",
                map.toString(),
                "--model",
                "sm",
                "--out",
                dir.resolve("o").toString());
        assertEquals(2, r.status());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("bad.json") && r.err().contains("$.channels.zz"), r.err());
        Path other = write("mx.json", MAPPING.replace("\"q2\"", "\"m_miss\""));
        Run v = run(
                "reinterpret",
                ws.toString(),
                "--mapping",
                other.toString(),
                "--model",
                "sm",
                "--out",
                dir.resolve("o").toString());
        assertEquals(2, v.status());
        assertTrue(v.err().contains("mx.json") && v.err().contains("$.variable"), v.err());
    }

    /** The CSV rows without the trailing timing columns (hypotest_ms, limits_ms). */
    private static List<String> withoutTimings(List<String> csv) {
        return csv.stream().map(l -> l.replaceAll(",[^,]*,[^,]*$", "")).toList();
    }

    @Test
    void scanResultsDoNotDependOnTheThreadCount() throws IOException {
        Path ws = write("ws.json", WORKSPACE);
        Path map = write("map.json", MAPPING);
        List<List<String>> tables = new ArrayList<>();
        for (String threads : List.of("1", "3")) {
            Path out = dir.resolve("out" + threads);
            Run r = run(
                    "reinterpret",
                    ws.toString(),
                    "--mapping",
                    map.toString(),
                    "--model",
                    "b-to-k-scalar",
                    "--scan",
                    "m_x=1:4:4",
                    "--threads",
                    threads,
                    "--out",
                    out.toString());
            assertEquals(0, r.status(), r.err());
            tables.add(withoutTimings(Files.readAllLines(out.resolve("limits.csv"))));
        }
        assertEquals(2 + 4, tables.get(0).size());
        // Exactly, digit for digit: every point is computed alone from the same start.
        assertEquals(tables.get(0), tables.get(1));
    }

    @Test
    void badArgumentsAreExitStatusTwo() throws IOException {
        Path ws = write("ws.json", WORKSPACE);
        Path map = write("map.json", MAPPING);
        String o = dir.resolve("o").toString();
        for (String[] extra : List.of(
                new String[] {"--model", "nope"},
                new String[] {"--model", "sm", "--param", "m_x=1"},
                new String[] {"--model", "b-to-k-scalar"},
                new String[] {"--model", "b-to-k-scalar", "--param", "m_x=5"},
                new String[] {"--model", "b-to-k-scalar", "--scan", "m_x=1:0:3"},
                new String[] {"--model", "wet", "--param", "ctl=abc"},
                new String[] {"--model", "sm", "--cl", "95"},
                new String[] {"--model", "sm", "--threads", "0"})) {
            String[] args = new String[5 + extra.length];
            args[0] = "reinterpret";
            args[1] = ws.toString();
            args[2] = "--mapping";
            args[3] = map.toString();
            System.arraycopy(extra, 0, args, 4, extra.length);
            args[args.length - 1] = "--out=" + o;
            Run r = run(args);
            assertEquals(2, r.status(), String.join(" ", extra) + ": " + r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
        }
    }
}
