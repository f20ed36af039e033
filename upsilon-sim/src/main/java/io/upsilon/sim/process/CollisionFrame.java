package io.upsilon.sim.process;

import io.upsilon.core.beam.Beam;
import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.event.GenParticle;
import io.upsilon.core.kinematics.Boost;
import io.upsilon.core.random.RandomStream;

/**
 * One collision's frames, for generators that build their final state in the CM frame: samples
 * the smeared beams, gives s, the CM velocity in the lab and an orthonormal CM basis (e1, e2, e3)
 * with e3 along the e- beam, and maps momenta given in the "canonical" CM frame (e- along +z,
 * e+ along -z) to the lab. Reusable, allocation-free; not thread-safe.
 */
final class CollisionFrame {
    private final Beam beam;
    private final double[] b = new double[8];
    private final double[] h = new double[4];
    private double s;
    private double bx;
    private double by;
    private double bz;
    private double xx;
    private double xz;
    private double yx;
    private double yy;
    private double yz;
    private double zx;
    private double zy;
    private double zz;

    CollisionFrame(Beam beam) {
        this.beam = beam;
    }

    /** Samples one collision (beam-energy smearing) and sets up its frames. */
    void sample(RandomStream beamRng) {
        beam.sampleCollision(beamRng, b, 0);
        double e = b[3];
        double p = Math.sqrt(b[0] * b[0] + b[1] * b[1] + b[2] * b[2]);
        s = (e - p) * (e + p);
        bx = b[0] / e;
        by = b[1] / e;
        bz = b[2] / e;
        // e- direction in the CM frame (copy: b[4..7] stays the lab HER momentum).
        System.arraycopy(b, 4, h, 0, 4);
        Boost.apply(-bx, -by, -bz, h, 0);
        double an = Math.sqrt(h[0] * h[0] + h[1] * h[1] + h[2] * h[2]);
        zx = h[0] / an;
        zy = h[1] / an;
        zz = h[2] / an;
        // e1 = normalise(y x e3), e2 = e3 x e1 (e3 is far from y: the beams lie in the x-z plane).
        double xn = Math.sqrt(zz * zz + zx * zx);
        xx = zz / xn;
        xz = -zx / xn;
        yx = zy * xz;
        yy = zz * xx - zx * xz;
        yz = -zy * xx;
    }

    /** s of this collision, GeV^2. */
    double s() {
        return s;
    }

    /** Adds the e- and e+ beam particles (status 4) in the lab; the e- gets index 0, the e+ 1 in a cleared buffer. */
    void addBeams(EventBuffer out) {
        out.add(11, GenParticle.BEAM, b[4], b[5], b[6], b[7]);
        out.add(-11, GenParticle.BEAM, b[0] - b[4], b[1] - b[5], b[2] - b[6], b[3] - b[7]);
    }

    /**
     * Rotates the canonical-CM momentum (px, py, pz, E) at {@code p[off..]} into this collision's CM
     * axes and boosts it to the lab, in place.
     */
    void toLab(double[] p, int off) {
        double u1 = p[off];
        double u2 = p[off + 1];
        double u3 = p[off + 2];
        p[off] = u1 * xx + u2 * yx + u3 * zx;
        p[off + 1] = u2 * yy + u3 * zy;
        p[off + 2] = u1 * xz + u2 * yz + u3 * zz;
        Boost.apply(bx, by, bz, p, off);
    }

    /** The lab velocity of the CM frame, x component (for boosting other vectors). */
    double betaX() {
        return bx;
    }

    double betaY() {
        return by;
    }

    double betaZ() {
        return bz;
    }
}
