package io.upsilon.searches.taualpha;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.upsilon.core.beam.Beam;
import io.upsilon.core.config.ConfigNode;
import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.event.RecoTrack;
import io.upsilon.core.kinematics.LorentzVector;
import io.upsilon.core.kinematics.Vec3;
import io.upsilon.core.random.RandomStreams;
import io.upsilon.detector.FastSimulation;
import io.upsilon.detector.SimulationRun;
import io.upsilon.generators.process.EventGenerator;
import io.upsilon.generators.process.GeneratorOptions;
import io.upsilon.generators.process.ProcessParameters;
import io.upsilon.generators.process.ProcessRegistry;
import io.upsilon.searches.Searches;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The pseudo-rest-frame observable x_ℓ (De La Cruz-Burelo et al., arXiv:2007.08239; PRL 130, 181803). */
class TauAlphaSelectionTest {
    private static final double M_TAU = 1.77693;
    private static final double E_BEAM = 10.58 / 2;

    /** A lepton of rest-frame energy eStar emitted at (cosTheta, phi) by a tau flying along dir with E_beam. */
    private static LorentzVector leptonInCms(Vec3 dir, double eStar, double mLepton, double cos, double phi) {
        double p = Math.sqrt(eStar * eStar - mLepton * mLepton);
        double sin = Math.sqrt(1 - cos * cos);
        LorentzVector rest = new LorentzVector(p * sin * Math.cos(phi), p * sin * Math.sin(phi), p * cos, eStar);
        double pTau = Math.sqrt(E_BEAM * E_BEAM - M_TAU * M_TAU);
        LorentzVector tau = LorentzVector.of(dir.unit().times(pTau), E_BEAM);
        return rest.boost(tau.boostVector());
    }

    @Test
    void xIsExactWhenTheTauDirectionIsExactlyOppositeToTheTag() {
        Vec3 dir = new Vec3(0.3, -0.5, 0.8);
        // Two-body tau -> e alpha at m_alpha = 1 GeV: x = (m_tau^2 + m_e^2 - m_alpha^2)/m_tau^2 = 0.683 ([D],
        // 3 decimals).
        double eStar = (M_TAU * M_TAU - 1.0) / (2 * M_TAU);
        for (double cos : new double[] {-0.9, -0.2, 0.4, 0.95}) {
            LorentzVector l = leptonInCms(dir, eStar, 0, cos, 1.1);
            double x = TauAlphaSelection.xLepton(l, dir.negate().times(3.7), E_BEAM, M_TAU);
            assertThat(x).isCloseTo(0.683, within(5e-4)); // table rounded to 3 digits
        }
    }

    @Test
    void aWrongTauDirectionSmearsTheLineButKeepsItNearTheTrueValue() {
        Vec3 dir = new Vec3(0, 0.6, 0.8);
        double eStar = M_TAU / 2; // m_alpha = 0, x = 1
        Vec3 tilted = new Vec3(0.1, 0.6, 0.75); // tag not exactly back to back (~6 degrees)
        double sum = 0;
        int n = 0;
        for (double cos = -0.95; cos < 1; cos += 0.1) {
            for (double phi = 0; phi < 6.28; phi += 0.5) {
                LorentzVector l = leptonInCms(dir, eStar, 0, cos, phi);
                sum += TauAlphaSelection.xLepton(l, tilted.negate(), E_BEAM, M_TAU);
                n++;
            }
        }
        // Averaged over the decay angles, a 6-degree direction error shifts the mean by a few per cent only
        // (boost gamma ~ 3: the lepton energy changes to first order in the angle, averaging to second order).
        assertThat(sum / n).isCloseTo(1.0, within(0.05));
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
            boolean accepted = sel.preselected(buf);
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
