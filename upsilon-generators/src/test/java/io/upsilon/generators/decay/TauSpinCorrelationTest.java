package io.upsilon.generators.decay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.event.GenParticle;
import io.upsilon.core.kinematics.Boost;
import io.upsilon.core.pdg.ParticleTable;
import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/**
 * The correlated decays of {@link TauDecayer} against analytic forms, for tau pairs at rest in the
 * e+e- centre of mass (sqrt(s) = 10.58 GeV, no ISR, beams along +-z, tau- polar angle drawn from
 * the gamma* distribution D = 1 + cos^2 + (1 - beta^2) sin^2).
 *
 * <p>pi pi: with c the cosine of each pion in its tau's rest frame relative to the tau flight, the
 * pion energy fraction in the centre of mass is x = E_pi / E_tau = (1 + r)/2 + beta (1 - r)/2 c (r
 * = m_pi^2 / m_tau^2), and integrating {@link TauPairSpinDensity} over the azimuths and the
 * production angle gives the joint density (1 + a c- c+) / 4 with a = &lt;C_kk&gt; / &lt;D&gt; =
 * (1 + beta^2) / (3 - beta^2) (= 1 in the massless-tau limit, [R] Tsai, Phys. Rev. D4 (1971) 2821),
 * so corr(x-, x+) = a / 3 = 0.298 here (1/3 massless). With rho's the pion's spin analysis is
 * replaced by that of the rho direction, with analysing power alpha(s) = (m_tau^2 - 2 s) / (m_tau^2
 * + 2 s) per event: E[c1 c2 | s1, s2] = a alpha1 alpha2 / 9.
 */
class TauSpinCorrelationTest {
    private static final ParticleTable PDG = ParticleTable.standard();
    private static final double M_TAU = PDG.byId(15).mass();
    private static final double M_PI = PDG.byId(211).mass();
    private static final double E_BEAM = 10.58 / 2;
    private static final double P_TAU = Math.sqrt(E_BEAM * E_BEAM - M_TAU * M_TAU);
    private static final double BETA = P_TAU / E_BEAM;
    private static final double A = (1 + BETA * BETA) / (3 - BETA * BETA);
    private static final String PARAMS =
            "param rho1450.mass 1.465\nparam rho1450.width 0.400\nparam rho1450.beta -0.1\n";

    private static TauDecayer decayer(String modes, boolean spin) {
        return new TauDecayer(TauDecayTable.load(new StringReader(PARAMS + modes), "test")).withSpinCorrelations(spin);
    }

    private static final String PI_ONLY = "mode pi-nu 1.0 two-body pi- nu_tau\n";
    private static final String PI_RHO = "mode pi-nu 0.5 two-body pi- nu_tau\nmode pi-pi0-nu 0.5 rho pi- pi0 nu_tau\n";

    /** A tau pair in the centre of mass: beams at 0, 1; tau- at 2, tau+ at 3. */
    private static void pair(EventBuffer b, RandomStream rng) {
        b.clear();
        b.add(11, GenParticle.BEAM, 0, 0, E_BEAM, E_BEAM);
        b.add(-11, GenParticle.BEAM, 0, 0, -E_BEAM, E_BEAM);
        double cos;
        do {
            cos = 2 * rng.nextDouble() - 1;
        } while (2 * rng.nextDouble() > 1 + cos * cos + (1 - BETA * BETA) * (1 - cos * cos));
        double sin = Math.sqrt(1 - cos * cos);
        double phi = 2 * Math.PI * rng.nextDouble();
        double px = P_TAU * sin * Math.cos(phi);
        double py = P_TAU * sin * Math.sin(phi);
        double pz = P_TAU * cos;
        b.add(15, GenParticle.FINAL, px, py, pz, E_BEAM);
        b.add(-15, GenParticle.FINAL, -px, -py, -pz, E_BEAM);
    }

    /** Cosine, in the tau rest frame, of a daughter system of energy e and mass^2 s relative to the tau flight. */
    private static double restCosine(double e, double s) {
        double gamma = E_BEAM / M_TAU;
        double eStar = (M_TAU * M_TAU + s) / (2 * M_TAU);
        double pStar = (M_TAU * M_TAU - s) / (2 * M_TAU);
        return (e / gamma - eStar) / (BETA * pStar);
    }

