package io.upsilon.analysis.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.upsilon.core.error.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output-directory rules: Upsilon replaces only what it wrote, and says so before the run. */
class OutputDirectoryTest {
    @TempDir
    Path dir;

    @Test
    void aNewDirectoryAnEmptyOneAndAnUpsilonOutputMayBeWritten() throws IOException {
        assertThat(OutputDirectory.checkReplaceable(dir.resolve("new/deeper"), "--out"))
                .isEqualTo(dir.resolve("new/deeper").toAbsolutePath());
        Files.createDirectories(dir.resolve("empty"));
        OutputDirectory.checkReplaceable(dir.resolve("empty"), "--out");
        Path ours = dir.resolve("ours");
        try (StagedDirectory s = AtomicFiles.stage(ours)) {
            s.commit();
        }
        assertThat(OutputDirectory.isUpsilonOutput(ours)).isTrue();
        OutputDirectory.checkReplaceable(ours, "--out");
    }

    @Test
    void anOutputWrittenBeforeTheMarkerIsRecognisedByItsProvenance() throws IOException {
        Path old = dir.resolve("old");
        Files.createDirectories(old);
        Files.writeString(old.resolve("summary.json"), "{\"provenance\": {\"upsilon_version\": \"0.1.0\"}}");
        assertThat(OutputDirectory.isUpsilonOutput(old)).isTrue();
        OutputDirectory.checkReplaceable(old, "--out");
    }

    @Test
    void anExistingFileIsRefusedAndKept() throws IOException {
        Path file = dir.resolve("notes.txt");
        Files.writeString(file, "keep me");
        assertThatThrownBy(() -> OutputDirectory.checkReplaceable(file, "--out"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("--out " + file)
                .hasMessageContaining("not a directory");
        assertThat(file).hasContent("keep me");
    }

    @Test
    void aDirectoryTheUserMadeIsRefusedAndKept() throws IOException {
        Path mine = dir.resolve("mine");
        Files.createDirectories(mine);
        Files.writeString(mine.resolve("precious.txt"), "keep me");
        assertThatThrownBy(() -> OutputDirectory.checkReplaceable(mine, "--out"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("did not write")
                .hasMessageContaining(OutputDirectory.MARKER);
        assertThat(mine.resolve("precious.txt")).hasContent("keep me");
    }

    @Test
    void theCurrentDirectoryAndItsParentsAreRefused() {
        for (String p : new String[] {".", "..", Path.of("").toAbsolutePath().toString()}) {
            assertThatThrownBy(() -> OutputDirectory.checkReplaceable(Path.of(p), "--out"))
                    .as(p)
                    .isInstanceOf(InputException.class)
                    .hasMessageContaining("current directory");
        }
    }

    @Test
    void aLocationUnderAFileIsRefusedBeforeAnyWork() throws IOException {
        Path file = dir.resolve("a-file");
        Files.writeString(file, "x");
        assertThatThrownBy(() -> OutputDirectory.checkReplaceable(file.resolve("out"), "--out"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("cannot be created")
                .hasMessageContaining("a-file");
    }

    @Test
    void aLocationWhereNothingCanBeCreatedIsRefusedEvenForRoot() {
        // access(2) says /proc is writable for root; creating a directory there fails.
        Path proc = Path.of("/proc");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(proc), "needs Linux /proc");
        assertThatThrownBy(() -> OutputDirectory.checkReplaceable(proc.resolve("upsilon-out"), "--out"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("cannot be written");
    }
}
