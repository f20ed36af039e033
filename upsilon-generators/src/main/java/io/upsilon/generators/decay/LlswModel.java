package io.upsilon.generators.decay;

import io.upsilon.core.pdg.ParticleData;
import io.upsilon.core.random.RandomStream;
import java.util.List;

/**
 * {@code LLSW}: B -&gt; D** l nu for the four P-wave charm mesons with the form factors of
 * Leibovich, Ligeti, Stewart and Wise ({@link LlswFormFactors}, approximation B1), argument orders
 * as in basf2's EvtGen model {@code LLSW}: {@code tau(1) tau' tau_1 tau_2} for the j = 3/2 doublet
 * (D1: spin 1, D2*: spin 2) and {@code zeta(1) zeta' zeta_1} for the j = 1/2 doublet (D0*: spin 0,
 * D1': spin 1); the number of arguments tells the two spin-1 states apart, as in EvtGen.
 *
 * <p>The decay is drawn from LLSW's doubly differential rates for a massless lepton (Phys. Rev. D 57
 * (1998) 308, section II), with r = m_D** / m_B and theta the angle between the charged lepton and
 * the D** in the rest frame of the virtual W:
 *
 * <pre>
 *   D0*:  dGamma/dw dcos = 3 r^3 (w^2-1)^(3/2) sin^2 [(1+r) g+ - (1-r) g-]^2
 *   D1':  r^3 sqrt(w^2-1) { sin^2 [(w-r) g_V1 + (w^2-1)(g_V3 + r g_V2)]^2
 *                 + (1 - 2rw + r^2) [(1+cos^2)(g_V1^2 + (w^2-1) g_A^2) - 4 cos sqrt(w^2-1) g_V1 g_A] }
 *   D1:   the same with f_V1, f_V2, f_V3, f_A
 *   D2*:  3/2 r^3 (w^2-1)^(3/2) { 4/3 sin^2 [(w-r) k_A1 + (w^2-1)(k_A3 + r k_A2)]^2
 *                 + (1 - 2rw + r^2) [(1+cos^2)(k_A1^2 + (w^2-1) k_V^2) - 4 cos sqrt(w^2-1) k_A1 k_V] }
 * </pre>
 *
 * Phase space is flat in the Dalitz variables, whose Jacobian to (w, cos theta) is proportional to
 * sqrt(w^2-1), so |A|^2 = rate / sqrt(w^2-1) is used for accept-reject. The lepton mass enters
 * the kinematics but not |A|^2, so the model takes e and mu only (tau nu D** lines need the
 * lepton-mass terms: not implemented). The D** decays afterwards through its own table,
 * uncorrelated with the lepton (the D** polarisation is not passed on). Not thread-safe.
 */
final class LlswModel implements DecModel {
    private static final int BOUND_POINTS = 20_000;
    private static final double SAFETY = 1.5;
    /** Lepton masses above this are refused (see the class comment). */
    private static final double MAX_LEPTON_MASS = 0.2; // GeV

    /** The four states by spin and doublet. */
    enum State {
        D0_STAR,
        D1_PRIME,
        D1,
        D2_STAR
    }

    private final State state;
    private final LlswFormFactors formFactors;
    private final MesonMassBounds bounds = new MesonMassBounds("LLSW", BOUND_POINTS, SAFETY);
    private final double[] scratch = new double[12];
    private final double[] ff = new double[4];

    LlswModel(State state, LlswFormFactors formFactors) {
        this.state = state;
        this.formFactors = formFactors;
    }

    /** Builds the model for the decay line. */
    static DecModel create(ParticleData parent, List<ParticleData> daughters, double[] args) {
        DecModelSupport.requireSemileptonic("LLSW", parent, daughters, args, 4);
        if (daughters.get(1).mass() > MAX_LEPTON_MASS) {
            throw new IllegalArgumentException("LLSW here has no lepton-mass terms: it takes e and mu, got "
                    + daughters.get(1).name());
        }
        ParticleData meson = daughters.get(0);
        State state;
        if (args.length == 3 && meson.twoJ() == 0) {
            state = State.D0_STAR;
        } else if (args.length == 3 && meson.twoJ() == 2) {
            state = State.D1_PRIME;
        } else if (args.length == 4 && meson.twoJ() == 2) {
            state = State.D1;
        } else if (args.length == 4 && meson.twoJ() == 4) {
            state = State.D2_STAR;
        } else {
            throw new IllegalArgumentException("LLSW expects 3 arguments (zeta(1) zeta' zeta_1) for a D0* or "
                    + "D1' (spin 0 or 1), or 4 (tau(1) tau' tau_1 tau_2) for a D1 or D2* (spin 1 or 2); got "
                    + args.length + " for " + meson.name() + " (2J = " + meson.twoJ() + ")");
        }
        return new LlswModel(state, new LlswFormFactors(args[0], args[1], args[2], args.length == 4 ? args[3] : 0));
    }

