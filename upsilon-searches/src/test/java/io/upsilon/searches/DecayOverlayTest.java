package io.upsilon.searches;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.upsilon.analysis.output.provenance.Sha256;
import io.upsilon.core.config.ConfigNode;
import io.upsilon.core.error.InputException;
import io.upsilon.generators.process.ProcessRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sample's {@code decay_file}: where it is found, its errors, its hash in the fingerprint. */
class DecayOverlayTest {
    /** Forces every D+ to K- pi+ pi+ (the D+ line of the charm-lifetimes overlay). */
    private static final String DPLUS_ONLY = "Decay D+\n1.0 K- pi+ pi+ PHSP;\nEnddecay\nCDecay D-\nEnd\n";

    @TempDir
    Path dir;

    private static ConfigNode node(String yaml, String source) throws Exception {
        return ConfigNode.root(new YAMLMapper().readTree(yaml), source, "the bundled file");
    }

    @Test
    void aBundledNameIsAResourceBesideTheSearches() throws Exception {
        ConfigNode n = node("process: ee-ccbar\nevents: 1000\ndecay_file: charmlifetimes/charm-signal\n", "t.yaml");
        SampleSpec s = SampleSpec.read(n, "ccbar", "ccbar", ProcessRegistry.standard());
        n.finish();
        assertThat(s.hasDecayFile()).isTrue();
        assertThat(s.decayFile().location()).isEqualTo("io/upsilon/searches/charmlifetimes/charm-signal.dec");
        assertThat(s.decayFile().sha256()).matches("[0-9a-f]{64}");
        // The overlay replaced the bundled D+ table (many channels) by its one forced channel.
        assertThat(s.decayFile().table().decay("D+").orElseThrow().channels()).hasSize(1);
        assertThat(RunContext.generatorOptions(s).decays())
                .isSameAs(s.decayFile().table());
    }

    @Test
    void withoutADecayFileTheBundledTableIsUsed() throws Exception {
        ConfigNode n = node("process: ee-ccbar\nevents: 1000\n", "t.yaml");
        SampleSpec s = SampleSpec.read(n, "ccbar", "ccbar", ProcessRegistry.standard());
        assertThat(s.hasDecayFile()).isFalse();
        assertThat(RunContext.generatorOptions(s).decays()).isNull();
    }

    @Test
    void aPathIsRelativeToTheYaml() throws Exception {
        Path dec = dir.resolve("dplus.dec");
        Files.writeString(dec, DPLUS_ONLY);
        Path yaml = dir.resolve("my.yaml");
        Files.writeString(yaml, "unused");
        ConfigNode n = node("process: ee-ccbar\nevents: 1000\ndecay_file: dplus.dec\n", yaml.toString());
        SampleSpec s = SampleSpec.read(n, "ccbar", "ccbar", ProcessRegistry.standard());
        assertThat(Path.of(s.decayFile().location())).isEqualTo(dec);
        assertThat(s.decayFile().sha256()).isEqualTo(Sha256.of(DPLUS_ONLY.getBytes(StandardCharsets.UTF_8)));
        assertThat(s.decayFile().table().decay("D+").orElseThrow().channels()).hasSize(1);
    }

    @Test
    void aMissingFileOrUnknownNameIsAnErrorAtItsYamlPath() throws Exception {
        ConfigNode missing = node("process: ee-ccbar\nevents: 1000\ndecay_file: nothere.dec\n", "test.yaml");
        assertThatThrownBy(() -> SampleSpec.read(missing, "ccbar", "ccbar", ProcessRegistry.standard()))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("test.yaml")
                .hasMessageContaining("decay_file")
                .hasMessageContaining("nothere.dec");
        ConfigNode unknown = node("process: ee-ccbar\nevents: 1000\ndecay_file: no-such-overlay\n", "test.yaml");
        assertThatThrownBy(() -> SampleSpec.read(unknown, "ccbar", "ccbar", ProcessRegistry.standard()))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("decay_file")
                .hasMessageContaining("no bundled decay overlay");
    }

    @Test
    void aBadDecFileNamesItselfAndTheLine() throws Exception {
        Path dec = dir.resolve("bad.dec");
        Files.writeString(dec, "Decay D+\n1.0 K- pi+ nosuchparticle PHSP;\nEnddecay\nEnd\n");
        ConfigNode n = node("process: ee-ccbar\nevents: 1000\ndecay_file: " + dec + "\n", "test.yaml");
        assertThatThrownBy(() -> SampleSpec.read(n, "ccbar", "ccbar", ProcessRegistry.standard()))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("bad.dec");
    }

    @Test
    void anEditedOverlayChangesTheRunsFingerprint() throws Exception {
        Path dec = dir.resolve("signal.dec");
        Files.writeString(dec, DPLUS_ONLY);
        String bundled = new String(Searches.bundled("charm-lifetimes"), StandardCharsets.UTF_8);
        assertThat(bundled).contains("decay_file: charmlifetimes/charm-signal");
        Path yaml = dir.resolve("charm.yaml");
        Files.writeString(yaml, bundled.replace("decay_file: charmlifetimes/charm-signal", "decay_file: signal.dec"));
        List<String> before = new SearchProgram(Searches.standard().load(yaml.toString()), OptionalLong.empty(), true)
                .fingerprintInputs();
        assertThat(before).contains("decay_sha256[signal.dec]=" + Sha256.ofFile(dec));
        Files.writeString(dec, DPLUS_ONLY.replace("1.0 K- pi+ pi+", "1.0 K- pi+ pi+ "));
        List<String> after = new SearchProgram(Searches.standard().load(yaml.toString()), OptionalLong.empty(), true)
                .fingerprintInputs();
        assertThat(after).isNotEqualTo(before);
        // The bundled file's overlay is in its fingerprint too.
        assertThat(new SearchProgram(Searches.standard().load("charm-lifetimes"), OptionalLong.empty(), true)
                        .fingerprintInputs())
                .anyMatch(l -> l.startsWith("decay_sha256[charmlifetimes/charm-signal]=") && !l.endsWith("missing"));
    }
}
