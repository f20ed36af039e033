package io.upsilon.generators.decay;

import static io.upsilon.generators.decay.DecayTestSupport.argMax;
import static io.upsilon.generators.decay.DecayTestSupport.assertAtRestAndOnShell;
import static io.upsilon.generators.decay.DecayTestSupport.assertChi2;
import static io.upsilon.generators.decay.DecayTestSupport.chi2;
import static io.upsilon.generators.decay.DecayTestSupport.fill;
import static io.upsilon.generators.decay.DecayTestSupport.mass;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.core.pdg.ParticleData;
import io.upsilon.core.pdg.ParticleTable;
import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The decay models in the tau rest frame, against the V-A (Michel) lepton spectra and the
 * Kuhn-Santamaria hadronic spectra (Z. Phys. C48 (1990) 445).
 */
class DecayModelsTest {
    private static final ParticleTable PDG = ParticleTable.standard();
    private static final TauDecayTable TABLE = TauDecayTable.standard();
    private static final double M_TAU = PDG.byId(15).mass();

    private static RandomStream rng(String name) {
        return RandomStreams.of(20241).stream(name);
    }

    /** x = 2 E_l / m_tau histogram of a leptonic mode, checked for conservation on the way. */
    private static long[] leptonSpectrum(String mode, int n, int bins, double hi) {
        TauDecayChannel c = TABLE.channel(mode);
        DecayModel model = c.model().newInstance();
        double[] masses = c.products().stream().mapToDouble(ParticleData::mass).toArray();
        RandomStream r = rng(mode);
        double[] v = new double[16];
        long[] h = new long[bins];
        for (int i = 0; i < n; i++) {
            model.generate(r, v);
            if (i < 10_000) {
                assertAtRestAndOnShell(v, 3, M_TAU, masses);
            }
            assertThat(fill(h, 0, hi, 2 * v[3] / M_TAU)).isTrue();
        }
        return h;
    }

    @Test
    void electronSpectrumIsMichel() {
        // [D] Michel spectrum (rho = 3/4) with P = 0, m_e -> 0: f(x) = 2 x^2 (3 - 2x) on [0, 1]. The electron mass
        // changes the spectrum by O(m_e/m_tau) ~ 3e-4 (and moves the endpoint to 1 + 8e-8): far below
        // the statistical precision of 50 bins with 4e5 events (~1% per bin).
        int bins = 50;
        long[] h = leptonSpectrum("e-nu-nu", 400_000, bins, 1.0);
        double c2 = chi2(h, 0, 1, x -> 2 * x * x * (3 - 2 * x));
        assertChi2(c2, bins - 1, "electron x spectrum vs 2x^2(3-2x)");
        System.out.printf("electron Michel spectrum: chi2 = %.1f / %d%n", c2, bins - 1);
    }

    @Test
    void muonSpectrumIsMassiveMichel() {
        // [R] PDG 2024 review "Muon decay parameters": with x' = E/W, W = (m_tau^2 + m_mu^2)/(2 m_tau), x0 = m_mu/W,
        // rho = 3/4, eta = 0, P = 0: density ~ sqrt(x'^2 - x0^2) [x'(1 - x') + (2/9) rho (4x'^2 - 3x' - x0^2)].
        // The histogram is in x = 2E/m_tau on [0, 1.0036) (endpoint 1 + m_mu^2/m_tau^2 = 1.0035 [D]).
        double mMu = PDG.byId(13).mass();
        double w = (M_TAU * M_TAU + mMu * mMu) / (2 * M_TAU);
        double x0 = mMu / w;
        double hi = 1.0036;
        int bins = 60;
        long[] h = leptonSpectrum("mu-nu-nu", 400_000, bins, hi);
        double c2 = chi2(h, 0, hi, x -> {
            double xp = x * M_TAU / 2 / w;
            if (xp <= x0 || xp >= 1) {
                return 0;
            }
            return Math.sqrt(xp * xp - x0 * x0) * (xp * (1 - xp) + (2.0 / 9) * 0.75 * (4 * xp * xp - 3 * xp - x0 * x0));
        });
        assertChi2(c2, bins - 1, "muon x spectrum vs massive Michel form");
        System.out.printf("muon massive Michel spectrum: chi2 = %.1f / %d%n", c2, bins - 1);
        // The massless form must be rejected at this precision (the mass matters near threshold).
        double c2Massless = chi2(h, 0, hi, x -> x < 1 ? 2 * x * x * (3 - 2 * x) : 0);
        assertThat(c2Massless).isGreaterThan(3 * c2);
    }

