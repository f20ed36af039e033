package io.upsilon.detector;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import io.upsilon.core.error.InputException;

/**
 * The card reader must return a valid card or throw {@link InputException} naming the source:
 * never another exception. Runs on the seeds in {@code DetectorCardFuzzTestInputs/parse} under
 * surefire; {@code JAZZER_FUZZ=1} fuzzes.
 */
class DetectorCardFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void parse(@NotNull String text) {
        try {
            DetectorCard card = DetectorCardReader.parse(text, "fuzz.yaml");
            assertThat(card.tracking().thetaMax()).isGreaterThan(card.tracking().thetaMin());
            assertThat(card.pid().muon().workingPoint()).isBetween(0.5, 1.0);
        } catch (InputException e) {
            assertThat(e.source()).isEqualTo("fuzz.yaml");
            assertThat(e.getMessage()).startsWith("fuzz.yaml");
        }
    }
}