    /**
     * Spin-analysing cosine and analysing power of the tau decay whose daughters start at {@code
     * first} (pi nu: pi, nu; pi pi0 nu: pi, pi0, nu, the pair's daughters appended tau- first).
     */
    private static double[] analyser(EventBuffer b, int first) {
        if (Math.abs(b.pdgId(first + 1)) == 16) { // pi nu
            return new double[] {restCosine(b.e(first), M_PI * M_PI), 1};
        }
        int second = first + 1;
        double e = b.e(first) + b.e(second);
        double x = b.px(first) + b.px(second);
        double y = b.py(first) + b.py(second);
        double z = b.pz(first) + b.pz(second);
        double s = e * e - x * x - y * y - z * z;
        double m2 = M_TAU * M_TAU;
        return new double[] {restCosine(e, s), (m2 - 2 * s) / (m2 + 2 * s)};
    }

    @Test
    void pionEnergiesAreCorrelatedAsTheAnalyticForm() {
        TauDecayer d = decayer(PI_ONLY, true);
        RandomStream rng = RandomStreams.of(2026).stream("tau-spin-test");
        EventBuffer b = new EventBuffer(16);
        int n = 300_000;
        int bins = 10;
        long[] hist = new long[bins * bins];
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double syy = 0;
        double sxy = 0;
        double r = M_PI * M_PI / (M_TAU * M_TAU);
        for (int t = 0; t < n; t++) {
            pair(b, rng);
            d.decay(b, rng);
            // daughters: tau- (2) -> 4, 5; tau+ (3) -> 6, 7 (pi first)
            double xm = b.e(4) / E_BEAM;
            double xp = b.e(6) / E_BEAM;
            assertThat(b.pdgId(4)).isEqualTo(-211);
            assertThat(b.pdgId(6)).isEqualTo(211);
            sx += xm;
            sy += xp;
            sxx += xm * xm;
            syy += xp * xp;
            sxy += xm * xp;
            double cm = (xm - (1 + r) / 2) / (BETA * (1 - r) / 2);
            double cp = (xp - (1 + r) / 2) / (BETA * (1 - r) / 2);
            int i = Math.min(bins - 1, (int) ((cm + 1) / 2 * bins));
            int j = Math.min(bins - 1, (int) ((cp + 1) / 2 * bins));
            hist[i * bins + j]++;
        }
        double cov = sxy / n - (sx / n) * (sy / n);
        double corr = cov / Math.sqrt((sxx / n - sx * sx / n / n) * (syy / n - sy * sy / n / n));
        double expected = A / 3;
        double sigma = (1 - expected * expected) / Math.sqrt(n); // large-sample error of a correlation coefficient
        assertThat(corr)
                .as("corr(x-, x+) = %s, analytic %s +- %s", corr, expected, sigma)
                .isCloseTo(expected, within(4 * sigma));
        assertThat(Math.abs(corr - 1.0 / 3))
                .as("massive form, not the massless 1/3")
                .isGreaterThan(8 * sigma);
        // 2D histogram in (c-, c+) against N/4 [dc dc' + a d(c^2)/2 d(c'^2)/2]
        double chi2 = 0;
        double w = 2.0 / bins;
        for (int i = 0; i < bins; i++) {
            for (int j = 0; j < bins; j++) {
                double a0 = -1 + i * w;
                double b0 = -1 + j * w;
                double dc2 = ((a0 + w) * (a0 + w) - a0 * a0) / 2;
                double dd2 = ((b0 + w) * (b0 + w) - b0 * b0) / 2;
                double mu = n / 4.0 * (w * w + A * dc2 * dd2);
                double diff = hist[i * bins + j] - mu;
                chi2 += diff * diff / mu;
            }
        }
        // 100 bins, no fitted parameter: chi2 < 100 + 5 sqrt(200) (p ~ 3e-5 for a correct model)
        assertThat(chi2).as("chi2 of the (c-, c+) histogram").isLessThan(100 + 5 * Math.sqrt(200));
    }

