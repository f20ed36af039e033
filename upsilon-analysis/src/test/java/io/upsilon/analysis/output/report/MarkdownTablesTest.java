package io.upsilon.analysis.output.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.upsilon.core.error.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The inputs mimic the layout of the searches' cutflow.md (TauAlphaReport, ZPrimeReport, TauMassReport). */
class MarkdownTablesTest {
    @TempDir
    Path dir;

    /** Two channels under their own headings, an intro paragraph and a paragraph after each table. */
    private static final String TWO_CHANNELS = """
            # tau -> l alpha: cut flow

            Backgrounds: expected events at 62.8 fb^-1.
            Signal: efficiency in %.

            ## channel e

            | step | tautau | m_α = 1.0 GeV |
            |---|---:|---:|
            | generated | 5.754e+07 ± 1.2e+05 | 100.00% |
            | L1 trigger | 9.301e+06 ± 4.8e+04 | 9.36% |

            Selected tau pairs in e.

            ## channel mu

            | step | tautau | m_α = 1.0 GeV |
            |---|---:|---:|
            | generated | 5.754e+07 ± 1.2e+05 | 100.00% |

            Selected tau pairs in mu.

            Generated events: tautau 286571.
            """;

    @Test
    void readsTablesWithHeadingCaptionsAlignmentsAndNotes() throws Exception {
        Path f = Files.writeString(dir.resolve("cutflow.md"), TWO_CHANNELS);
        List<Table> tables = MarkdownTables.read(f);
        assertThat(tables).hasSize(2);
        Table e = tables.get(0);
        assertThat(e.caption()).isEqualTo("channel e");
        assertThat(e.header()).containsExactly("step", "tautau", "m_α = 1.0 GeV");
        assertThat(e.rows())
                .containsExactly(
                        List.of("generated", "5.754e+07 ± 1.2e+05", "100.00%"),
                        List.of("L1 trigger", "9.301e+06 ± 4.8e+04", "9.36%"));
        assertThat(e.alignments()).containsExactly(Alignment.LEFT, Alignment.RIGHT, Alignment.RIGHT);
        // The intro (under the title, before any table) goes to the first table; the paragraph after
        // a table under the same heading stays with it.
        assertThat(e.notes())
                .containsExactly(
                        "Backgrounds: expected events at 62.8 fb^-1. Signal: efficiency in %.",
                        "Selected tau pairs in e.");
        Table mu = tables.get(1);
        assertThat(mu.caption()).isEqualTo("channel mu");
        assertThat(mu.rows()).hasSize(1);
        assertThat(mu.notes()).containsExactly("Selected tau pairs in mu.", "Generated events: tautau 286571.");
    }

    @Test
    void emptyCellsEscapedPipesCentredColumnsAndParagraphBeforeATableUnderItsHeading() {
        String md = """
                # tau mass: cut flow

                | step | MC events | note |
                | --- | ---: | :---: |
                | generated | 690159 | a \\| b |
                | M_min in the fit window | 3835 | |

                ## BDT stage

                Explains the next table.

                | region | cut |
                |---|---:|
                | 0.5-2 | 0.78 |
                """;
        List<Table> tables = MarkdownTables.parse(md, "x.md");
        Table first = tables.get(0);
        assertThat(first.caption()).isEqualTo("tau mass: cut flow");
        assertThat(first.alignments()).containsExactly(Alignment.LEFT, Alignment.RIGHT, Alignment.CENTER);
        assertThat(first.rows())
                .containsExactly(
                        List.of("generated", "690159", "a | b"), List.of("M_min in the fit window", "3835", ""));
        assertThat(first.notes()).isEmpty();
        assertThat(tables.get(1).caption()).isEqualTo("BDT stage");
        assertThat(tables.get(1).notes()).containsExactly("Explains the next table.");
    }

    @Test
    void rowWithAMissingCellIsAnInputErrorNamingFileAndLine() throws Exception {
        String broken = TWO_CHANNELS.replace(
                "| L1 trigger | 9.301e+06 ± 4.8e+04 | 9.36% |", "| L1 trigger | 9.301e+06 ± 4.8e+04 |");
        Path f = Files.writeString(dir.resolve("cutflow.md"), broken);
        assertThatThrownBy(() -> MarkdownTables.read(f))
                .isInstanceOfSatisfying(InputException.class, ex -> {
                    assertThat(ex.source()).isEqualTo(f.toString());
                    assertThat(ex.location()).isEqualTo("line 11");
                    assertThat(ex.problem()).isEqualTo("expected 3 cells as in the table header on line 8, found 2");
                })
                .hasMessageStartingWith(f + ": line 11: ");
    }

    @Test
    void headerWithoutDelimiterRowIsAnInputError() {
        String md = "text\n\n| a | b |\n| 1 | 2 |\n";
        assertThatThrownBy(() -> MarkdownTables.parse(md, "t.md"))
                .isInstanceOf(InputException.class)
                .hasMessage("t.md: line 4: expected a delimiter row such as |---|---:| under the table header on"
                        + " line 3");
    }

    @Test
    void delimiterRowOfOtherWidthIsAnInputError() {
        assertThatThrownBy(() -> MarkdownTables.parse("| a | b |\n|---|\n", "t.md"))
                .isInstanceOf(InputException.class)
                .hasMessage("t.md: line 2: expected 2 cells as in the table header on line 1, found 1");
    }

    @Test
    void fileWithoutTableIsAnInputError() throws Exception {
        Path f = Files.writeString(dir.resolve("notes.md"), "# Title\n\nJust text.\n");
        assertThatThrownBy(() -> MarkdownTables.read(f))
                .isInstanceOf(InputException.class)
                .hasMessageContaining(f.toString())
                .hasMessageContaining("expected at least one markdown pipe table");
        assertThatThrownBy(() -> MarkdownTables.read(dir.resolve("absent.md")))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("absent.md");
    }
}
