package io.upsilon.generators.decay;

import io.upsilon.core.pdg.ParticleData;
import io.upsilon.core.pdg.ParticleTable;
import java.util.List;

/**
 * EvtGen's {@code HQET2}: B -&gt; D l nu and B -&gt; D* l nu with the Caprini-Lellouch-Neubert form
 * factors ({@link ClnFormFactors}), argument orders as in EvtGen's {@code
 * src/EvtGenModels/EvtHQET2.cpp}: for a vector meson {@code rho^2 h_A1(1) R1(1) R2(1) [R0(1)]}
 * ({@link Hqet2VectorModel}), for a pseudoscalar {@code rho^2 V1(1) [Delta]} (this class).
 * Daughters in EvtGen's order: the meson, the charged lepton, the neutrino. The lepton mass is kept
 * (tau nu modes): the timelike form factors f0 (through Delta, default 1 as in Tanaka and Watanabe,
 * Phys. Rev. D 82 (2010) 034027) and A0 (through R0(1), default 1.14 from Fajfer, Kamenik and
 * Nisandzic, Phys. Rev. D 85 (2012) 094025) enter |A|^2; for e and mu they are negligible. (EvtGen
 * sets them to f0 = f+ and A0 = 0 when the optional argument is missing: a different default, which
 * only matters for tau nu.)
 *
 * <p>B -&gt; D l nu: the hadronic current H = f+ (P + p) + (f0 - f+) (M^2 - m^2) / q^2 q contracted
 * with the V-A lepton tensor, |A|^2 proportional to 2 (H . p_l)(H . p_nu) - (p_l . p_nu) H^2
 * (the same contraction as {@link SlBkPoleModel}).
 */
final class Hqet2Model extends ThreeBodyDalitzModel {
    /** Default Delta of S1 / V1 (Tanaka and Watanabe 2010). */
    static final double DEFAULT_DELTA = 1.0;

    private final double rho2;
    private final double v1AtOne;
    private final double delta;

    /** Builds the model for the decay line: the scalar form here, the vector one in its own class. */
    static DecModel create(ParticleData parent, List<ParticleData> daughters, double[] args, ParticleTable table) {
        DecModelSupport.requireShape("HQET2", daughters, 3, args, 5);
        DecModelSupport.requireSpin("HQET2", "a parent", parent, 0);
        DecModelSupport.requireSpin("HQET2", "daughter 2 (the charged lepton)", daughters.get(1), 1);
        DecModelSupport.requireSpin("HQET2", "daughter 3 (the neutrino)", daughters.get(2), 1);
        if (daughters.get(1).charge() == 0 || daughters.get(2).charge() != 0) {
            throw new IllegalArgumentException("HQET2 expects the meson, a charged lepton, then a neutrino, got "
                    + daughters.get(1).name() + " " + daughters.get(2).name());
        }
        ParticleData meson = daughters.get(0);
        if (meson.twoJ() == 2) {
            return new Hqet2VectorModel(args);
        }
        DecModelSupport.requireSpin("HQET2", "daughter 1 (the D or D*)", meson, 0);
        if (args.length < 2 || args.length > 3) {
            throw new IllegalArgumentException(
                    "HQET2 for a pseudoscalar meson expects 2 or 3 arguments (rho^2 V1(1) [Delta]), got "
                            + args.length);
        }
        return new Hqet2Model(args[0], args[1], args.length == 3 ? args[2] : DEFAULT_DELTA);
    }

    Hqet2Model(double rho2, double v1AtOne, double delta) {
        this.rho2 = rho2;
        this.v1AtOne = v1AtOne;
        this.delta = delta;
    }

    @Override
    public DecModel newInstance() {
        return new Hqet2Model(rho2, v1AtOne, delta);
    }

    /** f+(q^2) for the parent mass M and meson mass m. */
    double fPlus(double mParent, double mMeson, double q2) {
        double w = ClnFormFactors.recoil(mParent, mMeson, q2);
        double v1 = v1AtOne * ClnFormFactors.v1Shape(rho2, w);
        return (mParent + mMeson) / (2 * Math.sqrt(mParent * mMeson)) * v1;
    }

    /** f0(q^2) for the parent mass M and meson mass m. */
    double fZero(double mParent, double mMeson, double q2) {
        double w = ClnFormFactors.recoil(mParent, mMeson, q2);
        double s1 = v1AtOne * ClnFormFactors.v1Shape(rho2, w) * ClnFormFactors.s1OverV1(delta, w);
        return Math.sqrt(mParent * mMeson) * (w + 1) / (mParent + mMeson) * s1;
    }

    @Override
    double matrixElementSquared(double mParent, double[] m, double s12, double s13, double s23) {
        double m1s = m[0] * m[0];
        double m2s = m[1] * m[1];
        double m3s = m[2] * m[2];
        double p12 = (s12 - m1s - m2s) / 2; // meson . lepton
        double p13 = (s13 - m1s - m3s) / 2; // meson . neutrino
        double p23 = (s23 - m2s - m3s) / 2; // lepton . neutrino
        double q2 = s23;
        double fp = fPlus(mParent, m[0], q2);
        double c = (fZero(mParent, m[0], q2) - fp) * (mParent * mParent - m1s) / q2;
        // H = fp (2 p1 + q) + c q with q = p2 + p3.
        double qDotL = m2s + p23;
        double qDotNu = p23 + m3s;
        double hDotL = fp * (2 * p12 + qDotL) + c * qDotL;
        double hDotNu = fp * (2 * p13 + qDotNu) + c * qDotNu;
        double p1DotQ = p12 + p13;
        double sumSquared = 4 * m1s + 4 * p1DotQ + q2; // (2 p1 + q)^2
        double sumDotQ = 2 * p1DotQ + q2;
        double h2 = fp * fp * sumSquared + 2 * fp * c * sumDotQ + c * c * q2;
        return Math.max(0, 2 * hDotL * hDotNu - p23 * h2);
    }
}
