package io.upsilon.analysis.particles;

import io.upsilon.core.kinematics.LorentzVector;
import io.upsilon.core.pdg.ParticleData;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * pi0 candidates from pairs of photons in an invariant-mass window, as basf2's {@code stdPi0s}
 * lists: each unordered pair of distinct photons of the input list once, kept if its mass is inside
 * the window. No mass-constrained fit (the candidate's four-momentum is the photons' sum).
 */
public final class Pi0Finder {
    private final ParticleListName name;
    private final double massMin;
    private final double massMax;

    /**
     * @param name the list, e.g. {@code pi0:all}; its particle must be the pi0 (or another neutral
     *     particle decaying to two photons, e.g. eta)
     * @param massMin lower edge of the window, GeV
     * @param massMax upper edge, GeV
     */
    public Pi0Finder(ParticleListName name, double massMin, double massMax) {
        this.name = Objects.requireNonNull(name, "name");
        ParticleData p = name.particle();
        if (p.charge() != 0 || p.id() != p.antiparticleId()) {
            throw new IllegalArgumentException(
                    "a photon pair makes a self-conjugate neutral particle, not " + p.name());
        }
        if (!(massMin < massMax)) {
            throw new IllegalArgumentException("expected massMin < massMax, got " + massMin + ", " + massMax);
        }
        this.massMin = massMin;
        this.massMax = massMax;
    }

    /** The list's name. */
    public ParticleListName name() {
        return name;
    }

    /** One line saying how the list is made (for the documentation page). */
    public String describe() {
        return "pairs of photons, " + massMin + " < InvM < " + massMax + " GeV, no mass fit";
    }

    /** The candidates made from the photons of {@code photons} (its particle must be the photon). */
    public ParticleList find(ParticleList photons) {
        if (photons.name().particle().id() != 22) {
            throw new IllegalArgumentException("pi0 candidates are made from photons, not " + photons.name());
        }
        List<Particle> gammas = photons.particles();
        List<Particle> out = new ArrayList<>();
        for (int i = 0; i < gammas.size(); i++) {
            for (int j = i + 1; j < gammas.size(); j++) {
                Particle a = gammas.get(i);
                Particle b = gammas.get(j);
                if (a.overlaps(b)) {
                    continue;
                }
                LorentzVector sum = a.p4Lab().plus(b.p4Lab());
                double m = sum.m();
                if (m > massMin && m < massMax) {
                    out.add(Particle.composite(name.particle().id(), List.of(a, b)));
                }
            }
        }
        return new ParticleList(name, out);
    }
}
