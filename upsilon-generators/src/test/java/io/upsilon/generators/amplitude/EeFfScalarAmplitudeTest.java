package io.upsilon.generators.amplitude;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import io.upsilon.generators.phasespace.NBodyPhaseSpace;
import org.junit.jupiter.api.Test;

class EeFfScalarAmplitudeTest {
    private static final double M_MU = 0.1056583755; // PDG 2024 [S] (scikit-hep/particle mass_width_2024.mcd)

    @Test
    void helicitySumEqualsTheDiracTrace() {
        // Independent of the spinors: sum |M|^2 = L_{mu nu} H^{mu nu} / s^2 with
        // L = Tr[p2 gamma^mu p1 gamma^nu] (massless electrons) and
        // H = Tr[(p3 + m) G^mu (p4 - m) Gbar^nu], G^mu = (q3 + m) gamma^mu / dx + gamma^mu (-q4 + m) / dy,
        // Gbar^nu = gamma^nu (q3 + m) / dx + (-q4 + m) gamma^nu / dy, q3 = p3 + k, q4 = p4 + k,
        // evaluated with explicit 4x4 matrices. Agreement to 1e-9 relative (double rounding).
        RandomStream rng = RandomStreams.of(7).stream("trace");
        EeFfScalarAmplitude amp = new EeFfScalarAmplitude(M_MU);
        for (double mass : new double[] {0.3, 2.0, 7.5}) {
            NBodyPhaseSpace ps = new NBodyPhaseSpace(10.58, M_MU, M_MU, mass);
            double[] out = new double[12];
            for (int n = 0; n < 20; n++) {
                ps.generate(rng, out);
                double[] p = beamsAlongZ(10.58, out);
                double helicity = amp.summedSquared(p);
                double trace = trace(p, M_MU);
                assertThat(helicity).as("M = %s, point %s", mass, n).isCloseTo(trace, within(1e-9 * trace));
            }
        }
    }

    @Test
    void symmetricUnderChargeConjugationOfTheMuons() {
        // C: exchanging the mu- and mu+ momenta leaves the spin-summed |M|^2 of the photon-mediated
        // process unchanged (both FSR diagrams swap into each other).
        RandomStream rng = RandomStreams.of(8).stream("c");
        EeFfScalarAmplitude amp = new EeFfScalarAmplitude(M_MU);
        NBodyPhaseSpace ps = new NBodyPhaseSpace(10.58, M_MU, M_MU, 1.0);
        double[] out = new double[12];
        for (int n = 0; n < 20; n++) {
            ps.generate(rng, out);
            double[] p = beamsAlongZ(10.58, out);
            double a = amp.summedSquared(p);
            double[] q = p.clone();
            System.arraycopy(p, 8, q, 12, 4);
            System.arraycopy(p, 12, q, 8, 4);
            assertThat(amp.summedSquared(q)).isCloseTo(a, within(1e-9 * a));
        }
    }

    static double[] beamsAlongZ(double sqrtS, double[] finalState) {
        double e = sqrtS / 2;
        double[] p = new double[20];
        p[2] = e;
        p[3] = e;
        p[6] = -e;
        p[7] = e;
        System.arraycopy(finalState, 0, p, 8, 12);
        return p;
    }

    private static double trace(double[] p, double m) {
        double[] p1 = slice(p, 0);
        double[] p2 = slice(p, 4);
        double[] p3 = slice(p, 8);
        double[] p4 = slice(p, 12);
        double[] k = slice(p, 16);
        double[] q3 = new double[4];
        double[] mq4 = new double[4];
        for (int c = 0; c < 4; c++) {
            q3[c] = p3[c] + k[c];
            mq4[c] = -(p4[c] + k[c]);
        }
        double dx = dot(q3, q3) - m * m;
        double dy = dot(mq4, mq4) - m * m;
        double[] s3 = Dirac.slashMatrix(p3, m);
        double[] s4 = Dirac.slashMatrix(p4, -m);
        double[] a = Dirac.slashMatrix(q3, m);
        double[] b = Dirac.slashMatrix(mq4, m);
        double[] sp1 = Dirac.slashMatrix(p1, 0);
        double[] sp2 = Dirac.slashMatrix(p2, 0);
        double[][] g = new double[4][];
        double[][] big = new double[4][];
        double[][] bar = new double[4][];
        for (int mu = 0; mu < 4; mu++) {
            g[mu] = Dirac.gammaMatrix(mu);
            big[mu] = add(Dirac.multiply(a, g[mu]), 1 / dx, Dirac.multiply(g[mu], b), 1 / dy);
            bar[mu] = add(Dirac.multiply(g[mu], a), 1 / dx, Dirac.multiply(b, g[mu]), 1 / dy);
        }
        double s = dot(add4(p1, p2), add4(p1, p2));
        double sum = 0;
        for (int mu = 0; mu < 4; mu++) {
            for (int nu = 0; nu < 4; nu++) {
                double metric = (mu == 0 ? 1 : -1) * (nu == 0 ? 1 : -1);
                // L^{mu nu} with both indices up, H^{mu nu} likewise: contract with lowered indices.
                double[] l = traceOf(Dirac.multiply(Dirac.multiply(sp2, g[mu]), Dirac.multiply(sp1, g[nu])));
                double[] h = traceOf(Dirac.multiply(Dirac.multiply(s3, big[mu]), Dirac.multiply(s4, bar[nu])));
                sum += metric * (l[0] * h[0] - l[1] * h[1]);
            }
        }
        return sum / (s * s);
    }

    private static double[] slice(double[] p, int off) {
        // Dirac.slashMatrix takes (px, py, pz, E) at offset 0
        return new double[] {p[off], p[off + 1], p[off + 2], p[off + 3]};
    }

    private static double dot(double[] a, double[] b) {
        return a[3] * b[3] - a[0] * b[0] - a[1] * b[1] - a[2] * b[2];
    }

    private static double[] add4(double[] a, double[] b) {
        return new double[] {a[0] + b[0], a[1] + b[1], a[2] + b[2], a[3] + b[3]};
    }

    private static double[] add(double[] x, double fx, double[] y, double fy) {
        double[] r = new double[32];
        for (int i = 0; i < 32; i++) {
            r[i] = fx * x[i] + fy * y[i];
        }
        return r;
    }

    private static double[] traceOf(double[] mat) {
        double re = 0;
        double im = 0;
        for (int i = 0; i < 4; i++) {
            re += mat[8 * i + 2 * i];
            im += mat[8 * i + 2 * i + 1];
        }
        return new double[] {re, im};
    }
}
