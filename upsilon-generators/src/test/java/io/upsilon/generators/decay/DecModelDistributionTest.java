package io.upsilon.generators.decay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.core.pdg.ParticleData;
import io.upsilon.core.pdg.ParticleTable;
import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The DEC models' distributions against their matrix elements, each written out again here and
 * integrated numerically (chi-square tests; the 0.999 quantiles are from the chi-square table:
 * 19 dof 43.82, 9 dof 27.88).
 */
class DecModelDistributionTest {
    private static final ParticleTable TABLE = ParticleTable.standard();

    private static DecModel model(String name, String parent, double[] args, String... daughters) {
        List<ParticleData> ds =
                java.util.Arrays.stream(daughters).map(TABLE::byName).toList();
        return DecModels.create(name, TABLE.byName(parent), ds, args, TABLE).newInstance();
    }

    private static double[] masses(String... names) {
        double[] m = new double[names.length];
        for (int i = 0; i < m.length; i++) {
            m[i] = TABLE.byName(names[i]).mass();
        }
        return m;
    }

    private static double simpson(DoubleUnaryOperator f, double a, double b, int n) {
        double h = (b - a) / n;
        double s = f.applyAsDouble(a) + f.applyAsDouble(b);
        for (int i = 1; i < n; i++) {
            s += f.applyAsDouble(a + i * h) * (i % 2 == 1 ? 4 : 2);
        }
        return s * h / 3;
    }

    private static double chi2(int[] counts, double[] expectedFractions, int n) {
        double chi2 = 0;
        for (int b = 0; b < counts.length; b++) {
            double e = n * expectedFractions[b];
            chi2 += (counts[b] - e) * (counts[b] - e) / e;
        }
        return chi2;
    }

    private static double mass2(double[] v, int i, int j) {
        double e = v[4 * i + 3] + v[4 * j + 3];
        double x = v[4 * i] + v[4 * j];
        double y = v[4 * i + 1] + v[4 * j + 1];
        double z = v[4 * i + 2] + v[4 * j + 2];
        return e * e - x * x - y * y - z * z;
    }

    @Test
    void pi0DalitzPairMassFollowsKrollWadaWithTheRhoPoleFormFactor() {
        DecModel m = model("PI0_DALITZ", "pi0", new double[0], "e+", "e-", "gamma");
        double mPi = TABLE.byName("pi0").mass();
        double me = TABLE.byName("e-").mass();
        double mRho = TABLE.byName("rho0").mass();
        double r = me * me / (mPi * mPi);
        // Kroll & Wada, Phys. Rev. 98 (1955) 1355; VMD form factor (Landsberg, Phys. Rep. 128 (1985) 301).
        DoubleUnaryOperator density = x -> {
            double ff = 1 / (1 - x * mPi * mPi / (mRho * mRho));
            return (1 - x) * (1 - x) * (1 - x) * (1 + 2 * r / x) * Math.sqrt(Math.max(0, 1 - 4 * r / x)) * ff * ff / x;
        };
        int bins = 20;
        double lo = Math.log(4 * r);
        double[] edges = new double[bins + 1];
        for (int b = 0; b <= bins; b++) {
            edges[b] = Math.exp(lo + (0 - lo) * b / bins);
        }
        double[] fractions = new double[bins];
        double total = 0;
        for (int b = 0; b < bins; b++) {
            // In u = ln x the integrand x f(x) is smooth away from the threshold.
            fractions[b] = simpson(
                    u -> Math.exp(u) * density.applyAsDouble(Math.exp(u)),
                    Math.log(edges[b]),
                    Math.log(edges[b + 1]),
                    2000);
            total += fractions[b];
        }
        for (int b = 0; b < bins; b++) {
            fractions[b] /= total;
        }
        RandomStream rng = RandomStreams.of(21).stream("pi0dalitz");
        double[] out = new double[12];
        double[] ms = {me, me, 0};
        int n = 100_000;
        int[] counts = new int[bins];
        for (int k = 0; k < n; k++) {
            m.generate(mPi, ms, null, rng, out);
            double x = mass2(out, 0, 1) / (mPi * mPi);
            int b = (int) ((Math.log(x) - lo) / (0 - lo) * bins);
            counts[Math.max(0, Math.min(bins - 1, b))]++;
            double e = out[3] + out[7] + out[11];
            assertThat(e).isCloseTo(mPi, within(1e-12));
        }
        assertThat(chi2(counts, fractions, n)).isLessThan(43.82);
    }

