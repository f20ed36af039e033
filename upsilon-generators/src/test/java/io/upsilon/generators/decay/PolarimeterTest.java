package io.upsilon.generators.decay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import io.upsilon.generators.amplitude.Dirac;
import io.upsilon.generators.amplitude.Spinors;
import org.junit.jupiter.api.Test;

/**
 * The polarimetric vectors of the tau decay models against an independent calculation: the
 * amplitude ubar(nu) gamma^mu (1 - gamma5) u(tau, spin) J_mu evaluated with explicit Dirac spinors
 * (chiral representation, {@link Spinors}: a fermion at rest has its spin quantised along +z) for
 * the tau spin up and down along z, the 2x2 spin matrix M_ij = A_i* A_j summed over the final
 * spins, and h_k = Tr(M sigma_k) / Tr(M). This checks the trace formula of {@link Polarimeter}
 * (including the sign of its parity-odd term) and each model's current, to rounding (1e-9).
 */
class PolarimeterTest {
    private static final double TOL = 1e-9;
    private final TauDecayTable table = TauDecayTable.standard();
    private final double mTau = table.tauMass();

    /** Adds the spin matrix of the tau- decay through the lepton-side current {@code j} (complex, Dirac layout). */
    private void addSpinMatrix(double[] j, double[] nu, double[] m) {
        double[] rest = {0, 0, 0, mTau};
        double[] scratch = new double[8];
        double[] nubar = new double[8];
        double[] u = new double[8];
        double[] psi = new double[8];
        double[] v = new double[8];
        for (int hn = -1; hn <= 1; hn += 2) {
            Spinors.ubar(nu, 0, 0, hn, scratch, nubar);
            double[] a = new double[4]; // A_up (re, im), A_down (re, im)
            for (int s = 0; s < 2; s++) {
                Spinors.u(rest, 0, mTau, s == 0 ? 1 : -1, u);
                // (1 - gamma5) = diag(2, 2, 0, 0) in the chiral representation
                for (int k = 0; k < 4; k++) {
                    psi[k] = 2 * u[k];
                    psi[4 + k] = 0;
                }
                Dirac.current(nubar, psi, v);
                a[2 * s] = Dirac.dotRe(v, j);
                a[2 * s + 1] = Dirac.dotIm(v, j);
            }
            // M_ij += A_i* A_j, i, j in (up, down): store M_uu, M_dd, Re M_ud, Im M_ud
            m[0] += a[0] * a[0] + a[1] * a[1];
            m[1] += a[2] * a[2] + a[3] * a[3];
            m[2] += a[0] * a[2] + a[1] * a[3];
            m[3] += a[0] * a[3] - a[1] * a[2];
        }
    }

    private static double[] hFromSpinMatrix(double[] m) {
        double tr = m[0] + m[1];
        return new double[] {2 * m[2] / tr, -2 * m[3] / tr, (m[0] - m[1]) / tr};
    }

    /** (x, y, z, t) real and imaginary four-vectors as the complex Dirac layout (t, x, y, z). */
    private static double[] dirac(double[] re, double[] im) {
        return new double[] {re[3], im[3], re[0], im[0], re[1], im[1], re[2], im[2]};
    }

    @Test
    void traceFormulaMatchesSpinorsForGenericComplexCurrents() {
        RandomStream rng = RandomStreams.of(41).stream("test");
        for (int t = 0; t < 200; t++) {
            double[] re = new double[4];
            double[] im = new double[4];
            for (int k = 0; k < 4; k++) {
                re[k] = 2 * rng.nextDouble() - 1;
                im[k] = 2 * rng.nextDouble() - 1;
            }
            double[] nu = new double[4];
            DecayKinematics.randomDirection(rng, nu, 0);
            double e = 0.3 + rng.nextDouble();
            nu[0] *= e;
            nu[1] *= e;
            nu[2] *= e;
            nu[3] = e;
            double[] m = new double[4];
            addSpinMatrix(dirac(re, im), nu, m);
            double[] expected = hFromSpinMatrix(m);
            double[] h = new double[3];
            Polarimeter.fromCurrent(re, im, nu, 0, h);
            for (int k = 0; k < 3; k++) {
                assertThat(h[k]).as("h_%d, trial %d", k, t).isCloseTo(expected[k], within(TOL));
            }
        }
    }

    private DecayModel model(String mode) {
        for (TauDecayChannel c : table.channels()) {
            if (c.name().equals(mode)) {
                return c.model().newInstance();
            }
        }
        throw new AssertionError("no mode " + mode);
    }

