package io.upsilon.generators.process;

import io.upsilon.core.beam.Beam;
import io.upsilon.core.beam.LuminousRegion;
import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.event.GenParticle;
import io.upsilon.core.kinematics.Boost;
import io.upsilon.core.kinematics.Vec3;
import io.upsilon.core.random.RandomStream;

/**
 * One collision's frames, for generators that build their final state in the CM frame: samples
 * the smeared beams and the interaction vertex, gives s, the CM velocity in the lab and an
 * orthonormal CM basis (e1, e2, e3) with e3 along the e- beam, and maps momenta given in the
 * "canonical" CM frame (e- along +z, e+ along -z) to the lab. Reusable; not thread-safe.
 */
final class CollisionFrame {
    private final Beam beam;
    private final LuminousRegion luminousRegion;
    private Vec3 vertex = Vec3.ZERO;
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
        this.luminousRegion = beam.luminousRegion();
    }

    /** Samples one collision (beam-energy smearing, then the vertex) and sets up its frames. */
    void sample(RandomStream beamRng) {
        beam.sampleCollision(beamRng, b, 0);
        vertex = luminousRegion.sample(beamRng);
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

    /** The interaction vertex of this collision, cm. */
    Vec3 vertex() {
        return vertex;
    }

    /** Puts particles {@code from .. out.size()-1} at this collision's vertex (time 0). */
    void placeAtVertex(EventBuffer out, int from) {
        for (int i = from; i < out.size(); i++) {
            out.setVertex(i, vertex.x(), vertex.y(), vertex.z(), 0);
        }
    }

    /** Maps the momenta of particles {@code from .. out.size()-1}, given in the canonical CM frame, to the lab. */
    void allToLab(EventBuffer out, int from) {
        double[] mom = out.momenta();
        for (int i = from; i < out.size(); i++) {
            toLab(mom, 4 * i);
        }
    }

    /**
     * Appends the final state of a hard process given in the canonical CM frame (particle i has id
     * {@code ids[i]} and four-momentum {@code p[offset + 4i ..]}), maps it to the lab, makes the two
     * beams (indices 0 and 1) its mothers and places it at this collision's vertex.
     */
    void addFinalState(EventBuffer out, int[] ids, double[] p, int offset) {
        int first = out.size();
        for (int i = 0; i < ids.length; i++) {
            int o = offset + 4 * i;
            out.add(ids[i], GenParticle.FINAL, p[o], p[o + 1], p[o + 2], p[o + 3]);
        }
        allToLab(out, first);
        for (int i = first; i < out.size(); i++) {
            out.setMothers(i, 0, 1);
        }
        placeAtVertex(out, first);
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

    /**
     * Two-body final state in this collision's CM frame: particle 1 (mass m1) at polar angle
     * theta* (cosTheta) to the e- beam and azimuth phi, particle 2 (mass m2) opposite; writes both
     * lab four-momenta into {@code out[0..3]} and {@code out[4..7]}. Returns false (writing nothing)
     * below threshold.
     */
    boolean twoBody(double m1, double m2, double cosTheta, double phi, double[] out) {
        double rs = Math.sqrt(s);
        if (rs <= m1 + m2) {
            return false;
        }
        double pStar = io.upsilon.generators.phasespace.TwoBody.momentum(rs, m1, m2);
        double sn = Math.sqrt(Math.max(0, (1 - cosTheta) * (1 + cosTheta)));
        double px = pStar * sn * Math.cos(phi);
        double py = pStar * sn * Math.sin(phi);
        double pz = pStar * cosTheta;
        out[0] = px;
        out[1] = py;
        out[2] = pz;
        out[3] = Math.sqrt(pStar * pStar + m1 * m1);
        out[4] = -px;
        out[5] = -py;
        out[6] = -pz;
        out[7] = Math.sqrt(pStar * pStar + m2 * m2);
        toLab(out, 0);
        toLab(out, 4);
        return true;
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
