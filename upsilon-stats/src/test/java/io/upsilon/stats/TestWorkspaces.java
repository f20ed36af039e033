package io.upsilon.stats;

import io.upsilon.stats.model.Model;
import io.upsilon.stats.model.ModelCompiler;
import io.upsilon.stats.model.ModelOptions;
import io.upsilon.stats.workspace.WorkspaceReader;

/** Small synthetic workspaces written for the tests (not copied from anywhere). */
public final class TestWorkspaces {

    private TestWorkspaces() {}

    /** Two channels, every modifier type, a lumi in the measurement. */
    public static final String ALL_MODIFIERS = """
            {"channels": [
              {"name": "sr", "samples": [
                {"name": "sig", "data": [5.0, 8.0, 3.0], "modifiers": [
                  {"name": "mu", "type": "normfactor", "data": null},
                  {"name": "lumi", "type": "lumi", "data": null},
                  {"name": "sig_norm", "type": "normsys", "data": {"hi": 1.1, "lo": 0.85}}]},
                {"name": "bkg", "data": [40.0, 30.0, 20.0], "modifiers": [
                  {"name": "jes", "type": "histosys", "data": {"hi_data": [43.0, 31.0, 19.0], "lo_data": [38.0, 29.5, 21.5]}},
                  {"name": "jes", "type": "normsys", "data": {"hi": 1.05, "lo": 0.97}},
                  {"name": "stat_sr", "type": "staterror", "data": [2.0, 1.5, 1.2]},
                  {"name": "bkg_shape", "type": "shapesys", "data": [4.0, 3.0, 2.5]}]},
                {"name": "bkg2", "data": [10.0, 6.0, 4.0], "modifiers": [
                  {"name": "stat_sr", "type": "staterror", "data": [1.0, 0.8, 0.5]},
                  {"name": "k2", "type": "normfactor", "data": null}]}]},
              {"name": "cr", "samples": [
                {"name": "bkg2", "data": [100.0, 80.0], "modifiers": [
                  {"name": "k2", "type": "normfactor", "data": null},
                  {"name": "sf", "type": "shapefactor", "data": null},
                  {"name": "jes", "type": "normsys", "data": {"hi": 1.02, "lo": 0.99}}]}]}],
             "observations": [
              {"name": "sr", "data": [52, 41, 26]},
              {"name": "cr", "data": [97, 84]}],
             "measurements": [
              {"name": "meas", "config": {"poi": "mu", "parameters": [
                {"name": "lumi", "auxdata": [1.0], "sigmas": [0.02], "bounds": [[0.5, 1.5]], "inits": [1.0]},
                {"name": "sf", "fixed": true}]}}],
             "version": "1.0.0"}
            """;

    /** Compiles a workspace text with the default options. */
    public static Model compile(String json) {
        return ModelCompiler.compile(
                WorkspaceReader.parse("test.json", json), "test.json", null, ModelOptions.defaults());
    }
}
