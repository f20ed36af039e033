package io.upsilon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.upsilon.generators.io.HepMC3Reader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code upsilon generate --decay-file}: a good table is read for the run, a bad one stops it. */
class DecayFileOptionTest {
    @TempDir
    Path dir;

    @Test
    void aBadDecayFileGivesOneLineWithFileLineAndColumnAndStatusTwo() throws IOException {
        Path dec = dir.resolve("my.dec");
        Files.writeString(dec, "Decay K_S0\n1.0 pi+ pi- NOSUCHMODEL;\nEnddecay\nEnd\n");
        Path out = dir.resolve("out.hepmc3");
        CliTestSupport.Result r = CliTestSupport.run(
                "generate", "ee-mumu", "--events", "10", "--decay-file", dec.toString(), "--out", out.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err())
                .startsWith("upsilon: error: " + dec + ": line 2, column 13: unknown particle or model 'NOSUCHMODEL'")
                .endsWith(System.lineSeparator());
        assertThat(r.err().lines()).hasSize(1);
        assertThat(out).doesNotExist();

        CliTestSupport.Result missing = CliTestSupport.run(
                "generate",
                "ee-mumu",
                "--events",
                "10",
                "--decay-file",
                dir.resolve("none.dec").toString(),
                "--out",
                out.toString());
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).contains("none.dec").contains("cannot read");
    }

    @Test
    void aGoodDecayFileIsReadAndRecordedInTheProvenance() throws IOException {
        Path dec = dir.resolve("my.dec");
        Files.writeString(dec, "Decay K_S0\n1.0 pi+ pi- PHSP;\nEnddecay\nEnd\n");
        Path out = dir.resolve("out.hepmc3");
        CliTestSupport.Result r = CliTestSupport.run(
                "generate", "ee-mumu", "--events", "10", "--decay-file", dec.toString(), "--out", out.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(Files.readString(out)).contains("decay_file").contains(dec.toString());
        try (HepMC3Reader reader = HepMC3Reader.open(out)) {
            assertThat(reader.next()).isNotNull();
        }
    }
}
