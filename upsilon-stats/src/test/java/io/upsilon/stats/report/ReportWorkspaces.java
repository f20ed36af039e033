package io.upsilon.stats.report;

import io.upsilon.stats.model.Model;
import io.upsilon.stats.model.ModelCompiler;
import io.upsilon.stats.model.ModelOptions;
import io.upsilon.stats.workspace.WorkspaceReader;

/** Small workspaces whose post-fit numbers have closed forms. */
final class ReportWorkspaces {
    private ReportWorkspaces() {}

    /**
     * A signal region (signal 20 mu, background 100 k) and a control region (background 400 k), data
     * 130 and 420: two free normalisations for two bins, so the fit reproduces the data exactly
     * (mu-hat = 1.25, k-hat = 1.05) and the covariance is the Poisson one mapped through the
     * linear rates.
     */
    static final String SR_CR = """
            {"channels": [
              {"name": "SR", "samples": [
                {"name": "signal", "data": [20.0], "modifiers": [{"name": "mu", "type": "normfactor", "data": null}]},
                {"name": "background", "data": [100.0], "modifiers": [{"name": "k", "type": "normfactor", "data": null}]}]},
              {"name": "CR", "samples": [
                {"name": "background", "data": [400.0], "modifiers": [{"name": "k", "type": "normfactor", "data": null}]}]}],
             "observations": [{"name": "SR", "data": [130.0]}, {"name": "CR", "data": [420.0]}],
             "measurements": [{"name": "meas", "config": {"poi": "mu", "parameters": []}}],
             "version": "1.0.0"}
            """;

    /**
     * Three bins with large counts, a signal with a normsys, two backgrounds with a shared normsys
     * and their own, a histosys on one and per-bin MC statistics: nearly Gaussian, so quadrature
     * (grouped) and shifted-fit impacts agree.
     */
    static final String SYSTEMATICS = """
            {"channels": [
              {"name": "SR", "samples": [
                {"name": "signal", "data": [300.0, 600.0, 200.0], "modifiers": [
                  {"name": "mu", "type": "normfactor", "data": null},
                  {"name": "sig_eff", "type": "normsys", "data": {"hi": 1.04, "lo": 0.96}}]},
                {"name": "ttbar", "data": [3000.0, 2500.0, 2000.0], "modifiers": [
                  {"name": "lumi_like", "type": "normsys", "data": {"hi": 1.02, "lo": 0.98}},
                  {"name": "ttbar_xs", "type": "normsys", "data": {"hi": 1.06, "lo": 0.95}},
                  {"name": "jes", "type": "histosys", "data": {"hi_data": [3090.0, 2480.0, 1950.0],
                                                                "lo_data": [2920.0, 2515.0, 2040.0]}},
                  {"name": "staterror_SR", "type": "staterror", "data": [30.0, 25.0, 20.0]}]},
                {"name": "wjets", "data": [1000.0, 1200.0, 1500.0], "modifiers": [
                  {"name": "lumi_like", "type": "normsys", "data": {"hi": 1.02, "lo": 0.98}},
                  {"name": "wjets_xs", "type": "normsys", "data": {"hi": 1.10, "lo": 0.90}},
                  {"name": "staterror_SR", "type": "staterror", "data": [20.0, 20.0, 25.0]}]}]}],
             "observations": [{"name": "SR", "data": [4350.0, 4290.0, 3780.0]}],
             "measurements": [{"name": "meas", "config": {"poi": "mu", "parameters": []}}],
             "version": "1.0.0"}
            """;

    /**
     * A linear model: symmetric histosys variations (code4p is then exactly linear in alpha) and
     * per-bin MC statistics (linear gammas) on a million events per bin, so the likelihood is
     * Gaussian to ~1/sqrt(1e6) = 0.1%.
     */
    static final String LINEAR = """
            {"channels": [
              {"name": "SR", "samples": [
                {"name": "signal", "data": [10000.0, 20000.0, 5000.0], "modifiers": [
                  {"name": "mu", "type": "normfactor", "data": null}]},
                {"name": "background", "data": [1.0e6, 1.0e6, 1.0e6], "modifiers": [
                  {"name": "tilt", "type": "histosys", "data": {"hi_data": [1.01e6, 1.0e6, 0.99e6],
                                                                 "lo_data": [0.99e6, 1.0e6, 1.01e6]}},
                  {"name": "scale", "type": "histosys", "data": {"hi_data": [1.015e6, 1.02e6, 1.01e6],
                                                                  "lo_data": [0.985e6, 0.98e6, 0.99e6]}},
                  {"name": "staterror_SR", "type": "staterror", "data": [3000.0, 3000.0, 3000.0]}]}]}],
             "observations": [{"name": "SR", "data": [1.0135e6, 1.0240e6, 1.0021e6]}],
             "measurements": [{"name": "meas", "config": {"poi": "mu", "parameters": []}}],
             "version": "1.0.0"}
            """;

    static Model compile(String json) {
        return ModelCompiler.compile(
                WorkspaceReader.parse("test.json", json), "test.json", null, ModelOptions.defaults());
    }
}
