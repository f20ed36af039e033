package io.upsilon.stats.infer;

/**
 * A CLs hypothesis test as a function of the POI: the asymptotic formulae ({@link
 * AsymptoticCalculator}) or pseudo-experiments ({@link ToyCalculator}); {@link UpperLimit} works
 * with either.
 */
public interface HypothesisTest {
    /** The hypothesis test at POI value {@code mu}. */
    HypotestResult hypotest(double mu);
}
