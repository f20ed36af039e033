package io.upsilon.generators.phasespace;

import io.upsilon.core.kinematics.Frames;
import io.upsilon.core.random.RandomStream;

/**
 * The channel of the multiperipheral (two-photon) diagrams of e+e- -&gt; e+e- l+l-: the beam
 * electron and positron each scatter by a photon of virtuality Q^2 and lose an energy fraction x,
 * and the two photons make the pair. It maps the peaks of the photon propagators and fluxes, dx/x
 * and dQ^2/Q^2 (Budnev, Ginzburg, Meledin and Serbo, Phys. Rep. 15 (1975) 181), with x
 * log-uniform in [x_min, 1 - m/E] and Q^2 log-uniform over its whole kinematic range at that x,
 * and the collinear peaks of the exchanged lepton, 1/(1 -+ beta cos theta*) about the photon axis
 * in the pair rest frame, with cos theta* flat in rapidity. Points with x below x_min are left to
 * the other channels.
 */
public final class MultiperipheralChannel implements FourLeptonChannel {
    private final int scatteredElectron;
    private final int scatteredPositron;
    private final int pairLepton;
    private final int pairAntilepton;
    private final double electronMass;
    private final double pairMass;
    private final double minX;
    private final double[] sys = new double[4];
    private final double[] axis = new double[4];
    private final double[] v = new double[4];
    private final double[] dir = new double[3];

    /**
     * @param scatteredElectron index (0..3) of the final-state e- that continues the e- beam
     * @param scatteredPositron index of the final-state e+ that continues the e+ beam
     * @param pairLepton index of the pair's lepton
     * @param pairAntilepton index of the pair's antilepton
     * @param electronMass the electron mass, GeV
     * @param pairMass the mass of each pair lepton, GeV
     * @param minX the smallest energy fraction x of a scattered beam lepton (&gt; 0)
     */
    public MultiperipheralChannel(
            int scatteredElectron,
            int scatteredPositron,
            int pairLepton,
            int pairAntilepton,
            double electronMass,
            double pairMass,
            double minX) {
        if (!(minX > 0 && minX < 1)) {
            throw new IllegalArgumentException("x_min must be in (0, 1), got " + minX);
        }
        this.scatteredElectron = scatteredElectron;
        this.scatteredPositron = scatteredPositron;
        this.pairLepton = pairLepton;
        this.pairAntilepton = pairAntilepton;
        this.electronMass = electronMass;
        this.pairMass = pairMass;
        this.minX = minX;
    }

    @Override
    public boolean generate(RandomStream rng, double sqrtS, double[] out) {
        double e = 0.5 * sqrtS;
        double m = electronMass;
        double pBeam = Math.sqrt((e - m) * (e + m));
        if (!ScatteredBeamLepton.sample(rng, sqrtS, m, minX, 1, out, 4 * scatteredElectron)
                || !ScatteredBeamLepton.sample(rng, sqrtS, m, minX, -1, out, 4 * scatteredPositron)) {
            return false;
        }
        if (!pairSystem(sqrtS, pBeam, out)) {
            return false;
        }
        double w = Math.sqrt(FourMomenta.mass2(sys, 0));
        double pStar = FourMomenta.breakup(w, pairMass, pairMass);
        double beta = 2 * pStar / w;
        double y = atanh(beta);
        double c = Math.tanh((2 * rng.nextDouble() - 1) * y) / beta;
        double phi = 2 * Math.PI * rng.nextDouble();
        double an = Math.sqrt(axis[0] * axis[0] + axis[1] * axis[1] + axis[2] * axis[2]);
        Frames.direction(c, phi, axis[0] / an, axis[1] / an, axis[2] / an, dir, 0);
        double ep = Math.sqrt(pStar * pStar + pairMass * pairMass);
        int l = 4 * pairLepton;
        int lb = 4 * pairAntilepton;
        for (int k = 0; k < 3; k++) {
            out[l + k] = pStar * dir[k];
            out[lb + k] = -pStar * dir[k];
        }
        out[l + 3] = ep;
        out[lb + 3] = ep;
        FourMomenta.boost(sys, w, 1, out, l);
        FourMomenta.boost(sys, w, 1, out, lb);
        return true;
    }

    /**
     * Sets sys = p1 + p2 - p_e- - p_e+ (the pair's momentum) and axis = the first photon's momentum
     * in the pair rest frame; false when the pair is below threshold.
     */
    private boolean pairSystem(double sqrtS, double pBeam, double[] p) {
        int a = 4 * scatteredElectron;
        int b = 4 * scatteredPositron;
        sys[0] = -(p[a] + p[b]);
        sys[1] = -(p[a + 1] + p[b + 1]);
        sys[2] = -(p[a + 2] + p[b + 2]);
        sys[3] = sqrtS - p[a + 3] - p[b + 3];
        double w2 = FourMomenta.mass2(sys, 0);
        if (!(sys[3] > 0) || !(w2 > 4 * pairMass * pairMass)) {
            return false;
        }
        axis[0] = -p[a];
        axis[1] = -p[a + 1];
        axis[2] = pBeam - p[a + 2];
        axis[3] = 0.5 * sqrtS - p[a + 3];
        FourMomenta.boost(sys, Math.sqrt(w2), -1, axis, 0);
        return true;
    }

    @Override
    public double density(double sqrtS, double[] p) {
        double e = 0.5 * sqrtS;
        double m = electronMass;
        double pBeam = Math.sqrt((e - m) * (e + m));
        double g = ScatteredBeamLepton.density(sqrtS, m, minX, 1, p, 4 * scatteredElectron)
                * ScatteredBeamLepton.density(sqrtS, m, minX, -1, p, 4 * scatteredPositron);
        if (g == 0) {
            return 0;
        }
        if (!pairSystem(sqrtS, pBeam, p)) {
            return 0;
        }
        double w = Math.sqrt(FourMomenta.mass2(sys, 0));
        double pStar = FourMomenta.breakup(w, pairMass, pairMass);
        double beta = 2 * pStar / w;
        System.arraycopy(p, 4 * pairLepton, v, 0, 4);
        FourMomenta.boost(sys, w, -1, v, 0);
        double vn = Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
        double an = Math.sqrt(axis[0] * axis[0] + axis[1] * axis[1] + axis[2] * axis[2]);
        double c = (v[0] * axis[0] + v[1] * axis[1] + v[2] * axis[2]) / (vn * an);
        double pc = beta / (2 * atanh(beta) * (1 - beta * c) * (1 + beta * c));
        // dPhi_2 = |p*| / (4 W) dOmega*
        return g * pc / (2 * Math.PI) * 4 * w / pStar;
    }

    private static double atanh(double b) {
        return 0.5 * Math.log((1 + b) / (1 - b));
    }
}
