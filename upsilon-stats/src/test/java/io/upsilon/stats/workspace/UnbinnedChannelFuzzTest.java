package io.upsilon.stats.workspace;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import io.upsilon.core.error.InputException;
import io.upsilon.stats.model.Likelihood;
import io.upsilon.stats.model.Model;
import io.upsilon.stats.model.ModelCompiler;
import io.upsilon.stats.model.ModelOptions;

/**
 * The {@code unbinned_channels} extension: whatever the fuzzer puts there, reading and compiling
 * either succeed or fail with {@link InputException}, and a compiled model evaluates its NLL and
 * gradient at the suggested start without throwing (a value may be +infinity).
 */
class UnbinnedChannelFuzzTest {

    /** A binned channel sharing mu with whatever unbinned channels follow. */
    private static final String PREFIX = """
            {"channels": [{"name": "sr", "samples": [{"name": "s", "data": [2.0],
               "modifiers": [{"name": "mu", "type": "normfactor", "data": null}]},
              {"name": "b", "data": [5.0], "modifiers": []}]}],
             "observations": [{"name": "sr", "data": [6]}],
             "measurements": [{"name": "m", "config": {"poi": "mu", "parameters": []}}],
             "version": "1.0.0", "unbinned_channels": """;

    @FuzzTest(maxDuration = "10s")
    void unbinnedChannels(@NotNull String unbinned) {
        try {
            Workspace ws = WorkspaceReader.parse("fuzz.json", PREFIX + unbinned + "}");
            Model m = ModelCompiler.compile(ws, "fuzz.json", null, ModelOptions.defaults());
            Likelihood l = m.likelihood();
            double[] g = new double[m.size()];
            l.nllAndGradient(m.suggestedInit(), g);
        } catch (InputException expected) {
            // Bad input, reported properly.
        }
    }
}
