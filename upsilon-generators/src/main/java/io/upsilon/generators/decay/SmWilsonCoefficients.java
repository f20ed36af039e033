package io.upsilon.generators.decay;

/**
 * The Standard Model Wilson coefficients of b -&gt; s l+ l- at mu = m_b for the signal models: C7eff,
 * C10 and C9eff(q^2) = C9 + Y(q^2) with the perturbative one-loop matrix elements of the
 * four-quark operators (the charm loop; no resonances), in the form of Beneke, Feldmann, Seidel,
 * Nucl. Phys. B 612 (2001) 25, hep-ph/0106067, Eq. (10)-(11) (also Altmannshofer et al.,
 * arXiv:0811.1214, Eq. (2.5)):
 *
 * <pre>
 *   Y(q^2) = h(q^2, m_c) (4/3 C1 + C2 + 6 C3 + 60 C5)
 *          - 1/2 h(q^2, m_b) (7 C3 + 4/3 C4 + 76 C5 + 64/3 C6)
 *          - 1/2 h(q^2, 0) (C3 + 4/3 C4 + 16 C5 + 64/3 C6) + 4/3 C3 + 64/9 C5 + 64/27 C6,
 *   h(q^2, m) = -4/9 (ln(m^2 / mu^2) - 2/3 - z) - 4/9 (2 + z) sqrt|z - 1| F(z),  z = 4 m^2 / q^2,
 *   F(z) = atan(1 / sqrt(z - 1)) (z &gt; 1),  ln((1 + sqrt(1 - z)) / sqrt(z)) - i pi / 2 (z &lt; 1),
 *   h(q^2, 0) = 8/27 - 4/9 ln(q^2 / mu^2) + 4/9 i pi.
 * </pre>
 *
 * Values ({@link #standard()}): the NNLL coefficients at mu = 4.8 GeV quoted in Altmannshofer et al.,
 * JHEP 01 (2009) 019, arXiv:0811.1214, Table 1: C1 = -0.262, C2 = 1.008, C3 = -0.005, C4 = -0.078,
 * C5 = 0.000, C6 = 0.001, C7eff = -0.304, C9 = 4.211, C10 = -4.103 (as that table is commonly
 * quoted; not yet re-read against the paper: check before a precision use); quark masses m_c = 1.27 GeV and
 * m_b = 4.18 GeV (MSbar, PDG 2024) in the loops and in the C7 terms (2 m_b C7eff). Stateless.
 *
 * @param c1 C1
 * @param c2 C2
 * @param c3 C3
 * @param c4 C4
 * @param c5 C5
 * @param c6 C6
 * @param c7Eff C7eff
 * @param c9 C9 (without the loop part)
 * @param c10 C10
 * @param mu the renormalisation scale, GeV
 * @param mc the charm mass of the loop, GeV
 * @param mb the bottom mass of the loop and of the C7 terms, GeV
 */
public record SmWilsonCoefficients(
        double c1,
        double c2,
        double c3,
        double c4,
        double c5,
        double c6,
        double c7Eff,
        double c9,
        double c10,
        double mu,
        double mc,
        double mb) {

    /** The SM values of the class comment. */
    public static SmWilsonCoefficients standard() {
        return new SmWilsonCoefficients(
                -0.262, 1.008, -0.005, -0.078, 0.000, 0.001, -0.304, 4.211, -4.103, 4.8, 1.27, 4.18);
    }

    /** The b mass multiplying C7eff (2 m_b C7eff), GeV. */
    double mbForC7() {
        return mb;
    }

    /** Re C9eff(q^2). */
    public double c9EffRe(double q2) {
        return c9 + loop(q2, false);
    }

    /** Im C9eff(q^2). */
    public double c9EffIm(double q2) {
        return loop(q2, true);
    }

    private double loop(double q2, boolean imaginary) {
        double cc = 4.0 / 3 * c1 + c2 + 6 * c3 + 60 * c5;
        double cb = -0.5 * (7 * c3 + 4.0 / 3 * c4 + 76 * c5 + 64.0 / 3 * c6);
        double c0 = -0.5 * (c3 + 4.0 / 3 * c4 + 16 * c5 + 64.0 / 3 * c6);
        if (imaginary) {
            return cc * hIm(q2, mc) + cb * hIm(q2, mb) + c0 * 4.0 / 9 * Math.PI;
        }
        double h0 = 8.0 / 27 - 4.0 / 9 * Math.log(q2 / (mu * mu));
        return cc * hRe(q2, mc) + cb * hRe(q2, mb) + c0 * h0 + 4.0 / 3 * c3 + 64.0 / 9 * c5 + 64.0 / 27 * c6;
    }

    private double hRe(double q2, double m) {
        double z = 4 * m * m / q2;
        double first = -4.0 / 9 * (Math.log(m * m / (mu * mu)) - 2.0 / 3 - z);
        double f;
        if (z > 1) {
            f = Math.atan(1 / Math.sqrt(z - 1));
        } else {
            f = Math.log((1 + Math.sqrt(1 - z)) / Math.sqrt(z));
        }
        return first - 4.0 / 9 * (2 + z) * Math.sqrt(Math.abs(z - 1)) * f;
    }

    private double hIm(double q2, double m) {
        double z = 4 * m * m / q2;
        if (z >= 1) {
            return 0;
        }
        // -4/9 (2 + z) sqrt(1 - z) (-i pi / 2)
        return 4.0 / 9 * (2 + z) * Math.sqrt(1 - z) * Math.PI / 2;
    }
}
