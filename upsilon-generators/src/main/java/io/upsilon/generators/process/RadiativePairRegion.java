package io.upsilon.generators.process;

import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.event.GenParticle;
import io.upsilon.core.kinematics.Boost;

/**
 * The hard-photon region of {@code ee-mumugamma} / {@code ee-tautaugamma}, and the matching rule
 * (phase-space slicing) that keeps those samples and {@code ee-mumu} / {@code ee-tautau} from
 * counting the same photons twice.
 *
 * <p>A photon is hard when, in the CM frame of the collision, its energy is above {@code energyMin}
 * (k0), its angle to both beams is at least {@code thetaBeamDeg} and its angle to the final f and
 * fbar is at least {@code thetaFermionDeg} (0: no cut, the fermion mass regulates the collinear
 * peak). The exact O(alpha) matrix element describes the events with a hard photon; the structure
 * function ISR and collinear FSR of {@code ee-mumu} describe soft and collinear photons (their
 * leading logarithms, with the virtual corrections that make its total right at leading log), but
 * also put some photons into the hard region, where the collinear approximation and the missing
 * initial-final interference make them wrong. Scheme: an analysis that uses both samples drops the
 * {@code ee-mumu} events that {@link #contains} (at least one hard photon) and adds the exact
 * sample, so the hard photons come from the exact matrix element and the rest from the structure
 * function. Dependence of the sum on the cut: at leading log the two pieces' k0 derivatives cancel;
 * what is left is the difference between the exact and the leading-log real emission just at the
 * cut, of relative order (alpha / pi) x (non-logarithmic terms and the interference), i.e. at the
 * 0.1-1% level of the fiducial cross section per factor 2 in k0 (measured in docs/cross-sections.md).
 *
 * @param energyMin k0, minimum CM energy of the photon, GeV (&gt; 0)
 * @param thetaBeamDeg minimum CM angle of the photon to each beam, degrees (0 &lt; . &lt; 90)
 * @param thetaFermionDeg minimum CM angle of the photon to f and to fbar, degrees (0 &lt;= . &lt; 90)
 */
public record RadiativePairRegion(double energyMin, double thetaBeamDeg, double thetaFermionDeg) {
    /** Validates the ranges. */
    public RadiativePairRegion {
        if (!(energyMin > 0) || !Double.isFinite(energyMin)) {
            throw new IllegalArgumentException("need k0 > 0 GeV, got " + energyMin);
        }
        if (!(thetaBeamDeg > 0 && thetaBeamDeg < 90)) {
            throw new IllegalArgumentException("need 0 < thetaBeam < 90 degrees, got " + thetaBeamDeg);
        }
        if (!(thetaFermionDeg >= 0 && thetaFermionDeg < 90)) {
            throw new IllegalArgumentException("need 0 <= thetaFermion < 90 degrees, got " + thetaFermionDeg);
        }
    }

    /** |cos| of the photon's angle to the beam axis below which it is away from the beams. */
    public double beamCosMax() {
        return Math.cos(Math.toRadians(thetaBeamDeg));
    }

    /** cos of the photon-fermion angle below which the photon is away from that fermion. */
    public double fermionCosMax() {
        return Math.cos(Math.toRadians(thetaFermionDeg));
    }

    /**
     * Whether the photon at {@code k[ok..]} is hard given f at {@code p[o3..]} and fbar at {@code
     * p[o4..]}, all (px, py, pz, E) in the canonical CM frame (e- along +z).
     */
    public boolean acceptsCm(double[] k, int ok, double[] p, int o3, int o4) {
        double e = k[ok + 3];
        double a = Math.sqrt(k[ok] * k[ok] + k[ok + 1] * k[ok + 1] + k[ok + 2] * k[ok + 2]);
        if (!(e > energyMin) || !(a > 0) || !(Math.abs(k[ok + 2] / a) < beamCosMax())) {
            return false;
        }
        return cosAngle(k, ok, p, o3) < fermionCosMax() && cosAngle(k, ok, p, o4) < fermionCosMax();
    }

    private static double cosAngle(double[] a, int oa, double[] b, int ob) {
        double na = Math.sqrt(a[oa] * a[oa] + a[oa + 1] * a[oa + 1] + a[oa + 2] * a[oa + 2]);
        double nb = Math.sqrt(b[ob] * b[ob] + b[ob + 1] * b[ob + 1] + b[ob + 2] * b[ob + 2]);
        return (a[oa] * b[ob] + a[oa + 1] * b[ob + 1] + a[oa + 2] * b[ob + 2]) / (na * nb);
    }

    /**
     * Whether a generated event (lab frame, the e- and e+ beams as its first two particles, as every
     * generator writes them) has at least one hard final-state photon relative to its first
     * final-state f (PDG id {@code fermionId}) and fbar ({@code -fermionId}), evaluated in the CM
     * frame of its beams with the axis along the e- beam there. Events without both fermions are not
     * in the region.
     */
    public boolean contains(EventBuffer event, int fermionId) {
        if (event.size() < 2 || event.pdgId(0) != 11 || event.pdgId(1) != -11) {
            throw new IllegalArgumentException("the event does not start with the e- and e+ beams");
        }
        double te = event.e(0) + event.e(1);
        double bx = -(event.px(0) + event.px(1)) / te;
        double by = -(event.py(0) + event.py(1)) / te;
        double bz = -(event.pz(0) + event.pz(1)) / te;
        double[] v = new double[16];
        int f = -1;
        int fbar = -1;
        for (int i = 2; i < event.size(); i++) {
            if (event.status(i) == GenParticle.FINAL || event.status(i) == GenParticle.DECAYED) {
                if (f < 0 && event.pdgId(i) == fermionId) {
                    f = i;
                } else if (fbar < 0 && event.pdgId(i) == -fermionId) {
                    fbar = i;
                }
            }
        }
        if (f < 0 || fbar < 0) {
            return false;
        }
        // rotate nothing: measure the photon's beam angle against the boosted e- direction
        load(event, 0, v, 0, bx, by, bz);
        load(event, f, v, 4, bx, by, bz);
        load(event, fbar, v, 8, bx, by, bz);
        double an = Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
        for (int i = 2; i < event.size(); i++) {
            if (event.pdgId(i) != 22 || event.status(i) != GenParticle.FINAL) {
                continue;
            }
            load(event, i, v, 12, bx, by, bz);
            double a = Math.sqrt(v[12] * v[12] + v[13] * v[13] + v[14] * v[14]);
            double cosBeam = (v[12] * v[0] + v[13] * v[1] + v[14] * v[2]) / (a * an);
            if (v[15] > energyMin
                    && Math.abs(cosBeam) < beamCosMax()
                    && cosAngle(v, 12, v, 4) < fermionCosMax()
                    && cosAngle(v, 12, v, 8) < fermionCosMax()) {
                return true;
            }
        }
        return false;
    }

    private static void load(EventBuffer event, int i, double[] v, int off, double bx, double by, double bz) {
        v[off] = event.px(i);
        v[off + 1] = event.py(i);
        v[off + 2] = event.pz(i);
        v[off + 3] = event.e(i);
        Boost.apply(bx, by, bz, v, off);
    }
}
