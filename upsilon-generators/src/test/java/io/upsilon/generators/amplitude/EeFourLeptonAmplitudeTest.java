package io.upsilon.generators.amplitude;

import static org.assertj.core.api.Assertions.assertThat;

import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import io.upsilon.generators.phasespace.MultiperipheralChannel;
import io.upsilon.generators.phasespace.NBodyPhaseSpace;
import org.junit.jupiter.api.Test;

class EeFourLeptonAmplitudeTest {
    private static final double ME = 0.51099895e-3;
    private static final double MMU = 0.1056583755;
    private static final double MTAU = 1.77693;
    private static final double SQRT_S = 10.58;

    /** A random point of e+e- -> 4 leptons in the CM frame (e- along +z). */
    private static double[] point(RandomStream rng, double me, double m1, double m2) {
        NBodyPhaseSpace ps = new NBodyPhaseSpace(SQRT_S, m1, m1, m2, m2);
        double[] f = new double[16];
        ps.generate(rng, f);
        double[] p = new double[24];
        double e = SQRT_S / 2;
        double pb = Math.sqrt(e * e - me * me);
        p[2] = pb;
        p[3] = e;
        p[6] = -pb;
        p[7] = e;
        System.arraycopy(f, 0, p, 8, 16);
        // Energies exactly as the spinors recompute them, so that rounding does not put the
        // external legs off shell by an ulp (which small propagator denominators would amplify).
        double[] masses = {me, me, m1, m1, m2, m2};
        for (int i = 0; i < 6; i++) {
            double x = p[4 * i];
            double y = p[4 * i + 1];
            double z = p[4 * i + 2];
            double a = Math.sqrt(x * x + y * y + z * z);
            p[4 * i + 3] = Math.sqrt(a * a + masses[i] * masses[i]);
        }
        return p;
    }

    private static int[] helicities(int config) {
        int[] h = new int[6];
        for (int k = 0; k < 6; k++) {
            h[k] = ((config >> k) & 1) == 1 ? 1 : -1;
        }
        return h;
    }

    @Test
    void diagramCountsAreThoseOfBerendsDaverveldtKleiss() {
        assertThat(new EeFourLeptonAmplitude(13, MMU, 11, ME, ME).diagramCount())
                .isEqualTo(12);
        assertThat(new EeFourLeptonAmplitude(11, ME, 11, ME, ME).diagramCount()).isEqualTo(36);
        assertThat(new EeFourLeptonAmplitude(13, MMU, 13, MMU, ME).diagramCount())
                .isEqualTo(12);
        assertThat(new EeFourLeptonAmplitude(13, MMU, 15, MTAU, ME).diagramCount())
                .isEqualTo(6);
    }

    /**
     * Ward identity: replacing the current of an outer line by its photon momentum Q must give zero
     * for the diagrams in which that photon attaches to the rest (charge conservation along each
     * central line), to 1e-12 of the rounding scale of those diagrams, with an electron mass of 50
     * MeV (so that every lepton's double-precision energy is on shell to eps E^2/m^2 &lt; 1e-12).
     */
    @Test
    void wardIdentityHoldsToMachinePrecisionForEveryLine() {
        checkWard(0.05, 1e-12);
    }

    /**
     * The same at the physical electron mass, where a 5 GeV electron's stored energy is on shell only
     * to eps (E/m_e)^2 = 2.4e-8 (eps = 2.2e-16): that bounds the violation.
     */
    @Test
    void wardIdentityAtThePhysicalElectronMassHoldsToTheOnShellRounding() {
        double eps = Math.ulp(1.0);
        checkWard(ME, eps * Math.pow(SQRT_S / 2 / ME, 2));
    }

