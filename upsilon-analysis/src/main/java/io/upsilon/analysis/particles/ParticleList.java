package io.upsilon.analysis.particles;

import io.upsilon.core.event.RecoCluster;
import io.upsilon.core.event.RecoEvent;
import io.upsilon.core.event.RecoTrack;
import io.upsilon.core.pdg.ParticleData;
import io.upsilon.core.pdg.ParticleTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * A named list of particle candidates of one type and its charge conjugate, as basf2's
 * {@code fillParticleList("mu+:good", cut)} makes: the list {@code mu+:good} holds the mu+ and the
 * mu- candidates that pass the cut ({@link #flavour(int)} picks one flavour).
 */
public final class ParticleList {
    private final ParticleListName name;
    private final List<Particle> particles;

    /** A list with the given candidates (of either flavour of {@code name}'s particle). */
    public ParticleList(ParticleListName name, List<Particle> particles) {
        this.name = Objects.requireNonNull(name, "name");
        this.particles = List.copyOf(particles);
        int id = name.particle().id();
        for (Particle p : this.particles) {
            if (Math.abs(p.pdgCode()) != Math.abs(id)
                    || (p.pdgCode() != id && p.pdgCode() != name.particle().antiparticleId())) {
                throw new IllegalArgumentException(
                        "list " + name + " cannot hold a particle with PDG code " + p.pdgCode());
            }
        }
    }

    /**
     * Every track of the event with the mass hypothesis of {@code name}'s particle (both charges),
     * kept if {@code cut} accepts it.
     */
    public static ParticleList fromTracks(ParticleListName name, RecoEvent event, Predicate<Particle> cut) {
        ParticleData hyp = name.particle();
        if (Math.abs(hyp.charge()) != 1) {
            throw new IllegalArgumentException("list " + name + ": tracks need a singly charged particle type");
        }
        List<Particle> out = new ArrayList<>();
        for (RecoTrack t : event.tracks()) {
            Particle p = Particle.fromTrack(t, hyp);
            if (cut.test(p)) {
                out.add(p);
            }
        }
        return new ParticleList(name, out);
    }

    /** As {@link #fromTracks(ParticleListName, RecoEvent, Predicate)}, parsing the list name. */
    public static ParticleList fromTracks(String name, RecoEvent event, ParticleTable table, Predicate<Particle> cut) {
        return fromTracks(ParticleListName.parse(name, table), event, cut);
    }

    /**
     * Every neutral ECL cluster of the event (no matched track) as a photon, kept if {@code cut}
     * accepts it.
     */
    public static ParticleList fromNeutralClusters(ParticleListName name, RecoEvent event, Predicate<Particle> cut) {
        if (name.particle().charge() != 0) {
            throw new IllegalArgumentException("list " + name + ": clusters need a neutral particle type (gamma)");
        }
        List<Particle> out = new ArrayList<>();
        for (RecoCluster c : event.clusters()) {
            if (c.isNeutral()) {
                Particle p = Particle.fromCluster(c, name.particle());
                if (cut.test(p)) {
                    out.add(p);
                }
            }
        }
        return new ParticleList(name, out);
    }

    /** As {@link #fromNeutralClusters(ParticleListName, RecoEvent, Predicate)}, parsing the list name. */
    public static ParticleList fromNeutralClusters(
            String name, RecoEvent event, ParticleTable table, Predicate<Particle> cut) {
        return fromNeutralClusters(ParticleListName.parse(name, table), event, cut);
    }

    /** The list's name. */
    public ParticleListName name() {
        return name;
    }

    /** All candidates, both flavours. */
    public List<Particle> particles() {
        return particles;
    }

    /** The candidates with PDG code {@code pdgCode}. */
    public List<Particle> flavour(int pdgCode) {
        List<Particle> out = new ArrayList<>();
        for (Particle p : particles) {
            if (p.pdgCode() == pdgCode) {
                out.add(p);
            }
        }
        return out;
    }

    /** Number of candidates (both flavours). */
    public int size() {
        return particles.size();
    }

    /** True if there are no candidates. */
    public boolean isEmpty() {
        return particles.isEmpty();
    }

    /** The candidates that pass {@code cut}, under the same name. */
    public ParticleList filter(Predicate<Particle> cut) {
        List<Particle> out = new ArrayList<>();
        for (Particle p : particles) {
            if (cut.test(p)) {
                out.add(p);
            }
        }
        return new ParticleList(name, out);
    }

    @Override
    public String toString() {
        return "ParticleList[" + name + ", " + particles.size() + " candidates]";
    }
}
