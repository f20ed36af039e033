package io.upsilon.generators.decay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.core.pdg.ParticleTable;
import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import org.junit.jupiter.api.Test;

class LeptonPhiTest {
    private static final ParticleTable PDG = ParticleTable.standard();
    private static final double M_TAU = PDG.byId(15).mass();
    private static final double M_K = PDG.byId(321).mass();
    private static final double M_PHI = PDG.byId(333).mass();
    private static final double W_PHI = PDG.byId(333).width();

    @Test
    void phiIsInTheParticleTableWithPdg2024Values() {
        assertThat(M_PHI).isEqualTo(1.019461);
        assertThat(W_PHI).isEqualTo(4.249e-3);
        assertThat(PDG.byId(321).charge()).isEqualTo(1.0);
    }

    @Test
    void decaysConserveFourMomentumAndGiveTheTwoBodyLeptonEnergy() {
        for (int lepton : new int[] {11, 13}) {
            TauDecayChannel c = LeptonPhi.channel(PDG, lepton, 1.0);
            assertThat(c.products()).extracting(p -> p.id()).containsExactly(lepton, 321, -321);
            double ml = PDG.byId(lepton).mass();
            DecayModel model = c.model().newInstance();
            RandomStream rng = RandomStreams.of(7).stream("lphi" + lepton);
            double[] v = new double[12];
            for (int i = 0; i < 20_000; i++) {
                model.generate(rng, v);
                for (int k = 0; k < 3; k++) {
                    // Rest frame of the tau: total momentum 0, total energy m_tau (rounding only).
                    assertThat(v[k] + v[4 + k] + v[8 + k]).isCloseTo(0, within(1e-12));
                }
                assertThat(v[3] + v[7] + v[11]).isCloseTo(M_TAU, within(1e-12));
                double mKK = Math.sqrt(DecayKinematics.mass2(v, 1, 2));
                assertThat(mKK).isGreaterThan(2 * M_K);
                // The lepton energy is the two-body value for the sampled K K mass.
                assertThat(v[3]).isCloseTo(LeptonPhi.leptonEnergyAtRest(M_TAU, ml, mKK), within(1e-12));
                assertThat(Math.sqrt(DecayKinematics.mass2(v, 0, 0) / 4)).isCloseTo(ml, within(1e-6));
            }
        }
    }

    @Test
    void kaonPairMassPeaksAtThePhiMassWithItsWidth() {
        LeptonPhi.Model model =
                (LeptonPhi.Model) LeptonPhi.channel(PDG, 13, 1.0).model().newInstance();
        RandomStream rng = RandomStreams.of(11).stream("mkk");
        double[] v = new double[12];
        int n = 100_000;
        // Histogram of m(KK) in 0.5 MeV bins from threshold.
        double lo = 2 * M_K;
        double bin = 0.5e-3;
        int[] h = new int[200];
        int inHalfWidth = 0;
        for (int i = 0; i < n; i++) {
            model.generate(rng, v);
            double m = Math.sqrt(DecayKinematics.mass2(v, 1, 2));
            int b = (int) ((m - lo) / bin);
            if (b < h.length) {
                h[b]++;
            }
            if (Math.abs(m - M_PHI) < W_PHI / 2) {
                inHalfWidth++;
            }
        }
        int best = 0;
        for (int b = 1; b < h.length; b++) {
            if (h[b] > h[best]) {
                best = b;
            }
        }
        double mode = lo + (best + 0.5) * bin;
        // The most populated 0.5 MeV bin contains the phi mass (+- one bin for statistics).
        assertThat(mode).isCloseTo(M_PHI, within(1.0e-3));
        // A Breit-Wigner puts 50% within +-Gamma/2 of the peak; the p-wave running width and the
        // nearby K K threshold move this by a few %, the MC error is 0.16%: accept 40-60%.
        assertThat(inHalfWidth / (double) n).isBetween(0.40, 0.60);
        assertThat(model.envelopeViolations()).isZero();
    }

    @Test
    void rejectsOtherLeptons() {
        assertThatThrownBy(() -> LeptonPhi.channel(PDG, 15, 1.0)).hasMessageContaining("11 (e) or 13 (mu)");
    }
}
