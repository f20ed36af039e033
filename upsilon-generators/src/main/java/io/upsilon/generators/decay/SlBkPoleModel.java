package io.upsilon.generators.decay;

import io.upsilon.core.pdg.ParticleData;
import java.util.List;

/**
 * EvtGen's {@code SLBKPOLE}: a pseudoscalar to a pseudoscalar, a charged lepton and its neutrino
 * (D -&gt; K l nu, D -&gt; pi l nu) with the Becirevic-Kaidalov modified-pole form factors
 * (D. Becirevic and A. B. Kaidalov, Phys. Lett. B 478 (2000) 417, hep-ph/9904490), arguments as in
 * EvtGen's {@code src/EvtGenModels/EvtSLBKPoleFF.cpp}: {@code f(0) alpha beta m*}:
 *
 * <pre>
 *   f+(q^2) = f(0) / ((1 - q^2/m*^2) (1 - alpha q^2/m*^2)),   f0(q^2) = f(0) / (1 - q^2 / (beta m*^2)).
 * </pre>
 *
 * The hadronic current H = f+ (P + p) + (f0 - f+) (M^2 - m^2) / q^2 q contracted with the V-A
 * lepton tensor gives |A|^2 proportional to 2 (H . p_l)(H . p_nu) - (p_l . p_nu) H^2, lepton mass
 * included. Daughters in EvtGen's order: the meson, the charged lepton, the neutrino.
 */
final class SlBkPoleModel extends ThreeBodyDalitzModel {
    private final double f0;
    private final double alpha;
    private final double beta;
    private final double poleMass2;

    SlBkPoleModel(ParticleData parent, List<ParticleData> daughters, double[] args) {
        DecModelSupport.requireShape("SLBKPOLE", daughters, 3, args, 4);
        if (args.length != 4) {
            throw new IllegalArgumentException("SLBKPOLE expects 4 arguments (f(0) alpha beta m*), got " + args.length);
        }
        DecModelSupport.requireSpin("SLBKPOLE", "a parent", parent, 0);
        DecModelSupport.requireSpin("SLBKPOLE", "daughter 1 (the meson)", daughters.get(0), 0);
        DecModelSupport.requireSpin("SLBKPOLE", "daughter 2 (the charged lepton)", daughters.get(1), 1);
        DecModelSupport.requireSpin("SLBKPOLE", "daughter 3 (the neutrino)", daughters.get(2), 1);
        if (daughters.get(1).charge() == 0 || daughters.get(2).charge() != 0) {
            throw new IllegalArgumentException("SLBKPOLE expects a charged lepton then a neutrino, got "
                    + daughters.get(1).name() + " " + daughters.get(2).name());
        }
        if (!(args[2] > 0) || !(args[3] > 0)) {
            throw new IllegalArgumentException("SLBKPOLE expects beta > 0 and m* > 0, got " + args[2] + ", " + args[3]);
        }
        this.f0 = args[0];
        this.alpha = args[1];
        this.beta = args[2];
        this.poleMass2 = args[3] * args[3];
    }

    private SlBkPoleModel(SlBkPoleModel o) {
        this.f0 = o.f0;
        this.alpha = o.alpha;
        this.beta = o.beta;
        this.poleMass2 = o.poleMass2;
    }

    @Override
    public DecModel newInstance() {
        return new SlBkPoleModel(this);
    }

    /** f+(q^2). */
    double fPlus(double q2) {
        double t = q2 / poleMass2;
        return f0 / ((1 - t) * (1 - alpha * t));
    }

    /** f0(q^2). */
    double fZero(double q2) {
        return f0 / (1 - q2 / (beta * poleMass2));
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
        double fp = fPlus(q2);
        double c = (fZero(q2) - fp) * (mParent * mParent - m1s) / q2;
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
