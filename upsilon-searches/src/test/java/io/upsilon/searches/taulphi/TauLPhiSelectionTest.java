package io.upsilon.searches.taulphi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.upsilon.core.beam.Beam;
import io.upsilon.core.config.ConfigNode;
import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.event.RecoTrack;
import io.upsilon.core.random.RandomStreams;
import io.upsilon.detector.DetectorCard;
import io.upsilon.detector.FastSimulation;
import io.upsilon.detector.SimulationRun;
import io.upsilon.generators.process.EventGenerator;
import io.upsilon.generators.process.GeneratorOptions;
import io.upsilon.generators.process.ProcessParameters;
import io.upsilon.generators.process.ProcessRegistry;
import io.upsilon.searches.Searches;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TauLPhiSelectionTest {
    @Test
    void eventsFailingThePreselectionNeverHaveThreeRealTracks() throws Exception {
        TauLPhiConfig cfg = TauLPhiConfig.read(ConfigNode.root(
                new YAMLMapper().readTree(new String(Searches.bundled("tau-l-phi"), StandardCharsets.UTF_8)),
                "tau-l-phi.yaml",
                ""));
        Beam beam = Beam.preset("Y4S");
        TauLPhiSelection sel = new TauLPhiSelection(cfg, beam);
        var process = ProcessRegistry.standard().get("ee-tautau");
        EventGenerator gen = process.newGenerator(beam, ProcessParameters.none(), GeneratorOptions.DEFAULT);
        RandomStreams streams = RandomStreams.of(13);
        SimulationRun sim = new FastSimulation(DetectorCard.belle2(), beam).start(streams);
        var beamRng = streams.stream("beam");
        var rng = streams.stream("process");
        EventBuffer buf = new EventBuffer(32);
        int rejected = 0;
        int rejectedWithThreeRealTracks = 0;
        int acceptedWithFourRealTracks = 0;
        for (int i = 0; i < 10_000; i++) {
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
            if (accepted && real >= 4) {
                acceptedWithFourRealTracks++;
            }
        }
        // The selection needs four good tracks: a rejected event never has three real ones, so it
        // could pass only with two fake tracks (1% each). The preselection is looser than the selection.
        assertThat(rejected).isGreaterThan(5_000);
        assertThat(rejectedWithThreeRealTracks).isZero();
        assertThat(acceptedWithFourRealTracks).isGreaterThan(500);
    }
}
