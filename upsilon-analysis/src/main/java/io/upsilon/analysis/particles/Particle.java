package io.upsilon.analysis.particles;

import io.upsilon.core.event.RecoCluster;
import io.upsilon.core.event.RecoTrack;
import io.upsilon.core.kinematics.LorentzVector;
import io.upsilon.core.kinematics.Vec3;
import io.upsilon.core.pdg.ParticleData;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A reconstructed particle candidate: lab-frame four-momentum, charge, PDG code, daughters, its
 * source (track, cluster or composite) and, for final-state particles, the link to the generated
 * particle it comes from.
 *
 * <p>Immutable. A composite's four-momentum is the sum of its daughters' (no vertex or mass fit);
 * a composite built from a vertex of its daughters (a V0: {@link V0Finder}) also carries that
 * decay vertex.
 */
public final class Particle {
    private final int pdgCode;
    private final double charge;
    private final LorentzVector p4Lab;
    private final List<Particle> daughters;
    private final ParticleSource source;
    private final RecoTrack track;
    private final RecoCluster cluster;
    private final BitSet trackIndices;
    private final BitSet clusterIndices;
    private final Vec3 vertex;

    private Particle(
            int pdgCode,
            double charge,
            LorentzVector p4Lab,
            List<Particle> daughters,
            ParticleSource source,
            RecoTrack track,
            RecoCluster cluster,
            Vec3 vertex) {
        this.pdgCode = pdgCode;
        this.vertex = vertex;
        this.charge = charge;
        this.p4Lab = Objects.requireNonNull(p4Lab, "p4Lab");
        this.daughters = List.copyOf(daughters);
        this.source = source;
        this.track = track;
        this.cluster = cluster;
        BitSet t = new BitSet();
        BitSet c = new BitSet();
        if (track != null) {
            t.set(track.index());
            if (track.clusterIndex() >= 0) {
                c.set(track.clusterIndex());
            }
        }
        if (cluster != null) {
            c.set(cluster.index());
        }
        for (Particle d : this.daughters) {
            t.or(d.trackIndices);
            c.or(d.clusterIndices);
        }
        this.trackIndices = t;
        this.clusterIndices = c;
    }

    /**
     * A track with a mass hypothesis; the PDG code takes the sign of the track's charge.
     *
     * @param hypothesis the particle type (either flavour; must be charged with |charge| = 1)
     */
    public static Particle fromTrack(RecoTrack track, ParticleData hypothesis) {
        Objects.requireNonNull(track, "track");
        if (Math.abs(hypothesis.charge()) != 1) {
            throw new IllegalArgumentException(
                    "a track needs a singly charged mass hypothesis, got " + hypothesis.name());
        }
        int pdg = hypothesis.charge() == track.charge() ? hypothesis.id() : hypothesis.antiparticleId();
        LorentzVector p4 = LorentzVector.fromMomentumAndMass(track.momentum(), hypothesis.mass());
        return new Particle(pdg, track.charge(), p4, List.of(), ParticleSource.TRACK, track, null, null);
    }

    /**
     * A cluster as a massless photon from the nominal interaction point: E = cluster energy, direction
     * (theta, phi) of the cluster.
     */
    public static Particle fromCluster(RecoCluster cluster, ParticleData photon) {
        Objects.requireNonNull(cluster, "cluster");
        if (photon.charge() != 0) {
            throw new IllegalArgumentException("a cluster needs a neutral hypothesis, got " + photon.name());
        }
        Vec3 p = Vec3.fromPolar(cluster.energy(), cluster.theta(), cluster.phi());
        // Massless: E is the cluster energy itself (sqrt(|p|^2) would differ from it in the last bit).
        LorentzVector p4 = photon.mass() == 0
                ? LorentzVector.of(p, cluster.energy())
                : LorentzVector.fromMomentumAndMass(p, photon.mass());
        return new Particle(photon.id(), 0, p4, List.of(), ParticleSource.CLUSTER, null, cluster, null);
    }

