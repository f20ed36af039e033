package io.upsilon.generators.decay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.event.GenParticle;
import io.upsilon.core.kinematics.Boost;
import io.upsilon.core.pdg.ParticleData;
import io.upsilon.core.pdg.ParticleTable;
import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * HQET2 (CLN) against the textbook formulas: dGamma/dw of B -&gt; D* l nu and B -&gt; D l nu, the
 * charged lepton's helicity angle and the D* decay angle against the helicity amplitudes H+, H-,
 * H0 (J. G. Körner and G. A. Schuler, Z. Phys. C 46 (1990) 93; the formulas in ClnFormFactors'
 * comment), and the V-A sign: the charged lepton is harder than the neutrino for both charges.
 */
class Hqet2ModelTest {
    private static final ParticleTable TABLE = ParticleTable.standard();
    /** CLN parameters used in the bundled table (see b-decays.dec): rho^2, h_A1(1), R1(1), R2(1). */
    static final double[] DSTAR_ARGS = {1.122, 0.906, 1.270, 0.852};

    private static final double M_B = TABLE.byName("B0").mass();
    private static final double M_DSTAR = TABLE.byName("D*+").mass();
    private static final double M_D = TABLE.byName("D+").mass();
    private static final double M_E = TABLE.byName("e-").mass();

    private static DecModel model(String parent, String... daughters) {
        List<ParticleData> ds =
                java.util.Arrays.stream(daughters).map(TABLE::byName).toList();
        double[] args = TABLE.byName(daughters[0]).twoJ() == 2 ? DSTAR_ARGS : new double[] {1.131, 1.0};
        return DecModels.create("HQET2", TABLE.byName(parent), ds, args, TABLE).newInstance();
    }

    /** |H+|^2, |H-|^2, |H0|^2 at recoil w for a massless lepton. */
    private static double[] helicity(double w) {
        double m = M_DSTAR;
        double mPlus = M_B + m;
        double q2 = Math.max(1e-12, M_B * M_B + m * m - 2 * M_B * m * w); // q^2 = 0 at w_max: H0 ~ 1/q
        double p = m * Math.sqrt(Math.max(0, w * w - 1));
        double rStar = 2 * Math.sqrt(M_B * m) / mPlus;
        double hA1 = DSTAR_ARGS[1] * ClnFormFactors.hA1Shape(DSTAR_ARGS[0], w);
        double a1 = (w + 1) * rStar * hA1 / 2;
        double a2 = ClnFormFactors.r2(DSTAR_ARGS[3], w) * hA1 / rStar;
        double v = ClnFormFactors.r1(DSTAR_ARGS[2], w) * hA1 / rStar;
        double hPlus = mPlus * a1 - 2 * M_B * p * v / mPlus;
        double hMinus = mPlus * a1 + 2 * M_B * p * v / mPlus;
        double h0 =
                ((M_B * M_B - m * m - q2) * mPlus * a1 - 4 * M_B * M_B * p * p * a2 / mPlus) / (2 * m * Math.sqrt(q2));
        return new double[] {hPlus * hPlus, hMinus * hMinus, h0 * h0};
    }

    /** The phase-space and coupling factor of dGamma/dw: |p| q^2 (massless lepton). */
    private static double factor(double w) {
        double q2 = M_B * M_B + M_DSTAR * M_DSTAR - 2 * M_B * M_DSTAR * w;
        return M_DSTAR * Math.sqrt(Math.max(0, w * w - 1)) * q2;
    }

    private static double wMax(double m) {
        return (M_B * M_B + m * m) / (2 * M_B * m);
    }

    @Test
    void dStarRecoilSpectrumFollowsTheHelicityFormula() {
        DecModel model = model("anti-B0", "D*+", "e-", "anti-nu_e");
        RandomStream rng = RandomStreams.of(31).stream("hqet2-w");
        double[] masses = {M_DSTAR, M_E, 0};
        double[] out = new double[12];
        long[] h = new long[25];
        double hi = wMax(M_DSTAR);
        for (int i = 0; i < 100_000; i++) {
            model.generate(M_B, masses, null, rng, out);
            double q2 = DecayKinematics.mass2(out, 1, 2);
            DecayTestSupport.fill(h, 1, hi, ClnFormFactors.recoil(M_B, M_DSTAR, q2));
        }
        double chi2 = DecayTestSupport.chi2(h, 1, hi, w -> {
            double[] hs = helicity(w);
            return factor(w) * (hs[0] + hs[1] + hs[2]);
        });
        DecayTestSupport.assertChi2(chi2, h.length - 1, "B -> D* e nu, dGamma/dw");
    }

