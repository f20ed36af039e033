package io.upsilon.generators.amplitude;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import org.junit.jupiter.api.Test;

class PropagatorsTest {
    private final RandomStream rng = RandomStreams.of(23).stream("propagators");

    @Test
    void fermionPropagatorInvertsTheDiracOperator() {
        // (q-slash - m) (q-slash + m)/(q^2 - m^2) = 1 for an off-shell q
        double[] psi = new double[8];
        double[] prop = new double[8];
        double[] back = new double[8];
        for (int trial = 0; trial < 100; trial++) {
            double[] q = {
                4 * rng.nextDouble() - 2, 4 * rng.nextDouble() - 2, 4 * rng.nextDouble() - 2, 6 * rng.nextDouble() - 3
            };
            double m = 2 * rng.nextDouble();
            for (int a = 0; a < 8; a++) {
                psi[a] = rng.nextDouble() - 0.5;
            }
            Propagators.fermion(q, 0, m, psi, prop);
            Dirac.slashPlusMass(q, 0, -m, prop, back);
            for (int a = 0; a < 8; a++) {
                assertThat(back[a]).isCloseTo(psi[a], within(1e-9));
            }
        }
    }

    @Test
    void vectorPropagatorsBetweenConservedCurrents() {
        // e+e- -> mu+mu- currents at sqrt(s) = 10.58: the electron current (massless) is conserved, so the
        // q q / M^2 term drops and the massive propagator is -(j.J)/(s - M^2 + i M Gamma); the photon one is
        // -(j.J)/s; on the peak (s = M^2) |propagator|^2 = |j.J|^2/(M Gamma)^2.
        double e = 5.29;
        double m = 0.1056583755;
        double pm = Math.sqrt(e * e - m * m);
        double[] p = {0, 0, e, e, 0, 0, -e, e, pm * 0.6, 0, pm * 0.8, e, -pm * 0.6, 0, -pm * 0.8, e};
        double[] q = {0, 0, 0, 2 * e};
        double[] u1 = new double[8];
        double[] vb2 = new double[8];
        double[] ub3 = new double[8];
        double[] v4 = new double[8];
        double[] sc = new double[8];
        double[] j = new double[8];
        double[] jj = new double[8];
        double[] out = new double[2];
        Spinors.u(p, 0, 0, 1, u1);
        Spinors.vbar(p, 4, 0, -1, sc, vb2);
        Spinors.ubar(p, 8, m, 1, sc, ub3);
        Spinors.v(p, 12, m, -1, v4);
        Dirac.current(vb2, u1, j);
        Dirac.current(ub3, v4, jj);
        double dRe = Dirac.dotRe(j, jj);
        double dIm = Dirac.dotIm(j, jj);
        double s = 4 * e * e;
        Propagators.photon(j, jj, s, out);
        assertThat(out[0]).isCloseTo(-dRe / s, within(1e-15));
        assertThat(out[1]).isCloseTo(-dIm / s, within(1e-15));
        for (double mass : new double[] {1.0, 10.0, 2 * e}) {
            double width = 0.05 * mass;
            Propagators.massiveVector(j, jj, q, 0, mass, width, out);
            double denRe = s - mass * mass;
            double denIm = mass * width;
            double d2 = denRe * denRe + denIm * denIm;
            double expRe = -(dRe * denRe + dIm * denIm) / d2;
            double expIm = -(dIm * denRe - dRe * denIm) / d2;
            double scale = Math.hypot(dRe, dIm) / Math.sqrt(d2);
            assertThat(out[0]).isCloseTo(expRe, within(1e-12 * scale));
            assertThat(out[1]).isCloseTo(expIm, within(1e-12 * scale));
        }
        Propagators.massiveVector(j, jj, q, 0, 2 * e, 0.1, out);
        assertThat(out[0] * out[0] + out[1] * out[1])
                .isCloseTo((dRe * dRe + dIm * dIm) / Math.pow(2 * e * 0.1, 2), within(1e-10 * (dRe * dRe + dIm * dIm)));
    }
}