    @Test
    void omegaDalitzFollowsTheCrossProductSquared() {
        String[] names = {"pi+", "pi-", "pi0"};
        DecModel m = model("OMEGA_DALITZ", "omega", new double[0], names);
        double mOmega = TABLE.byName("omega").mass();
        double[] ms = masses(names);
        // |p+ x p-|^2 in the omega frame from the energies of pi+ (0) and pi- (1) and s01.
        DalitzFunction lambda = (s01, s02, s12) -> {
            double e0 = (mOmega * mOmega + ms[0] * ms[0] - s12) / (2 * mOmega);
            double e1 = (mOmega * mOmega + ms[1] * ms[1] - s02) / (2 * mOmega);
            double dot = e0 * e1 - (s01 - ms[0] * ms[0] - ms[1] * ms[1]) / 2;
            return (e0 * e0 - ms[0] * ms[0]) * (e1 * e1 - ms[1] * ms[1]) - dot * dot;
        };
        checkDalitzVariable(m, mOmega, ms, lambda, lambda, 31);
    }

    @Test
    void etaDalitzFollowsTheKloe2Polynomial() {
        String[] names = {"pi+", "pi-", "pi0"};
        DecModel m = model("ETA_DALITZ", "eta", new double[0], names);
        double mEta = TABLE.byName("eta").mass();
        double[] ms = masses(names);
        // KLOE-2, JHEP 05 (2016) 019: a, b, d, f, g; the variable checked is y = 3 T0 / Q - 1.
        DalitzFunction y = (s01, s02, s12) -> {
            double t0 = (mEta * mEta + ms[2] * ms[2] - s01) / (2 * mEta) - ms[2];
            double q = mEta - ms[0] - ms[1] - ms[2];
            return 3 * t0 / q - 1;
        };
        DalitzFunction amp2 = (s01, s02, s12) -> {
            double tp = (mEta * mEta + ms[0] * ms[0] - s12) / (2 * mEta) - ms[0];
            double tm = (mEta * mEta + ms[1] * ms[1] - s02) / (2 * mEta) - ms[1];
            double q = mEta - ms[0] - ms[1] - ms[2];
            double x = Math.sqrt(3) * (tp - tm) / q;
            double yy = y.at(s01, s02, s12);
            return 1 - 1.095 * yy + 0.145 * yy * yy + 0.081 * x * x + 0.141 * yy * yy * yy - 0.044 * x * x * yy;
        };
        checkDalitzVariable(m, mEta, ms, amp2, y, 32);
    }

    @FunctionalInterface
    interface DalitzFunction {
        double at(double s01, double s02, double s12);
    }

    /**
     * Histograms {@code variable} over generated decays in 10 equal bins between its extremes and
     * compares with the integral of {@code amp2} over the Dalitz plot (a 1200 x 1200 midpoint grid).
     */
    private static void checkDalitzVariable(
            DecModel m, double mass, double[] ms, DalitzFunction amp2, DalitzFunction variable, long seed) {
        int grid = 1200;
        double lo01 = (ms[0] + ms[1]) * (ms[0] + ms[1]);
        double hi01 = (mass - ms[2]) * (mass - ms[2]);
        double lo12 = (ms[1] + ms[2]) * (ms[1] + ms[2]);
        double hi12 = (mass - ms[0]) * (mass - ms[0]);
        double sum2 = mass * mass + ms[0] * ms[0] + ms[1] * ms[1] + ms[2] * ms[2];
        double vMin = Double.POSITIVE_INFINITY;
        double vMax = Double.NEGATIVE_INFINITY;
        double[][] cells = new double[grid * grid][];
        int nCells = 0;
        for (int i = 0; i < grid; i++) {
            double s01 = lo01 + (hi01 - lo01) * (i + 0.5) / grid;
            for (int j = 0; j < grid; j++) {
                double s12 = lo12 + (hi12 - lo12) * (j + 0.5) / grid;
                double s02 = sum2 - s01 - s12;
                if (!ThreeBodyDalitzModel.inside(mass, ms[0], ms[1], ms[2], s01, s12)) {
                    continue;
                }
                double v = variable.at(s01, s02, s12);
                vMin = Math.min(vMin, v);
                vMax = Math.max(vMax, v);
                cells[nCells++] = new double[] {v, amp2.at(s01, s02, s12)};
            }
        }
        int bins = 10;
        double[] fractions = new double[bins];
        double total = 0;
        for (int c = 0; c < nCells; c++) {
            int b = Math.min(bins - 1, (int) ((cells[c][0] - vMin) / (vMax - vMin) * bins));
            fractions[b] += cells[c][1];
            total += cells[c][1];
        }
        for (int b = 0; b < bins; b++) {
            fractions[b] /= total;
        }
        RandomStream rng = RandomStreams.of(seed).stream("dalitz");
        double[] out = new double[12];
        int n = 50_000;
        int[] counts = new int[bins];
        for (int k = 0; k < n; k++) {
            m.generate(mass, ms, null, rng, out);
            double v = variable.at(mass2(out, 0, 1), mass2(out, 0, 2), mass2(out, 1, 2));
            int b = (int) ((v - vMin) / (vMax - vMin) * bins);
            counts[Math.max(0, Math.min(bins - 1, b))]++;
        }
        assertThat(chi2(counts, fractions, n)).isLessThan(27.88);
    }