    @Test
    void dRecoilSpectrumFollowsTheClnFormula() {
        // dGamma/dw proportional to (w^2 - 1)^{3/2} V1(w)^2 for a massless lepton (CLN eq. for B -> D).
        DecModel model = model("anti-B0", "D+", "e-", "anti-nu_e");
        RandomStream rng = RandomStreams.of(32).stream("hqet2-d");
        double[] masses = {M_D, M_E, 0};
        double[] out = new double[12];
        long[] h = new long[25];
        double hi = wMax(M_D);
        for (int i = 0; i < 100_000; i++) {
            model.generate(M_B, masses, null, rng, out);
            double q2 = DecayKinematics.mass2(out, 1, 2);
            DecayTestSupport.fill(h, 1, hi, ClnFormFactors.recoil(M_B, M_D, q2));
        }
        double chi2 = DecayTestSupport.chi2(h, 1, hi, w -> {
            double g = ClnFormFactors.v1Shape(1.131, w);
            return Math.pow(Math.max(0, w * w - 1), 1.5) * g * g;
        });
        DecayTestSupport.assertChi2(chi2, h.length - 1, "B -> D e nu, dGamma/dw");
    }

    /** cos theta_l: the charged lepton in the W rest frame against the W direction in the B frame. */
    private static double cosThetaL(double[] out) {
        double[] w = {out[4] + out[8], out[5] + out[9], out[6] + out[10], out[7] + out[11]};
        double[] l = {out[4], out[5], out[6], out[7]};
        Boost.apply(-w[0] / w[3], -w[1] / w[3], -w[2] / w[3], l, 0);
        double wn = Math.sqrt(w[0] * w[0] + w[1] * w[1] + w[2] * w[2]);
        double ln = Math.sqrt(l[0] * l[0] + l[1] * l[1] + l[2] * l[2]);
        return (l[0] * w[0] + l[1] * w[1] + l[2] * w[2]) / (wn * ln);
    }

    private void checkLeptonAngle(String parent, String dStar, String lepton, String neutrino, long seed) {
        DecModel model = model(parent, dStar, lepton, neutrino);
        RandomStream rng = RandomStreams.of(seed).stream("hqet2-theta-l");
        double[] masses = {M_DSTAR, M_E, 0};
        double[] out = new double[12];
        long[] h = new long[20];
        double eLepton = 0;
        double eNeutrino = 0;
        int n = 100_000;
        for (int i = 0; i < n; i++) {
            model.generate(M_B, masses, null, rng, out);
            DecayTestSupport.fill(h, -1, 1.0000001, cosThetaL(out));
            eLepton += out[7];
            eNeutrino += out[11];
        }
        // Integrated over w: weights of (1 - c)^2 |H+|^2, (1 + c)^2 |H-|^2, 2 (1 - c^2) |H0|^2.
        double hi = wMax(M_DSTAR);
        double plus = DecayTestSupport.integrate(w -> factor(w) * helicity(w)[0], 1, hi);
        double minus = DecayTestSupport.integrate(w -> factor(w) * helicity(w)[1], 1, hi);
        double zero = DecayTestSupport.integrate(w -> factor(w) * helicity(w)[2], 1, hi);
        double chi2 = DecayTestSupport.chi2(
                h, -1, 1.0000001, c -> (1 - c) * (1 - c) * plus + (1 + c) * (1 + c) * minus + 2 * (1 - c * c) * zero);
        DecayTestSupport.assertChi2(chi2, h.length - 1, parent + " -> " + dStar + " " + lepton + " cos theta_l");
        // V-A: the charged lepton takes more energy than the neutrino (B rest frame), by several
        // standard errors (each mean has an error of about 0.5 GeV / sqrt(n) ~ 0.002 GeV).
        assertThat(eLepton / n - eNeutrino / n).isGreaterThan(0.05);
    }

    @Test
    void leptonHelicityAngleFollowsTheHelicityAmplitudesForBothCharges() {
        checkLeptonAngle("anti-B0", "D*+", "e-", "anti-nu_e", 33);
        checkLeptonAngle("B0", "D*-", "e+", "nu_e", 34);
    }

