package io.upsilon.analysis.shape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.core.kinematics.Vec3;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Thrust against analytic configurations and against the exact search for random events. */
class ThrustTest {
    /** Events per multiplicity from 2 to 12 (110 in all; the exact searches are exponential in n). */
    private static final int EVENTS_PER_MULTIPLICITY = 10;

    private static final int MAX_MULTIPLICITY = 12;

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

    /**
     * Random events of every multiplicity from 2 to 12, momentum components standard normal, from
     * one seeded stream.
     */
    static Stream<List<Vec3>> randomEvents() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(20240641L);
        ContinuousSampler gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        List<List<Vec3>> events = new ArrayList<>();
        for (int n = 2; n <= MAX_MULTIPLICITY; n++) {
            for (int e = 0; e < EVENTS_PER_MULTIPLICITY; e++) {
                List<Vec3> p = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    p.add(new Vec3(gauss.sample(), gauss.sample(), gauss.sample()));
                }
                events.add(p);
            }
        }
        return events.stream();
    }

    @ParameterizedTest
    @MethodSource("randomEvents")
    void planeSearchEqualsTheSignSearch(List<Vec3> p) {
        // Two exact algorithms on random events of up to 12 particles must agree; the iterated search
        // can stop at a local maximum, so it is never above them.
        double signs = Thrust.of(p, Thrust.Method.SIGNS).value();
        double planes = Thrust.of(p, Thrust.Method.PLANES).value();
        double iterated = Thrust.of(p, Thrust.Method.ITERATED).value();
        assertThat(signs).isBetween(0.5 - 1e-12, 1.0);
        assertThat(planes).isCloseTo(signs, within(1e-12));
        assertThat(iterated).isLessThanOrEqualTo(signs + 1e-12);
        // A public call with the multiplicity pushed past SIGNS_LIMIT (zero momenta added) takes the
        // plane search and gives the same thrust.
        List<Vec3> padded = new ArrayList<>(p);
        while (padded.size() <= Thrust.SIGNS_LIMIT) {
            padded.add(Vec3.ZERO);
        }
        assertThat(Thrust.of(padded).value()).isCloseTo(signs, within(1e-12));
    }

    @Test
    void collinearMomentaHaveThrustOne() {
        List<Vec3> p = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            p.add(Vec3.Z.times(i % 2 == 0 ? 1 + i : -1 - i));
        }
        assertThat(Thrust.of(p).value()).isCloseTo(1.0, within(1e-15));
        assertThat(Thrust.of(p).axis()).isEqualTo(Vec3.Z);
    }
}
