package io.upsilon.generators.process;

import io.upsilon.core.beam.Beam;
import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.event.GenParticle;
import io.upsilon.core.kinematics.Boost;
import io.upsilon.core.random.RandomStream;
import io.upsilon.core.units.PhysicalConstants;

/**
 * e+e- -&gt; nu nubar gamma at sqrt(s) &lt;&lt; M_Z: the four-fermion contact limit of Z exchange
 * (all three flavours) and W exchange (nu_e), with the photon radiated off the beams.
 *
 * <pre>
 *   sigma_0(s) = G_F^2 s / (6 pi) [ 2 (g_L^2 + g_R^2) + (g_L + 1)^2 + g_R^2 ],
 *   g_L = -1/2 + sin^2 theta_W, g_R = sin^2 theta_W   (the +1: Fierz-transformed W exchange, nu_e only),
 *   d sigma / dx d cos theta_gamma = sigma_0(s (1 - x)) (alpha/pi) [ (1 + (1 - x)^2) / (x sin^2 theta) - x/2 ],
 * </pre>
 *
 * (the second line is the massless-electron initial-state radiator for annihilation through a
 * vector or axial current, Bonneau and Martin, Nucl. Phys. B27 (1971) 381 [textbook]), with x =
 * 2 E*_gamma / sqrt(s) and theta the photon angle to the beam in the CM frame. The first line is the
 * s &lt;&lt; M_Z^2 limit of the Z line shape (the tests re-derive it). Generation cuts [E]: E*_gamma
 * &gt; {@code minPhotonEnergy}, |cos theta*_gamma| &lt; {@code maxCosTheta} (the collinear and soft
 * limits diverge); the neutrino pair is written isotropic in its rest frame (it is invisible).
 */
public final class NeutrinoPairGamma implements EventGenerator {
    private static final double ALPHA = PhysicalConstants.ALPHA;
    private static final double GL = -0.5 + PhysicalConstants.SIN2_THETA_W;
    private static final double GR = PhysicalConstants.SIN2_THETA_W;
    /** Relative weight of nu_e among the three flavours. */
    private static final double NU_E_SHARE =
            ((GL + 1) * (GL + 1) + GR * GR) / (2 * (GL * GL + GR * GR) + (GL + 1) * (GL + 1) + GR * GR);

    private final CollisionFrame frame;
    private final double minPhotonEnergy;
    private final double maxCosTheta;

    /**
     * @param beam the beams
     * @param minPhotonEnergy lower cut on the CM photon energy, GeV
     * @param maxCosTheta upper cut on |cos theta*| of the photon
     */
    public NeutrinoPairGamma(Beam beam, double minPhotonEnergy, double maxCosTheta) {
        if (!(minPhotonEnergy > 0) || !(maxCosTheta > 0 && maxCosTheta < 1)) {
            throw new IllegalArgumentException(
                    "need E_min > 0 and 0 < cos_max < 1, got " + minPhotonEnergy + ", " + maxCosTheta);
        }
        this.frame = new CollisionFrame(beam);
        this.minPhotonEnergy = minPhotonEnergy;
        this.maxCosTheta = maxCosTheta;
    }

    /** sigma(e+e- -&gt; nu nubar), three flavours, contact limit, in nb. */
    public static double bornCrossSection(double s) {
        double gf = PhysicalConstants.G_FERMI;
        return gf
                * gf
                * s
                / (6 * Math.PI)
                * (2 * (GL * GL + GR * GR) + (GL + 1) * (GL + 1) + GR * GR)
                * PhysicalConstants.HBARC2_GEV2_NB;
    }

    /** The radiator (alpha/pi)[(1 + (1-x)^2)/(x sin^2) - x/2] per unit x and cos theta. */
    public static double radiator(double x, double cosTheta) {
        double sin2 = (1 - cosTheta) * (1 + cosTheta);
        return ALPHA / Math.PI * ((1 + (1 - x) * (1 - x)) / (x * sin2) - 0.5 * x);
    }

    @Override
    public double generate(RandomStream beamRng, RandomStream rng, EventBuffer out) {
        out.clear();
        frame.sample(beamRng);
        frame.addBeams(out);
        double s = frame.s();
        double sqrtS = Math.sqrt(s);
        double xMin = 2 * minPhotonEnergy / sqrtS;
        if (xMin >= 1) {
            out.setWeight(0);
            return 0;
        }
        double lx = Math.log(1 / xMin);
        double x = xMin * Math.exp(rng.nextDouble() * lx);
        double atanhC = 0.5 * Math.log((1 + maxCosTheta) / (1 - maxCosTheta));
        double c = Math.tanh((2 * rng.nextDouble() - 1) * atanhC);
        // pdf(x) = 1/(x lx); pdf(c) = 1/((1 - c^2) 2 atanh(cmax)).
        double weight = bornCrossSection(s * (1 - x)) * radiator(x, c) * x * lx * (1 - c * c) * 2 * atanhC;

        // Canonical CM frame (e- along +z): the photon, and the neutrino pair recoiling against it,
        // isotropic in its rest frame (mass^2 = s (1 - x)).
        double k = 0.5 * x * sqrtS;
        double sn = Math.sqrt((1 - c) * (1 + c));
        double phi = 2 * Math.PI * rng.nextDouble();
        double gx = k * sn * Math.cos(phi);
        double gy = k * sn * Math.sin(phi);
        double gz = k * c;
        double half = 0.5 * Math.sqrt(s * (1 - x));
        double cn = 2 * rng.nextDouble() - 1;
        double sNu = Math.sqrt((1 - cn) * (1 + cn));
        double phiN = 2 * Math.PI * rng.nextDouble();
        int flavour = rng.nextDouble() < NU_E_SHARE ? 12 : (rng.nextDouble() < 0.5 ? 14 : 16);
        int iG = out.add(22, GenParticle.FINAL, gx, gy, gz, k);
        int iNu = out.add(
                flavour, GenParticle.FINAL, half * sNu * Math.cos(phiN), half * sNu * Math.sin(phiN), half * cn, half);
        int iNuBar = out.add(
                -flavour,
                GenParticle.FINAL,
                -half * sNu * Math.cos(phiN),
                -half * sNu * Math.sin(phiN),
                -half * cn,
                half);
        double[] mom = out.momenta();
        double ePair = sqrtS - k;
        Boost.apply(-gx / ePair, -gy / ePair, -gz / ePair, mom, 4 * iNu);
        Boost.apply(-gx / ePair, -gy / ePair, -gz / ePair, mom, 4 * iNuBar);
        frame.allToLab(out, iG);
        for (int i = iG; i <= iNuBar; i++) {
            out.setMothers(i, 0, 1);
        }
        frame.placeAtVertex(out, iG);
        out.setWeight(weight);
        return weight;
    }
}
