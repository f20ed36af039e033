package io.upsilon.core.kinematics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties every Lorentz boost must have, checked on seeded random four-vectors and velocities
 * and on the ends of their ranges (zero momentum, |p_i| = 20 GeV, massless and 11 GeV, at rest and
 * at the largest speed).
 */
class LorentzBoostPropertiesTest {
    /** Random cases per property, on top of the edge cases: as many as a property-test run's 1000 tries. */
    private static final int RANDOM_CASES = 1000;

    /** Momentum components are drawn in [-P_MAX, P_MAX] GeV, masses in [0, M_MAX] GeV (beyond the Upsilon(5S)). */
    private static final double P_MAX = 20;

    private static final double M_MAX = 11;

    /** The largest speed (gamma = 3.2), so the gamma^2-scaled tolerances stay meaningful. */
    private static final double SPEED_MAX = 0.95;

    private static LorentzVector randomFourVector(UniformRandomProvider rng) {
        return LorentzVector.fromPxPyPzM(
                rng.nextDouble(-P_MAX, P_MAX),
                rng.nextDouble(-P_MAX, P_MAX),
                rng.nextDouble(-P_MAX, P_MAX),
                rng.nextDouble(0, M_MAX));
    }

    private static Vec3 randomVelocity(UniformRandomProvider rng) {
        return velocity(
                rng.nextDouble(-1, 1), rng.nextDouble(-1, 1), rng.nextDouble(-1, 1), rng.nextDouble(0, SPEED_MAX));
    }

    /** A velocity of the given speed along (x, y, z); along z when that direction is (almost) zero. */
    private static Vec3 velocity(double x, double y, double z, double speed) {
        double n = Math.sqrt(x * x + y * y + z * z);
        return n < 1e-6 ? new Vec3(0, 0, speed) : new Vec3(x * speed / n, y * speed / n, z * speed / n);
    }

    /** Vectors at the ends of the ranges: all zero, at rest and heavy, the box corners, one axis, tiny. */
    private static List<LorentzVector> edgeFourVectors() {
        return List.of(
                LorentzVector.fromPxPyPzM(0, 0, 0, 0),
                LorentzVector.fromPxPyPzM(0, 0, 0, M_MAX),
                LorentzVector.fromPxPyPzM(P_MAX, P_MAX, P_MAX, 0),
                LorentzVector.fromPxPyPzM(-P_MAX, -P_MAX, -P_MAX, M_MAX),
                LorentzVector.fromPxPyPzM(0, 0, -P_MAX, 0),
                LorentzVector.fromPxPyPzM(0.01, -0.01, 0, 0.01));
    }

    /** At rest, the largest speed along each axis and the diagonal, and a zero direction (-> along z). */
    private static List<Vec3> edgeVelocities() {
        return List.of(
                velocity(0, 0, 0, 0),
                velocity(1, 0, 0, SPEED_MAX),
                velocity(0, -1, 0, SPEED_MAX),
                velocity(0, 0, 0, SPEED_MAX),
                velocity(-1, -1, -1, SPEED_MAX),
                velocity(1, 1, 1, 0.01));
    }

