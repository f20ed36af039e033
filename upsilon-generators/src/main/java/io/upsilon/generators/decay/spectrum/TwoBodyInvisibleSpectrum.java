package io.upsilon.generators.decay.spectrum;

import java.util.Locale;

/**
 * B+ -&gt; K+ X with X a single invisible particle of mass m_X: a two-body decay, so q^2 = m_X^2
 * exactly and the whole branching fraction sits in the truth bin that contains m_X^2 (bins are
 * half-open, [lo, hi)). The dark scalar of {@code BTOKSCALAR} ({@code DarkScalar}) is one such X
 * when it escapes the detector.
 *
 * @param mass m_X, GeV (&gt;= 0)
 * @param branchingFraction B(B+ -&gt; K+ X) (&gt;= 0)
 */
public record TwoBodyInvisibleSpectrum(double mass, double branchingFraction) implements TruthSpectrum {
    /** Validates: finite mass &gt;= 0 and branching fraction in [0, 1]. */
    public TwoBodyInvisibleSpectrum {
        if (!(mass >= 0) || Double.isInfinite(mass)) {
            throw new IllegalArgumentException("m_X must be a finite mass >= 0 GeV, got " + mass);
        }
        if (!(branchingFraction >= 0 && branchingFraction <= 1)) {
            throw new IllegalArgumentException("B(B+ -> K+ X) must be in [0, 1], got " + branchingFraction);
        }
    }

    /** The index of the bin that contains m_X^2, or -1 when it is outside the edges. */
    public int bin(double[] edges) {
        TruthSpectrum.checkEdges(edges);
        double q2 = mass * mass;
        for (int i = 0; i + 1 < edges.length; i++) {
            if (q2 >= edges[i] && q2 < edges[i + 1]) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public double[] binnedBranchingFractions(double[] edges) {
        int k = bin(edges);
        if (k < 0) {
            throw new IllegalArgumentException("m_X^2 = " + mass * mass + " GeV^2 is outside the truth bins ["
                    + edges[0] + ", " + edges[edges.length - 1] + ")");
        }
        double[] b = new double[edges.length - 1];
        b[k] = branchingFraction;
        return b;
    }

    @Override
    public String label() {
        return String.format(Locale.ROOT, "B+ -> K+ X, m_X=%.4g GeV, B=%.4g", mass, branchingFraction);
    }
}
