package io.upsilon.generators.shower;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.event.GenParticle;
import io.upsilon.core.pdg.ParticleTable;
import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import org.junit.jupiter.api.Test;

class PartonShowerTest {
    private static final double SQRT_S = 10.58;
    private static final double CF = 4.0 / 3.0;

    /** A q qbar pair at rest, back to back at an arbitrary angle, masses from the particle table. */
    private static double[][] pair(int quark) {
        double m = ParticleTable.standard().byId(quark).mass();
        double e = SQRT_S / 2;
        double p = Math.sqrt(e * e - m * m);
        double c = 0.3;
        double sn = Math.sqrt(1 - c * c);
        return new double[][] {{p * sn, 0, p * c, e}, {-p * sn, 0, -p * c, e}};
    }

    @Test
    void massiveMatrixElementHasTheMasslessAndTheSoftLimits() {
        // mu = 0: the textbook (x1^2 + x2^2)/((1 - x1)(1 - x2)).
        assertThat(PartonShower.massiveMatrixElement(0.8, 0.7, 0))
                .isCloseTo((0.64 + 0.49) / (0.2 * 0.3), within(1e-12));
        // Soft gluon (Low's theorem): f -> (1 + 2 mu) (s/2) [2 p1.p2/(p1.k p2.k) - m^2/(p1.k)^2 - m^2/(p2.k)^2],
        // with p1.k = s y2/2, p2.k = s y1/2, 2 p1.p2 = s - 2 m^2 (the factor 1 + 2 mu is the massive Born trace
        // over the massless one). Subleading terms are O(y/y^2): relative 1e-3 at y ~ 1e-4.
        double mu = 1.273 * 1.273 / (SQRT_S * SQRT_S);
        double y1 = 1.0e-4;
        double y2 = 1.6e-4;
        double eikonal = 2 * (1 - 2 * mu) / (y1 * y2) - 2 * mu / (y2 * y2) - 2 * mu / (y1 * y1);
        assertThat(PartonShower.massiveMatrixElement(1 - y1, 1 - y2, mu) / ((1 + 2 * mu) * eikonal))
                .isCloseTo(1, within(2e-3));
        // The mass terms suppress the rate (dead cone): below the massless value everywhere.
        assertThat(PartonShower.massiveMatrixElement(0.9, 0.6, mu))
                .isLessThan(PartonShower.massiveMatrixElement(0.9, 0.6, 0));
    }

    @Test
    void showersConserveFourMomentumKeepMassesAndColourOrder() {
        for (int quark : new int[] {2, 4}) {
            PartonShower shower = PartonShower.standard();
            RandomStream rng = RandomStreams.of(3).stream("shower");
            EventBuffer b = new EventBuffer(64);
            ColourSinglets singlets = new ColourSinglets();
            double[][] qq = pair(quark);
            int maxPartons = 0;
            int multiSinglet = 0;
            long partons = 0;
            int events = 20_000;
            for (int i = 0; i < events; i++) {
                b.clear();
                shower.run(quark, qq[0], qq[1], rng);
                int first = shower.writeTo(b, singlets);
                assertThat(first).isZero();
                double[] sum = new double[4];
                for (int k = 0; k < b.size(); k++) {
                    assertThat(b.status(k)).isEqualTo(GenParticle.DOCUMENTATION);
                    sum[0] += b.px(k);
                    sum[1] += b.py(k);
                    sum[2] += b.pz(k);
                    sum[3] += b.e(k);
                    int id = b.pdgId(k);
                    // The initial pair (first and last parton) at the table's masses, split quarks at PYTHIA's m0.
                    double m = id == 21
                            ? 0
                            : k == 0 || k == b.size() - 1
                                    ? ParticleTable.standard()
                                            .byId(Math.abs(id))
                                            .mass()
                                    : PartonShower.splitQuarkMass(id);
                    assertThat(b.momentum(k).m2()).isCloseTo(m * m, within(1e-9));
                }
                assertThat(sum[0] - qq[0][0] - qq[1][0]).isCloseTo(0, within(1e-10));
                assertThat(sum[1]).isCloseTo(0, within(1e-10));
                assertThat(sum[2]).isCloseTo(0, within(1e-10));
                assertThat(sum[3]).isCloseTo(SQRT_S, within(1e-10));
                ColourOrderAssertions.assertTiledInColourOrder(b, singlets, 0);
                maxPartons = Math.max(maxPartons, b.size());
                partons += b.size();
                if (singlets.count() > 1) {
                    multiSinglet++;
                }
            }
            assertThat(shower.weightViolations()).isZero();
            // A real shower with PYTHIA 8's default settings (p_T cutoff 0.5 GeV, one-loop alpha_s(M_Z) =
            // 0.1365): the double-log estimate (alpha_s C_F / pi) ln^2(s / p_T,min^2) / 2 gives about 2.7
            // gluons at 10.58 GeV with alpha_s ~ 0.35; measured 4.98 partons per event off u, 4.13 off c
            // (dead cone, smaller phase space), including g -> q qbar splittings. PYTHIA 8.302's own
            // shower with the same settings gives 4.11 for the e+e- -> q qbar flavour mix (its evolution
            // variable differs at large angles).
            assertThat((double) partons / events).isBetween(3.5, 6.0);
            assertThat(multiSinglet).isPositive();
            assertThat(maxPartons).isGreaterThan(6);
        }
    }

