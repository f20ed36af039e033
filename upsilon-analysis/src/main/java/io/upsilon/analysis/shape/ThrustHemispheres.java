package io.upsilon.analysis.shape;

import io.upsilon.analysis.particles.Particle;
import io.upsilon.analysis.particles.ParticleSource;
import io.upsilon.core.beam.Beam;
import io.upsilon.core.kinematics.LorentzVector;
import io.upsilon.core.kinematics.Vec3;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The event-shape particles of an analysis in the CM frame of the beam: their CM four-momenta, the
 * thrust of their momenta and the two hemispheres about the thrust axis (a particle is in the
 * positive hemisphere if p* . n_T &gt;= 0, as {@link Hemispheres}). basf2 computes the same from
 * the particle lists given to {@code buildEventShape} (basf2 analysis/scripts/modularAnalysis.py,
 * {@code buildEventShape}; S. Brandt et al., Phys. Lett. 12 (1964) 57 for the thrust).
 *
 * <p>Immutable; the particles keep the caller's order (thrust sums and the visible sum run in that
 * order, so the results are reproducible to the last bit).
 */
public final class ThrustHemispheres {
    private final List<Particle> particles;
    private final List<LorentzVector> cms;
    private final Thrust thrust;
    private final boolean[] positive;
    private final LorentzVector visibleCms;

    private ThrustHemispheres(List<Particle> particles, List<LorentzVector> cms, Thrust thrust, boolean[] positive) {
        this.particles = particles;
        this.cms = cms;
        this.thrust = thrust;
        this.positive = positive;
        LorentzVector sum = LorentzVector.ZERO;
        for (LorentzVector p : cms) {
            sum = sum.plus(p);
        }
        this.visibleCms = sum;
    }

    /** Thrust and hemispheres of {@code particles} (lab four-momenta) in the CM frame of {@code beam}. */
    public static ThrustHemispheres of(List<Particle> particles, Beam beam) {
        Objects.requireNonNull(beam, "beam");
        List<Particle> list = List.copyOf(particles);
        List<LorentzVector> cms = new ArrayList<>(list.size());
        List<Vec3> momenta = new ArrayList<>(list.size());
        for (Particle p : list) {
            LorentzVector c = beam.toCms(p.p4Lab());
            cms.add(c);
            momenta.add(c.p3());
        }
        Thrust thrust = Thrust.of(momenta);
        Hemispheres h = Hemispheres.of(momenta, thrust.axis());
        boolean[] positive = new boolean[list.size()];
        for (int i : h.positive()) {
            positive[i] = true;
        }
        return new ThrustHemispheres(list, List.copyOf(cms), thrust, positive);
    }

    /** The event-shape particles, in the order given. */
    public List<Particle> particles() {
        return particles;
    }

    /** Their CM four-momenta, in the same order. */
    public List<LorentzVector> cms() {
        return cms;
    }

    /** Thrust value and axis (CM frame, axis oriented to +z). */
    public Thrust thrust() {
        return thrust;
    }

    /** Sum of the CM four-momenta, summed in the order of the particles. */
    public LorentzVector visibleCms() {
        return visibleCms;
    }

    /** Whether particle {@code i} lies in the positive hemisphere (p* . n_T &gt;= 0). */
    public boolean isPositive(int i) {
        return positive[i];
    }

    /** Whether a CM momentum lies in the positive hemisphere (p* . n_T &gt;= 0). */
    public boolean isPositive(Vec3 momentumCms) {
        return momentumCms.dot(thrust.axis()) >= 0;
    }

    /** The event-shape tracks (particles made from a track) of one hemisphere, in order. */
    public List<Particle> tracks(boolean positiveSide) {
        return select(positiveSide, true);
    }

    /** The other event-shape particles (clusters) of one hemisphere, in order. */
    public List<Particle> neutrals(boolean positiveSide) {
        return select(positiveSide, false);
    }

    /** Indices of the neutral (non-track) particles of one hemisphere, in order. */
    public List<Integer> neutralIndices(boolean positiveSide) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < particles.size(); i++) {
            if (positive[i] == positiveSide && !isTrack(particles.get(i))) {
                out.add(i);
            }
        }
        return out;
    }

    private List<Particle> select(boolean positiveSide, boolean tracks) {
        List<Particle> out = new ArrayList<>();
        for (int i = 0; i < particles.size(); i++) {
            if (positive[i] == positiveSide && isTrack(particles.get(i)) == tracks) {
                out.add(particles.get(i));
            }
        }
        return out;
    }

    private static boolean isTrack(Particle p) {
        return p.source() == ParticleSource.TRACK;
    }
}