    @Test
    void withoutSpinThePionEnergiesAreUncorrelated() {
        TauDecayer d = decayer(PI_ONLY, false);
        RandomStream rng = RandomStreams.of(2027).stream("tau-spin-test");
        EventBuffer b = new EventBuffer(16);
        int n = 100_000;
        double sx = 0;
        double sy = 0;
        double sxy = 0;
        double sxx = 0;
        for (int t = 0; t < n; t++) {
            pair(b, rng);
            d.decay(b, rng);
            double xm = b.e(4) / E_BEAM;
            double xp = b.e(6) / E_BEAM;
            sx += xm;
            sy += xp;
            sxy += xm * xp;
            sxx += xm * xm;
        }
        double var = sxx / n - sx * sx / n / n;
        double corr = (sxy / n - sx / n * sy / n) / var;
        assertThat(Math.abs(corr)).isLessThan(4 / Math.sqrt(n));
    }

    @Test
    void piRhoAndRhoRhoCorrelationsAreScaledByTheAnalysingPowers() {
        TauDecayer d = decayer(PI_RHO, true);
        RandomStream rng = RandomStreams.of(2028).stream("tau-spin-test");
        EventBuffer b = new EventBuffer(16);
        int n = 200_000;
        double[] sum = new double[3]; // pi pi, pi rho, rho rho: sum of c- c+ - a alpha- alpha+ / 9
        double[] sum2 = new double[3];
        long[] count = new long[3];
        for (int t = 0; t < n; t++) {
            pair(b, rng);
            d.decay(b, rng);
            double[] m = analyser(b, 4);
            double[] p = analyser(b, Math.abs(b.pdgId(5)) == 16 ? 6 : 7);
            int k = (m[1] == 1 ? 0 : 1) + (p[1] == 1 ? 0 : 1);
            double x = m[0] * p[0] - A * m[1] * p[1] / 9;
            sum[k] += x;
            sum2[k] += x * x;
            count[k]++;
        }
        for (int k = 0; k < 3; k++) {
            double mean = sum[k] / count[k];
            double err = Math.sqrt((sum2[k] / count[k] - mean * mean) / count[k]);
            assertThat(Math.abs(mean))
                    .as("class %d: mean %s +- %s", k, mean, err)
                    .isLessThan(4 * err);
        }
        // the branching fractions are unchanged by the weight (each h averages to 0): 1/4, 1/2, 1/4
        assertThat(count[1] / (double) n).isCloseTo(0.5, within(4 * Math.sqrt(0.25 / n)));
    }

    /** Lepton energy fractions x = E / E_beam of tau- -&gt; e- nu nu in {@code n} pairs (standard table), 20 bins. */
    private static long[] electronSpectrum(boolean spin, long seed, int n, double[] conservation) {
        TauDecayer d = new TauDecayer().withSpinCorrelations(spin);
        RandomStream rng = RandomStreams.of(seed).stream("tau-spin-test");
        EventBuffer b = new EventBuffer(32);
        long[] hist = new long[21];
        for (int t = 0; t < n; t++) {
            pair(b, rng);
            d.decay(b, rng);
            for (int tau = 2; tau <= 3; tau++) {
                // four-momentum of the tau's daughters (first generation) against the tau's
                GenParticle q = b.toEvent(t).particles().get(tau);
                double[] sum = new double[4];
                for (int k = q.firstDaughter(); k <= q.lastDaughter(); k++) {
                    sum[0] += b.px(k);
                    sum[1] += b.py(k);
                    sum[2] += b.pz(k);
                    sum[3] += b.e(k);
                }
                conservation[0] = Math.max(conservation[0], Math.abs(sum[0] - b.px(tau)));
                conservation[0] = Math.max(conservation[0], Math.abs(sum[1] - b.py(tau)));
                conservation[0] = Math.max(conservation[0], Math.abs(sum[2] - b.pz(tau)));
                conservation[0] = Math.max(conservation[0], Math.abs(sum[3] - b.e(tau)));
                if (tau == 2 && b.pdgId(q.firstDaughter()) == 11) {
                    hist[(int) (20 * b.e(q.firstDaughter()) / E_BEAM)]++;
                }
            }
        }
        return hist;
    }

