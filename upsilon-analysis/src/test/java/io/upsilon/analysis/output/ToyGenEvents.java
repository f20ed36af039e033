package io.upsilon.analysis.output;

import io.upsilon.core.event.GenEvent;
import io.upsilon.core.event.GenParticle;
import io.upsilon.core.kinematics.LorentzVector;
import io.upsilon.core.kinematics.Vec3;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Toy generated events for the ntuple tests: two beams (status 4), then 0 to 5 final-state
 * particles (status 1, mothers 0 and 1) with random momenta and PDG ids; one event in eight has no
 * particles at all (an empty event row, empty lists). Drawn from a seeded commons-rng stream.
 */
final class ToyGenEvents {
    private static final int[] PDG = {11, -11, 13, -13, 22, 211, -211, 321, -321, 2212};

    private ToyGenEvents() {}

    /** Event {@code number}, with the weight and particles drawn from {@code rng}. */
    static GenEvent event(long number, UniformRandomProvider rng) {
        double weight = 0.5 + rng.nextDouble();
        if (rng.nextInt(8) == 0) {
            return new GenEvent(number, weight, List.of());
        }
        int finals = rng.nextInt(6);
        int n = 2 + finals;
        List<GenParticle> ps = new ArrayList<>(n);
        int firstDaughter = finals == 0 ? -1 : 2;
        int lastDaughter = finals == 0 ? -1 : n - 1;
        ps.add(new GenParticle(
                11,
                GenParticle.BEAM,
                new LorentzVector(0, 0, 7, 7),
                Vec3.ZERO,
                0,
                -1,
                -1,
                firstDaughter,
                lastDaughter));
        ps.add(new GenParticle(
                -11,
                GenParticle.BEAM,
                new LorentzVector(0, 0, -4, 4),
                Vec3.ZERO,
                0,
                -1,
                -1,
                firstDaughter,
                lastDaughter));
        for (int i = 0; i < finals; i++) {
            double px = rng.nextDouble() * 4 - 2;
            double py = rng.nextDouble() * 4 - 2;
            double pz = rng.nextDouble() * 6 - 2;
            double m = 0.1;
            double e = Math.sqrt(px * px + py * py + pz * pz + m * m);
            Vec3 v = new Vec3(rng.nextDouble() * 0.01, rng.nextDouble() * 0.01, rng.nextDouble() - 0.5);
            ps.add(new GenParticle(
                    PDG[rng.nextInt(PDG.length)],
                    GenParticle.FINAL,
                    new LorentzVector(px, py, pz, e),
                    v,
                    rng.nextDouble(),
                    0,
                    1,
                    -1,
                    -1));
        }
        return new GenEvent(number, weight, ps);
    }
}
