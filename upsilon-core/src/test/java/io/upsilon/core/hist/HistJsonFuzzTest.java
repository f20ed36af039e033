package io.upsilon.core.hist;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import io.upsilon.core.error.InputException;

/**
 * The histogram JSON readers must either return a histogram that writes back to an equal one, or
 * throw {@link InputException}: never a raw runtime exception. Seeds in {@code
 * HistJsonFuzzTestInputs/<method>}; {@code JAZZER_FUZZ=1} fuzzes.
 */
class HistJsonFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void readHist1D(@NotNull String json) {
        try {
            Hist1D h = Hist1D.fromJson(json, "fuzz.json");
            assertThat(Hist1D.fromJson(h.toJson(), "again.json")).isEqualTo(h);
        } catch (InputException e) {
            assertThat(e.getMessage()).startsWith("fuzz.json");
        }
    }

    @FuzzTest(maxDuration = "60s")
    void readHist2D(@NotNull String json) {
        try {
            Hist2D h = Hist2D.fromJson(json, "fuzz.json");
            assertThat(Hist2D.fromJson(h.toJson(), "again.json")).isEqualTo(h);
        } catch (InputException e) {
            assertThat(e.getMessage()).startsWith("fuzz.json");
        }
    }
}
