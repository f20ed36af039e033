package io.upsilon.searches;

import static org.assertj.core.api.Assertions.assertThat;

import io.upsilon.analysis.output.provenance.Sha256;
import io.upsilon.detector.DetectorCard;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class SearchProgramTest {
    private static final Searches.Loaded ZPRIME = Searches.standard().load("zprime-invisible");

    @Test
    void theFingerprintInputsNameConfigurationSeedQuickAndCard() {
        List<String> inputs = new SearchProgram(ZPRIME, OptionalLong.empty(), true).fingerprintInputs();
        assertThat(inputs)
                .containsExactly(
                        "config_sha256=" + Sha256.of(ZPRIME.bytes()),
                        "seed=configuration",
                        "quick=true",
                        "card_sha256=" + DetectorCard.belle2().sha256());
    }

    @Test
    void everyArgumentThatChangesTheResultsChangesTheInputs() {
        List<String> base = new SearchProgram(ZPRIME, OptionalLong.empty(), true).fingerprintInputs();
        assertThat(new SearchProgram(ZPRIME, OptionalLong.empty(), true).fingerprintInputs())
                .isEqualTo(base);
        assertThat(new SearchProgram(ZPRIME, OptionalLong.of(7), true).fingerprintInputs())
                .isNotEqualTo(base);
        assertThat(new SearchProgram(ZPRIME, OptionalLong.empty(), false).fingerprintInputs())
                .isNotEqualTo(base);
        byte[] edited = (new String(ZPRIME.bytes(), StandardCharsets.UTF_8) + "\n# a comment\n")
                .getBytes(StandardCharsets.UTF_8);
        Searches.Loaded changed = Searches.standard().parse(edited, ZPRIME.source());
        assertThat(new SearchProgram(changed, OptionalLong.empty(), true).fingerprintInputs())
                .isNotEqualTo(base);
    }
}
