package io.upsilon.core.pdg;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import io.upsilon.core.error.InputException;
import java.io.StringReader;

/**
 * The particle-table parser must either return a table or throw {@link InputException}: never a
 * raw runtime exception. Runs on the seeds in {@code ParticleTableFuzzTestInputs/parse} under
 * surefire; {@code JAZZER_FUZZ=1} fuzzes.
 */
class ParticleTableFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void parse(@NotNull String text) {
        try {
            ParticleTable table = ParticleTable.load(new StringReader(text), "fuzz.tsv");
            assertThat(table.size()).isPositive();
            for (ParticleData p : table.all()) {
                assertThat(table.antiparticle(p).antiparticleId()).isEqualTo(p.id());
            }
        } catch (InputException e) {
            assertThat(e.source()).isEqualTo("fuzz.tsv");
            assertThat(e.getMessage()).startsWith("fuzz.tsv");
        }
    }
}