    @Override
    public DecModel newInstance() {
        return new LlswModel(state, formFactors);
    }

    /**
     * LLSW's dGamma/dw dcos theta (arbitrary normalisation) for the meson mass fraction r = m / M at
     * recoil w and cos theta (charged lepton against the D** in the W rest frame).
     */
    double rate(double r, double w, double cos) {
        double w21 = Math.max(0, w * w - 1);
        double sin2 = 1 - cos * cos;
        double r3 = r * r * r;
        switch (state) {
            case D0_STAR -> {
                formFactors.scalar(w, ff);
                double g = (1 + r) * ff[0] - (1 - r) * ff[1];
                return 3 * r3 * Math.pow(w21, 1.5) * sin2 * g * g;
            }
            case D1_PRIME, D1 -> {
                if (state == State.D1) {
                    formFactors.axialThreeHalves(w, ff);
                } else {
                    formFactors.axialHalf(w, ff);
                }
                double a = ff[0];
                double v1 = ff[1];
                double v2 = ff[2];
                double v3 = ff[3];
                double longitudinal = (w - r) * v1 + w21 * (v3 + r * v2);
                double transverse = (1 + cos * cos) * (v1 * v1 + w21 * a * a) - 4 * cos * Math.sqrt(w21) * v1 * a;
                return r3
                        * Math.sqrt(w21)
                        * (sin2 * longitudinal * longitudinal + (1 - 2 * r * w + r * r) * transverse);
            }
            default -> {
                formFactors.tensor(w, ff);
                double kv = ff[0];
                double ka1 = ff[1];
                double ka2 = ff[2];
                double ka3 = ff[3];
                double longitudinal = (w - r) * ka1 + w21 * (ka3 + r * ka2);
                double transverse = (1 + cos * cos) * (ka1 * ka1 + w21 * kv * kv) - 4 * cos * Math.sqrt(w21) * ka1 * kv;
                return 1.5
                        * r3
                        * Math.pow(w21, 1.5)
                        * (4.0 / 3 * sin2 * longitudinal * longitudinal + (1 - 2 * r * w + r * r) * transverse);
            }
        }
    }

    @Override
    public void generate(double parentMass, double[] masses, double[] helicityAxis, RandomStream rng, double[] out) {
        double max = bounds.bound(
                parentMass,
                masses,
                () -> DecModelSupport.uniformDalitzPoint(parentMass, masses, rng, scratch)
                        ? weight(parentMass, masses, scratch)
                        : -1);
        while (true) {
            if (!DecModelSupport.uniformDalitzPoint(parentMass, masses, rng, out)) {
                continue;
            }
            double w = weight(parentMass, masses, out);
            if (w > max) {
                bounds.raise(w);
            }
            if (rng.nextDouble() * max <= w) {
                return;
            }
        }
    }

    /** |A|^2 of the point v[0..11] (meson, lepton, neutrino in the parent rest frame). */
    private double weight(double mParent, double[] masses, double[] v) {
        double m = masses[0];
        double q2 = DecayKinematics.mass2(v, 1, 2);
        double w = ClnFormFactors.recoil(mParent, m, q2);
        double cos = cosLeptonMeson(v);
        return rate(m / mParent, w, cos) / Math.sqrt(Math.max(1e-300, w * w - 1));
    }

    /** cos of the angle between the charged lepton and the meson in the rest frame of lepton + neutrino. */
    static double cosLeptonMeson(double[] v) {
        double[] l = {v[4], v[5], v[6], v[7]};
        double[] x = {v[0], v[1], v[2], v[3]};
        double ex = v[7] + v[11];
        double bx = -(v[4] + v[8]) / ex;
        double by = -(v[5] + v[9]) / ex;
        double bz = -(v[6] + v[10]) / ex;
        io.upsilon.core.kinematics.Boost.apply(bx, by, bz, l, 0);
        io.upsilon.core.kinematics.Boost.apply(bx, by, bz, x, 0);
        double dot = l[0] * x[0] + l[1] * x[1] + l[2] * x[2];
        double nl = Math.sqrt(l[0] * l[0] + l[1] * l[1] + l[2] * l[2]);
        double nx = Math.sqrt(x[0] * x[0] + x[1] * x[1] + x[2] * x[2]);
        return dot / (nl * nx);
    }
}
