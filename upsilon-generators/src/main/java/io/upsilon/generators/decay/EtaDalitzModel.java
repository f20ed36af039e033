package io.upsilon.generators.decay;

import io.upsilon.core.pdg.ParticleData;
import java.util.List;

/**
 * EvtGen's {@code ETA_DALITZ}: eta -&gt; pi+ pi- pi0 with the measured Dalitz-plot distribution
 * (the role of EvtGen's {@code src/EvtGenModels/EvtEtaDalitz.cpp}, with newer numbers):
 *
 * <pre>
 *   |A|^2 = 1 + a y + b y^2 + d x^2 + f y^3 + g x^2 y,
 *   x = sqrt(3) (T+ - T-) / Q,   y = 3 T0 / Q - 1,   Q = T+ + T- + T0,
 * </pre>
 *
 * T the kinetic energies in the eta rest frame. Default parameters: KLOE-2, "Precision
 * measurement of the eta -&gt; pi+ pi- pi0 Dalitz plot distribution with the KLOE detector", JHEP
 * 05 (2016) 019, arXiv:1601.06985: a = -1.095, b = 0.145, d = 0.081, f = 0.141, g = -0.044 (the
 * C-violating c and e are compatible with 0 and set to 0). Five arguments a b d f g replace them.
 * Daughters: pi+ pi- pi0 (or any charged-charged-neutral spin-0 triplet) in any order.
 */
final class EtaDalitzModel extends ThreeBodyDalitzModel {
    /** KLOE-2, JHEP 05 (2016) 019 (the fit without the C-violating terms): a, b, d, f, g. */
    static final double[] KLOE2_2016 = {-1.095, 0.145, 0.081, 0.141, -0.044};

    private static final double SQRT3 = Math.sqrt(3);

    private final ThreePionIndices idx;
    private final double a;
    private final double b;
    private final double d;
    private final double f;
    private final double g;

    EtaDalitzModel(ParticleData parent, List<ParticleData> daughters, double[] args) {
        DecModelSupport.requireShape("ETA_DALITZ", daughters, 3, args, 5);
        DecModelSupport.requireSpin("ETA_DALITZ", "a parent", parent, 0);
        if (args.length != 0 && args.length != 5) {
            throw new IllegalArgumentException(
                    "ETA_DALITZ takes no arguments (KLOE-2 2016 parameters) or five (a b d f g), got " + args.length);
        }
        double[] p = args.length == 5 ? args : KLOE2_2016;
        this.idx = ThreePionIndices.of("ETA_DALITZ", daughters);
        this.a = p[0];
        this.b = p[1];
        this.d = p[2];
        this.f = p[3];
        this.g = p[4];
    }

    private EtaDalitzModel(EtaDalitzModel o) {
        this.idx = o.idx;
        this.a = o.a;
        this.b = o.b;
        this.d = o.d;
        this.f = o.f;
        this.g = o.g;
    }

    @Override
    public DecModel newInstance() {
        return new EtaDalitzModel(this);
    }

    @Override
    double matrixElementSquared(double mParent, double[] m, double s12, double s13, double s23) {
        double tPlus = kinetic(mParent, m, idx.plus(), s12, s13, s23);
        double tMinus = kinetic(mParent, m, idx.minus(), s12, s13, s23);
        double tZero = kinetic(mParent, m, idx.neutral(), s12, s13, s23);
        double q = tPlus + tMinus + tZero;
        double x = SQRT3 * (tPlus - tMinus) / q;
        double y = 3 * tZero / q - 1;
        double w = 1 + a * y + b * y * y + d * x * x + f * y * y * y + g * x * x * y;
        return Math.max(0, w);
    }

    /** Kinetic energy of daughter i in the parent rest frame: E_i = (M^2 + m_i^2 - s_jk) / 2M. */
    static double kinetic(double mParent, double[] m, int i, double s12, double s13, double s23) {
        double sOther = i == 0 ? s23 : i == 1 ? s13 : s12;
        return (mParent * mParent + m[i] * m[i] - sOther) / (2 * mParent) - m[i];
    }
}
