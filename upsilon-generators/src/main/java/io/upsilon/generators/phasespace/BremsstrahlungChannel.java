package io.upsilon.generators.phasespace;

import io.upsilon.core.kinematics.Frames;
import io.upsilon.core.random.RandomStream;

/**
 * The channel of the bremsstrahlung diagrams of e+e- -&gt; e+e- l+l-: one beam lepton (the
 * "spectator") scatters by a t-channel photon, sampled as in the multiperipheral channel, while
 * the other beam lepton radiates a virtual photon of mass W that makes the pair, and absorbs the
 * t-channel photon. Mapped peaks: dW^2/W^2 (the radiated photon's propagator), and the radiating
 * lepton's propagator 1/((p_beam - K)^2 - m^2), which goes nearly on shell when the pair momentum K
 * is collinear with the beam and takes most of its energy (the radiating lepton is then left soft):
 * in the rest frame of X = p_beam + q (q the t-channel photon) the angle between K and the beam is
 * sampled from 1/(a - cos theta) with a the exact propagator pole position. The pair decays
 * isotropically in its rest frame.
 */
public final class BremsstrahlungChannel implements FourLeptonChannel {
    private final boolean electronRadiates;
    private final int spectator;
    private final int radiator;
    private final int pairLepton;
    private final int pairAntilepton;
    private final double electronMass;
    private final double pairMass;
    private final double minPairMass;
    private final double minX;
    private final double[] sys = new double[4];
    private final double[] k = new double[4];
    private final double[] beam = new double[4];
    private final double[] dir = new double[3];

    /**
     * @param electronRadiates true: the e- beam radiates the pair and the e+ is the spectator
     * @param spectator index (0..3) of the final-state spectator lepton (e+ when the e- radiates)
     * @param radiator index of the final-state lepton of the radiating line
     * @param pairLepton index of the pair's lepton
     * @param pairAntilepton index of the pair's antilepton
     * @param electronMass electron mass, GeV
     * @param pairMass mass of each pair lepton, GeV
     * @param minPairMass lower end of the sampled pair mass (&gt;= 2 pairMass), GeV
     * @param minX the spectator's smallest energy fraction x
     */
    public BremsstrahlungChannel(
            boolean electronRadiates,
            int spectator,
            int radiator,
            int pairLepton,
            int pairAntilepton,
            double electronMass,
            double pairMass,
            double minPairMass,
            double minX) {
        if (!(minPairMass >= 2 * pairMass) || !(minPairMass > 0)) {
            throw new IllegalArgumentException("minimum pair mass must be > 0 and >= 2 m, got " + minPairMass);
        }
        this.electronRadiates = electronRadiates;
        this.spectator = spectator;
        this.radiator = radiator;
        this.pairLepton = pairLepton;
        this.pairAntilepton = pairAntilepton;
        this.electronMass = electronMass;
        this.pairMass = pairMass;
        this.minPairMass = minPairMass;
        this.minX = minX;
    }

    private double spectatorSign() {
        return electronRadiates ? -1 : 1;
    }

    /** sys = X = p1 + p2 - p_spectator, beam = the radiating beam; false if X cannot hold the pair. */
    private boolean system(double sqrtS, double[] p) {
        int o = 4 * spectator;
        sys[0] = -p[o];
        sys[1] = -p[o + 1];
        sys[2] = -p[o + 2];
        sys[3] = sqrtS - p[o + 3];
        double e = 0.5 * sqrtS;
        double pBeam = Math.sqrt((e - electronMass) * (e + electronMass));
        beam[0] = 0;
        beam[1] = 0;
        beam[2] = electronRadiates ? pBeam : -pBeam;
        beam[3] = e;
        double mx2 = FourMomenta.mass2(sys, 0);
        return sys[3] > 0 && mx2 > Math.pow(electronMass + minPairMass, 2);
    }

