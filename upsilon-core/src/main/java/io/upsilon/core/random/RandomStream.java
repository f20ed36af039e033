package io.upsilon.core.random;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.core.source64.XoRoShiRo128PlusPlus;
import org.apache.commons.rng.sampling.distribution.AhrensDieterExponentialSampler;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.PoissonSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * One consumer's random generator (xoroshiro128++ from commons-rng), obtained from {@link
 * RandomStreams#stream(String)}. Not thread-safe: one stream, one consumer, one thread.
 */
public final class RandomStream implements UniformRandomProvider {
    private final String name;
    private final XoRoShiRo128PlusPlus rng;
    private ContinuousSampler gaussian;
    private ContinuousSampler exponential;

    RandomStream(String name, long seed0, long seed1) {
        this.name = name;
        // xoroshiro must not start from an all-zero state.
        this.rng = new XoRoShiRo128PlusPlus(seed0, seed1 == 0 && seed0 == 0 ? 1 : seed1);
    }

    /** The stream's full name, e.g. {@code partition[3]/detector/tracking}. */
    public String name() {
        return name;
    }

    @Override
    public long nextLong() {
        return rng.nextLong();
    }

    @Override
    public int nextInt() {
        return rng.nextInt();
    }

    /** Uniform in the open interval (0, 1): safe for logarithms. */
    public double nextOpenDouble() {
        double u;
        do {
            u = rng.nextDouble();
        } while (u == 0.0);
        return u;
    }

    /** Standard normal deviate. */
    public double nextGaussian() {
        if (gaussian == null) {
            gaussian = ZigguratSampler.NormalizedGaussian.of(rng);
        }
        return gaussian.sample();
    }

    /** Normal deviate with the given mean and standard deviation. */
    public double nextGaussian(double mean, double sigma) {
        return mean + sigma * nextGaussian();
    }

    /** Exponential deviate with mean 1. */
    public double nextExponential() {
        if (exponential == null) {
            exponential = AhrensDieterExponentialSampler.of(rng, 1.0);
        }
        return exponential.sample();
    }

    /** Poisson deviate with the given mean (0 for a mean of 0). */
    public int nextPoisson(double mean) {
        if (!(mean >= 0) || Double.isInfinite(mean)) {
            throw new IllegalArgumentException("Poisson mean must be finite and >= 0, got " + mean);
        }
        if (mean == 0) {
            return 0;
        }
        return PoissonSampler.of(rng, mean).sample();
    }
}
