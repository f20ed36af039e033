package io.upsilon.analysis.shape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.core.kinematics.Vec3;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Thrust against analytic configurations and against the exact search for random events. */
class ThrustTest {
    @Test
    void backToBackPairHasThrustOneAlongThePair() {
        Vec3 d = new Vec3(0.3, -0.4, 0.2).unit();
        Thrust t = Thrust.of(List.of(d.times(2.0), d.times(-2.0)));
        assertThat(t.value()).isCloseTo(1.0, within(1e-15));
        assertThat(Math.abs(t.axis().dot(d))).isCloseTo(1.0, within(1e-15));
        assertThat(t.axis().z()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void mercedesHasThrustTwoThirds() {
        // Three equal momenta at 120 degrees: the best axis is along one of them, T = (1 + 2 cos 60)/3.
        List<Vec3> p = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            p.add(Vec3.fromPolar(1.7, Math.PI / 2, 2 * Math.PI * k / 3));
        }
        Thrust t = Thrust.of(p);
        assertThat(t.value()).isCloseTo(2.0 / 3.0, within(1e-15));
        assertThat(t.axis().z()).isCloseTo(0.0, within(1e-15));
    }

    @Test
    void cubeCornersAreSpherical() {
        // Eight unit momenta to the corners of a cube. Along a face normal sum |p.n| = 8/sqrt(3), so
        // T = 1/sqrt(3); along a body diagonal the projections are 1, 1 and six times 1/3, T = 1/2.
        // The maximum is the face normal: T = 0.577, far below a two-jet event's.
        List<Vec3> p = new ArrayList<>();
        for (int sx = -1; sx <= 1; sx += 2) {
            for (int sy = -1; sy <= 1; sy += 2) {
                for (int sz = -1; sz <= 1; sz += 2) {
                    p.add(new Vec3(sx, sy, sz).unit());
                }
            }
        }
        Thrust t = Thrust.of(p);
        assertThat(t.value()).isCloseTo(1 / Math.sqrt(3), within(1e-12));
    }

    @Test
    void isotropicManyParticleEventHasLowThrust() {
        SplittableRandom rng = new SplittableRandom(5);
        List<Vec3> iso = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            double c = 2 * rng.nextDouble() - 1;
            iso.add(Vec3.fromPolar(1, Math.acos(c), 2 * Math.PI * rng.nextDouble()));
        }
        // Isotropic limit: T -> 1/2; 400 particles fluctuate by a few per cent.
        assertThat(Thrust.of(iso).value()).isBetween(0.5, 0.6);
    }

    @Test
    void emptyEventHasNoThrust() {
        assertThat(Thrust.of(List.of()).value()).isNaN();
        assertThat(Thrust.of(List.of(Vec3.ZERO)).value()).isNaN();
    }

    @Property(tries = 60)
    void iterationReachesTheExactMaximum(@ForAll @IntRange(min = 2, max = 12) int n, @ForAll long seed) {
        // Random events of up to 12 particles, padded with zero momenta past EXACT_LIMIT so the
        // iterated search runs: the exact thrust is in [1/2, 1], the iterated one never above it.
        SplittableRandom rng = new SplittableRandom(seed);
        List<Vec3> p = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            p.add(new Vec3(rng.nextGaussian(), rng.nextGaussian(), rng.nextGaussian()));
        }
        double exact = Thrust.of(p).value();
        List<Vec3> many = new ArrayList<>(p);
        while (many.size() <= Thrust.EXACT_LIMIT) {
            many.add(Vec3.ZERO);
        }
        double iterated = Thrust.of(many).value();
        assertThat(exact).isBetween(0.5 - 1e-12, 1.0);
        assertThat(iterated).isLessThanOrEqualTo(exact + 1e-12);
        // Seeding from every particle direction finds the global maximum for these small events.
        assertThat(iterated).isCloseTo(exact, within(1e-9));
    }
}
