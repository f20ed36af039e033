package io.upsilon.analysis.output.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryJsonTest {
    @TempDir
    Path dir;

    private final Provenance prov = new Provenance(
            "0.1.0-SNAPSHOT",
            "0123456789abcdef0123456789abcdef01234567",
            12345,
            Sha256.of("card"),
            Sha256.of("config"),
            "17.0.15 (Debian)");

    private static Map<String, Object> body() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("analysis", "zprime-invisible");
        m.put("luminosity_fb", 79.7);
        m.put("masses_gev", List.of(1.0, 3.0, 6.0));
        return m;
    }

    @Test
    void provenanceIsTheFirstTopLevelObject() throws Exception {
        Path f = dir.resolve("summary.json");
        SummaryJson.write(f, prov, body());
        JsonNode root = new ObjectMapper().readTree(Files.readString(f));
        assertThat(root.fieldNames().next()).isEqualTo("provenance");
        JsonNode p = root.get("provenance");
        assertThat(p.get("seed").asLong()).isEqualTo(12345);
        assertThat(p.get("git_commit").asText()).isEqualTo(prov.gitCommit());
        assertThat(p.get("card_sha256").asText()).isEqualTo(Sha256.of("card"));
        assertThat(root.get("luminosity_fb").asDouble()).isEqualTo(79.7);
        assertThat(root.get("masses_gev")).hasSize(3);
        assertThat(root.has("created")).isFalse();
    }

    @Test
    void sameInputsGiveIdenticalBytes() throws Exception {
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        SummaryJson.write(a, prov, body());
        SummaryJson.write(b, prov, body());
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
    }

    @Test
    void creationTimeOnlyWhenAskedFor() throws Exception {
        String json = SummaryJson.toJson(prov, body(), Instant.parse("2026-11-22T05:00:00Z"));
        assertThat(new ObjectMapper().readTree(json).get("created").asText()).isEqualTo("2026-11-22T05:00:00Z");
    }

    @Test
    void reservedKeysAreRefused() {
        assertThatThrownBy(() -> SummaryJson.toJson(prov, Map.of("provenance", 1), null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
