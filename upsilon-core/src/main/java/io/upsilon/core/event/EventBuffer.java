package io.upsilon.core.event;

import io.upsilon.core.kinematics.LorentzVector;
import io.upsilon.core.kinematics.Vec3;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A reusable, mutable event record on primitive arrays, for generator and simulation inner loops:
 * {@link #clear()} and refill it for every event without allocating; call {@link #toEvent(long)}
 * only when an immutable {@link GenEvent} is needed (output, tests).
 *
 * <p>Per particle it stores the PDG id, status, mother and daughter ranges, four-momentum
 * (px, py, pz, E) and production vertex (x, y, z, t) in the units of {@link GenParticle}.
 */
public final class EventBuffer {
    private int size;
    private double weight = 1.0;
    private int[] pdg;
    private int[] status;
    private int[] links; // mother1, mother2, firstDaughter, lastDaughter
    private double[] p4; // px, py, pz, E
    private double[] x4; // x, y, z, t

    /** A buffer with room for {@code capacity} particles (it grows when needed). */
    public EventBuffer(int capacity) {
        int c = Math.max(capacity, 4);
        pdg = new int[c];
        status = new int[c];
        links = new int[4 * c];
        p4 = new double[4 * c];
        x4 = new double[4 * c];
    }

    /** Removes all particles and resets the weight to 1. */
    public void clear() {
        size = 0;
        weight = 1.0;
    }

    /** Number of particles. */
    public int size() {
        return size;
    }

    public double weight() {
        return weight;
    }

    public void setWeight(double w) {
        this.weight = w;
    }

    /**
     * Appends a particle with no vertex offset and no links and returns its index.
     *
     * @return the new particle's index
     */
    public int add(int pdgId, int st, double px, double py, double pz, double e) {
        if (size == pdg.length) {
            grow();
        }
        int i = size++;
        pdg[i] = pdgId;
        status[i] = st;
        int o = 4 * i;
        links[o] = -1;
        links[o + 1] = -1;
        links[o + 2] = -1;
        links[o + 3] = -1;
        p4[o] = px;
        p4[o + 1] = py;
        p4[o + 2] = pz;
        p4[o + 3] = e;
        x4[o] = 0;
        x4[o + 1] = 0;
        x4[o + 2] = 0;
        x4[o + 3] = 0;
        return i;
    }

    private void grow() {
        int c = pdg.length * 2;
        pdg = Arrays.copyOf(pdg, c);
        status = Arrays.copyOf(status, c);
        links = Arrays.copyOf(links, 4 * c);
        p4 = Arrays.copyOf(p4, 4 * c);
        x4 = Arrays.copyOf(x4, 4 * c);
    }

    /** Sets the mother range of particle {@code i}. */
    public void setMothers(int i, int first, int last) {
        links[4 * i] = first;
        links[4 * i + 1] = last;
    }

    /** Sets the (contiguous) daughter range of particle {@code i}. */
    public void setDaughters(int i, int first, int last) {
        links[4 * i + 2] = first;
        links[4 * i + 3] = last;
    }

    /** Sets the production vertex (cm) and time (ns) of particle {@code i}. */
    public void setVertex(int i, double x, double y, double z, double t) {
        int o = 4 * i;
        x4[o] = x;
        x4[o + 1] = y;
        x4[o + 2] = z;
        x4[o + 3] = t;
    }

    /** Production vertex x of particle {@code i}, cm. */
    public double vertexX(int i) {
        return x4[4 * i];
    }

    /** Production vertex y of particle {@code i}, cm. */
    public double vertexY(int i) {
        return x4[4 * i + 1];
    }

    /** Production vertex z of particle {@code i}, cm. */
    public double vertexZ(int i) {
        return x4[4 * i + 2];
    }

    /** Production time of particle {@code i}, ns. */
    public double time(int i) {
        return x4[4 * i + 3];
    }

    public int pdgId(int i) {
        return pdg[i];
    }

    public int status(int i) {
        return status[i];
    }

    public void setStatus(int i, int st) {
        status[i] = st;
    }

    public double px(int i) {
        return p4[4 * i];
    }

    public double py(int i) {
        return p4[4 * i + 1];
    }

    public double pz(int i) {
        return p4[4 * i + 2];
    }

    public double e(int i) {
        return p4[4 * i + 3];
    }

    /**
     * The momentum array (px, py, pz, E per particle at offset 4*i), for in-place boosts of many
     * particles. Valid until the next {@link #add}.
     */
    public double[] momenta() {
        return p4;
    }

    /** Four-momentum of particle {@code i}. */
    public LorentzVector momentum(int i) {
        int o = 4 * i;
        return new LorentzVector(p4[o], p4[o + 1], p4[o + 2], p4[o + 3]);
    }

    /** An immutable copy of this event. */
    public GenEvent toEvent(long number) {
        List<GenParticle> ps = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            int o = 4 * i;
            ps.add(new GenParticle(
                    pdg[i],
                    status[i],
                    new LorentzVector(p4[o], p4[o + 1], p4[o + 2], p4[o + 3]),
                    new Vec3(x4[o], x4[o + 1], x4[o + 2]),
                    x4[o + 3],
                    links[o],
                    links[o + 1],
                    links[o + 2],
                    links[o + 3]));
        }
        return new GenEvent(number, weight, ps);
    }
}
