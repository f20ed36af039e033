package io.upsilon.generators.radiation;

import io.upsilon.core.units.PhysicalConstants;

/**
 * The O(alpha) soft + virtual corrections of phase-space slicing: the one-loop (virtual) correction
 * plus the emission of one photon with CM energy below k0 (integrated over its angles), as a
 * relative correction delta to the Born cross section, d sigma_SV = d sigma_0 (1 + delta). Added
 * to the exact tree-level emission of one photon above k0, the sum is the NLO (O(alpha)) cross
 * section, independent of k0 as long as k0 is small against sqrt(s) (the slicing error is
 * O(k0/E)). With Delta = k0 / E_beam = 2 k0 / sqrt(s):
 *
 * <pre>
 *   s-channel annihilation, each charged pair (the e+e- in the initial state, f fbar in the final):
 *     delta = (alpha/pi) [ 2 (L - 1) ln Delta + (3/2) L + pi^2/3 - 2 ],  L = ln(s / m^2)
 *   e+e- -&gt; gamma gamma (only the initial pair radiates):
 *     delta = (alpha/pi) [ 2 (L_e - 1) ln Delta + (3/2) (L_e - 1) ]   (logarithmic terms only)
 * </pre>
 *
 * The fermion-pair form is the soft+virtual part of the O(alpha) initial-state radiator of G.
 * Bonneau and F. Martin, Nucl. Phys. B 27 (1971) 381 (1 + (alpha/pi)(pi^2/3 - 1/2) + (3/4) beta +
 * beta ln Delta, beta = (2 alpha/pi)(L - 1)), also used by F. A. Berends, R. Kleiss and S. Jadach,
 * Nucl. Phys. B 202 (1982) 63 for mu pairs [R: recalled, not re-read]; the final pair has the same
 * form with its own mass (the time-like vertex and the soft integral are symmetric in the CM frame),
 * in the massless limit (m_mu^2 / s ~ 1e-4 terms dropped). The final-state constant is checked by
 * the Kinoshita-Lee-Nauenberg total (alpha/pi)(3/4) of the exact hard emission plus this term
 * ({@code MuPairNloTest}). The interference of initial- and final-state emission (charge-odd: it
 * vanishes in every charge-symmetric integral, the totals) has no soft+virtual term here.
 *
 * <p>For gamma gamma the logarithmic terms follow from the same electron line (collinear
 * factorisation: the coefficient of ln Delta is the eikonal integral of the two beams, the (3/2)
 * (L - 1) the delta-function part of the splitting function); the non-logarithmic, angle-dependent
 * virtual term K(theta) of F. A. Berends and R. Kleiss, Nucl. Phys. B 186 (1981) 22 is NOT included
 * (it could not be re-read; its size is (alpha/pi) x O(1-3), 0.2-0.7% [E]).
 */
public final class SoftVirtualCorrection {
    private static final double ALPHA_OVER_PI = PhysicalConstants.ALPHA / Math.PI;

    private SoftVirtualCorrection() {}

    /**
     * delta of one radiating fermion pair of mass {@code mass} in an s-channel annihilation at
     * {@code s} (GeV^2), soft photons below {@code k0} (GeV, CM).
     */
    public static double fermionPair(double s, double k0, double mass) {
        check(s, k0, mass);
        double l = Math.log(s / (mass * mass));
        double lnDelta = Math.log(2 * k0 / Math.sqrt(s));
        return ALPHA_OVER_PI * (2 * (l - 1) * lnDelta + 1.5 * l + Math.PI * Math.PI / 3 - 2);
    }

    /**
     * delta of e+e- -&gt; gamma gamma at {@code s}, soft photons below {@code k0}: the logarithmic
     * terms only (see the class comment), electron mass {@code electronMass}.
     */
    public static double diphotonLogarithmic(double s, double k0, double electronMass) {
        check(s, k0, electronMass);
        double l = Math.log(s / (electronMass * electronMass));
        double lnDelta = Math.log(2 * k0 / Math.sqrt(s));
        return ALPHA_OVER_PI * (2 * (l - 1) * lnDelta + 1.5 * (l - 1));
    }

    /**
     * The O(alpha) initial-state radiator of Bonneau and Martin for photon energy fractions x = k /
     * E_beam above the slice: d sigma / dx = sigma_0(s (1 - x)) (alpha/pi) (L - 1) (1 + (1 - x)^2) /
     * x, exact for the total (final state integrated over) up to m_e^2/s terms.
     */
    public static double initialStateHardKernel(double s, double x, double electronMass) {
        if (!(x > 0 && x < 1)) {
            throw new IllegalArgumentException("need 0 < x < 1, got " + x);
        }
        double l = Math.log(s / (electronMass * electronMass));
        return ALPHA_OVER_PI * (l - 1) * (1 + (1 - x) * (1 - x)) / x;
    }

    private static void check(double s, double k0, double mass) {
        if (!(mass > 0) || !(s > 4 * mass * mass) || !(k0 > 0) || !(2 * k0 < Math.sqrt(s))) {
            throw new IllegalArgumentException(
                    "need m > 0, s > 4 m^2 and 0 < k0 < sqrt(s)/2, got m = " + mass + ", s = " + s + ", k0 = " + k0);
        }
    }
}
