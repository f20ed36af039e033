package io.upsilon.core.kinematics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties every Lorentz boost must have, checked on random vectors and velocities. */
class LorentzBoostPropertiesTest {

    @Provide
    Arbitrary<LorentzVector> fourVectors() {
        Arbitrary<Double> p = Arbitraries.doubles().between(-20, 20);
        Arbitrary<Double> m = Arbitraries.doubles().between(0, 11);
        return Combinators.combine(p, p, p, m).as(LorentzVector::fromPxPyPzM);
    }

    @Provide
    Arbitrary<Vec3> velocities() {
        Arbitrary<Double> c = Arbitraries.doubles().between(-1, 1);
        Arbitrary<Double> speed = Arbitraries.doubles().between(0, 0.95);
        return Combinators.combine(c, c, c, speed).as((x, y, z, s) -> {
            double n = Math.sqrt(x * x + y * y + z * z);
            return n < 1e-6 ? new Vec3(0, 0, s) : new Vec3(x * s / n, y * s / n, z * s / n);
        });
    }

    private static double scale(LorentzVector p) {
        return Math.max(1.0, p.e() * p.e());
    }

    @Property
    void boostPreservesInvariantMass(@ForAll("fourVectors") LorentzVector p, @ForAll("velocities") Vec3 beta) {
        LorentzVector q = p.boost(beta);
        double gamma2 = 1.0 / (1.0 - beta.mag2());
        // m^2 = E^2 - p^2 cancels between terms of size ~ gamma^2 E^2: relative rounding ~1e-15 of that.
        assertThat(q.m2()).isCloseTo(p.m2(), within(1e-12 * gamma2 * scale(p)));
    }

    @Property
    void boostPreservesMinkowskiProducts(
            @ForAll("fourVectors") LorentzVector a,
            @ForAll("fourVectors") LorentzVector b,
            @ForAll("velocities") Vec3 beta) {
        Boost boost = Boost.of(beta);
        double gamma2 = 1.0 / (1.0 - beta.mag2());
        assertThat(boost.apply(a).dot(boost.apply(b)))
                .isCloseTo(a.dot(b), within(1e-12 * gamma2 * Math.max(1.0, a.e() * b.e())));
    }

    @Property
    void boostThenInverseIsIdentity(@ForAll("fourVectors") LorentzVector p, @ForAll("velocities") Vec3 beta) {
        Boost b = Boost.of(beta);
        LorentzVector back = b.inverse().apply(b.apply(p));
        double tol = 1e-12 * Math.max(1.0, p.e()) / (1.0 - beta.mag2());
        assertThat(back.px()).isCloseTo(p.px(), within(tol));
        assertThat(back.py()).isCloseTo(p.py(), within(tol));
        assertThat(back.pz()).isCloseTo(p.pz(), within(tol));
        assertThat(back.e()).isCloseTo(p.e(), within(tol));
    }

    @Property
    void particleAtRestAcquiresTheBoostVelocity(@ForAll("velocities") Vec3 beta) {
        LorentzVector moving = new LorentzVector(0, 0, 0, 1.7).boost(beta);
        Vec3 v = moving.boostVector();
        assertThat(v.x()).isCloseTo(beta.x(), within(1e-12));
        assertThat(v.y()).isCloseTo(beta.y(), within(1e-12));
        assertThat(v.z()).isCloseTo(beta.z(), within(1e-12));
    }

    @Property
    void collinearBoostsComposeByVelocityAddition(
            @ForAll("fourVectors") LorentzVector p,
            @ForAll("velocities") Vec3 direction,
            @ForAll("velocities") Vec3 other) {
        if (direction.mag() < 1e-3) {
            return;
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

    @Property
    void inPlaceArrayBoostMatchesTheObjectBoost(
            @ForAll("fourVectors") LorentzVector p, @ForAll("velocities") Vec3 beta) {
        double[] v = {9, p.px(), p.py(), p.pz(), p.e()};
        Boost.apply(beta.x(), beta.y(), beta.z(), v, 1);
        LorentzVector q = p.boost(beta);
        assertThat(v[0]).isEqualTo(9);
        assertThat(v[1]).isCloseTo(q.px(), within(1e-12 * Math.max(1, q.e())));
        assertThat(v[2]).isCloseTo(q.py(), within(1e-12 * Math.max(1, q.e())));
        assertThat(v[3]).isCloseTo(q.pz(), within(1e-12 * Math.max(1, q.e())));
        assertThat(v[4]).isCloseTo(q.e(), within(1e-12 * Math.max(1, q.e())));
    }

    @Property
    void restFrameOfASystemHasZeroMomentum(
            @ForAll("fourVectors") LorentzVector a, @ForAll("fourVectors") LorentzVector b) {
        LorentzVector sum = a.plus(b);
        if (sum.m2() < 1e-3) {
            return;
        }
        LorentzVector rest = sum.inRestFrameOf(sum);
        double tol = 1e-11 * Math.max(1, sum.e() * sum.gamma());
        assertThat(rest.p()).isCloseTo(0, within(tol));
        assertThat(rest.e()).isCloseTo(sum.m(), within(tol));
    }
}
