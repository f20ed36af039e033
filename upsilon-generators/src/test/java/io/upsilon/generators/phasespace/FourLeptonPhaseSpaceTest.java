package io.upsilon.generators.phasespace;

import static org.assertj.core.api.Assertions.assertThat;

import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import java.util.List;
import org.junit.jupiter.api.Test;

class FourLeptonPhaseSpaceTest {
    private static final double ME = 0.51099895e-3;
    private static final double MMU = 0.1056583755;
    private static final double MTAU = 1.77693;
    private static final double SQRT_S = 10.58;

    /** Mean and error of the weight times (2 pi)^-8 (the standard Phi_4 normalisation). */
    private static double[] volume(FourLeptonPhaseSpace ps, RandomStream rng, int n, boolean adapt) {
        double[] out = new double[16];
        double s = 0;
        double s2 = 0;
        double norm = Math.pow(2 * Math.PI, -8);
        for (int i = 0; i < n; i++) {
            double w = ps.generate(rng, SQRT_S, out) * norm;
            if (w > 0) {
                double sum = 0;
                for (int k = 0; k < 4; k++) {
                    sum += out[4 * k + 3];
                    assertThat(out[4 * k + 3]).isPositive();
                }
                assertThat(sum).isCloseTo(SQRT_S, org.assertj.core.api.Assertions.within(1e-9));
            }
            ps.record(w);
            if (adapt && (i + 1) % 20_000 == 0) {
                ps.adapt();
            }
            s += w;
            s2 += w * w;
        }
        double mean = s / n;
        return new double[] {mean, Math.sqrt((s2 / n - mean * mean) / n)};
    }

    private static double[] genbod(double[] masses, RandomStream rng, int n) {
        NBodyPhaseSpace ps = new NBodyPhaseSpace(SQRT_S, masses);
        double[] out = new double[16];
        double s = 0;
        double s2 = 0;
        for (int i = 0; i < n; i++) {
            double w = ps.generate(rng, out);
            s += w;
            s2 += w * w;
        }
        double mean = s / n;
        return new double[] {mean, Math.sqrt((s2 / n - mean * mean) / n)};
    }

    /**
     * With a flat integrand the mean weight is the four-body phase-space volume, which the
     * independent GENBOD generator computes: this checks every channel's density (a wrong
     * Jacobian in any channel biases the multi-channel mean) and that the channels together cover
     * the whole phase space. Tolerance: 4 combined standard errors.
     */
    @Test
    void meanWeightIsThePhaseSpaceVolume() {
        RandomStreams rs = RandomStreams.of(21);
        double[] eeMuMu = {ME, ME, MMU, MMU};
        FourLeptonPhaseSpace ps = new FourLeptonPhaseSpace(List.of(
                new MultiperipheralChannel(0, 1, 2, 3, ME, MMU, 1e-3),
                new BremsstrahlungChannel(true, 1, 0, 2, 3, ME, MMU, 2 * MMU, 1e-3),
                new BremsstrahlungChannel(false, 0, 1, 2, 3, ME, MMU, 2 * MMU, 1e-3),
                new PairMassesChannel(new int[] {0, 1}, new int[] {2, 3}, eeMuMu),
                new PairMassesChannel(new int[] {2, 3}, new int[] {0, 1}, eeMuMu)));
        double[] ours = volume(ps, rs.stream("test/multichannel"), 400_000, true);
        double[] ref = genbod(eeMuMu, rs.stream("test/genbod"), 400_000);
        double err = Math.hypot(ours[1], ref[1]);
        assertThat(Math.abs(ours[0] - ref[0])).isLessThan(4 * err);
        assertThat(err / ref[0]).isLessThan(0.02);

        double[] muMuTauTau = {MMU, MMU, MTAU, MTAU};
        FourLeptonPhaseSpace ps2 = new FourLeptonPhaseSpace(List.of(
                new PairMassesChannel(new int[] {0, 1}, new int[] {2, 3}, muMuTauTau),
                new PairMassesChannel(new int[] {2, 3}, new int[] {0, 1}, muMuTauTau),
                new PairMassesChannel(new int[] {0, 1}, new int[] {2, 3}, muMuTauTau, true),
                new PairMassesChannel(new int[] {2, 3}, new int[] {0, 1}, muMuTauTau, true)));
        double[] ours2 = volume(ps2, rs.stream("test/multichannel2"), 200_000, false);
        double[] ref2 = genbod(muMuTauTau, rs.stream("test/genbod2"), 200_000);
        double err2 = Math.hypot(ours2[1], ref2[1]);
        assertThat(Math.abs(ours2[0] - ref2[0])).isLessThan(4 * err2);
        assertThat(err2 / ref2[0]).isLessThan(0.02);
    }
}
