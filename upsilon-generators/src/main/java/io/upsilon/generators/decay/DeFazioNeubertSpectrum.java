package io.upsilon.generators.decay;

/**
 * The inclusive B -&gt; X_u l nu rate of F. De Fazio and M. Neubert, JHEP 06 (1999) 017,
 * arXiv:hep-ph/9905351, at tree level with their exponential shape function for the b quark's
 * Fermi motion; lepton masses neglected (as in the paper).
 *
 * <p><b>Parton rate</b>: a free b quark of mass m decaying to u l nu (V-A, massless u) has, with
 * x = 2 E_l / m and y = q^2 / m^2 in its rest frame, d^2Gamma / (dx dy) = 12 Gamma_0 (x - y) (1 - x
 * + y) on 0 &lt;= y &lt;= x &lt;= 1 (the tree-level term of De Fazio-Neubert's triple differential
 * rate; |M|^2 proportional to (p_b . p_nu)(p_u . p_l), the muon-decay form with b as the muon),
 * whose lepton spectrum is 2 x^2 (3 - 2 x).
 *
 * <p><b>Fermi motion</b> (the paper's section on the shape function): the rate in the B rest frame
 * is the parton rate with m replaced by m_b* = m_b + k+, averaged over the light-cone momentum k+
 * of the b quark with the shape function F(k+) = N (1 - x)^a exp((1 + a) x), x = k+ / Lambda-bar,
 * k+ &lt;= Lambda-bar = m_B - m_b. Its first moment vanishes and its second is Lambda-bar^2 / (1 +
 * a) = mu_pi^2 / 3, so a = 3 Lambda-bar^2 / mu_pi^2 - 1. With t = (1 + a)(1 - x), t follows a
 * Gamma(1 + a) law and m_b* = m_B - Lambda-bar t / (1 + a), which is how k+ is drawn (truncated at
 * m_b* = 0, a tail below e^-20). The overall m_b*^5 of Gamma_0 is not averaged (the paper keeps
 * m_b^5 as the normalisation; the shape function moves events, not the rate). The hadronic system
 * p_X = p_B - q then has m_X^2 = (m_B - m_b*)(m_B - q^2 / m_b*).
 *
 * <p><b>Hybrid weights</b> (EvtGen's {@code VUB} arguments, {@code src/EvtGenModels/EvtVub.cpp}):
 * bins of m_X with lower edges m_1 &lt; ... &lt; m_n and weights w_i; an event of m_X in bin i is
 * kept with probability w_i / max(w), below m_1 never. One bin of weight 1 is a plain cut m_X &gt;=
 * m_1. The densities below include the weights; they are not normalised (integrate them).
 *
 * <p>Defaults: m_b = 4.691 GeV, a = 1.869, the HFLAV 2016 shape-function parameters (Y. Amhis et
 * al., arXiv:1612.07233) as Belle II's decay file 1190710004 ({@code Bd_Xulnu=non-resonant-DFN},
 * basf2 decfiles) passes them to {@code VUB}; they imply mu_pi^2 = 0.361 GeV^2. Immutable.
 */
final class DeFazioNeubertSpectrum {
    /** Default b-quark mass in the shape-function scheme, GeV (HFLAV 2016, see the class comment). */
    static final double DEFAULT_MB = 4.691;
    /** Default exponent a of the shape function (HFLAV 2016, see the class comment). */
    static final double DEFAULT_A = 1.869;

    private static final int T_STEPS = 2000;
    private static final double T_CAP = 60;

    private final double parentMass;
    private final double quarkMass;
    private final double exponent;
    private final double lambdaBar;
    private final double tMax;
    private final double gammaNorm;
    private final double[] massEdges;
    private final double[] weights;

