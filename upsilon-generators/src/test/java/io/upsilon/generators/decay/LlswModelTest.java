package io.upsilon.generators.decay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.upsilon.core.pdg.ParticleData;
import io.upsilon.core.pdg.ParticleTable;
import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * LLSW against its formulas: for each of D0*, D1', D1, D2* the generated recoil w and lepton angle
 * cos theta (charged lepton against the D** in the W rest frame) against the marginals of LLSW's
 * dGamma/dw dcos theta (Phys. Rev. D 57 (1998) 308; LlswModel's comment), chi2 with 25 / 20 bins
 * and 10^5 decays; the heavy-quark limits of the form factors; argument checks.
 */
class LlswModelTest {
    private static final ParticleTable TABLE = ParticleTable.standard();
    /** The table's arguments (b-decays.dec): LLSW approximation B1 as used by Belle II (basf2). */
    private static final double[] J_HALF = {0.68, -0.2, 0.3};

    private static final double[] J_THREE_HALVES = {0.71, -1.6, -0.5, 2.9};
    private static final double M_B = TABLE.byName("B+").mass();
    private static final double M_E = TABLE.byName("e+").mass();

    private static LlswModel model(String meson, double[] args) {
        List<ParticleData> ds = Arrays.stream(new String[] {meson, "e+", "nu_e"})
                .map(TABLE::byName)
                .toList();
        return (LlswModel)
                DecModels.create("LLSW", TABLE.byName("B+"), ds, args, TABLE).newInstance();
    }

    private static void check(String meson, double[] args, long seed) {
        LlswModel model = model(meson, args);
        double m = TABLE.byName(meson).mass();
        double r = m / M_B;
        double wMax = (M_B * M_B + m * m) / (2 * M_B * m);
        RandomStream rng = RandomStreams.of(seed).stream("llsw-" + meson);
        double[] masses = {m, M_E, 0};
        double[] out = new double[12];
        long[] hw = new long[25];
        long[] hc = new long[20];
        for (int i = 0; i < 100_000; i++) {
            model.generate(M_B, masses, null, rng, out);
            double w = ClnFormFactors.recoil(M_B, m, DecayKinematics.mass2(out, 1, 2));
            DecayTestSupport.fill(hw, 1, wMax, w);
            DecayTestSupport.fill(hc, -1, 1.0000001, LlswModel.cosLeptonMeson(out));
        }
        double chi2w =
                DecayTestSupport.chi2(hw, 1, wMax, w -> DecayTestSupport.integrate(c -> model.rate(r, w, c), -1, 1));
        DecayTestSupport.assertChi2(chi2w, hw.length - 1, "LLSW " + meson + ", dGamma/dw");
        double chi2c = DecayTestSupport.chi2(
                hc, -1, 1.0000001, c -> DecayTestSupport.integrate(w -> model.rate(r, w, c), 1, wMax));
        DecayTestSupport.assertChi2(chi2c, hc.length - 1, "LLSW " + meson + ", dGamma/dcos theta");
    }

    @Test
    void d0StarFollowsTheLlswRate() {
        check("anti-D_0*0", J_HALF, 51);
    }

    @Test
    void d1PrimeFollowsTheLlswRate() {
        check("anti-D'_10", J_HALF, 52);
    }

    @Test
    void d1FollowsTheLlswRate() {
        check("anti-D_10", J_THREE_HALVES, 53);
    }

    @Test
    void d2StarFollowsTheLlswRate() {
        check("anti-D_2*0", J_THREE_HALVES, 54);
    }

    @Test
    void formFactorsHaveTheirHeavyQuarkLimits() {
        // At leading order (LLSW eq. 2.x) f_V1 = (1 - w^2) tau / sqrt6 vanishes at w = 1, so that
        // B -> D1 l nu vanishes at zero recoil; the 1/m_c term leaves f_V1(1) = -8 eps_c (L' - L) tau(1)
        // / sqrt6 (LLSW's key result). g- = zeta(w) exactly; k_A2 = -2 eps_c tau_1 tau(w).
        LlswFormFactors j32 = new LlswFormFactors(0.71, -1.6, -0.5, 2.9);
        double[] f = new double[4];
        j32.axialThreeHalves(1, f);
        assertThat(f[1])
                .isCloseTo(
                        -8 / (2 * 1.4) * (0.80 - 0.40) * 0.71 / Math.sqrt(6),
                        org.assertj.core.data.Offset.offset(1e-12));
        j32.tensor(1.2, f);
        double tau = 0.71 * (1 - 1.6 * 0.2);
        assertThat(f[2]).isCloseTo(-2 / (2 * 1.4) * -0.5 * tau, org.assertj.core.data.Offset.offset(1e-12));
        LlswFormFactors j12 = new LlswFormFactors(0.68, -0.2, 0.3, 0);
        j12.scalar(1.3, f);
        assertThat(f[1]).isCloseTo(0.68 * (1 - 0.2 * 0.3), org.assertj.core.data.Offset.offset(1e-12));
        // The V-A sign: the charged lepton goes against the D** (cos theta < 0) more often for D1 and
        // D1', as for the D* (the W mostly in helicity -1). (Not for the D2* in approximation B1: its
        // 1/m_c term with tau_2 = 2.9 GeV turns the sign of k_V, k_V(1) = +0.23 tau(1).)
        for (String meson : List.of("anti-D_10", "anti-D'_10")) {
            LlswModel model = model(meson, meson.equals("anti-D_10") ? J_THREE_HALVES : J_HALF);
            double m = TABLE.byName(meson).mass();
            double wMax = (M_B * M_B + m * m) / (2 * M_B * m);
            double back = DecayTestSupport.integrate(
                    w -> DecayTestSupport.integrate(c -> model.rate(m / M_B, w, c), -1, 0), 1, wMax);
            double forward = DecayTestSupport.integrate(
                    w -> DecayTestSupport.integrate(c -> model.rate(m / M_B, w, c), 0, 1), 1, wMax);
            assertThat(back).as(meson).isGreaterThan(forward);
        }
    }

    @Test
    void rejectsWrongArgumentsAndTauLeptons() {
        List<ParticleData> d2 = Arrays.stream(new String[] {"anti-D_2*0", "e+", "nu_e"})
                .map(TABLE::byName)
                .toList();
        assertThatThrownBy(() -> DecModels.create("LLSW", TABLE.byName("B+"), d2, J_HALF, TABLE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tau(1) tau' tau_1 tau_2");
        List<ParticleData> tau = Arrays.stream(new String[] {"anti-D_10", "tau+", "nu_tau"})
                .map(TABLE::byName)
                .toList();
        assertThatThrownBy(() -> DecModels.create("LLSW", TABLE.byName("B+"), tau, J_THREE_HALVES, TABLE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("e and mu");
    }
}
