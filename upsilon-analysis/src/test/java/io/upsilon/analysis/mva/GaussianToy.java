package io.upsilon.analysis.mva;

import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import java.util.List;
import org.hipparchus.special.Erf;

/**
 * Test sample: signal ~ N(DELTA, 1) and background ~ N(0, 1) in three features with unit
 * covariance, plus a fourth feature of pure noise N(0, 1) in both classes. Signal weights are 1;
 * background weights are uniform in [0.5, 1.5], independent of the features (like luminosity
 * weights), so they do not change the optimal ROC.
 *
 * <p>Bayes-optimal AUC: with equal covariances the log likelihood ratio is linear, {@code DELTA . x
 * - |DELTA|^2 / 2}, so it ranks events like the projection {@code t = DELTA . x / |DELTA|}, which is
 * N(0, 1) for background and N(|DELTA|, 1) for signal. Then AUC = P(t_S > t_B) = Phi(|DELTA| /
 * sqrt 2). With DELTA = (1.0, 0.8, 0.6), |DELTA|^2 = 2, so AUC = Phi(1) = 0.841345 (the noise feature
 * and the feature-independent weights change nothing).
 */
final class GaussianToy {
    static final double[] DELTA = {1.0, 0.8, 0.6};
    static final List<String> FEATURES = List.of("x", "y", "z", "noise");

    private GaussianToy() {}

    /** Phi(|DELTA| / sqrt 2) with Phi(u) = (1 + erf(u / sqrt 2)) / 2. */
    static double bayesOptimalAuc() {
        double norm = Math.sqrt(DELTA[0] * DELTA[0] + DELTA[1] * DELTA[1] + DELTA[2] * DELTA[2]);
        double u = norm / Math.sqrt(2);
        return 0.5 * (1 + Erf.erf(u / Math.sqrt(2)));
    }

    /** {@code perClass} signal and {@code perClass} background events, alternating, from a named stream. */
    static TrainingSet sample(long seed, String name, int perClass) {
        RandomStream rng = RandomStreams.of(seed).child("gaussian-toy").stream(name);
        int n = 2 * perClass;
        float[] f = new float[n * 4];
        int[] labels = new int[n];
        double[] weights = new double[n];
        for (int i = 0; i < n; i++) {
            int label = i % 2 == 0 ? 1 : 0;
            labels[i] = label;
            for (int j = 0; j < 3; j++) {
                f[i * 4 + j] = (float) rng.nextGaussian(label == 1 ? DELTA[j] : 0.0, 1.0);
            }
            f[i * 4 + 3] = (float) rng.nextGaussian();
            weights[i] = label == 1 ? 1.0 : 0.5 + rng.nextOpenDouble();
        }
        return new TrainingSet(FEATURES, f, labels, weights);
    }
}
