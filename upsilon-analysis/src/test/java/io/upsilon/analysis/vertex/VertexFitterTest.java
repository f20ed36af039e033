package io.upsilon.analysis.vertex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.analysis.particles.Particle;
import io.upsilon.core.beam.Beam;
import io.upsilon.core.kinematics.Vec3;
import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VertexFitterTest {
    private static final VertexFitter FITTER = new VertexFitter(ToyTracks.BELLE2);

    @Test
    void unsmearedTracksMeetAtTheirVertexWithZeroChi2() {
        // A resolution so small that the residuals vanish: the fit must return the common point.
        ImpactParameterResolution tiny = new ImpactParameterResolution(1e-12, 0, 1e-12, 0);
        Vec3 vertex = new Vec3(0.01, -0.02, 0.3);
        List<Particle> tracks = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            tracks.add(ToyTracks.pion(
                    i, vertex, Vec3.fromPolar(1.0, 0.5 + i, 0.3 + 2 * i), tiny, RandomStreams.of(2).stream("s" + i)));
        }
        VertexFit fit = new VertexFitter(ToyTracks.BELLE2).fit(tracks);
        // The direction smear moves the lines by ~1 mrad x 1e-12 cm: nothing at this precision.
        assertThat(fit.position().minus(vertex).mag()).isLessThan(1e-9);
        assertThat(fit.chi2()).isLessThan(1e-9);
        assertThat(fit.ndf()).isEqualTo(3);
        assertThat(fit.nTracks()).isEqualTo(3);
    }

    @Test
    void oneTrackAloneDoesNotFixAVertexButDoesWithTheBeamSpot() {
        RandomStream rng = RandomStreams.of(3).stream("one");
        Particle t = ToyTracks.pion(0, Vec3.ZERO, 1.0, ToyTracks.BELLE2, rng);
        assertThat(FITTER.fit(List.of(t))).isNull();
        BeamSpotConstraint spot = BeamSpotConstraint.of(Beam.preset("Y4S"), 0.0025);
        VertexFit fit = FITTER.fit(List.of(t), spot);
        assertThat(fit).isNotNull();
        assertThat(fit.ndf()).isEqualTo(1);
        // The constraint bounds the transverse errors by its own widths.
        assertThat(fit.error(0)).isLessThanOrEqualTo(Math.sqrt(spot.sxx()));
        assertThat(fit.error(1)).isLessThanOrEqualTo(Math.sqrt(spot.syy()));
    }

    /**
     * 2000 toy vertices of 2 to 5 tracks (p from 0.3 to 3 GeV) smeared with the card's resolution:
     * the pulls (fit - truth) / error must be standard normal. With N = 2000 the standard error of
     * a pull mean is 0.022 and of its RMS 0.016, so |mean| < 0.09 and |RMS - 1| < 0.065 are 4
     * standard errors; the mean chi2 must equal the mean ndf within 4 standard errors (the chi2
     * variance is 2 ndf).
     */
    @Test
    void pullsAreStandardNormalOnSmearedToyTracks() {
        RandomStream rng = RandomStreams.of(20261207L).stream("vertex-pulls");
        int toys = 2000;
        double[][] sum = new double[3][2];
        double chi2Sum = 0;
        double ndfSum = 0;
        double chi2VarianceSum = 0;
        for (int k = 0; k < toys; k++) {
            Vec3 truth = new Vec3(0.002 * rng.nextGaussian(), 0.002 * rng.nextGaussian(), 0.05 * rng.nextGaussian());
            int n = 2 + (int) (4 * rng.nextDouble());
            List<Particle> tracks = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                tracks.add(ToyTracks.pion(i, truth, 0.3 + 2.7 * rng.nextDouble(), ToyTracks.BELLE2, rng));
            }
            VertexFit fit = FITTER.fit(tracks);
            double[] residual = {
                fit.position().x() - truth.x(),
                fit.position().y() - truth.y(),
                fit.position().z() - truth.z()
            };
            for (int i = 0; i < 3; i++) {
                double pull = residual[i] / fit.error(i);
                sum[i][0] += pull;
                sum[i][1] += pull * pull;
            }
            chi2Sum += fit.chi2();
            ndfSum += fit.ndf();
            chi2VarianceSum += 2 * fit.ndf();
        }
        for (int i = 0; i < 3; i++) {
            double mean = sum[i][0] / toys;
            double rms = Math.sqrt(sum[i][1] / toys - mean * mean);
            assertThat(mean).as("pull mean of coordinate %d", i).isCloseTo(0, within(0.09));
            assertThat(rms).as("pull RMS of coordinate %d", i).isCloseTo(1, within(0.065));
        }
        assertThat(chi2Sum).isCloseTo(ndfSum, within(4 * Math.sqrt(chi2VarianceSum)));
    }

    @Test
    void errorsScaleWithTheCardResolution() {
        RandomStream rng = RandomStreams.of(5).stream("scale");
        List<Particle> tracks = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            tracks.add(ToyTracks.pion(i, Vec3.ZERO, 1.5, ToyTracks.BELLE2, rng));
        }
        VertexFit nominal = FITTER.fit(tracks);
        VertexFit doubled = new VertexFitter(ToyTracks.BELLE2.scaled(2)).fit(tracks);
        // Every weight is divided by 4, so the covariance is multiplied by 4 and errors by 2, exactly.
        for (int i = 0; i < 3; i++) {
            assertThat(doubled.error(i)).isCloseTo(2 * nominal.error(i), within(1e-12 * nominal.error(i)));
        }
        assertThat(doubled.position().minus(nominal.position()).mag()).isLessThan(1e-12);
    }
}
