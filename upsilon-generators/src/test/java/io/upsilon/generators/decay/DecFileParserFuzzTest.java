package io.upsilon.generators.decay;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import io.upsilon.core.error.InputException;
import io.upsilon.core.pdg.ParticleTable;
import java.io.StringReader;

/**
 * The DEC parser must either return tables whose fractions add up to 1 (or are empty) and whose
 * channels conserve charge, or throw {@link InputException} naming the source: never a raw
 * runtime exception. Runs on the seeds in {@code DecFileParserFuzzTestInputs/parse} under
 * surefire; {@code JAZZER_FUZZ=1} fuzzes.
 */
class DecFileParserFuzzTest {
    private static final ParticleTable TABLE = ParticleTable.standard();

    @FuzzTest(maxDuration = "60s")
    void parse(@NotNull String text) {
        try {
            DecFile file = DecFileParser.parse(new StringReader(text), "fuzz.dec", TABLE);
            for (DecDecay d : file.decays().values()) {
                double sum = 0;
                for (DecChannel c : d.channels()) {
                    sum += c.branchingFraction();
                    double charge = c.daughters().stream()
                            .mapToDouble(p -> p.data().charge())
                            .sum();
                    assertThat(charge)
                            .isCloseTo(d.parent().data().charge(), org.assertj.core.api.Assertions.within(1e-9));
                }
                if (!d.channels().isEmpty()) {
                    assertThat(sum).isBetween(1 - 1e-9, 1 + 1e-9);
                }
            }
        } catch (InputException e) {
            assertThat(e.source()).isEqualTo("fuzz.dec");
            assertThat(e.getMessage()).startsWith("fuzz.dec");
        }
    }
}