    @Test
    void pionRhoAndA1PolarimetersMatchSpinorsWithTheirCurrents() {
        RandomStream rng = RandomStreams.of(42).stream("test");
        double[] out = new double[64];
        double[] h = new double[3];
        for (String mode : new String[] {"pi-nu", "pi-pi0-nu", "3pi-nu", "pi-2pi0-nu"}) {
            DecayModel model = model(mode);
            int nuAt = 4 * (model.size() - 1);
            for (int t = 0; t < 100; t++) {
                model.generate(rng, out);
                model.polarimeter(out, h);
                double[] re = new double[4];
                double[] im = new double[4];
                if (mode.equals("pi-nu")) {
                    System.arraycopy(out, 0, re, 0, 4); // J = f_pi p_pi
                } else if (mode.equals("pi-pi0-nu")) {
                    double[] q = new double[4];
                    double[] d = new double[4];
                    for (int k = 0; k < 4; k++) {
                        q[k] = out[k] + out[4 + k];
                        d[k] = out[k] - out[4 + k];
                    }
                    double f = Polarimeter.dot(q, 0, d, 0) / Polarimeter.dot(q, 0, q, 0);
                    for (int k = 0; k < 4; k++) {
                        re[k] = d[k] - f * q[k];
                    }
                } else {
                    ((A1DecayModel) model).current(out, re, im);
                }
                double[] nu = new double[4];
                System.arraycopy(out, nuAt, nu, 0, 4);
                double[] m = new double[4];
                addSpinMatrix(dirac(re, im), nu, m);
                double[] expected = hFromSpinMatrix(m);
                for (int k = 0; k < 3; k++) {
                    assertThat(h[k]).as("%s h_%d", mode, k).isCloseTo(expected[k], within(TOL));
                }
                double norm = Math.sqrt(h[0] * h[0] + h[1] * h[1] + h[2] * h[2]);
                assertThat(norm).isLessThanOrEqualTo(1 + TOL);
                if (mode.equals("pi-nu")) {
                    assertThat(norm).isCloseTo(1, within(TOL)); // analysing power 1
                }
            }
        }
    }

    @Test
    void leptonicPolarimeterMatchesTheFullVMinusAMatrixElement() {
        // tau- -> l- nubar_l nu_tau: the "current" is the lepton current ubar(l) gamma^mu (1 -
        // gamma5) v(nubar), summed incoherently over the lepton and antineutrino spins
        RandomStream rng = RandomStreams.of(43).stream("test");
        double[] out = new double[64];
        double[] h = new double[3];
        double[] scratch = new double[8];
        double[] lbar = new double[8];
        double[] v = new double[8];
        double[] psi = new double[8];
        double[] j = new double[8];
        for (String mode : new String[] {"e-nu-nu", "mu-nu-nu"}) {
            DecayModel model = model(mode);
            double ml = mode.startsWith("mu") ? 0.1056583755 : 0.51099895e-3;
            for (int t = 0; t < 100; t++) {
                model.generate(rng, out);
                model.polarimeter(out, h);
                double[] m = new double[4];
                double[] nu = {out[8], out[9], out[10], out[11]};
                for (int hl = -1; hl <= 1; hl += 2) {
                    for (int hv = -1; hv <= 1; hv += 2) {
                        Spinors.ubar(out, 0, ml, hl, scratch, lbar);
                        Spinors.v(out, 4, 0, hv, v);
                        for (int k = 0; k < 4; k++) {
                            psi[k] = 2 * v[k];
                            psi[4 + k] = 0;
                        }
                        Dirac.current(lbar, psi, j);
                        addSpinMatrix(j, nu, m);
                    }
                }
                double[] expected = hFromSpinMatrix(m);
                for (int k = 0; k < 3; k++) {
                    assertThat(h[k]).as("%s h_%d", mode, k).isCloseTo(expected[k], within(1e-7));
                }
            }
        }
    }

    @Test
    void rhoPolarimeterAveragesToTheAnalysingPowerAlongTheRho() {
        // at fixed s and rho direction d the decay-angle average of h is alpha(s) d, alpha(s) =
        // (m_tau^2 - 2 s)/(m_tau^2 + 2 s) (Kuhn and Wagner 1984): the mean of h.d - alpha(s) is 0
        RandomStream rng = RandomStreams.of(44).stream("test");
        DecayModel model = model("pi-pi0-nu");
        double[] out = new double[64];
        double[] h = new double[3];
        int n = 200_000;
        double sum = 0;
        double sum2 = 0;
        for (int t = 0; t < n; t++) {
            model.generate(rng, out);
            model.polarimeter(out, h);
            double dx = out[0] + out[4];
            double dy = out[1] + out[5];
            double dz = out[2] + out[6];
            double dn = Math.sqrt(dx * dx + dy * dy + dz * dz);
            double s = DecayKinematics.mass2(out, 0, 1);
            double alpha = (mTau * mTau - 2 * s) / (mTau * mTau + 2 * s);
            double x = (h[0] * dx + h[1] * dy + h[2] * dz) / dn - alpha;
            sum += x;
            sum2 += x * x;
        }
        double mean = sum / n;
        double err = Math.sqrt((sum2 / n - mean * mean) / n);
        assertThat(Math.abs(mean)).as("mean %s +- %s", mean, err).isLessThan(4 * err);
    }
}