    /**
     * @param parentMass m_B, GeV
     * @param quarkMass m_b, GeV, in (0, m_B)
     * @param exponent a &gt; -1
     * @param massEdges the lower m_X edges of the weight bins, GeV, increasing, the first &gt;= 0
     * @param weights one weight &gt;= 0 per bin, not all zero
     */
    DeFazioNeubertSpectrum(double parentMass, double quarkMass, double exponent, double[] massEdges, double[] weights) {
        if (!(quarkMass > 0 && quarkMass < parentMass)) {
            throw new IllegalArgumentException(
                    "the b-quark mass m_b must be in (0, m_B = " + parentMass + ") GeV, got " + quarkMass);
        }
        if (!(exponent > -1) || !Double.isFinite(exponent)) {
            throw new IllegalArgumentException("the shape-function exponent a must be > -1, got " + exponent);
        }
        if (massEdges.length == 0 || massEdges.length != weights.length) {
            throw new IllegalArgumentException("need one weight per m_X bin and at least one bin, got "
                    + massEdges.length + " edges and " + weights.length + " weights");
        }
        double maxWeight = 0;
        for (int i = 0; i < massEdges.length; i++) {
            boolean increasing = i == 0 ? massEdges[0] >= 0 : massEdges[i] > massEdges[i - 1];
            if (!increasing || !(massEdges[i] < parentMass)) {
                throw new IllegalArgumentException("the m_X bin edges must increase from >= 0 and stay below m_B, got "
                        + java.util.Arrays.toString(massEdges));
            }
            if (!(weights[i] >= 0) || !Double.isFinite(weights[i])) {
                throw new IllegalArgumentException("m_X bin weights must be >= 0, got " + weights[i]);
            }
            maxWeight = Math.max(maxWeight, weights[i]);
        }
        if (!(maxWeight > 0)) {
            throw new IllegalArgumentException("at least one m_X bin weight must be > 0");
        }
        this.parentMass = parentMass;
        this.quarkMass = quarkMass;
        this.exponent = exponent;
        this.lambdaBar = parentMass - quarkMass;
        this.tMax = Math.min(T_CAP, (1 + exponent) * parentMass / lambdaBar);
        this.massEdges = massEdges.clone();
        this.weights = new double[weights.length];
        for (int i = 0; i < weights.length; i++) {
            this.weights[i] = weights[i] / maxWeight;
        }
        this.gammaNorm = 1 / simpson(this::unnormalisedGamma, 0, tMax, 20 * T_STEPS);
    }

    /** m_B, GeV. */
    double parentMass() {
        return parentMass;
    }

    /** m_b, GeV. */
    double quarkMass() {
        return quarkMass;
    }

    /** The shape-function exponent a. */
    double exponent() {
        return exponent;
    }

    /** Lambda-bar = m_B - m_b, GeV. */
    double lambdaBar() {
        return lambdaBar;
    }

    /** mu_pi^2 = 3 Lambda-bar^2 / (1 + a), GeV^2 (the shape function's second moment times 3). */
    double muPi2() {
        return 3 * lambdaBar * lambdaBar / (1 + exponent);
    }

    /** The largest t drawn (m_b* = 0 or the numerical cap). */
    double maxT() {
        return tMax;
    }

    /** The normalised density of t = (1 + a)(1 - k+ / Lambda-bar): Gamma(1 + a), truncated. */
    double densityOfT(double t) {
        return t < 0 || t > tMax ? 0 : gammaNorm * unnormalisedGamma(t);
    }

    private double unnormalisedGamma(double t) {
        return t <= 0 ? (exponent == 0 ? 1 : 0) : Math.exp(exponent * Math.log(t) - t);
    }

    /** The light-cone momentum k+ (GeV) of this t. */
    double kPlus(double t) {
        return lambdaBar * (1 - t / (1 + exponent));
    }

    /** m_b* = m_b + k+ (GeV) of this t. */
    double effectiveMass(double t) {
        return quarkMass + kPlus(t);
    }

    /** m_X^2 (GeV^2) of a b quark of mass mbStar decaying at rest in the B with this q^2. */
    double hadronicMassSquared(double mbStar, double q2) {
        return (parentMass - mbStar) * (parentMass - q2 / mbStar);
    }

    /** The acceptance (in [0, 1]) of a hadronic system of mass mX: its bin's weight over the largest. */
    double massWeight(double mX) {
        double w = 0;
        for (int i = 0; i < massEdges.length && mX >= massEdges[i]; i++) {
            w = weights[i];
        }
        return w;
    }

