package io.upsilon.stats.workspace;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import io.upsilon.core.error.InputException;
import io.upsilon.stats.model.ModelCompiler;
import io.upsilon.stats.model.ModelOptions;

/** The workspace reader (and model compiler) may only ever reject input with {@link InputException}. */
class WorkspaceParserFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void parseWorkspace(@NotNull String json) {
        try {
            Workspace ws = WorkspaceReader.parse("fuzz.json", json);
            ModelCompiler.compile(ws, "fuzz.json", null, ModelOptions.defaults());
        } catch (InputException expected) {
            // Bad input, reported properly.
        }
    }
}
