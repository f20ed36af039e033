package io.upsilon.analysis.vertex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.core.beam.BeamPresets;
import io.upsilon.core.beam.LuminousRegion;
import io.upsilon.core.kinematics.LorentzVector;
import io.upsilon.core.kinematics.Vec3;
import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import org.junit.jupiter.api.Test;

class BeamSpotDecayTimeTest {
    private static final LuminousRegion SPOT = BeamPresets.standard().get("Y4S").luminousRegion();
    private static final double M_D0 = 1.86484;

    private static VertexFit vertex(Vec3 at, double sigma) {
        double v = sigma * sigma;
        return new VertexFit(at, new double[] {v, 0, 0, 0, v, 0, 0, 0, v}, 1, 1, 2);
    }

    @Test
    void aVertexOnTheFlightLineGivesItsDistanceAndTime() {
        // p along (1, 0, 1)/sqrt 2 with |p| = 3 GeV; the vertex 0.02 cm out on that line.
        double p = 3;
        LorentzVector p4 = new LorentzVector(p / Math.sqrt(2), 0, p / Math.sqrt(2), Math.hypot(p, M_D0));
        Vec3 at = new Vec3(0.02 / Math.sqrt(2), 0, 0.02 / Math.sqrt(2));
        BeamSpotDecayTime t = BeamSpotDecayTime.of(vertex(at, 20e-4), SPOT, Vec3.ZERO, p4, M_D0);
        assertThat(t.flightLength()).isCloseTo(0.02, within(1e-12));
        // t = L m / (p c): 0.02 cm x 1.86484 / 3 / 0.0299792458 cm/ps = 0.41471 ps.
        assertThat(t.time()).isCloseTo(0.02 * M_D0 / p / 0.0299792458, within(1e-12));
        assertThat(t.chi2()).isCloseTo(0, within(1e-9));
    }

    @Test
    void theErrorAlongAnAxisIsTheQuadratureSumOfVertexAndBeamSpot() {
        // Flight along x: the diagonal combined covariance gives sigma(L)^2 = sigma_V^2 + sigma_x(spot)^2
        // as long as the spot's x-z correlation (the crossing angle) is accounted; compare with the
        // 1D formula on the inverted combined covariance's x-x element instead.
        LorentzVector p4 = new LorentzVector(2.5, 0, 0, Math.hypot(2.5, M_D0));
        BeamSpotDecayTime t = BeamSpotDecayTime.of(vertex(new Vec3(0.01, 0, 0), 30e-4), SPOT, Vec3.ZERO, p4, M_D0);
        double[] c = new double[9];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                c[3 * i + j] = SPOT.covariance(i, j) + (i == j ? 9e-6 : 0);
            }
        }
        double[] w = VertexFitter.invert(c);
        assertThat(t.flightLengthError()).isCloseTo(1 / Math.sqrt(w[0]), within(1e-12));
        // Bounded by the vertex error alone and by vertex (+) spot width in x.
        assertThat(t.flightLengthError()).isGreaterThan(30e-4);
        assertThat(t.flightLengthError()).isLessThanOrEqualTo(Math.sqrt(9e-6 + SPOT.covariance(0, 0)) * (1 + 1e-12));
    }

    @Test
    void pullsOfSimulatedDecaysHaveUnitWidth() {
        // Production in the Y4S luminous region, exponential flight (c tau = 123 um, beta gamma ~ 1.6)
        // in random directions, the vertex measured with a 40 um Gaussian: (L - L_true) / sigma(L)
        // must have mean 0 and width 1; 20000 decays give +-0.007 on each, 4 sigma tolerance 0.03.
        RandomStream rng = RandomStreams.of(20261207).child("beam-spot-decay-time").stream("pulls");
        int n = 20000;
        double s1 = 0;
        double s2 = 0;
        for (int i = 0; i < n; i++) {
            Vec3 origin = SPOT.sample(rng);
            double cos = 2 * rng.nextDouble() - 1;
            double phi = 2 * Math.PI * rng.nextDouble();
            double sin = Math.sqrt(1 - cos * cos);
            Vec3 u = new Vec3(sin * Math.cos(phi), sin * Math.sin(phi), cos);
            double p = 3;
            double length = rng.nextExponential() * 0.0123 * p / M_D0;
            Vec3 decay = origin.plus(u.times(length));
            double sv = 40e-4;
            Vec3 measured =
                    decay.plus(new Vec3(sv * rng.nextGaussian(), sv * rng.nextGaussian(), sv * rng.nextGaussian()));
            LorentzVector p4 = new LorentzVector(p * u.x(), p * u.y(), p * u.z(), Math.hypot(p, M_D0));
            BeamSpotDecayTime t = BeamSpotDecayTime.of(vertex(measured, sv), SPOT, Vec3.ZERO, p4, M_D0);
            double pull = (t.flightLength() - length) / t.flightLengthError();
            s1 += pull;
            s2 += pull * pull;
        }
        double mean = s1 / n;
        double width = Math.sqrt(s2 / n - mean * mean);
        assertThat(mean).isCloseTo(0, within(0.03));
        assertThat(width).isCloseTo(1, within(0.03));
    }
}