    @Test
    void twoBodyLines() {
        // [D] with PDG 2024 masses: E*_pi = (m_tau^2 + m_pi^2)/(2 m_tau) = 0.894 GeV, p* = 0.883 GeV (3 digits).
        double[] v = new double[8];
        TauDecayChannel pi = TABLE.channel("pi-nu");
        pi.model().generate(rng("pi"), v);
        assertThat(v[3]).isCloseTo(0.894, within(6e-4));
        assertThat(Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2])).isCloseTo(0.883, within(6e-4));
        assertAtRestAndOnShell(v, 2, M_TAU, new double[] {PDG.byId(211).mass(), 0});
        // K nu: E*_K = (m_tau^2 + m_K^2)/(2 m_tau) [textbook two-body], checked to 1e-12.
        TauDecayChannel k = TABLE.channel("K-nu");
        k.model().generate(rng("K"), v);
        double mK = PDG.byId(321).mass();
        assertThat(v[3]).isCloseTo((M_TAU * M_TAU + mK * mK) / (2 * M_TAU), within(1e-12));
    }

    @Test
    void lAlphaLinesAtTheTableValues() {
        // [D, 3 decimals] x_l = 2 E*_l / m_tau = 1 + (m_l^2 - m_alpha^2)/m_tau^2 per m_alpha, for e and mu.
        double[] mAlpha = {0.0, 0.5, 0.7, 1.0, 1.2, 1.4, 1.6};
        double[] xE = {1.000, 0.921, 0.845, 0.683, 0.544, 0.379, 0.189};
        double[] xMu = {1.0035, 0.924, 0.848, 0.687, 0.548, 0.383, 0.193};
        double[] v = new double[8];
        for (int i = 0; i < mAlpha.length; i++) {
            for (int lepton : new int[] {11, 13}) {
                TauDecayChannel c = LeptonAlpha.channel(PDG, lepton, mAlpha[i], 1.0);
                c.model().generate(rng("lalpha"), v);
                double x = 2 * v[3] / M_TAU;
                // 1e-3: the table's rounding (5e-4) plus margin.
                assertThat(x)
                        .as("x for lepton " + lepton + ", m_alpha " + mAlpha[i])
                        .isCloseTo(lepton == 11 ? xE[i] : xMu[i], within(1e-3));
                assertAtRestAndOnShell(
                        v, 2, M_TAU, new double[] {PDG.byId(lepton).mass(), mAlpha[i]});
            }
        }
        assertThatThrownBy(() -> LeptonAlpha.channel(PDG, 12, 1.0, 0.1)).hasMessageContaining("11 (e) or 13 (mu)");
        assertThatThrownBy(() -> LeptonAlpha.channel(PDG, 13, 1.7, 0.1)).hasMessageContaining("alpha mass");
    }

    @Test
    void rhoLineShape() {
        TauDecayChannel c = TABLE.channel("pi-pi0-nu");
        RhoDecayModel model = (RhoDecayModel) c.model().newInstance();
        double[] masses = c.products().stream().mapToDouble(ParticleData::mass).toArray();
        RandomStream r = rng("rho");
        double[] v = new double[16];
        int bins = 60;
        double sLo = 0.0;
        double sHi = M_TAU * M_TAU;
        long[] hs = new long[bins];
        long[] hm = new long[100]; // m(pi pi0), 10 MeV bins from 0.2 GeV
        int n = 300_000;
        long longitudinalish = 0;
        for (int i = 0; i < n; i++) {
            model.generate(r, v);
            if (i < 10_000) {
                assertAtRestAndOnShell(v, 3, M_TAU, masses);
            }
            double m = mass(v, 0, 1);
            fill(hs, sLo, sHi, m * m);
            fill(hm, 0.2, 1.2, m);
        }
        assertThat(model.envelopeViolations()).isZero();
        // The m^2 spectrum is the Kuhn-Santamaria dGamma/ds, Z. Phys. C48 (1990) 445 [R] (the model's density).
        double c2 = chi2(hs, sLo, sHi, model::density);
        assertChi2(c2, bins - 1, "m(pi pi0)^2 vs dGamma/ds");
        // Peak near the rho(770) mass 0.775 GeV [S PDG24]: the phase-space and V-A factors pull it down
        // by a few MeV; 10 MeV bins, accept +- 30 MeV.
        double peak = 0.2 + (argMax(hm) + 0.5) * 0.01;
        assertThat(peak).isCloseTo(0.775, within(0.03));
        System.out.printf("rho: m(pi pi0)^2 chi2 = %.1f / %d, peak of m(pi pi0) at %.3f GeV%n", c2, bins - 1, peak);
    }

    @Test
    void rhoAngularDistributionIsTheVaProjection() {
        // At fixed s the pi- angle theta in the pi pi0 frame w.r.t. the pi pi0 flight direction has
        // the density ~ s sin^2 + M^2 cos^2 = s + (M^2 - s) cos^2 (derived from the symmetric lepton
        // tensor, see RhoDecayModel). Compare the sample mean of cos^2 theta with the mean over the
        // same events of its conditional expectation E[cos^2 | s].
        TauDecayChannel c = TABLE.channel("pi-pi0-nu");
        DecayModel model = c.model().newInstance();
        RandomStream r = rng("rho-angle");
        double[] v = new double[16];
        int n = 200_000;
        double sumCos2 = 0;
        double sumPred = 0;
        double big = M_TAU * M_TAU;
        for (int i = 0; i < n; i++) {
            model.generate(r, v);
            // pi pi0 system direction (= minus the neutrino) and pi- direction in its rest frame.
            double s = Math.pow(mass(v, 0, 1), 2);
            double ex = v[0] + v[4];
            double ey = v[1] + v[5];
            double ez = v[2] + v[6];
            double e = v[3] + v[7];
            double[] p = {v[0], v[1], v[2], v[3]};
            io.upsilon.core.kinematics.Boost.apply(-ex / e, -ey / e, -ez / e, p, 0);
            double pn = Math.sqrt(p[0] * p[0] + p[1] * p[1] + p[2] * p[2]);
            double dn = Math.sqrt(ex * ex + ey * ey + ez * ez);
            double cos = (p[0] * ex + p[1] * ey + p[2] * ez) / (pn * dn);
            sumCos2 += cos * cos;
            // E[c^2] for density s + (M^2 - s) c^2: (s/3 + (M^2 - s)/5) / (s + (M^2 - s)/3).
            sumPred += (s / 3 + (big - s) / 5) / (s + (big - s) / 3);
        }
        // Var(cos^2) <= 1/12 for any density on [0, 1]: 5 standard errors of the mean.
        assertThat(sumCos2 / n).isCloseTo(sumPred / n, within(5 * Math.sqrt(1.0 / 12 / n)));
        // and it differs from isotropy (1/3) by far more than that.
        assertThat(sumCos2 / n - 1.0 / 3).isGreaterThan(20 * Math.sqrt(1.0 / 12 / n));
    }

    @Test
    void a1LineShapes() {
        for (String mode : List.of("3pi-nu", "pi-2pi0-nu")) {
            TauDecayChannel c = TABLE.channel(mode);
            A1DecayModel model = (A1DecayModel) c.model().newInstance();
            double[] masses =
                    c.products().stream().mapToDouble(ParticleData::mass).toArray();
            RandomStream r = rng(mode);
            double[] v = new double[16];
            long[] h3 = new long[80]; // m(3 pi), 20 MeV bins from 0.4 GeV
            long[] hq = new long[50]; // m(3 pi)^2 over [0, M^2]
            long[] hs1 = new long[40]; // s1 = m^2(pi_1 pi_odd) over [0, M^2]
            long[] h2 = new long[80]; // m(pi_i pi_odd), both combinations, 15 MeV bins from 0.25 GeV
            int n = 100_000;
            for (int i = 0; i < n; i++) {
                model.generate(r, v);
                if (i < 10_000) {
                    assertAtRestAndOnShell(v, 4, M_TAU, masses);
                }
                double m3 = mass(v, 0, 1, 2);
                fill(h3, 0.4, 2.0, m3);
                fill(hq, 0, M_TAU * M_TAU, m3 * m3);
                double m13 = mass(v, 0, 2);
                fill(hs1, 0, M_TAU * M_TAU, m13 * m13);
                fill(h2, 0.25, 1.45, mass(v, 0, 2));
                fill(h2, 0.25, 1.45, mass(v, 1, 2));
            }
            assertThat(model.envelopeViolations())
                    .as(mode + " envelope violations")
                    .isZero();
            // m(3 pi)^2 follows the model's dGamma/dQ^2 (Kuhn-Santamaria [R] current, tabulated
            // three-pion integral): checks the exact Q^2 sampling and that the Dalitz and
            // orientation accept-reject at fixed Q^2 does not distort it.
            double c2 = chi2(hq, 0, M_TAU * M_TAU, model::density);
            assertChi2(c2, hq.length - 1, mode + " m(3pi)^2 vs dGamma/dQ^2");
            System.out.printf("%s: m(3pi)^2 chi2 = %.1f / %d%n", mode, c2, hq.length - 1);
            // The Dalitz plot at fixed Q^2 is |J_rho|^2 (the orientation average of |M|^2 is
            // |J|^2 (M^2 + 2Q^2)/3 times a function of Q^2): the s1 projection, integrated over Q^2
            // numerically from the model's current and Q^2 density, must match the events.
            double[] expected = dalitzProjection(model, masses[0], masses[2], hs1.length);
            double c2s = chi2Binned(hs1, expected);
            assertChi2(c2s, hs1.length - 1, mode + " m^2(pi pi_odd) vs the |J|^2 Dalitz projection");
            System.out.printf("%s: m^2(pi pi_odd) Dalitz projection chi2 = %.1f / %d%n", mode, c2s, hs1.length - 1);
            double peak3 = 0.4 + (argMax(h3) + 0.5) * 0.02;
            double peak2 = 0.25 + (argMax(h2) + 0.5) * 0.015;
            System.out.printf("%s: m(3pi) peak %.3f GeV, m(pi pi_odd) peak %.3f GeV%n", mode, peak3, peak2);
            // a1(1260): m = 1.23, Gamma = 0.42 GeV [S PDG24]; the (1 - Q^2/M^2)^2 factor and the running
            // width pull the peak below the pole: the brief expects 1.1-1.3 GeV.
            assertThat(peak3).as(mode + " m(3pi) peak").isBetween(1.0, 1.3);
            // The rho(770) in m(pi pi_odd): peak within +- 60 MeV of 0.775 (15 MeV bins, broad reflections).
            assertThat(peak2).as(mode + " m(pi pi) peak").isCloseTo(0.775, within(0.06));
        }
    }

    /**
     * Expected fractions of s1 = (p1 + p3)^2 in bins over [0, M^2]: integral over Q^2 of
     * dGamma/dQ^2 times the normalised s1 marginal of |J(Q^2, s1, s2)|^2 on the Dalitz plot
     * (midpoint grids: 120 Q^2 points, 400 x 400 Dalitz points).
     */
    private static double[] dalitzProjection(A1DecayModel model, double ma, double mb, int bins) {
        double big = M_TAU * M_TAU;
        double qLo = Math.pow(2 * ma + mb, 2);
        int nq = 120;
        int ns = 400;
        double dq = (big - qLo) / nq;
        double binWidth = big / bins;
        double[] expected = new double[bins];
        double[] row = new double[ns];
        for (int iq = 0; iq < nq; iq++) {
            double q = qLo + (iq + 0.5) * dq;
            double lo = (ma + mb) * (ma + mb);
            double hi = Math.pow(Math.sqrt(q) - ma, 2);
            double h = (hi - lo) / ns;
            double norm = 0;
            for (int a = 0; a < ns; a++) {
                double r = 0;
                for (int b = 0; b < ns; b++) {
                    r += model.current2(q, lo + (a + 0.5) * h, lo + (b + 0.5) * h);
                }
                row[a] = r;
                norm += r;
            }
            double pq = model.density(q) * dq;
            for (int a = 0; a < ns; a++) {
                int k = (int) ((lo + (a + 0.5) * h) / binWidth);
                expected[Math.min(k, bins - 1)] += pq * row[a] / norm;
            }
        }
        return expected;
    }

    /** Pearson chi-square of h against expected bin contents (normalised to h's total). */
    private static double chi2Binned(long[] h, double[] expected) {
        double total = 0;
        long n = 0;
        for (int i = 0; i < h.length; i++) {
            total += expected[i];
            n += h[i];
        }
        double c2 = 0;
        for (int i = 0; i < h.length; i++) {
            double e = expected[i] / total * n;
            if (e > 0) {
                c2 += (h[i] - e) * (h[i] - e) / e;
            } else {
                assertThat(h[i]).isZero();
            }
        }
        return c2;
    }

    @Test
    void phaseSpaceModesConserveMomentumAndFillPhaseSpace() {
        for (String mode : List.of("pi-3pi0-nu", "3pi-pi0-nu", "K-pi0-nu", "other-3prong")) {
            TauDecayChannel c = TABLE.channel(mode);
            PhaseSpaceDecayModel model = (PhaseSpaceDecayModel) c.model().newInstance();
            double[] masses =
                    c.products().stream().mapToDouble(ParticleData::mass).toArray();
            RandomStream r = rng(mode);
            double[] v = new double[32];
            for (int i = 0; i < 20_000; i++) {
                model.generate(r, v);
                assertAtRestAndOnShell(v, masses.length, M_TAU, masses);
            }
            assertThat(model.envelopeViolations())
                    .as(mode + " weights above the calibrated maximum")
                    .isZero();
        }
        // Three-body flat phase space has a flat Dalitz plot: for K- pi0 nu, m^2(K pi0) is then
        // distributed as the Dalitz-plot length at fixed m^2, ~ lambda^(1/2)(s, mK^2, mpi^2)
        // lambda^(1/2)(M^2, s, 0)/s [textbook].
        TauDecayChannel c = TABLE.channel("K-pi0-nu");
        DecayModel model = c.model().newInstance();
        double mK = PDG.byId(321).mass();
        double mPi = PDG.byId(111).mass();
        RandomStream r = rng("kpi-dalitz");
        double[] v = new double[16];
        double lo = (mK + mPi) * (mK + mPi);
        double hi = M_TAU * M_TAU;
        long[] h = new long[40];
        for (int i = 0; i < 200_000; i++) {
            model.generate(r, v);
            double m = mass(v, 0, 1);
            fill(h, lo, hi, m * m);
        }
        double c2 = chi2(h, lo, hi, s -> {
            if (s <= lo || s >= hi) {
                return 0;
            }
            double l1 = io.upsilon.generators.phasespace.TwoBody.kallen(s, mK * mK, mPi * mPi);
            double l2 = io.upsilon.generators.phasespace.TwoBody.kallen(hi, s, 0);
            return Math.sqrt(Math.max(0, l1)) * Math.sqrt(Math.max(0, l2)) / s;
        });
        assertChi2(c2, 39, "K pi0 mass in flat phase space");
    }
}
