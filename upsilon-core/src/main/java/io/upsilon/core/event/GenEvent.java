package io.upsilon.core.event;

import java.util.ArrayList;
import java.util.List;

/**
 * An immutable generated event: its particles (beams first), mother/daughter links by index, and a
 * weight (1 for unweighted events; for weighted events the weight carries the cross section per
 * event in nb, so that sum(weights)/N estimates the cross section).
 *
 * @param number event number within its job
 * @param weight event weight
 * @param particles the particles, indexed by position
 */
public record GenEvent(long number, double weight, List<GenParticle> particles) {
    public GenEvent {
        particles = List.copyOf(particles);
        for (int i = 0; i < particles.size(); i++) {
            GenParticle p = particles.get(i);
            checkIndex(p.mother1(), i, "mother1", particles.size());
            checkIndex(p.mother2(), i, "mother2", particles.size());
            checkIndex(p.firstDaughter(), i, "firstDaughter", particles.size());
            checkIndex(p.lastDaughter(), i, "lastDaughter", particles.size());
        }
    }

    private static void checkIndex(int idx, int particle, String what, int n) {
        if (idx < -1 || idx >= n) {
            throw new IllegalArgumentException(
                    "particle " + particle + ": " + what + " index " + idx + " outside the event (0.." + (n - 1) + ")");
        }
    }

    /** The particle at index {@code i}. */
    public GenParticle particle(int i) {
        return particles.get(i);
    }

    /** Number of particles. */
    public int size() {
        return particles.size();
    }

    /** The stable final-state particles, in event order. */
    public List<GenParticle> finalState() {
        List<GenParticle> out = new ArrayList<>();
        for (GenParticle p : particles) {
            if (p.isFinal()) {
                out.add(p);
            }
        }
        return out;
    }

    /** The daughters of particle {@code i}. */
    public List<GenParticle> daughters(int i) {
        GenParticle p = particles.get(i);
        if (p.firstDaughter() < 0) {
            return List.of();
        }
        return particles.subList(p.firstDaughter(), p.lastDaughter() + 1);
    }
}