    @Test
    void dStarDecayAngleThroughTheEngineFollowsTheHelicityFractions() {
        String text = """
                Decay anti-B0
                1.0 D*+ e- anti-nu_e HQET2 1.122 0.906 1.270 0.852;
                Enddecay
                Decay D*+
                1.0 D0 pi+ VSS;
                Enddecay
                End
                """;
        HadronDecayer decayer = new HadronDecayer(DecFileParser.parse(new StringReader(text), "test.dec", TABLE));
        RandomStream rng = RandomStreams.of(35).stream("hqet2-theta-v");
        EventBuffer ev = new EventBuffer(16);
        ParticleData b = TABLE.byName("anti-B0");
        long[] h = new long[20];
        for (int event = 0; event < 60_000; event++) {
            ev.clear();
            // A moving B (as from the Upsilon(4S) in the lab), so the frames of the engine matter.
            double p = 1.5;
            ev.add(b.id(), GenParticle.FINAL, 0.3 * p, 0.4 * p, Math.sqrt(0.75) * p, Math.sqrt(p * p + M_B * M_B));
            decayer.decay(ev, rng);
            // The B's daughters are entries 1..3 (D*, e, nu), the D*'s entries 4, 5 (D0, pi).
            int dStar = 1;
            int d = 4;
            assertThat(ev.pdgId(d)).isEqualTo(421);
            // D direction in the D* rest frame against the D* direction in the B rest frame.
            double[] bv = {ev.px(0), ev.py(0), ev.pz(0), ev.e(0)};
            double[] ds = {ev.px(dStar), ev.py(dStar), ev.pz(dStar), ev.e(dStar)};
            double[] dd = {ev.px(d), ev.py(d), ev.pz(d), ev.e(d)};
            Boost.apply(-bv[0] / bv[3], -bv[1] / bv[3], -bv[2] / bv[3], ds, 0);
            Boost.apply(-bv[0] / bv[3], -bv[1] / bv[3], -bv[2] / bv[3], dd, 0);
            Boost.apply(-ds[0] / ds[3], -ds[1] / ds[3], -ds[2] / ds[3], dd, 0);
            double c = (dd[0] * ds[0] + dd[1] * ds[1] + dd[2] * ds[2])
                    / Math.sqrt((dd[0] * dd[0] + dd[1] * dd[1] + dd[2] * dd[2])
                            * (ds[0] * ds[0] + ds[1] * ds[1] + ds[2] * ds[2]));
            DecayTestSupport.fill(h, -1, 1.0000001, c);
        }
        double hi = wMax(M_DSTAR);
        double transverse = DecayTestSupport.integrate(w -> factor(w) * (helicity(w)[0] + helicity(w)[1]), 1, hi);
        double longitudinal = DecayTestSupport.integrate(w -> factor(w) * helicity(w)[2], 1, hi);
        // D* helicity 0 -> D pi: cos^2 theta_V; helicity +-1: sin^2 theta_V / 2.
        double chi2 = DecayTestSupport.chi2(h, -1, 1.0000001, c -> longitudinal * c * c + transverse * (1 - c * c) / 2);
        DecayTestSupport.assertChi2(chi2, h.length - 1, "D* helicity angle through the engine");
        // Not isotropic: the longitudinal fraction (about 0.5) shows.
        assertThat(longitudinal / (longitudinal + transverse)).isBetween(0.4, 0.7);
    }

    @Test
    void badLinesAreRejectedSayingWhatIsExpected() {
        List<ParticleData> ds = List.of(TABLE.byName("D*+"), TABLE.byName("e-"), TABLE.byName("anti-nu_e"));
        assertThatThrownBy(() -> DecModels.create("HQET2", TABLE.byName("anti-B0"), ds, new double[] {1.1}, TABLE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rho^2 h_A1(1) R1(1) R2(1)");
        List<ParticleData> swapped = List.of(TABLE.byName("D*+"), TABLE.byName("anti-nu_e"), TABLE.byName("e-"));
        assertThatThrownBy(() -> DecModels.create("HQET2", TABLE.byName("anti-B0"), swapped, DSTAR_ARGS, TABLE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("charged lepton");
    }
}
