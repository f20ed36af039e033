package io.upsilon.stats.reinterpret;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import io.upsilon.core.error.InputException;

/** The mapping reader and its check against a workspace may only ever reject input with {@link InputException}. */
class MappingReaderFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void parseMapping(@NotNull String json) {
        try {
            ReinterpretMapping m = MappingReader.parse("fuzz.json", json);
            new TemplateReweighter(ReinterpretFixtures.workspace(), m);
        } catch (InputException expected) {
            // Bad input, reported properly.
        }
    }
}