    @Test
    void sameSeedSameShower() {
        double[][] qq = pair(1);
        EventBuffer a = new EventBuffer(64);
        EventBuffer b = new EventBuffer(64);
        ColourSinglets s = new ColourSinglets();
        PartonShower one = PartonShower.standard();
        PartonShower two = PartonShower.standard();
        RandomStream r1 = RandomStreams.of(9).stream("shower");
        RandomStream r2 = RandomStreams.of(9).stream("shower");
        for (int i = 0; i < 200; i++) {
            a.clear();
            b.clear();
            one.run(1, qq[0], qq[1], r1);
            one.writeTo(a, s);
            two.run(1, qq[0], qq[1], r2);
            two.writeTo(b, s);
            assertThat(b.size()).isEqualTo(a.size());
            for (int k = 0; k < a.size(); k++) {
                assertThat(b.pdgId(k)).isEqualTo(a.pdgId(k));
                assertThat(b.e(k)).isEqualTo(a.e(k));
                assertThat(b.pz(k)).isEqualTo(a.pz(k));
            }
        }
    }

    /**
     * The matching: with the first emission only and a fixed alpha_s, the Durham three-jet rate
     * above y_cut must equal the O(alpha_s) matrix element integrated over the three-jet region
     * times the Sudakov factor of the p_T ordering,
     *
     * <pre>
     *   R3 = int_{y > ycut} dt dy A (x1^2 + x2^2) exp(-S(t)),   S(t) = A int_{ln 4}^{t} dt' int dy' (x1^2 + x2^2),
     * </pre>
     *
     * with t = ln(s/p_T^2), A = alpha_s C_F/(2 pi), u = e^{-t/2 - y} = 1 - x2, v = e^{-t/2 + y} = 1 - x1
     * and the y range |y| &lt; acosh(e^{t/2}/2) (massless u quarks: m_u^2/s = 4e-8). The integral
     * is a deterministic quadrature here, independent of the shower code; the Durham y_ij of the
     * events are computed from their four-momenta. Tolerance: 4 binomial standard errors plus 0.5%
     * of R3 for the quadrature grid. The fixed-order O(alpha_s) rate (no Sudakov factor) is larger
     * by O(alpha_s^2) terms; the test checks the shower sits between the two only through this
     * Sudakov-corrected value.
     */
    @Test
    void firstEmissionReproducesTheMatrixElementThreeJetRate() {
        double alphaS = StrongCoupling.standard().at(SQRT_S);
        double yCut = 0.05;
        PartonShower shower = new PartonShower(p2 -> alphaS, 0.8, 1, ParticleTable.standard());
        RandomStream rng = RandomStreams.of(17).stream("shower");
        EventBuffer b = new EventBuffer(8);
        ColourSinglets singlets = new ColourSinglets();
        double[][] qq = pair(2);
        int n = 300_000;
        int threeJet = 0;
        for (int i = 0; i < n; i++) {
            b.clear();
            shower.run(2, qq[0], qq[1], rng);
            shower.writeTo(b, singlets);
            if (b.size() == 3 && durhamMin(b) > yCut) {
                threeJet++;
            }
        }
        double r3 = (double) threeJet / n;
        double error = Math.sqrt(r3 * (1 - r3) / n);

        double a = alphaS * CF / (2 * Math.PI);
        double tMin = Math.log(4);
        double tMax = Math.log(SQRT_S * SQRT_S / (0.8 * 0.8));
        int nt = 4000;
        int ny = 2000;
        double ht = (tMax - tMin) / nt;
        double sudakov = 0;
        double predicted = 0;
        double fixedOrder = 0;
        for (int i = 0; i < nt; i++) {
            double t = tMin + (i + 0.5) * ht;
            double r = Math.exp(-t / 2);
            double yMax = acosh(1 / (2 * r));
            double full = 4 * yMax - 8 * r * Math.sinh(yMax) + 2 * r * r * Math.sinh(2 * yMax);
            double hy = 2 * yMax / ny;
            double inRegion = 0;
            for (int j = 0; j < ny; j++) {
                double y = -yMax + (j + 0.5) * hy;
                double x1 = 1 - r * Math.exp(y);
                double x2 = 1 - r * Math.exp(-y);
                double x3 = 2 - x1 - x2;
                double d = Math.min(durham(x1, x2, x3), Math.min(durham(x1, x3, x2), durham(x2, x3, x1)));
                if (d > yCut) {
                    inRegion += (x1 * x1 + x2 * x2) * hy;
                }
            }
            double sMid = sudakov + 0.5 * a * full * ht; // S at the middle of the cell
            predicted += a * inRegion * Math.exp(-sMid) * ht;
            fixedOrder += a * inRegion * ht;
            sudakov += a * full * ht;
        }
        assertThat(r3).isCloseTo(predicted, within(4 * error + 0.005 * predicted));
        // The Sudakov factor is an O(alpha_s^2) effect here: a few % of R3, more than the MC error.
        assertThat(fixedOrder - predicted).isBetween(0.01 * predicted, 0.5 * predicted);
        assertThat(shower.weightViolations()).isZero();
    }