    private static void checkWard(double me, double tolerance) {
        double muMass = Math.max(MMU, me);
        RandomStream rng = RandomStreams.of(11).stream("test/ward");
        int[][] processes = {{11, 13}, {11, 11}, {13, 13}, {13, 15}, {11, 15}};
        double[] out = new double[2];
        int checked = 0;
        for (int[] pr : processes) {
            double m1 = pr[0] == 11 ? me : pr[0] == 13 ? muMass : MTAU;
            double m2 = pr[1] == 11 ? me : pr[1] == 13 ? muMass : MTAU;
            EeFourLeptonAmplitude a = new EeFourLeptonAmplitude(pr[0], m1, pr[1], m2, me);
            int[] flav = {11, pr[0], pr[1]};
            for (int n = 0; n < 5; n++) {
                double[] p = point(rng, me, m1, m2);
                for (int config = 0; config < 64; config += 7) {
                    for (int i = 0; i < 3; i++) {
                        for (int j = 0; j < 3; j++) {
                            if (flav[i] != flav[j]) {
                                continue;
                            }
                            a.amplitude(p, helicities(config), i, j, null, out);
                            double scale = a.lastTermScale();
                            assertThat(scale).isGreaterThan(0);
                            assertThat(Math.hypot(out[0], out[1]))
                                    .as("process %s, line (%d, %d)", java.util.Arrays.toString(pr), i, j)
                                    .isLessThan(tolerance * scale);
                            checked++;
                        }
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(500);
    }

    /**
     * Fermi statistics: exchanging the two final-state electrons (or positrons) of e e e e, or muons
     * of mu mu mu mu, with their helicities flips the sign of every helicity amplitude.
     */
    @Test
    void identicalFermionsAntisymmetrise() {
        RandomStream rng = RandomStreams.of(12).stream("test/swap");
        for (int flavour : new int[] {11, 13}) {
            double m = flavour == 11 ? ME : MMU;
            EeFourLeptonAmplitude a = new EeFourLeptonAmplitude(flavour, m, flavour, m, ME);
            double[] x = new double[2];
            double[] y = new double[2];
            for (int n = 0; n < 5; n++) {
                double[] p = point(rng, ME, m, m);
                for (int swapAt : new int[] {8, 12}) {
                    double[] q = p.clone();
                    System.arraycopy(p, swapAt, q, swapAt + 8, 4);
                    System.arraycopy(p, swapAt + 8, q, swapAt, 4);
                    for (int config = 0; config < 64; config += 3) {
                        int[] h = helicities(config);
                        int[] g = h.clone();
                        int k = swapAt == 8 ? 2 : 3;
                        g[k] = h[k + 2];
                        g[k + 2] = h[k];
                        a.amplitude(p, h, x);
                        a.amplitude(q, g, y);
                        double size = Math.hypot(x[0], x[1]);
                        assertThat(Math.hypot(x[0] + y[0], x[1] + y[1])).isLessThanOrEqualTo(1e-12 * size);
                    }
                }
                assertThat(a.summedSquared(p)).isGreaterThan(0);
            }
        }
    }

    /**
     * Cross-implementation check: the four diagrams of mu mu tau tau in which the tau pair is an
     * outer line, with its current replaced by a polarisation vector, are e+e- -&gt; mu+mu- V with V
     * radiated from the electron and the muon lines, which {@link EeFfVectorAmplitude} computes by a
     * separate code path (massless electrons there, so here too): the helicity amplitudes must agree
     * to rounding.
     */
    @Test
    void agreesWithTheSeparateMuMuVectorAmplitude() {
        RandomStream rng = RandomStreams.of(13).stream("test/eeffv");
        EeFourLeptonAmplitude four = new EeFourLeptonAmplitude(13, MMU, 15, MTAU, 0);
        double[] x = new double[2];
        double[] y = new double[2];
        double[] eps = new double[8];
        int compared = 0;
        for (int n = 0; n < 5; n++) {
            double[] p = point(rng, 0, MMU, MTAU);
            double[] k = new double[20];
            System.arraycopy(p, 0, k, 0, 16);
            for (int c = 0; c < 4; c++) {
                k[16 + c] = p[16 + c] + p[20 + c];
            }
            double mv = Math.sqrt(k[19] * k[19] - k[16] * k[16] - k[17] * k[17] - k[18] * k[18]);
            EeFfVectorAmplitude three = new EeFfVectorAmplitude(MMU, mv, 1, 1);
            for (int lambda = -1; lambda <= 1; lambda++) {
                Polarizations.epsilonOutgoing(k, 16, mv, lambda, eps);
                for (int h1 : new int[] {-1, 1}) {
                    for (int h3 : new int[] {-1, 1}) {
                        for (int h4 : new int[] {-1, 1}) {
                            four.amplitude(p, new int[] {h1, -h1, h3, h4, 1, 1}, 2, 2, eps, x);
                            three.amplitude(k, h1, h3, h4, eps, y);
                            double size = Math.hypot(y[0], y[1]);
                            assertThat(size).isGreaterThan(0);
                            assertThat(Math.hypot(x[0] - y[0], x[1] - y[1])).isLessThan(1e-11 * size);
                            compared++;
                        }
                    }
                }
            }
        }
        assertThat(compared).isEqualTo(120);
    }

    /**
     * Numerical stability where the photons are nearly real: |M|^2 of e e mu mu at multiperipheral
     * points (photon virtualities down to Q^2_min ~ 1e-12 GeV^2) must not change when the whole
     * event is rotated about the beam axis (an exact symmetry; only rounding differs). Measured
     * worst relative change 7e-6 over 2e5 points; tolerance 1e-4.
     */
    @Test
    void squaredAmplitudeIsRotationInvariantDownToTheSmallestVirtualities() {
        double x0 = 0.5 * 0.25 / (SQRT_S * SQRT_S);
        MultiperipheralChannel channel = new MultiperipheralChannel(0, 1, 2, 3, ME, MMU, x0);
        EeFourLeptonAmplitude amp = new EeFourLeptonAmplitude(11, ME, 13, MMU, ME);
        RandomStream rng = RandomStreams.of(14).stream("test/rotation");
        double[] f = new double[16];
        double[] p = new double[24];
        double[] q = new double[24];
        double e = SQRT_S / 2;
        double pb = Math.sqrt(e * e - ME * ME);
        double c = Math.cos(1.0);
        double s = Math.sin(1.0);
        double smallestQ2 = Double.MAX_VALUE;
        for (int i = 0; i < 20_000; i++) {
            if (!channel.generate(rng, SQRT_S, f)) {
                continue;
            }
            p[2] = pb;
            p[3] = e;
            p[6] = -pb;
            p[7] = e;
            System.arraycopy(f, 0, p, 8, 16);
            for (int k = 0; k < 6; k++) {
                q[4 * k] = c * p[4 * k] - s * p[4 * k + 1];
                q[4 * k + 1] = s * p[4 * k] + c * p[4 * k + 1];
                q[4 * k + 2] = p[4 * k + 2];
                q[4 * k + 3] = p[4 * k + 3];
            }
            double m1 = amp.summedSquared(p);
            double m2 = amp.summedSquared(q);
            assertThat(Math.abs(m1 - m2)).isLessThanOrEqualTo(1e-4 * m1);
            double de = p[3] - p[11];
            double dz = p[2] - p[10];
            smallestQ2 = Math.min(smallestQ2, p[8] * p[8] + p[9] * p[9] + dz * dz - de * de);
        }
        assertThat(smallestQ2).isLessThan(1e-9);
    }
}
