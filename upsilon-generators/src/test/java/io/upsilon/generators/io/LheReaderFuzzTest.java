package io.upsilon.generators.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import io.upsilon.core.beam.Beam;
import io.upsilon.core.error.InputException;
import io.upsilon.core.event.GenEvent;
import java.io.StringReader;

/**
 * The LHE reader must either return events or throw {@link InputException}: never a raw runtime
 * exception (NPE, NumberFormatException, IndexOutOfBounds, ...). Runs on the seeds in {@code
 * LheReaderFuzzTestInputs/parse} under surefire; {@code JAZZER_FUZZ=1} fuzzes.
 */
class LheReaderFuzzTest {
    private static final Beam BEAM = Beam.preset("Y4S");

    @FuzzTest(maxDuration = "60s")
    void parse(@NotNull String text) {
        try (LheReader r = new LheReader(new StringReader(text), "fuzz.lhe")) {
            LheLabFrame frame = LheLabFrame.of(r.init(), BEAM);
            int n = 0;
            for (GenEvent e = r.next(); e != null && n < 1000; e = r.next()) {
                assertThat(e.size()).isPositive();
                assertThat(frame.apply(e).size()).isEqualTo(e.size());
                n++;
            }
        } catch (InputException e) {
            assertThat(e.source()).isEqualTo("fuzz.lhe");
            assertThat(e.getMessage()).startsWith("fuzz.lhe: line ");
        }
    }
}
