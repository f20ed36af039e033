package io.upsilon.analysis.output.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.upsilon.core.error.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The inputs mimic the searches' limits.csv and cutflow.csv (ZPrimeReport, TauAlphaReport). */
class CsvTablesTest {
    @TempDir
    Path dir;

    @Test
    void readsLimitsWithEmptyFieldsAndRightAlignsNumbers() throws Exception {
        Path f = Files.writeString(
                dir.resolve("limits.csv"),
                "mass_gev,sigma_obs_fb,sigma_exp_fb\n1.00000,24.3840,26.5525\n0.50000,,\n6.00000,5.04283,6.08969\n");
        Table t = CsvTables.read(f);
        assertThat(t.header()).containsExactly("mass_gev", "sigma_obs_fb", "sigma_exp_fb");
        assertThat(t.rows())
                .containsExactly(
                        List.of("1.00000", "24.3840", "26.5525"),
                        List.of("0.50000", "", ""),
                        List.of("6.00000", "5.04283", "6.08969"));
        assertThat(t.alignments()).containsOnly(Alignment.RIGHT);
        assertThat(t.caption()).isEmpty();
    }

    @Test
    void quotedFieldsKeepCommasQuotesAndLineBreaks() {
        String csv = "\uFEFFchannel,step,signal_efficiencies\r\n"
                + "e,\"preselection (generator level, >= 3 charged in CDC)\",\"1.0;0.13\"\r\n"
                + "\r\n"
                + "mu,\"a \"\"quoted\"\"\nstep\",\"\"\r\n";
        Table t = CsvTables.parse(csv, "cutflow.csv");
        assertThat(t.header()).containsExactly("channel", "step", "signal_efficiencies");
        assertThat(t.rows())
                .containsExactly(
                        List.of("e", "preselection (generator level, >= 3 charged in CDC)", "1.0;0.13"),
                        List.of("mu", "a \"quoted\"\nstep", ""));
        assertThat(t.alignments()).containsOnly(Alignment.LEFT);
    }

    @Test
    void recordOfOtherWidthIsAnInputErrorNamingFileAndLine() throws Exception {
        Path f = Files.writeString(dir.resolve("limits.csv"), "a,b,c\n1,2,3\n\n\"x,y\",2\n");
        assertThatThrownBy(() -> CsvTables.read(f)).isInstanceOfSatisfying(InputException.class, ex -> {
            assertThat(ex.source()).isEqualTo(f.toString());
            assertThat(ex.location()).isEqualTo("line 4");
            assertThat(ex.problem()).isEqualTo("expected 3 fields as in the header on line 1, found 2");
        });
    }

    @Test
    void brokenQuotingIsAnInputError() {
        assertThatThrownBy(() -> CsvTables.parse("a,b\n1,\"open\n2,3\n", "c.csv"))
                .isInstanceOf(InputException.class)
                .hasMessage("c.csv: line 2: quoted field is never closed");
        assertThatThrownBy(() -> CsvTables.parse("a,b\n1,\"x\"y\n", "c.csv"))
                .isInstanceOf(InputException.class)
                .hasMessage("c.csv: line 2: expected a comma or line end after a closing quote, found 'y'");
        assertThatThrownBy(() -> CsvTables.parse("a,b\n1,x\"y\n", "c.csv"))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("c.csv: line 2: a double quote inside an unquoted field");
        assertThatThrownBy(() -> CsvTables.parse("\n\n", "c.csv"))
                .isInstanceOf(InputException.class)
                .hasMessage("c.csv: line 1: expected a CSV header row");
    }
}