    @Test
    void slBkPoleQ2SpectrumIsMomentumCubedTimesFPlusSquared() {
        String[] names = {"K-", "e+", "nu_e"};
        double fZero = 0.73;
        double alpha = 0.3;
        double mStar = 2.1122;
        DecModel m = model("SLBKPOLE", "D0", new double[] {fZero, alpha, 1.0, mStar}, names);
        double mD = TABLE.byName("D0").mass();
        double[] ms = masses(names);
        double mK = ms[0];
        // Massless lepton: dGamma/dq^2 ~ |p_K|^3 f+(q^2)^2 (e.g. PDG review "Semileptonic b- and
        // c-hadron decays"); the electron mass changes it by O(m_e^2 / q^2), far below the errors here.
        DoubleUnaryOperator spectrum = q2 -> {
            double lam = (mD * mD + mK * mK - q2) * (mD * mD + mK * mK - q2) - 4 * mD * mD * mK * mK;
            double p = Math.sqrt(Math.max(0, lam)) / (2 * mD);
            double t = q2 / (mStar * mStar);
            double fp = fZero / ((1 - t) * (1 - alpha * t));
            return p * p * p * fp * fp;
        };
        double q2Max = (mD - mK) * (mD - mK);
        int bins = 10;
        double[] fractions = new double[bins];
        double total = 0;
        for (int b = 0; b < bins; b++) {
            fractions[b] = simpson(spectrum, q2Max * b / bins, q2Max * (b + 1) / bins, 2000);
            total += fractions[b];
        }
        for (int b = 0; b < bins; b++) {
            fractions[b] /= total;
        }
        RandomStream rng = RandomStreams.of(33).stream("slbkpole");
        double[] out = new double[12];
        int n = 50_000;
        int[] counts = new int[bins];
        for (int k = 0; k < n; k++) {
            m.generate(mD, ms, null, rng, out);
            double q2 = mass2(out, 1, 2);
            counts[Math.max(0, Math.min(bins - 1, (int) (q2 / q2Max * bins)))]++;
        }
        assertThat(chi2(counts, fractions, n)).isLessThan(27.88);
    }

    @Test
    void phaseSpaceIsFlatInTheDalitzPlot() {
        // PHSP for three bodies: uniform in (s01, s12); m01^2 in 10 bins against the phase-space slices.
        String[] names = {"K-", "pi+", "pi0"};
        DecModel m = model("PHSP", "D0", new double[0], names);
        double mD = TABLE.byName("D0").mass();
        double[] ms = masses(names);
        DalitzFunction one = (a, b, c) -> 1;
        DalitzFunction s01 = (a, b, c) -> a;
        checkDalitzVariable(m, mD, ms, one, s01, 34);
    }

    @Test
    void vllAlignedFollowsOneMinusBetaSquaredCosSquared() {
        DecModel m = model("VLL", "J/psi", new double[0], "mu+", "mu-");
        double mPsi = TABLE.byName("J/psi").mass();
        double mMu = TABLE.byName("mu-").mass();
        double beta2 = 1 - 4 * mMu * mMu / (mPsi * mPsi);
        double[] axis = {0, 0.6, 0.8};
        RandomStream rng = RandomStreams.of(35).stream("vll");
        double[] out = new double[8];
        int n = 40_000;
        double sum = 0;
        for (int k = 0; k < n; k++) {
            m.generate(mPsi, new double[] {mMu, mMu}, axis, rng, out);
            double p = Math.sqrt(out[0] * out[0] + out[1] * out[1] + out[2] * out[2]);
            double c = (out[1] * 0.6 + out[2] * 0.8) / p;
            sum += c * c;
        }
        // <cos^2> for density 1 - beta^2 c^2 on [-1, 1]: (1/3 - beta^2/5) / (1 - beta^2/3).
        double expected = (1.0 / 3 - beta2 / 5) / (1 - beta2 / 3);
        // var(c^2) < 1/5; 4 sigma.
        assertThat(sum / n).isCloseTo(expected, within(4 * Math.sqrt(0.2 / n)));
    }
}