    /** The edge cases followed by {@link #RANDOM_CASES} draws from a stream with the given seed. */
    private static Stream<Arguments> cases(
            List<Arguments> edges, long seed, Function<UniformRandomProvider, Arguments> draw) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        return Stream.concat(
                edges.stream(), Stream.generate(() -> draw.apply(rng)).limit(RANDOM_CASES));
    }

    static Stream<Arguments> vectorAndVelocity() {
        List<Arguments> edges = new ArrayList<>();
        for (LorentzVector p : edgeFourVectors()) {
            for (Vec3 beta : edgeVelocities()) {
                edges.add(Arguments.of(p, beta));
            }
        }
        return cases(edges, 20240611L, rng -> Arguments.of(randomFourVector(rng), randomVelocity(rng)));
    }

    static Stream<Arguments> twoVectorsAndVelocity() {
        List<Arguments> edges = new ArrayList<>();
        for (LorentzVector a : edgeFourVectors()) {
            for (LorentzVector b : edgeFourVectors()) {
                for (Vec3 beta : edgeVelocities()) {
                    edges.add(Arguments.of(a, b, beta));
                }
            }
        }
        return cases(
                edges,
                20240612L,
                rng -> Arguments.of(randomFourVector(rng), randomFourVector(rng), randomVelocity(rng)));
    }

    static Stream<Arguments> velocities() {
        List<Arguments> edges = new ArrayList<>();
        for (Vec3 beta : edgeVelocities()) {
            edges.add(Arguments.of(beta));
        }
        return cases(edges, 20240613L, rng -> Arguments.of(randomVelocity(rng)));
    }

    static Stream<Arguments> vectorAndTwoVelocities() {
        List<Arguments> edges = new ArrayList<>();
        for (LorentzVector p : edgeFourVectors()) {
            for (Vec3 direction : edgeVelocities()) {
                for (Vec3 other : edgeVelocities()) {
                    edges.add(Arguments.of(p, direction, other));
                }
            }
        }
        return cases(
                edges, 20240614L, rng -> Arguments.of(randomFourVector(rng), randomVelocity(rng), randomVelocity(rng)));
    }

    static Stream<Arguments> twoVectors() {
        List<Arguments> edges = new ArrayList<>();
        for (LorentzVector a : edgeFourVectors()) {
            for (LorentzVector b : edgeFourVectors()) {
                edges.add(Arguments.of(a, b));
            }
        }
        return cases(edges, 20240615L, rng -> Arguments.of(randomFourVector(rng), randomFourVector(rng)));
    }

    private static double scale(LorentzVector p) {
        return Math.max(1.0, p.e() * p.e());
    }

    @ParameterizedTest
    @MethodSource("vectorAndVelocity")
    void boostPreservesInvariantMass(LorentzVector p, Vec3 beta) {
        LorentzVector q = p.boost(beta);
        double gamma2 = 1.0 / (1.0 - beta.mag2());
        // m^2 = E^2 - p^2 cancels between terms of size ~ gamma^2 E^2: relative rounding ~1e-15 of that.
        assertThat(q.m2()).isCloseTo(p.m2(), within(1e-12 * gamma2 * scale(p)));
    }

    @ParameterizedTest
    @MethodSource("twoVectorsAndVelocity")
    void boostPreservesMinkowskiProducts(LorentzVector a, LorentzVector b, Vec3 beta) {
        Boost boost = Boost.of(beta);
        double gamma2 = 1.0 / (1.0 - beta.mag2());
        assertThat(boost.apply(a).dot(boost.apply(b)))
                .isCloseTo(a.dot(b), within(1e-12 * gamma2 * Math.max(1.0, a.e() * b.e())));
    }

    @ParameterizedTest
    @MethodSource("vectorAndVelocity")
    void boostThenInverseIsIdentity(LorentzVector p, Vec3 beta) {
        Boost b = Boost.of(beta);
        LorentzVector back = b.inverse().apply(b.apply(p));
        double tol = 1e-12 * Math.max(1.0, p.e()) / (1.0 - beta.mag2());
        assertThat(back.px()).isCloseTo(p.px(), within(tol));
        assertThat(back.py()).isCloseTo(p.py(), within(tol));
        assertThat(back.pz()).isCloseTo(p.pz(), within(tol));
        assertThat(back.e()).isCloseTo(p.e(), within(tol));
    }

    @ParameterizedTest
    @MethodSource("velocities")
    void particleAtRestAcquiresTheBoostVelocity(Vec3 beta) {
        LorentzVector moving = new LorentzVector(0, 0, 0, 1.7).boost(beta);
        Vec3 v = moving.boostVector();
        assertThat(v.x()).isCloseTo(beta.x(), within(1e-12));
        assertThat(v.y()).isCloseTo(beta.y(), within(1e-12));
        assertThat(v.z()).isCloseTo(beta.z(), within(1e-12));
    }

    @ParameterizedTest
    @MethodSource("vectorAndTwoVelocities")
    void collinearBoostsComposeByVelocityAddition(LorentzVector p, Vec3 direction, Vec3 other) {
        if (direction.mag() < 1e-3) {
            return; // no direction to boost along
        }
        Vec3 n = direction.unit();
        double b1 = direction.mag();
        double b2 = Math.min(0.9, other.mag());
        double b12 = (b1 + b2) / (1 + b1 * b2); // relativistic velocity addition
        LorentzVector twoSteps = p.boost(n.times(b1)).boost(n.times(b2));
        LorentzVector oneStep = p.boost(n.times(b12));
        double tol = 1e-11 * Math.max(1.0, p.e()) / (1.0 - b12 * b12);
        assertThat(twoSteps.px()).isCloseTo(oneStep.px(), within(tol));
        assertThat(twoSteps.py()).isCloseTo(oneStep.py(), within(tol));
        assertThat(twoSteps.pz()).isCloseTo(oneStep.pz(), within(tol));
        assertThat(twoSteps.e()).isCloseTo(oneStep.e(), within(tol));
    }

    @ParameterizedTest
    @MethodSource("vectorAndVelocity")
    void inPlaceArrayBoostMatchesTheObjectBoost(LorentzVector p, Vec3 beta) {
        double[] v = {9, p.px(), p.py(), p.pz(), p.e()};
        Boost.apply(beta.x(), beta.y(), beta.z(), v, 1);
        LorentzVector q = p.boost(beta);
        assertThat(v[0]).isEqualTo(9);
        assertThat(v[1]).isCloseTo(q.px(), within(1e-12 * Math.max(1, q.e())));
        assertThat(v[2]).isCloseTo(q.py(), within(1e-12 * Math.max(1, q.e())));
        assertThat(v[3]).isCloseTo(q.pz(), within(1e-12 * Math.max(1, q.e())));
        assertThat(v[4]).isCloseTo(q.e(), within(1e-12 * Math.max(1, q.e())));
    }

    @ParameterizedTest
    @MethodSource("twoVectors")
    void restFrameOfASystemHasZeroMomentum(LorentzVector a, LorentzVector b) {
        LorentzVector sum = a.plus(b);
        if (sum.m2() < 1e-3) {
            return; // a massless (or nearly) system has no rest frame
        }
        LorentzVector rest = sum.inRestFrameOf(sum);
        double tol = 1e-11 * Math.max(1, sum.e() * sum.gamma());
        assertThat(rest.p()).isCloseTo(0, within(tol));
        assertThat(rest.e()).isCloseTo(sum.m(), within(tol));
    }
}
