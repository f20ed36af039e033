package io.upsilon.stats.workspace;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import com.fasterxml.jackson.databind.JsonNode;
import io.upsilon.core.error.InputException;

/** The JSON Patch applier may only ever reject input with {@link InputException}. */
class PatchFuzzTest {

    private static final String BASE = """
            {"channels": [{"name": "c", "samples": [
              {"name": "s", "data": [1.0, 2.0], "modifiers": [{"name": "mu", "type": "normfactor", "data": null}]},
              {"name": "b", "data": [10.0, 20.0], "modifiers": [{"name": "u", "type": "shapesys", "data": [1.0, 2.0]}]}]}],
             "observations": [{"name": "c", "data": [11, 21]}],
             "measurements": [{"name": "m", "config": {"poi": "mu", "parameters": []}}], "version": "1.0.0"}
            """;

    @FuzzTest(maxDuration = "10s")
    void applyPatch(@NotNull String patch) {
        try {
            JsonNode doc = WorkspaceReader.parseTree("base.json", BASE);
            JsonNode ops = JsonPatch.select("patch.json", WorkspaceReader.parseTree("patch.json", patch), null);
            WorkspaceReader.fromTree("patched", JsonPatch.apply(doc, "patch.json", ops));
        } catch (InputException expected) {
            // Bad input, reported properly.
        }
    }
}
