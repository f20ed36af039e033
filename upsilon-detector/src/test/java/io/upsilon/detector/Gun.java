package io.upsilon.detector;

import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.event.GenParticle;
import io.upsilon.core.pdg.ParticleTable;

/** A particle gun for detector tests: one final-state particle per event, fixed p and direction. */
final class Gun {
    private static final ParticleTable TABLE = ParticleTable.standard();

    private Gun() {}

    /** One particle of momentum p (GeV) at lab polar angle thetaDeg and azimuth phi, from the vertex. */
    static EventBuffer fire(int pdg, double p, double thetaDeg, double phi, double x, double y, double z) {
        EventBuffer b = new EventBuffer(4);
        fill(b, pdg, p, thetaDeg, phi, x, y, z);
        return b;
    }

    /** As {@link #fire}, from the origin. */
    static EventBuffer fire(int pdg, double p, double thetaDeg) {
        return fire(pdg, p, thetaDeg, 0.3, 0, 0, 0);
    }

    static void fill(EventBuffer b, int pdg, double p, double thetaDeg, double phi, double x, double y, double z) {
        b.clear();
        // The proton is not in the core particle table: PDG 2024, m_p = 0.93827208816 GeV.
        double m = Math.abs(pdg) == 2212
                ? 0.93827208816
                : TABLE.byId(Math.abs(pdg)).mass();
        double th = Math.toRadians(thetaDeg);
        double px = p * Math.sin(th) * Math.cos(phi);
        double py = p * Math.sin(th) * Math.sin(phi);
        double pz = p * Math.cos(th);
        int i = b.add(pdg, GenParticle.FINAL, px, py, pz, Math.sqrt(p * p + m * m));
        b.setVertex(i, x, y, z, 0);
    }

    /** {mean, standard deviation} of the values. */
    static double[] meanAndSigma(double[] v, int n) {
        double s = 0;
        double s2 = 0;
        for (int i = 0; i < n; i++) {
            s += v[i];
            s2 += v[i] * v[i];
        }
        double mean = s / n;
        return new double[] {mean, Math.sqrt(Math.max(0, s2 / n - mean * mean))};
    }

    /** Three binomial standard deviations of an efficiency estimated from n trials. */
    static double threeSigma(double eff, int n) {
        return 3 * Math.sqrt(Math.max(eff * (1 - eff), 1.0 / n) / n);
    }
}
