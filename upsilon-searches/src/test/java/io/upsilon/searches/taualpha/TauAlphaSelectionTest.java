package io.upsilon.searches.taualpha;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.upsilon.core.beam.Beam;
import io.upsilon.core.config.ConfigNode;
import io.upsilon.searches.LeptonChannel;
import io.upsilon.searches.Searches;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The τ → ℓα selection: its cut-flow rows follow the bundled cuts. (x_ℓ itself is tested in upsilon-analysis, TauKinematicsTest.)
 */
class TauAlphaSelectionTest {
    @Test
    void theCutFlowRowsAreTheFixedStepsThenTheConfiguredCuts() throws Exception {
        TauAlphaConfig cfg = TauAlphaConfig.read(ConfigNode.root(
                new YAMLMapper().readTree(new String(Searches.bundled("tau-l-alpha"), StandardCharsets.UTF_8)),
                "tau-l-alpha.yaml",
                ""));
        TauAlphaSelection sel = new TauAlphaSelection(cfg, Beam.preset("Y4S"));
        // The row names of the hand-coded selection, so that cut flows compare across versions.
        assertThat(sel.steps())
                .containsExactly(
                        "generated",
                        "preselection (generator level, >= 3 charged in CDC)",
                        "four good tracks, zero net charge",
                        "L1 trigger",
                        "3x1 topology (thrust hemispheres)",
                        "lepton ID of the 1-prong track",
                        "thrust",
                        "missing-momentum polar angle",
                        "tag energy E*_3h",
                        "tag mass M_3h");
        assertThat(sel.newResult().flow(LeptonChannel.E).steps()).isEqualTo(sel.steps());
    }
}
