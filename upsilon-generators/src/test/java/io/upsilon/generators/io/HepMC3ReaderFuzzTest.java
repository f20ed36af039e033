package io.upsilon.generators.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import io.upsilon.core.error.InputException;
import io.upsilon.core.event.GenEvent;
import java.io.StringReader;

/**
 * The HepMC3 reader must either return events or throw {@link InputException}: never a raw
 * runtime exception. Runs on the seeds in {@code HepMC3ReaderFuzzTestInputs/parse} under surefire;
 * {@code JAZZER_FUZZ=1} fuzzes.
 */
class HepMC3ReaderFuzzTest {
    @FuzzTest(maxDuration = "60s")
    void parse(@NotNull String text) {
        try (HepMC3Reader r = new HepMC3Reader(new StringReader(text), "fuzz.hepmc3")) {
            int n = 0;
            for (GenEvent e = r.next(); e != null && n < 1000; e = r.next()) {
                assertThat(e.size()).isNotNegative();
                n++;
            }
        } catch (InputException e) {
            assertThat(e.source()).isEqualTo("fuzz.hepmc3");
            assertThat(e.getMessage()).startsWith("fuzz.hepmc3: line ");
        }
    }
}
