package io.upsilon.generators.process;

import io.upsilon.generators.radiation.IsrStructureFunction;
import java.util.function.DoubleUnaryOperator;

/**
 * Deterministic quadrature of the ISR structure-function integral sigma(s) = int_0^xMax dx F(x, s)
 * sigma_hat(s(1 - x)), the independent reference of the radiative generators' mean weights.
 */
final class IsrQuadrature {
    private static final double M_E = 5.1099895000e-4;

    /**
     * Very narrow resonances (Gamma/M &lt; 1e-3: J/psi, psi(2S), Upsilon(1S-3S); PDG 2024 [R] masses
     * and widths) get windows of +-200 M Gamma in s', integrated in theta = atan((s' - M^2)/(M
     * Gamma)); the main grid resolves omega and phi (Gamma/M ~ 1e-2).
     */
    private static final double[][] NARROW = {
        {3.096900, 9.26e-5}, {3.686097, 2.94e-4}, {9.46040, 5.40e-5}, {10.0234, 3.20e-5}, {10.3551, 2.03e-5}
    };

    private IsrQuadrature() {}

    /**
     * @param sigmaHat the hard cross section (times any factor such as vacuum polarisation) at s', nb
     * @param s the collision's s, GeV^2
     * @param xMax 1 - s_min/s
     */
    static double integrate(DoubleUnaryOperator sigmaHat, double s, double xMax) {
        IsrStructureFunction isr = new IsrStructureFunction(M_E);
        DoubleUnaryOperator g = x -> isr.value(x, s) * sigmaHat.applyAsDouble(s * (1 - x));
        // Soft end [0, x0]: int beta x^(beta-1) D dx = D x0^beta analytically; sigma_hat varies by O(x0) there.
        double x0 = 1e-5;
        double total = (isr.softFactor(s) * Math.pow(x0, isr.beta(s)) + isr.hardPart(x0 / 2, s) * x0)
                * sigmaHat.applyAsDouble(s);
        // Main grid in ln x, skipping the resonance windows.
        int n = 400_000;
        double lo = Math.log(x0);
        double hi = Math.log(xMax);
        double h = (hi - lo) / n;
        for (int i = 0; i < n; i++) {
            double x = Math.exp(lo + (i + 0.5) * h);
            if (!inWindow(s * (1 - x))) {
                total += g.applyAsDouble(x) * x * h;
            }
        }
        double sMin = s * (1 - xMax);
        for (double[] r : NARROW) {
            double m2 = r[0] * r[0];
            double mg = r[0] * r[1];
            double tLo = Math.atan(-200.0);
            double tHi = Math.atan(200.0);
            int m = 200_000;
            for (int i = 0; i < m; i++) {
                double t = tLo + (i + 0.5) * (tHi - tLo) / m;
                double sp = m2 + mg * Math.tan(t);
                if (sp < sMin) {
                    continue;
                }
                double dsp = mg / (Math.cos(t) * Math.cos(t)) * (tHi - tLo) / m;
                double x = 1 - sp / s;
                total += g.applyAsDouble(x) * dsp / s;
            }
        }
        return total;
    }

    private static boolean inWindow(double sp) {
        for (double[] r : NARROW) {
            if (Math.abs(sp - r[0] * r[0]) < 200 * r[0] * r[1]) {
                return true;
            }
        }
        return false;
    }
}
