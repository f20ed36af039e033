package io.upsilon.searches.taumass;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.core.beam.Beam;
import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.event.GenEvent;
import io.upsilon.core.event.GenParticle;
import io.upsilon.core.kinematics.LorentzVector;
import io.upsilon.core.pdg.ParticleTable;
import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import io.upsilon.generators.process.EventGenerator;
import io.upsilon.generators.process.GeneratorOptions;
import io.upsilon.generators.process.ProcessParameters;
import io.upsilon.generators.process.ProcessRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;

/** M_min of generated τ → πππν decays: never above m_τ, and reaching it. */
class PseudoMassTest {
    private static final double M_TAU = ParticleTable.standard().byId(15).mass();

    @Test
    void formulaGivesTheTauMassForACollinearNeutrino() {
        // A hadronic system of mass 1.23 GeV (a1-like) from a tau of E = 5.29 GeV along z; in the
        // tau rest frame X goes backwards and the neutrino forwards. X is slow in the rest frame
        // (v* = p*/E* = 0.35 < beta_tau = 0.94), so in the lab both fly along +z: the neutrino is
        // parallel to X and M_min = m_tau exactly (rounding ~1e-15 of the inputs).
        double mX = 1.23;
        double eTau = 5.29;
        double pTau = Math.sqrt(eTau * eTau - M_TAU * M_TAU);
        double eRest = (M_TAU * M_TAU + mX * mX) / (2 * M_TAU);
        double pRest = (M_TAU * M_TAU - mX * mX) / (2 * M_TAU);
        double gamma = eTau / M_TAU;
        double bg = pTau / M_TAU;
        LorentzVector backward = new LorentzVector(0, 0, -gamma * pRest + bg * eRest, gamma * eRest - bg * pRest);
        assertThat(backward.pz()).isPositive();
        assertThat(PseudoMass.mMin(backward, eTau)).isCloseTo(M_TAU, within(1e-12));
        // X forwards, neutrino backwards: not collinear, M_min well below m_tau.
        LorentzVector forward = new LorentzVector(0, 0, gamma * pRest + bg * eRest, gamma * eRest + bg * pRest);
        assertThat(PseudoMass.mMin(forward, eTau)).isLessThan(M_TAU - 0.1);
        // X at 90 degrees in the rest frame: in between.
        LorentzVector side = new LorentzVector(pRest, 0, bg * eRest, gamma * eRest);
        assertThat(PseudoMass.mMin(side, eTau)).isStrictlyBetween(PseudoMass.mMin(forward, eTau), M_TAU);
    }

    /**
     * Born τ pairs (no ISR, no FSR) with no beam-energy spread: every τ has E = √s/2 in the CM frame,
     * so M_min of the true three pions with E_τ = E*_beam is at most m_τ (to the rounding of sums of
     * 5 GeV components, ~1e-12 GeV; 1e-9 allowed), and over ~2000 decays the largest comes close
     * to m_τ (the upper limit is reached at a collinear neutrino; the largest of 2000 lies within
     * 30 MeV of it [D, the M_min density grows towards the edge]).
     */
    @Test
    void mMinOfGeneratedThreePionDecaysNeverExceedsTheTauMass() {
        Beam beam = Beam.preset("Y4S").withoutEnergySpread();
        EventGenerator gen = ProcessRegistry.standard()
                .get("ee-tautau")
                .newGenerator(beam, ProcessParameters.none(), GeneratorOptions.BORN);
        RandomStream beamRng = RandomStreams.of(21).stream("beam");
        RandomStream rng = RandomStreams.of(21).stream("gen");
        EventBuffer buf = new EventBuffer(32);
        int decays = 0;
        double largest = 0;
        for (int n = 0; n < 12_000; n++) {
            gen.generate(beamRng, rng, buf);
            GenEvent e = buf.toEvent(n);
            for (int k = 0; k < e.size(); k++) {
                if (Math.abs(e.particle(k).pdgId()) != 15) {
                    continue;
                }
                List<GenParticle> d = e.daughters(k);
                long pions = d.stream().filter(p -> Math.abs(p.pdgId()) == 211).count();
                if (d.size() != 4 || pions != 3) {
                    continue;
                }
                LorentzVector x = LorentzVector.ZERO;
                for (GenParticle p : d) {
                    if (Math.abs(p.pdgId()) == 211) {
                        x = x.plus(beam.toCms(p.momentum()));
                    }
                }
                // The tau itself has E*_beam in the CM frame (no radiation, no spread).
                assertThat(beam.toCms(e.particle(k).momentum()).e()).isCloseTo(beam.eStarBeam(), within(1e-9));
                double mMin = PseudoMass.mMin(x, beam.eStarBeam());
                assertThat(mMin).isLessThanOrEqualTo(M_TAU + 1e-9);
                largest = Math.max(largest, mMin);
                decays++;
            }
        }
        // 2 x 12000 taus x B(3 pi nu) = 9% -> ~2150 decays.
        assertThat(decays).isBetween(1900, 2400);
        assertThat(largest).isGreaterThan(M_TAU - 0.030);
    }
}