    @Override
    public boolean generate(RandomStream rng, double sqrtS, double[] out) {
        if (!ScatteredBeamLepton.sample(rng, sqrtS, electronMass, minX, spectatorSign(), out, 4 * spectator)) {
            return false;
        }
        if (!system(sqrtS, out)) {
            return false;
        }
        double mx = Math.sqrt(FourMomenta.mass2(sys, 0));
        double maxW = mx - electronMass;
        double w = minPairMass * Math.exp(Math.log(maxW / minPairMass) * rng.nextDouble());
        double kStar = FourMomenta.breakup(mx, w, electronMass);
        if (!(kStar > 0)) {
            return false;
        }
        FourMomenta.boost(sys, mx, -1, beam, 0);
        double aMinus1 = poleMinusOne(kStar, w);
        double a = 1 + aMinus1;
        // density ~ 1/(a - c) on [-1, 1]
        double c = a - (a + 1) * Math.pow(aMinus1 / (2 + aMinus1), rng.nextDouble());
        c = Math.max(-1, Math.min(1, c));
        double phi = 2 * Math.PI * rng.nextDouble();
        double bn = Math.sqrt(beam[0] * beam[0] + beam[1] * beam[1] + beam[2] * beam[2]);
        Frames.direction(c, phi, beam[0] / bn, beam[1] / bn, beam[2] / bn, dir, 0);
        double ek = Math.sqrt(kStar * kStar + w * w);
        k[0] = kStar * dir[0];
        k[1] = kStar * dir[1];
        k[2] = kStar * dir[2];
        k[3] = ek;
        int r = 4 * radiator;
        out[r] = -k[0];
        out[r + 1] = -k[1];
        out[r + 2] = -k[2];
        out[r + 3] = Math.sqrt(kStar * kStar + electronMass * electronMass);
        FourMomenta.boost(sys, mx, 1, out, r);
        FourMomenta.boost(sys, mx, 1, k, 0);
        // the pair, isotropic in its rest frame
        double q = FourMomenta.breakup(w, pairMass, pairMass);
        Frames.direction(2 * rng.nextDouble() - 1, 2 * Math.PI * rng.nextDouble(), 0, 0, 1, dir, 0);
        int l = 4 * pairLepton;
        int lb = 4 * pairAntilepton;
        double eq = Math.sqrt(q * q + pairMass * pairMass);
        for (int i = 0; i < 3; i++) {
            out[l + i] = q * dir[i];
            out[lb + i] = -q * dir[i];
        }
        out[l + 3] = eq;
        out[lb + 3] = eq;
        FourMomenta.boost(k, w, 1, out, l);
        FourMomenta.boost(k, w, 1, out, lb);
        return true;
    }

    /**
     * a - 1, with a the pole of the radiating propagator in cos theta (the angle between K and the beam in the X
     * frame, where the beam is at {@code beam}): (p_beam - K)^2 - m^2 = -2 |p| |K| (a - cos theta),
     * a = (2 E E_K - W^2)/(2 |p| |K|) &gt; 1, with a - 1 evaluated without cancellation.
     */
    private double poleMinusOne(double kStar, double w) {
        double m = electronMass;
        double eb = beam[3];
        double pb = Math.sqrt(beam[0] * beam[0] + beam[1] * beam[1] + beam[2] * beam[2]);
        double ek = Math.sqrt(kStar * kStar + w * w);
        // E E_K - |p||K| = (m^2 E_K^2 + W^2 E^2 - m^2 W^2) / (E E_K + |p||K|)
        double d = (m * m * ek * ek + w * w * eb * eb - m * m * w * w) / (eb * ek + pb * kStar);
        double aMinus1 = (2 * d - w * w) / (2 * pb * kStar);
        return Math.max(aMinus1, Double.MIN_NORMAL);
    }

    @Override
    public double density(double sqrtS, double[] p) {
        double g = ScatteredBeamLepton.density(sqrtS, electronMass, minX, spectatorSign(), p, 4 * spectator);
        if (g == 0 || !system(sqrtS, p)) {
            return 0;
        }
        double mx = Math.sqrt(FourMomenta.mass2(sys, 0));
        double maxW = mx - electronMass;
        FourMomenta.sum(p, 4 * pairLepton, 4 * pairAntilepton, k);
        double w = Math.sqrt(Math.max(0, FourMomenta.mass2(k, 0)));
        if (w < minPairMass || w > maxW) {
            return 0;
        }
        FourMomenta.boost(sys, mx, -1, beam, 0);
        FourMomenta.boost(sys, mx, -1, k, 0);
        double kStar = FourMomenta.breakup(mx, w, electronMass);
        double aMinus1 = poleMinusOne(kStar, w);
        double bn = Math.sqrt(beam[0] * beam[0] + beam[1] * beam[1] + beam[2] * beam[2]);
        double kn = Math.sqrt(k[0] * k[0] + k[1] * k[1] + k[2] * k[2]);
        double c = (beam[0] * k[0] + beam[1] * k[1] + beam[2] * k[2]) / (bn * kn);
        double gc = 1 / ((aMinus1 + (1 - c)) * Math.log((2 + aMinus1) / aMinus1));
        double q = FourMomenta.breakup(w, pairMass, pairMass);
        // p(W^2) = 1/(W^2 2 ln(W_max/W_min)); dPhi_2(M_X; e, K) dOmega and dPhi_2(W; l, l) dOmega
        double gw = 1 / (w * w * 2 * Math.log(maxW / minPairMass));
        return g * gw * gc / (2 * Math.PI) * 4 * mx / kStar / (4 * Math.PI) * 4 * w / q;
    }
}