    /** A composite whose four-momentum and charge are the sums of its daughters'. */
    public static Particle composite(int pdgCode, List<Particle> daughters) {
        return composite(pdgCode, daughters, null);
    }

    /**
     * A composite as {@link #composite(int, List)} with a decay vertex found from its daughters.
     *
     * @param vertex the decay vertex in the lab, cm (null: none)
     */
    public static Particle composite(int pdgCode, List<Particle> daughters, Vec3 vertex) {
        if (daughters.isEmpty()) {
            throw new IllegalArgumentException("a composite particle needs at least one daughter");
        }
        LorentzVector sum = LorentzVector.ZERO;
        double q = 0;
        for (Particle d : daughters) {
            sum = sum.plus(d.p4Lab);
            q += d.charge;
        }
        return new Particle(pdgCode, q, sum, daughters, ParticleSource.COMPOSITE, null, null, vertex);
    }

    /**
     * A particle with a given four-momentum and no detector object (for tests and for truth-level
     * studies).
     */
    public static Particle of(int pdgCode, double charge, LorentzVector p4Lab) {
        return new Particle(pdgCode, charge, p4Lab, List.of(), ParticleSource.COMPOSITE, null, null, null);
    }

    /** PDG code (signed: the flavour). */
    public int pdgCode() {
        return pdgCode;
    }

    /** Electric charge in units of e. */
    public double charge() {
        return charge;
    }

    /** Four-momentum in the lab, GeV. */
    public LorentzVector p4Lab() {
        return p4Lab;
    }

    /** The daughters, in decay-string order; empty for final-state particles. */
    public List<Particle> daughters() {
        return daughters;
    }

    /** Daughter {@code i}. */
    public Particle daughter(int i) {
        return daughters.get(i);
    }

    /**
     * The decay vertex in the lab (cm) of a composite built with one ({@link V0Finder}); empty for
     * final-state particles and composites without a vertex.
     */
    public Optional<Vec3> vertex() {
        return Optional.ofNullable(vertex);
    }

    /** Where this particle comes from. */
    public ParticleSource source() {
        return source;
    }

    /** The track, for {@link ParticleSource#TRACK}; null otherwise. */
    public RecoTrack track() {
        return track;
    }

    /** The cluster, for {@link ParticleSource#CLUSTER}; null otherwise. */
    public RecoCluster cluster() {
        return cluster;
    }

    /**
     * Index of the generated particle this final-state particle comes from (track or cluster truth
     * link); -1 for composites, fakes and background.
     */
    public int truthIndex() {
        if (track != null) {
            return track.truthIndex();
        }
        if (cluster != null) {
            return cluster.truthIndex();
        }
        return -1;
    }

    /** True if this particle and {@code other} share a track or a cluster. */
    public boolean overlaps(Particle other) {
        return trackIndices.intersects(other.trackIndices) || clusterIndices.intersects(other.clusterIndices);
    }

    /** True if track {@code index} is used by this particle or any of its descendants. */
    public boolean usesTrack(int index) {
        return trackIndices.get(index);
    }

    /** True if cluster {@code index} is used (directly, or as the cluster matched to a used track). */
    public boolean usesCluster(int index) {
        return clusterIndices.get(index);
    }

    /** True if both particles are made of exactly the same tracks and clusters. */
    boolean sameObjects(Particle other) {
        return trackIndices.equals(other.trackIndices) && clusterIndices.equals(other.clusterIndices);
    }

    /** The final-state descendants (this particle itself if it has no daughters), depth first. */
    public List<Particle> finalStateDescendants() {
        List<Particle> out = new ArrayList<>();
        collect(this, out);
        return out;
    }

    private static void collect(Particle p, List<Particle> out) {
        if (p.daughters.isEmpty()) {
            out.add(p);
        } else {
            for (Particle d : p.daughters) {
                collect(d, out);
            }
        }
    }

    @Override
    public String toString() {
        return "Particle[pdg=" + pdgCode + ", " + source + ", p4Lab=" + p4Lab + ", daughters=" + daughters.size() + "]";
    }
}
