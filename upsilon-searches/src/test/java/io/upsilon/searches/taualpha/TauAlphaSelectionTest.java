package io.upsilon.searches.taualpha;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.upsilon.core.beam.Beam;
import io.upsilon.core.config.ConfigNode;
import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.event.RecoTrack;
import io.upsilon.core.random.RandomStreams;
import io.upsilon.detector.FastSimulation;
import io.upsilon.detector.SimulationRun;
import io.upsilon.generators.process.EventGenerator;
import io.upsilon.generators.process.GeneratorOptions;
import io.upsilon.generators.process.ProcessParameters;
import io.upsilon.generators.process.ProcessRegistry;
import io.upsilon.searches.LeptonChannel;
import io.upsilon.searches.Searches;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The τ → ℓα selection: the generator-level preselection is looser than the reconstruction, and the
 * bundled cuts select events. (x_ℓ itself is tested in upsilon-analysis, TauKinematicsTest.)
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

    @Test
    void eventsFailingThePreselectionNeverHaveThreeRealTracks() throws Exception {
        TauAlphaConfig cfg = TauAlphaConfig.read(ConfigNode.root(
                new YAMLMapper().readTree(new String(Searches.bundled("tau-l-alpha"), StandardCharsets.UTF_8)),
                "tau-l-alpha.yaml",
                ""));
        Beam beam = Beam.preset("Y4S");
        TauAlphaSelection sel = new TauAlphaSelection(cfg, beam);
        var process = ProcessRegistry.standard().get("ee-tautau");
        EventGenerator gen = process.newGenerator(beam, ProcessParameters.none(), GeneratorOptions.DEFAULT);
        RandomStreams streams = RandomStreams.of(11);
        SimulationRun sim = new FastSimulation(io.upsilon.detector.DetectorCard.belle2(), beam).start(streams);
        var beamRng = streams.stream("beam");
        var rng = streams.stream("process");
        EventBuffer buf = new EventBuffer(32);
        int rejected = 0;
        int rejectedWithThreeRealTracks = 0;
        int acceptedWithFourRealTracks = 0;
        for (int i = 0; i < 20_000; i++) {
            if (gen.generate(beamRng, rng, buf) == 0) {
                continue;
            }
            boolean accepted = cfg.preselection().accepts(buf);
            rejected += accepted ? 0 : 1;
            sim.process(buf);
            int real = 0;
            for (RecoTrack t : sim.lastEvent(i, false).tracks()) {
                if (t.truthIndex() >= 0) {
                    real++;
                }
            }
            if (!accepted && real >= 3) {
                rejectedWithThreeRealTracks++;
            }
            if (accepted && real == 4) {
                acceptedWithFourRealTracks++;
            }
        }
        // 1-1 prong pairs (~72%) are rejected; none of them gives three real tracks, so reaching the
        // four tracks of the selection needs two fake tracks (1% each): the preselection is looser.
        assertThat(rejected).isGreaterThan(10_000);
        assertThat(rejectedWithThreeRealTracks).isZero();
        // ... while the truth matching works: accepted 3x1 events do have four real tracks.
        assertThat(acceptedWithFourRealTracks).isGreaterThan(1000);
    }
}
