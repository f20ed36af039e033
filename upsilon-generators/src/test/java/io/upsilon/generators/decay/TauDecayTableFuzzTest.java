package io.upsilon.generators.decay;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import io.upsilon.core.error.InputException;
import java.io.StringReader;

/**
 * The tau decay-table parser must either return a table whose fractions add up to 1 or throw
 * {@link InputException} naming the source: never a raw runtime exception. Runs on the seeds in
 * {@code TauDecayTableFuzzTestInputs/parse} under surefire; {@code JAZZER_FUZZ=1} fuzzes.
 */
class TauDecayTableFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void parse(@NotNull String text) {
        try {
            TauDecayTable table = TauDecayTable.load(new StringReader(text), "fuzz.tsv");
            double sum = 0;
            for (TauDecayChannel c : table.channels()) {
                sum += c.branchingFraction();
                assertThat(c.model().size()).isEqualTo(c.products().size());
            }
            assertThat(sum).isBetween(1 - 1e-6, 1 + 1e-6);
        } catch (InputException e) {
            assertThat(e.source()).isEqualTo("fuzz.tsv");
            assertThat(e.getMessage()).startsWith("fuzz.tsv");
        }
    }
}
