package io.upsilon.stats.reinterpret;

import io.upsilon.stats.workspace.Workspace;
import io.upsilon.stats.workspace.WorkspaceReader;

/** A small synthetic workspace and its mapping, made up for the re-weighting tests. */
final class ReinterpretFixtures {
    private ReinterpretFixtures() {}

    /**
     * Channel "sr", 2 reco bins: signal (normfactor mu, staterror, histosys) and a background;
     * channel "cr" (1 bin) has background only. Signal template = column sums of {@link #MATRIX}.
     */
    static final String WORKSPACE = """
            {"channels": [
              {"name": "sr", "samples": [
                {"name": "signal", "data": [6.0, 4.0], "modifiers": [
                  {"name": "mu", "type": "normfactor", "data": null},
                  {"name": "stat_sr", "type": "staterror", "data": [0.6, 0.8]},
                  {"name": "shape", "type": "histosys", "data": {"hi_data": [6.6, 4.2], "lo_data": [5.4, 3.8]}}]},
                {"name": "bkg", "data": [50.0, 30.0], "modifiers": [
                  {"name": "bkg_norm", "type": "normsys", "data": {"hi": 1.1, "lo": 0.9}}]}]},
              {"name": "cr", "samples": [
                {"name": "bkg", "data": [100.0], "modifiers": [
                  {"name": "bkg_norm", "type": "normsys", "data": {"hi": 1.1, "lo": 0.9}}]}]}],
             "observations": [{"name": "sr", "data": [60, 33]}, {"name": "cr", "data": [101]}],
             "measurements": [{"name": "m", "config": {"poi": "mu", "parameters": []}}],
             "version": "1.0.0"}
            """;

    /** 4 truth bins x 2 reco bins; column sums 6 and 4. */
    static final String MATRIX = "[[1.0, 0.5], [2.0, 0.5], [2.0, 1.0], [1.0, 2.0]]";

    static String mapping(String channels) {
        return """
                {"format": "upsilon-reinterpret-mapping/1", "source": "made up for a test",
                 "sample": "signal", "poi": "mu", "variable": "q2", "unit": "GeV^2",
                 "truth_bin_edges": [0, 1, 2, 3, 4], "reference_model": "SM",
                 "channels": %s}
                """.formatted(channels);
    }

    static String mapping() {
        return mapping("{\"sr\": " + MATRIX + "}");
    }

    static Workspace workspace() {
        return WorkspaceReader.parse("ws.json", WORKSPACE);
    }
}
