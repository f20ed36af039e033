package io.upsilon.analysis.particles;

import io.upsilon.core.event.RecoEvent;
import io.upsilon.core.event.RecoTrack;
import io.upsilon.core.kinematics.LorentzVector;
import io.upsilon.core.pdg.ParticleData;
import io.upsilon.core.pdg.ParticleTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * V0 candidates (K_S0 -> pi+ pi-, Lambda0 -> p pi-) from pairs of opposite-charge tracks, as
 * basf2's V0 lists ({@code K_S0:merged}, {@code Lambda0:merged}) hold them: every pair of a
 * positive and a negative track is given the daughters' mass hypotheses, vertexed ({@link
 * TwoTrackVertex}), and kept if the invariant mass is in the window and the two lines pass within
 * {@code maxDaughterDistance} of each other. The candidate carries the vertex ({@link
 * Particle#vertex()}).
 *
 * <p>For a mother that is not its own antiparticle (Lambda0) each pair is tried both ways: positive
 * daughter p with negative pi- gives Lambda0, positive pi+ with negative anti-p gives
 * anti-Lambda0. A self-conjugate mother (K_S0) gives one candidate per pair.
 */
public final class V0Finder {
    private final ParticleListName name;
    private final ParticleData positive;
    private final ParticleData negative;
    private final ParticleData conjugatePositive;
    private final ParticleData conjugateNegative;
    private final boolean selfConjugate;
    private final double massMin;
    private final double massMax;
    private final double maxDaughterDistance;

    /**
     * @param name the list, e.g. {@code K_S0:merged}; its particle is the mother
     * @param positive the positively charged daughter's type (pi+ for K_S0, p+ for Lambda0)
     * @param negative the negatively charged daughter's type (pi- for both)
     * @param table for the charge conjugates of the daughters
     * @param massMin lower edge of the invariant-mass window, GeV
     * @param massMax upper edge, GeV
     * @param maxDaughterDistance largest distance between the two track lines at the vertex, cm
     */
    public V0Finder(
            ParticleListName name,
            ParticleData positive,
            ParticleData negative,
            ParticleTable table,
            double massMin,
            double massMax,
            double maxDaughterDistance) {
        this.name = Objects.requireNonNull(name, "name");
        if (positive.charge() != 1 || negative.charge() != -1) {
            throw new IllegalArgumentException(
                    "expected a +1 and a -1 daughter, got " + positive.name() + " and " + negative.name());
        }
        if (!(massMin < massMax) || !(maxDaughterDistance > 0)) {
            throw new IllegalArgumentException("expected massMin < massMax and maxDaughterDistance > 0, got " + massMin
                    + ", " + massMax + ", " + maxDaughterDistance);
        }
        this.positive = positive;
        this.negative = negative;
        this.conjugatePositive = table.byId(negative.antiparticleId());
        this.conjugateNegative = table.byId(positive.antiparticleId());
        ParticleData mother = name.particle();
        this.selfConjugate = mother.id() == mother.antiparticleId();
        this.massMin = massMin;
        this.massMax = massMax;
        this.maxDaughterDistance = maxDaughterDistance;
    }

    /** The list's name. */
    public ParticleListName name() {
        return name;
    }

    /** One line saying how the list is made (for the documentation page). */
    public String describe() {
        return "opposite-charge track pairs as " + positive.name() + " " + negative.name()
                + (selfConjugate ? "" : " (and " + conjugatePositive.name() + " " + conjugateNegative.name() + ")")
                + ", vertexed (two-line point of closest approach), " + massMin + " < InvM < " + massMax
                + " GeV, lines within " + maxDaughterDistance + " cm at the vertex";
    }

    /** The V0 candidates of an event. */
    public ParticleList find(RecoEvent event) {
        List<Particle> out = new ArrayList<>();
        ParticleData mother = name.particle();
        for (RecoTrack plus : event.tracks()) {
            if (plus.charge() != 1) {
                continue;
            }
            for (RecoTrack minus : event.tracks()) {
                if (minus.charge() != -1) {
                    continue;
                }
                TwoTrackVertex vertex = null;
                for (int flavour = 0; flavour < (selfConjugate ? 1 : 2); flavour++) {
                    ParticleData hp = flavour == 0 ? positive : conjugatePositive;
                    ParticleData hm = flavour == 0 ? negative : conjugateNegative;
                    Particle a = Particle.fromTrack(plus, hp);
                    Particle b = Particle.fromTrack(minus, hm);
                    LorentzVector sum = a.p4Lab().plus(b.p4Lab());
                    double m = sum.m();
                    if (!(m > massMin && m < massMax)) {
                        continue;
                    }
                    if (vertex == null) {
                        vertex = TwoTrackVertex.of(plus, minus);
                    }
                    if (vertex.distance() > maxDaughterDistance) {
                        break;
                    }
                    int pdg = flavour == 0 ? mother.id() : mother.antiparticleId();
                    out.add(Particle.composite(pdg, List.of(a, b), vertex.point()));
                }
            }
        }
        return new ParticleList(name, out);
    }
}
