package io.upsilon.generators.decay;

import io.upsilon.core.pdg.ParticleData;
import io.upsilon.core.random.RandomStream;
import io.upsilon.generators.decay.formfactor.BToKFormFactors;
import io.upsilon.generators.decay.formfactor.BToKstarFormFactors;
import java.util.List;

/**
 * {@code BTOSLL_BSZ} (Upsilon's own name; EvtGen's {@code BTOSLLBALL} is the older Ali-Ball model,
 * which this is not): B -&gt; K l+ l- and B -&gt; K* l+ l- in the Standard Model with the lepton mass
 * kept, the effective Wilson coefficients of {@link SmWilsonCoefficients} (C7eff, C9eff with the
 * perturbative charm loop, C10; no charmonium resonances) and BSZ-parametrised form factors
 * (B -&gt; K: Gubernari, Kokulu, van Dyk arXiv:1811.00983; B -&gt; K*: Bharucha, Straub, Zwicky
 * arXiv:1503.05534).
 *
 * <ul>
 *   <li>K (spin-0 meson): q^2 from dGamma/dq^2 = 2 (a + c/3) and the angle theta between the l- and
 *       the B-bar in the dilepton rest frame from a + c cos^2 theta (Bobeth, Hiller, Piranishvili
 *       arXiv:0709.4174; {@link RareBDecays#kllCoefficients}); the azimuth is uniform.
 *   <li>K* (vector meson): the full angular distribution in (q^2, theta_l, theta_K, phi) with the
 *       twelve coefficients I_i of Altmannshofer et al. arXiv:0811.1214 ({@link
 *       RareBDecays#kstarllCoefficients}), drawn as q^2 from dGamma/dq^2 and then the three angles
 *       by accept-reject under the bound (9/32 pi) sum |I_i|. The K* keeps the engine's Breit-Wigner
 *       mass and decays by its own table; the model fixes the direction of its first product (the K
 *       of K* -&gt; K pi through {@code VSS}), so theta_K and phi are those drawn.
 * </ul>
 *
 * Angles (see {@link RareDecaySampling}): theta_l is the angle of the l- (B-bar decay) to the
 * direction of flight of the B-bar in the dilepton rest frame, theta_K that of the K to the K*'s
 * direction of flight in the K* rest frame, phi the azimuth of the l- about the K* direction minus
 * that of the K. A B (anti-b) decay is the CP conjugate (l+ and K+ in those roles, all momenta
 * reversed); the weak phase of V_tb V_ts* (below 1 degree) is neglected. Daughters: a K or K*, a
 * lepton and its antilepton (any order); no arguments. Not thread-safe: the engine takes copies.
 */
final class BToSllBszModel implements DecModel {
    private final int hadron;
    private final int leptonA;
    private final int leptonB;
    private final boolean mirror;
    private final boolean vector;
    private final BToKFormFactors ffK = BToKFormFactors.gkvd2018();
    private final BToKstarFormFactors ffKstar = BToKstarFormFactors.bsz2015();
    private final SmWilsonCoefficients wc = SmWilsonCoefficients.standard();
    private final RareDecaySampling sampling;
    private final double[] coefficients = new double[RareBDecays.N_ANGULAR];
    private final double[] ac = new double[2];
    private final double[] first = new double[4];
    private double leptonMass;

    BToSllBszModel(ParticleData parent, List<ParticleData> daughters, double[] args) {
        if (args.length != 0) {
            throw new IllegalArgumentException("BTOSLL_BSZ takes no arguments, got " + args.length);
        }
        int[] r = RareDecaySampling.roles("BTOSLL_BSZ", parent, daughters, -1, false);
        int twoJ = daughters.get(r[0]).twoJ();
        if (twoJ != 0 && twoJ != 2) {
            throw new IllegalArgumentException("BTOSLL_BSZ expects a spin-0 (K) or spin-1 (K*) meson, got "
                    + daughters.get(r[0]).name());
        }
        this.hadron = r[0];
        this.leptonA = r[1];
        this.leptonB = r[2];
        this.mirror = r[3] == 1;
        this.vector = twoJ == 2;
        this.sampling = newSampling();
    }