    /** y = q^2 / mbStar^2 at which m_X = m (m_X falls as y grows). */
    private double yAtMass(double mbStar, double m) {
        return (parentMass - m * m / (parentMass - mbStar)) / mbStar;
    }

    /** G(s) = integral of s'(1 - s') from 0 to s. */
    private static double g(double s) {
        return s * s * (0.5 - s / 3);
    }

    /** dGamma/dx (weighted, per Gamma_0) of a b quark of mass mbStar. */
    private double partonLepton(double x, double mbStar) {
        if (!(x > 0 && x <= 1) || !(mbStar < parentMass)) {
            return 0;
        }
        double sum = 0;
        for (int i = 0; i < massEdges.length; i++) {
            double yHi = Math.min(x, yAtMass(mbStar, massEdges[i]));
            double yLo = i + 1 < massEdges.length ? Math.max(0, yAtMass(mbStar, massEdges[i + 1])) : 0;
            if (yHi > yLo && weights[i] > 0) {
                sum += weights[i] * 12 * (g(x - yLo) - g(x - yHi));
            }
        }
        return sum;
    }

    /**
     * dGamma/dE_l in the B rest frame, per Gamma_0 (GeV^-1), with the m_X weights: the parton rate
     * averaged over the shape function by Simpson's rule in t.
     */
    double leptonEnergyDensity(double energy) {
        if (!(energy > 0)) {
            return 0;
        }
        // x <= 1 needs m_b* >= 2 E_l, i.e. t below this bound.
        double tHi = Math.min(tMax, (1 + exponent) * (parentMass - 2 * energy) / lambdaBar);
        if (!(tHi > 0)) {
            return 0;
        }
        return simpson(
                t -> {
                    double m = effectiveMass(t);
                    return densityOfT(t) * 2 / m * partonLepton(2 * energy / m, m);
                },
                0,
                tHi,
                T_STEPS);
    }

    /** dGamma/dq^2 in the B rest frame, per Gamma_0 (GeV^-2), with the m_X weights. */
    double qSquaredDensity(double q2) {
        if (!(q2 >= 0)) {
            return 0;
        }
        double tHi = Math.min(tMax, (1 + exponent) * (parentMass - Math.sqrt(q2)) / lambdaBar);
        if (!(tHi > 0)) {
            return 0;
        }
        return simpson(
                t -> {
                    double m = effectiveMass(t);
                    double y = q2 / (m * m);
                    if (!(m > 0) || y > 1) {
                        return 0;
                    }
                    double mX2 = hadronicMassSquared(m, q2);
                    double w = massWeight(Math.sqrt(Math.max(0, mX2)));
                    return densityOfT(t) / (m * m) * 12 * g(1 - y) * w;
                },
                0,
                tHi,
                T_STEPS);
    }

    /**
     * The fraction of the unweighted rate with m_X &lt; m: per t, the parton rate's share of y above
     * y(m) (where m_X &lt; m), integral of 12 G(1 - y) dy from y(m) to 1 = 12 H(1 - y(m)), H(s) = s^3
     * / 6 - s^4 / 12; averaged over t by Simpson's rule.
     */
    double fractionBelowMass(double m) {
        return simpson(
                t -> {
                    double mbStar = effectiveMass(t);
                    if (!(mbStar < parentMass)) {
                        return densityOfT(t);
                    }
                    if (!(mbStar > 0)) {
                        return 0;
                    }
                    double y = yAtMass(mbStar, m);
                    double s = Math.min(1, Math.max(0, 1 - Math.max(0, y)));
                    return densityOfT(t) * 12 * (s * s * s / 6 - s * s * s * s / 12);
                },
                0,
                tMax,
                20 * T_STEPS);
    }

    private static double simpson(java.util.function.DoubleUnaryOperator f, double a, double b, int n) {
        double h = (b - a) / n;
        double sum = f.applyAsDouble(a) + f.applyAsDouble(b);
        for (int i = 1; i < n; i++) {
            sum += (i % 2 == 1 ? 4 : 2) * f.applyAsDouble(a + i * h);
        }
        return sum * h / 3;
    }
}
