package io.upsilon.searches;

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
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generator-level preselection of the τ searches is looser than their reconstruction: on τ
 * pairs through the fast simulation, an event it rejects never has three real tracks, so it could
 * reach the four good tracks of the selections only with two fake tracks (1% each).
 */
class PreselectionTest {
    @ParameterizedTest
    @ValueSource(strings = {"tau-l-alpha", "tau-l-phi"})
    void eventsFailingTheTauPreselectionNeverHaveThreeRealTracks(String search) throws Exception {
        ConfigNode root = ConfigNode.root(
                new YAMLMapper().readTree(new String(Searches.bundled(search), StandardCharsets.UTF_8)),
                search + ".yaml",
                "");
        Preselection pre = Preselection.read(root);
        Beam beam = Beam.preset("Y4S");
        EventGenerator gen = ProcessRegistry.standard()
                .get("ee-tautau")
                .newGenerator(beam, ProcessParameters.none(), GeneratorOptions.DEFAULT);
        RandomStreams streams = RandomStreams.of(11);
        SimulationRun sim = new FastSimulation(DetectorCard.belle2(), beam).start(streams);
        var beamRng = streams.stream("beam");
        var rng = streams.stream("process");
        EventBuffer buf = new EventBuffer(32);
        int rejected = 0;
        int rejectedWithThreeRealTracks = 0;
        int acceptedWithFourRealTracks = 0;
        for (int i = 0; i < 15_000; i++) {
            if (gen.generate(beamRng, rng, buf) == 0) {
                continue;
            }
            boolean accepted = pre.accepts(buf);
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
        // 1-1 prong pairs (~72%) are rejected, none with three real tracks ...
        assertThat(rejected).isGreaterThan(7_500);
        assertThat(rejectedWithThreeRealTracks).isZero();
        // ... while the truth matching works: accepted 3x1 events do have four real tracks.
        assertThat(acceptedWithFourRealTracks).isGreaterThan(750);
    }
}