    /** Durham y between partons of energy fractions xi, xj with the third at xk (massless): min(xi, xj)/max * (1 - xk). */
    private static double durham(double xi, double xj, double xk) {
        return Math.min(xi, xj) / Math.max(xi, xj) * (1 - xk);
    }

    private static double durhamMin(EventBuffer b) {
        double min = Double.MAX_VALUE;
        double ev = 0;
        for (int i = 0; i < b.size(); i++) {
            ev += b.e(i);
        }
        for (int i = 0; i < b.size(); i++) {
            for (int j = i + 1; j < b.size(); j++) {
                double pi = Math.sqrt(b.px(i) * b.px(i) + b.py(i) * b.py(i) + b.pz(i) * b.pz(i));
                double pj = Math.sqrt(b.px(j) * b.px(j) + b.py(j) * b.py(j) + b.pz(j) * b.pz(j));
                double cos = (b.px(i) * b.px(j) + b.py(i) * b.py(j) + b.pz(i) * b.pz(j)) / (pi * pj);
                double e2 = Math.min(b.e(i), b.e(j));
                min = Math.min(min, 2 * e2 * e2 * (1 - cos) / (ev * ev));
            }
        }
        return min;
    }

    private static double acosh(double x) {
        return Math.log(x + Math.sqrt(x * x - 1));
    }
}