    @Test
    void singleTauSpectraAndModeFractionsAreUnchangedAndFourMomentumIsConserved() {
        // each tau's h averages to 0 over its decays, so the weight leaves every single-tau
        // distribution as it was: two-sample chi2 of the tau- -> e nu nu spectrum with and without
        // spin, and the e nu nu fraction (17.82 %) in both
        int n = 40_000;
        double[] conservation = new double[1];
        long[] on = electronSpectrum(true, 31, n, conservation);
        long[] off = electronSpectrum(false, 32, n, conservation);
        assertThat(conservation[0]).as("largest |sum of daughters - tau| (GeV)").isLessThan(1e-9);
        double chi2 = 0;
        int dof = 0;
        long totalOn = 0;
        long totalOff = 0;
        for (int i = 0; i < on.length; i++) {
            totalOn += on[i];
            totalOff += off[i];
            if (on[i] + off[i] > 0) {
                double diff = on[i] - off[i];
                chi2 += diff * diff / (on[i] + off[i]);
                dof++;
            }
        }
        // two equal-size samples: sum (a - b)^2 / (a + b) is chi2 with dof degrees of freedom
        assertThat(chi2).as("two-sample chi2, %d bins", dof).isLessThan(dof + 5 * Math.sqrt(2 * dof));
        double err = Math.sqrt(0.1782 * (1 - 0.1782) / n);
        assertThat(totalOn / (double) n).isCloseTo(0.1782, within(4 * err));
        assertThat(totalOff / (double) n).isCloseTo(0.1782, within(4 * err));
    }

    @Test
    void correlationIsTheSameForABoostedCollision() {
        // the frame handling (pair rest frame, beam axis from the beam particles, covariant
        // projection of h): the same collision boosted as at SuperKEKB (beta_z 0.27 with a
        // transverse component from the crossing angle), decayed in the lab, boosted back
        TauDecayer d = decayer(PI_ONLY, true);
        RandomStream rng = RandomStreams.of(2029).stream("tau-spin-test");
        EventBuffer b = new EventBuffer(16);
        EventBuffer lab = new EventBuffer(16);
        double bx = 0.0115;
        double bz = 0.272;
        double[] v = new double[4];
        int n = 150_000;
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double syy = 0;
        double sxy = 0;
        for (int t = 0; t < n; t++) {
            pair(b, rng);
            lab.clear();
            for (int i = 0; i < b.size(); i++) {
                v[0] = b.px(i);
                v[1] = b.py(i);
                v[2] = b.pz(i);
                v[3] = b.e(i);
                Boost.apply(bx, 0, bz, v, 0);
                lab.add(b.pdgId(i), b.status(i), v[0], v[1], v[2], v[3]);
            }
            d.decay(lab, rng);
            double[] x = new double[2];
            for (int k = 0; k < 2; k++) {
                int i = 4 + 2 * k; // pi- of the tau-, then pi+ of the tau+
                v[0] = lab.px(i);
                v[1] = lab.py(i);
                v[2] = lab.pz(i);
                v[3] = lab.e(i);
                Boost.apply(-bx, 0, -bz, v, 0);
                x[k] = v[3] / E_BEAM;
            }
            sx += x[0];
            sy += x[1];
            sxx += x[0] * x[0];
            syy += x[1] * x[1];
            sxy += x[0] * x[1];
        }
        double cov = sxy / n - (sx / n) * (sy / n);
        double corr = cov / Math.sqrt((sxx / n - sx * sx / n / n) * (syy / n - sy * sy / n / n));
        double expected = A / 3;
        double sigma = (1 - expected * expected) / Math.sqrt(n);
        assertThat(corr)
                .as("boosted: corr %s vs %s +- %s", corr, expected, sigma)
                .isCloseTo(expected, within(4 * sigma));
    }
}
