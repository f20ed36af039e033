package io.upsilon.analysis.output.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.upsilon.analysis.output.provenance.Provenance;
import io.upsilon.analysis.output.provenance.Sha256;
import io.upsilon.analysis.output.provenance.SummaryJson;
import io.upsilon.core.error.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryProvenanceTest {
    @TempDir
    Path dir;

    @Test
    void readsWhatSummaryJsonWritesInOrder() {
        Provenance p = new Provenance(
                "0.1.0-SNAPSHOT",
                "0123456789abcdef0123456789abcdef01234567",
                12345,
                Sha256.of("card"),
                Provenance.NONE,
                "17.0.15 (Debian)");
        Path f = dir.resolve("summary.json");
        SummaryJson.write(f, p, Map.of("analysis", "tau-mass"));
        Map<String, String> read = SummaryProvenance.read(f);
        assertThat(read)
                .containsExactly(
                        Map.entry("upsilon_version", "0.1.0-SNAPSHOT"),
                        Map.entry("git_commit", "0123456789abcdef0123456789abcdef01234567"),
                        Map.entry("seed", "12345"),
                        Map.entry("card_sha256", Sha256.of("card")),
                        Map.entry("config_sha256", "none"),
                        Map.entry("jvm", "17.0.15 (Debian)"));
    }

    @Test
    void nestedValuesAreCompactJson() throws Exception {
        Path f = Files.writeString(dir.resolve("s.json"), "{\"provenance\": {\"b\": [1, 2], \"a\": null}}");
        assertThat(SummaryProvenance.read(f)).containsExactly(Map.entry("b", "[1,2]"), Map.entry("a", "null"));
    }

    @Test
    void missingProvenanceOrBrokenJsonIsAnInputError() throws Exception {
        Path none = Files.writeString(dir.resolve("none.json"), "{\"analysis\": \"x\"}");
        assertThatThrownBy(() -> SummaryProvenance.read(none))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith(none + ": /provenance: expected a top-level \"provenance\" object");
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\n  \"provenance\": {\n    \"seed\": 1,,\n");
        assertThatThrownBy(() -> SummaryProvenance.read(broken)).isInstanceOfSatisfying(InputException.class, ex -> {
            assertThat(ex.source()).isEqualTo(broken.toString());
            assertThat(ex.location()).startsWith("line 3, column");
        });
    }
}
