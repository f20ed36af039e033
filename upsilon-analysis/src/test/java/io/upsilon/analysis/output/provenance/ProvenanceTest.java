package io.upsilon.analysis.output.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProvenanceTest {
    @TempDir
    Path dir;

    @Test
    void sha256MatchesTheFipsExample() throws Exception {
        // FIPS 180-2, appendix B.1: SHA-256("abc")
        String abc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
        assertThat(Sha256.of("abc")).isEqualTo(abc);
        Path f = dir.resolve("card.yaml");
        Files.writeString(f, "abc", StandardCharsets.UTF_8);
        assertThat(Sha256.ofFile(f)).isEqualTo(abc);
    }

    @Test
    void hashesTheInputsContents() {
        Provenance p = Provenance.of(42, "card".getBytes(StandardCharsets.UTF_8), null);
        assertThat(p.seed()).isEqualTo(42);
        assertThat(p.cardSha256()).isEqualTo(Sha256.of("card"));
        assertThat(p.configSha256()).isEqualTo(Provenance.NONE);
        assertThat(p.jvmVersion()).startsWith(System.getProperty("java.version"));
        assertThat(p.upsilonVersion()).isNotBlank();
        assertThat(p.gitCommit()).matches("[0-9a-f]{40}|unknown");
    }

    @Test
    void aCardKnownByItsHashKeepsThatHash() {
        Provenance p = Provenance.of(7, Sha256.of("card"), "config".getBytes(StandardCharsets.UTF_8));
        assertThat(p.cardSha256()).isEqualTo(Sha256.of("card"));
        assertThat(p.configSha256()).isEqualTo(Sha256.of("config"));
        assertThatThrownBy(() -> Provenance.of(7, "not a hash", null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void mapHasTheSummaryKeysInOrder() {
        Provenance p = new Provenance("0.1.0", "unknown", 7, Provenance.NONE, Sha256.of("x"), "17");
        assertThat(p.toMap())
                .containsOnlyKeys("upsilon_version", "git_commit", "seed", "card_sha256", "config_sha256", "jvm");
        assertThat(p.toMap().keySet())
                .containsExactly("upsilon_version", "git_commit", "seed", "card_sha256", "config_sha256", "jvm");
        assertThat(p.toMap()).containsEntry("seed", 7L);
    }

    @Test
    void rejectsMalformedHashesAndBlankFields() {
        assertThatThrownBy(() -> new Provenance("v", "c", 1, "abc", Provenance.NONE, "17"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cardSha256");
        assertThatThrownBy(() -> new Provenance(" ", "c", 1, Provenance.NONE, Provenance.NONE, "17"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void versionPropertyOverridesTheLookup() {
        String old = System.getProperty("upsilon.version");
        try {
            System.setProperty("upsilon.version", "9.9.9-test");
            assertThat(UpsilonVersion.find()).isEqualTo("9.9.9-test");
        } finally {
            if (old == null) {
                System.clearProperty("upsilon.version");
            } else {
                System.setProperty("upsilon.version", old);
            }
        }
    }
}
