package io.upsilon.generators.decay;

import io.upsilon.core.kinematics.Frames;
import io.upsilon.core.pdg.ParticleData;
import io.upsilon.core.random.RandomStream;
import io.upsilon.generators.phasespace.TwoBody;
import java.util.List;

/** Shared checks and allocation-free kinematics of the DEC-table models ({@link DecModel}). */
final class DecModelSupport {
    private DecModelSupport() {}

    /** Throws unless there are exactly {@code n} daughters and no arguments beyond {@code maxArgs}. */
    static void requireShape(String model, List<ParticleData> daughters, int n, double[] args, int maxArgs) {
        if (daughters.size() != n) {
            throw new IllegalArgumentException(
                    model + " expects " + n + " daughters, got " + daughters.size() + names(daughters));
        }
        if (args.length > maxArgs) {
            throw new IllegalArgumentException(
                    model + " expects at most " + maxArgs + " arguments, got " + args.length);
        }
    }

    /**
     * Throws unless the channel is a semileptonic decay of a spin-0 parent to a meson, a charged
     * lepton (spin 1/2) and a neutral one, in that order, with at most {@code maxArgs} arguments.
     */
    static void requireSemileptonic(
            String model, ParticleData parent, List<ParticleData> daughters, double[] args, int maxArgs) {
        requireShape(model, daughters, 3, args, maxArgs);
        requireSpin(model, "a parent", parent, 0);
        requireSpin(model, "daughter 2 (the charged lepton)", daughters.get(1), 1);
        requireSpin(model, "daughter 3 (the neutrino)", daughters.get(2), 1);
        if (daughters.get(1).charge() == 0 || daughters.get(2).charge() != 0) {
            throw new IllegalArgumentException(model + " expects the meson, a charged lepton, then a neutrino, got "
                    + daughters.get(1).name() + " " + daughters.get(2).name());
        }
    }

    /** Throws unless the particle's spin J equals {@code twoJ / 2}. */
    static void requireSpin(String model, String role, ParticleData p, int twoJ) {
        if (p.twoJ() != twoJ) {
            throw new IllegalArgumentException(model + " expects " + role + " of spin " + spinText(twoJ) + ", got "
                    + p.name() + " (spin " + spinText(p.twoJ()) + ")");
        }
    }

    private static String spinText(int twoJ) {
        return twoJ % 2 == 0 ? Integer.toString(twoJ / 2) : twoJ + "/2";
    }

    private static String names(List<ParticleData> ps) {
        StringBuilder sb = new StringBuilder(" (");
        for (int i = 0; i < ps.size(); i++) {
            sb.append(i == 0 ? "" : " ").append(ps.get(i).name());
        }
        return sb.append(')').toString();
    }

    /**
     * Writes the unit vector with polar angle acos(c) and azimuth phi about the axis {@code a} (at
     * {@code a[0..2]}; the z axis when {@code a} is null) at {@code out[off..off+2]}.
     */
    static void direction(double c, double phi, double[] a, double[] out, int off) {
        double s = Math.sqrt(Math.max(0, (1 - c) * (1 + c)));
        double lx = s * Math.cos(phi);
        double ly = s * Math.sin(phi);
        if (a == null) {
            out[off] = lx;
            out[off + 1] = ly;
            out[off + 2] = c;
            return;
        }
        Frames.direction(c, phi, a[0], a[1], a[2], out, off);
    }

    /**
     * Two-body decay of mass M to (m1, m2) with daughter 1 along the direction (cos theta = c, phi)
     * about the axis a (null: z), daughter 2 opposite; writes both four-momenta at out[0..7].
     */
    static void twoBody(double mass, double m1, double m2, double c, double phi, double[] a, double[] out) {
        double p = TwoBody.momentum(mass, m1, m2);
        direction(c, phi, a, out, 0);
        double nx = out[0];
        double ny = out[1];
        double nz = out[2];
        DecayKinematics.set(out, 0, p, nx, ny, nz, m1);
        DecayKinematics.set(out, 4, p, -nx, -ny, -nz, m2);
    }

    /** Draws cos theta in [-1, 1] from the density proportional to 1 + k cos^2 theta (k >= -1). */
    static double cosineOnePlusKCos2(double k, RandomStream rng) {
        double max = Math.max(1, 1 + k);
        while (true) {
            double c = 2 * rng.nextDouble() - 1;
            if (rng.nextDouble() * max <= 1 + k * c * c) {
                return c;
            }
        }
    }

    /**
     * A three-body point uniform in the Dalitz variables (s12, s23) and in orientation: daughters
     * 1, 2, 3 at out[0..11] in the parent rest frame. False if the drawn (s12, s23) fell outside the
     * Dalitz plot (the caller draws again; the accepted points are then uniform in phase space).
     */
    static boolean uniformDalitzPoint(double mParent, double[] masses, RandomStream rng, double[] out) {
        double m1 = masses[0];
        double m2 = masses[1];
        double m3 = masses[2];
        double mm = mParent * mParent;
        double lo12 = (m1 + m2) * (m1 + m2);
        double hi12 = (mParent - m3) * (mParent - m3);
        double lo23 = (m2 + m3) * (m2 + m3);
        double hi23 = (mParent - m1) * (mParent - m1);
        double s12 = lo12 + (hi12 - lo12) * rng.nextDouble();
        double s23 = lo23 + (hi23 - lo23) * rng.nextDouble();
        double e1 = (mm + m1 * m1 - s23) / (2 * mParent);
        double e3 = (mm + m3 * m3 - s12) / (2 * mParent);
        double e2 = mParent - e1 - e3;
        if (e1 < m1 || e2 < m2 || e3 < m3) {
            return false;
        }
        double p1 = Math.sqrt((e1 - m1) * (e1 + m1));
        double p3 = Math.sqrt((e3 - m3) * (e3 + m3));
        double p2sq = (e2 - m2) * (e2 + m2);
        double cos13 = (p2sq - p1 * p1 - p3 * p3) / (2 * p1 * p3);
        if (!(cos13 >= -1 && cos13 <= 1)) {
            return false;
        }
        DecayKinematics.randomDirection(rng, out, 0);
        double nx = out[0];
        double ny = out[1];
        double nz = out[2];
        Frames.direction(cos13, 2 * Math.PI * rng.nextDouble(), nx, ny, nz, out, 8);
        DecayKinematics.set(out, 0, p1, nx, ny, nz, m1);
        DecayKinematics.set(out, 8, p3, out[8], out[9], out[10], m3);
        double qx = -out[0] - out[8];
        double qy = -out[1] - out[9];
        double qz = -out[2] - out[10];
        out[4] = qx;
        out[5] = qy;
        out[6] = qz;
        out[7] = Math.sqrt(qx * qx + qy * qy + qz * qz + m2 * m2);
        return true;
    }
}
