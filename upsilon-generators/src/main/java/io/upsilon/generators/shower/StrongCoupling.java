package io.upsilon.generators.shower;

/**
 * The strong coupling alpha_s(mu) in the MS-bar scheme with n_f = 5 active flavours, from its
 * value at the Z mass by four-loop running: the renormalisation-group equation
 *
 * <pre>
 *   mu^2 d alpha_s / d mu^2 = -(b0 alpha_s^2 + b1 alpha_s^3 + b2 alpha_s^4 + b3 alpha_s^5)
 *   b0 = (33 - 2 n_f)/(12 pi),  b1 = (153 - 19 n_f)/(24 pi^2),
 *   b2 = (2857 - 5033 n_f/9 + 325 n_f^2/27)/(128 pi^3),
 *   b3 = [(149753/6 + 3564 zeta3) - (1078361/162 + 6508 zeta3/27) n_f
 *         + (50065/162 + 6472 zeta3/81) n_f^2 + 1093 n_f^3/729]/(256 pi^4)
 * </pre>
 *
 * (PDG 2024, Review of Particle Physics, section 9 "Quantum Chromodynamics", eq. 9.3 with the
 * coefficients of eqs. 9.4-9.5),
 * integrated numerically (fourth-order Runge-Kutta) from alpha_s(M_Z) = 0.1180 (PDG 2024 world
 * average, M_Z = 91.1876 GeV) once, tabulated in ln mu^2 and interpolated. At sqrt(s) = 10.58 GeV
 * this gives 0.1759 (one-loop running would give 0.171). No flavour thresholds: n_f = 5 at every
 * scale, also below the b mass, as the n_f = 5 R-ratio coefficients of {@link #rRatioFactor}
 * assume (the difference is within the uncertainty of alpha_s(M_Z), 0.0009, at 10 GeV). Immutable.
 */
public final class StrongCoupling {
    /** alpha_s(M_Z), PDG 2024 world average. */
    public static final double ALPHA_S_MZ = 0.1180;

    /** Z mass in GeV (PDG 2024). */
    public static final double Z_MASS = 91.1876;

    private static final int NF = 5;
    private static final double ZETA3 = 1.2020569031595942;
    private static final double B0 = (33.0 - 2 * NF) / (12 * Math.PI);
    private static final double B1 = (153.0 - 19 * NF) / (24 * Math.PI * Math.PI);
    private static final double B2 = (2857.0 - 5033.0 / 9 * NF + 325.0 / 27 * NF * NF) / (128 * Math.pow(Math.PI, 3));
    private static final double B3 = ((149753.0 / 6 + 3564 * ZETA3)
                    - (1078361.0 / 162 + 6508.0 / 27 * ZETA3) * NF
                    + (50065.0 / 162 + 6472.0 / 81 * ZETA3) * NF * NF
                    + 1093.0 / 729 * NF * NF * NF)
            / (256 * Math.pow(Math.PI, 4));

    /** The table spans mu in [MIN_SCALE, MAX_SCALE] GeV; below 0.5 GeV the four-loop series is meaningless. */
    public static final double MIN_SCALE = 0.5;

    public static final double MAX_SCALE = 1000;

    private static final double STEP = 1e-3; // in ln mu^2: interpolation error ~ STEP^2 alpha'' / 8, below 1e-8

    private static final StrongCoupling STANDARD = new StrongCoupling(ALPHA_S_MZ);

    private final double tMin;
    private final double[] table;

    /**
     * @param alphaSAtMZ alpha_s(M_Z), in (0.05, 0.2)
     */
    public StrongCoupling(double alphaSAtMZ) {
        if (!(alphaSAtMZ > 0.05 && alphaSAtMZ < 0.2)) {
            throw new IllegalArgumentException("alpha_s(M_Z) must be in (0.05, 0.2), got " + alphaSAtMZ);
        }
        this.tMin = Math.log(MIN_SCALE * MIN_SCALE);
        double tMax = Math.log(MAX_SCALE * MAX_SCALE);
        double tZ = Math.log(Z_MASS * Z_MASS);
        int n = (int) Math.ceil((tMax - tMin) / STEP) + 1;
        this.table = new double[n];
        int iZ = (int) Math.floor((tZ - tMin) / STEP);
        // From M_Z to the grid point just below it, then outwards in both directions, 10 RK4 steps per cell.
        table[iZ] = evolve(alphaSAtMZ, tZ, tMin + iZ * STEP);
        for (int i = iZ + 1; i < n; i++) {
            table[i] = evolve(table[i - 1], tMin + (i - 1) * STEP, tMin + i * STEP);
        }
        for (int i = iZ - 1; i >= 0; i--) {
            table[i] = evolve(table[i + 1], tMin + (i + 1) * STEP, tMin + i * STEP);
        }
    }

    /** The running with the PDG 2024 alpha_s(M_Z) = 0.1180. */
    public static StrongCoupling standard() {
        return STANDARD;
    }

    /** alpha_s at the scale {@code mu} (GeV), in [{@link #MIN_SCALE}, {@link #MAX_SCALE}]. */
    public double at(double mu) {
        return atScale2(mu * mu);
    }

    /** alpha_s at the squared scale {@code mu2} (GeV^2). */
    public double atScale2(double mu2) {
        double x = (Math.log(mu2) - tMin) / STEP;
        if (!(x >= -1e-9 && x <= table.length - 1 + 1e-9)) {
            throw new IllegalArgumentException(
                    "scale " + Math.sqrt(mu2) + " GeV outside [" + MIN_SCALE + ", " + MAX_SCALE + "] GeV");
        }
        int i = Math.min(table.length - 2, Math.max(0, (int) x));
        double f = x - i;
        return table[i] + f * (table[i + 1] - table[i]);
    }

    /**
     * The QCD correction to the hadronic R ratio (massless quarks, n_f = 5),
     *
     * <pre>
     *   K_QCD = 1 + a + 1.409 a^2 - 12.77 a^3,   a = alpha_s(sqrt(s))/pi
     * </pre>
     *
     * (PDG 2024, section 9 "Quantum Chromodynamics", the expansion of R in e+e- annihilation, eq.
     * 9.7, n_f = 5 coefficients): 1.0582 at sqrt(s) = 10.58 GeV.
     *
     * @param sqrtS centre-of-mass energy of the q qbar system, GeV
     */
    public double rRatioFactor(double sqrtS) {
        double a = at(sqrtS) / Math.PI;
        return 1 + a + 1.409 * a * a - 12.77 * a * a * a;
    }

    private static double beta(double a) {
        double a2 = a * a;
        return -a2 * (B0 + a * (B1 + a * (B2 + a * B3)));
    }

    private static double evolve(double a, double t0, double t1) {
        int steps = 10;
        double h = (t1 - t0) / steps;
        for (int k = 0; k < steps; k++) {
            double k1 = beta(a);
            double k2 = beta(a + 0.5 * h * k1);
            double k3 = beta(a + 0.5 * h * k2);
            double k4 = beta(a + h * k3);
            a += h / 6 * (k1 + 2 * k2 + 2 * k3 + k4);
        }
        return a;
    }
}