    private BToSllBszModel(BToSllBszModel o) {
        this.hadron = o.hadron;
        this.leptonA = o.leptonA;
        this.leptonB = o.leptonB;
        this.mirror = o.mirror;
        this.vector = o.vector;
        this.sampling = newSampling();
    }

    private RareDecaySampling newSampling() {
        return new RareDecaySampling(this::rate, true);
    }

    private double rate(double parentMass, double hadronMass, double q2) {
        if (vector) {
            RareBDecays.kstarllCoefficients(ffKstar, wc, parentMass, hadronMass, leptonMass, q2, coefficients);
            return RareBDecays.kstarllRate(coefficients);
        }
        RareBDecays.kllCoefficients(ffK, wc, parentMass, hadronMass, leptonMass, q2, ac);
        return 2 * (ac[0] + ac[1] / 3);
    }

    @Override
    public DecModel newInstance() {
        return new BToSllBszModel(this);
    }

    /** The sampler (for the tests' check that its bound was never raised). */
    RareDecaySampling sampling() {
        return sampling;
    }

    @Override
    public void generate(double parentMass, double[] masses, double[] helicityAxis, RandomStream rng, double[] out) {
        double mH = masses[hadron];
        leptonMass = masses[leptonA];
        double q2 = sampling.sampleQ2(parentMass, mH, masses[leptonA] + masses[leptonB], rng);
        double phi;
        double cL;
        double cK = 0;
        if (!vector) {
            RareBDecays.kllCoefficients(ffK, wc, parentMass, mH, leptonMass, q2, ac);
            cL = DecModelSupport.cosineOnePlusKCos2(ac[1] / ac[0], rng);
            phi = 2 * Math.PI * rng.nextDouble();
        } else {
            RareBDecays.kstarllCoefficients(ffKstar, wc, parentMass, mH, leptonMass, q2, coefficients);
            double bound = 0;
            for (double c : coefficients) {
                bound += Math.abs(c);
            }
            while (true) {
                cL = 2 * rng.nextDouble() - 1;
                cK = 2 * rng.nextDouble() - 1;
                phi = 2 * Math.PI * rng.nextDouble();
                if (rng.nextDouble() * bound <= angular(coefficients, cL, cK, phi)) {
                    break;
                }
            }
        }
        sampling.build(
                parentMass,
                mH,
                masses[leptonA],
                masses[leptonB],
                q2,
                cL,
                cK,
                phi,
                mirror,
                rng,
                out,
                hadron,
                leptonA,
                leptonB,
                vector ? first : null);
    }

    /**
     * The bracket of the K* l l angular distribution (without 9 / 32 pi) at (cos theta_l, cos
     * theta_K, phi) for these coefficients.
     */
    static double angular(double[] i, double cL, double cK, double phi) {
        double sL2 = 1 - cL * cL;
        double sK2 = 1 - cK * cK;
        double sL = Math.sqrt(Math.max(0, sL2));
        double sK = Math.sqrt(Math.max(0, sK2));
        double s2K = 2 * sK * cK;
        double s2L = 2 * sL * cL;
        double c2L = 2 * cL * cL - 1;
        double cp = Math.cos(phi);
        double sp = Math.sin(phi);
        return i[RareBDecays.I1S] * sK2
                + i[RareBDecays.I1C] * cK * cK
                + (i[RareBDecays.I2S] * sK2 + i[RareBDecays.I2C] * cK * cK) * c2L
                + i[RareBDecays.I3] * sK2 * sL2 * (cp * cp - sp * sp)
                + i[RareBDecays.I4] * s2K * s2L * cp
                + i[RareBDecays.I5] * s2K * sL * cp
                + (i[RareBDecays.I6S] * sK2 + i[RareBDecays.I6C] * cK * cK) * cL
                + i[RareBDecays.I7] * s2K * sL * sp
                + i[RareBDecays.I8] * s2K * s2L * sp
                + i[RareBDecays.I9] * sK2 * sL2 * 2 * sp * cp;
    }

    @Override
    public boolean fixesDecayOf(int i, double[] out) {
        if (!vector || i != hadron) {
            return false;
        }
        System.arraycopy(first, 0, out, 0, 4);
        return true;
    }
}
