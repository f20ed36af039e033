package io.upsilon.core.kinematics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class VectorsTest {
    @Test
    void anglesAndMagnitudes() {
        Vec3 v = Vec3.fromPolar(2.0, 0.3, -1.2);
        assertThat(v.mag()).isCloseTo(2.0, within(1e-15));
        assertThat(v.theta()).isCloseTo(0.3, within(1e-15));
        assertThat(v.phi()).isCloseTo(-1.2, within(1e-15));
        assertThat(v.cosTheta()).isCloseTo(Math.cos(0.3), within(1e-15));
        assertThat(Vec3.X.angle(Vec3.Y)).isCloseTo(Math.PI / 2, within(1e-15));
        assertThat(Vec3.X.cross(Vec3.Y)).isEqualTo(Vec3.Z);
    }

    @Test
    void fourVectorQuantities() {
        // A muon with p = (3, 4, 12) GeV: |p| = 13.
        LorentzVector mu = LorentzVector.fromPxPyPzM(3, 4, 12, 0.1056583755);
        assertThat(mu.p()).isCloseTo(13, within(1e-14));
        assertThat(mu.pt()).isCloseTo(5, within(1e-14));
        assertThat(mu.m()).isCloseTo(0.1056583755, within(1e-12));
        assertThat(mu.cosTheta()).isCloseTo(12.0 / 13.0, within(1e-15));
        assertThat(mu.eta()).isCloseTo(-Math.log(Math.tan(mu.theta() / 2)), within(1e-12));
        double y = 0.5 * Math.log((mu.e() + 12) / (mu.e() - 12));
        assertThat(mu.rapidity()).isCloseTo(y, within(1e-14));
        assertThat(new LorentzVector(0, 0, 3, 5).m()).isCloseTo(4, within(1e-15));
        assertThat(new LorentzVector(0, 0, 5, 3).m()).isCloseTo(-4, within(1e-15));
    }

    @Test
    void boostRejectsSuperluminalVelocity() {
        assertThatThrownBy(() -> Boost.of(0.6, 0.6, 0.6))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("|beta| < 1");
        assertThatThrownBy(() -> Vec3.ZERO.unit()).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void basisIsOrthonormalAndRightHanded() {
        double[] b = Frames.basisAlong(0.3, -0.2, 0.9);
        Vec3 e1 = new Vec3(b[0], b[1], b[2]);
        Vec3 e2 = new Vec3(b[3], b[4], b[5]);
        Vec3 e3 = new Vec3(b[6], b[7], b[8]);
        assertThat(e1.mag()).isCloseTo(1, within(1e-15));
        assertThat(e2.mag()).isCloseTo(1, within(1e-15));
        assertThat(e1.dot(e2)).isCloseTo(0, within(1e-15));
        assertThat(e1.cross(e2).minus(e3).mag()).isCloseTo(0, within(1e-15));
        assertThat(e3.angle(new Vec3(0.3, -0.2, 0.9))).isCloseTo(0, within(1e-8));
        double[] z = Frames.basisAlong(0, 0, 2);
        assertThat(Frames.fromBasis(z, 1, 2, 3)).isEqualTo(new Vec3(1, 2, 3));
    }
}
