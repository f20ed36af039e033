package io.upsilon.searches.sin2phi1;

import io.upsilon.core.config.ConfigNode;
import io.upsilon.core.random.RandomStream;
import java.util.Arrays;

/**
 * A parametrised flavour tagger: the tag-side B's generated flavour at its decay is turned into
 * what a tagger reports, a flavour q = +1 (B0) or -1 (anti-B0) and a quality bin l (r-bins of the
 * dilution r = |1 - 2w|), with the published per-bin event fractions epsilon_l, wrong-tag fractions
 * w_l and flavour differences Delta w_l = w(B0) - w(anti-B0) (the configuration cites the table).
 * A true B0 is mistagged with probability w_l + Delta w_l / 2, a true anti-B0 with w_l - Delta w_l /
 * 2, so the tagged rate carries the factor 1 - q Delta w_l + q (1 - 2 w_l) (S sin - C cos) of
 * Belle's Delta t PDF (Belle, PRL 108, 171802 (2012), Eq. (1)). The effective efficiency is
 * sum_l epsilon_l (1 - 2 w_l)^2.
 *
 * @param edges r-bin edges (bins + 1 values, 0 to 1)
 * @param fractions epsilon_l, summing to 1
 * @param wrongTag w_l
 * @param deltaWrongTag Delta w_l
 */
public record FlavourTagger(double[] edges, double[] fractions, double[] wrongTag, double[] deltaWrongTag) {
    /** Validates: one fraction, w and Delta w per bin, fractions summing to 1, 0 &lt;= w +- Delta w / 2 &lt;= 1/2. */
    public FlavourTagger {
        edges = edges.clone();
        fractions = fractions.clone();
        wrongTag = wrongTag.clone();
        deltaWrongTag = deltaWrongTag.clone();
        int n = fractions.length;
        if (n == 0 || edges.length != n + 1 || wrongTag.length != n || deltaWrongTag.length != n) {
            throw new IllegalArgumentException("expected bins + 1 edges and one fraction, w and delta w per bin");
        }
        double sum = 0;
        for (int l = 0; l < n; l++) {
            sum += fractions[l];
            double wb = wrongTag[l] + deltaWrongTag[l] / 2;
            double wa = wrongTag[l] - deltaWrongTag[l] / 2;
            if (!(fractions[l] >= 0) || !(wb >= 0 && wb <= 0.5 + 1e-12 && wa >= 0 && wa <= 0.5 + 1e-12)) {
                throw new IllegalArgumentException("bin " + l + ": expected fraction >= 0 and 0 <= w +- dw/2 <= 0.5");
            }
        }
        if (Math.abs(sum - 1) > 1e-3) {
            throw new IllegalArgumentException("the bin fractions sum to " + sum + ", expected 1");
        }
    }

    /** Reads the {@code tagger} block: {@code r_edges}, {@code fractions}, {@code w}, {@code delta_w}. */
    static FlavourTagger read(ConfigNode n) {
        double[] edges = n.numbers("r_edges", 0, 1);
        double[] f = n.numbers("fractions", 0, 1);
        double[] w = n.numbers("w", 0, 0.5);
        double[] dw = n.numbers("delta_w", -0.5, 0.5);
        try {
            FlavourTagger t = new FlavourTagger(edges, f, w, dw);
            n.finish();
            return t;
        } catch (IllegalArgumentException e) {
            throw n.error("fractions", e.getMessage());
        }
    }

    /** The r-bin edges (a copy). */
    @Override
    public double[] edges() {
        return edges.clone();
    }

    /** epsilon_l of every bin (a copy). */
    @Override
    public double[] fractions() {
        return fractions.clone();
    }

    /** w_l of every bin (a copy). */
    @Override
    public double[] wrongTag() {
        return wrongTag.clone();
    }

    /** Delta w_l of every bin (a copy). */
    @Override
    public double[] deltaWrongTag() {
        return deltaWrongTag.clone();
    }

    /** Lower r edge of bin l. */
    public double lowerEdge(int l) {
        return edges[l];
    }

    /** epsilon_l. */
    public double fraction(int l) {
        return fractions[l];
    }

    /** w_l. */
    public double wrongTag(int l) {
        return wrongTag[l];
    }

    /** Delta w_l. */
    public double deltaWrongTag(int l) {
        return deltaWrongTag[l];
    }

    /** Number of r-bins. */
    public int bins() {
        return fractions.length;
    }

    /** sum_l epsilon_l (1 - 2 w_l)^2. */
    public double effectiveEfficiency() {
        double e = 0;
        for (int l = 0; l < bins(); l++) {
            e += fractions[l] * Math.pow(1 - 2 * wrongTag[l], 2);
        }
        return e;
    }

    /** epsilon_l (1 - 2 w_l)^2 of bin l. */
    public double effectiveEfficiency(int l) {
        return fractions[l] * Math.pow(1 - 2 * wrongTag[l], 2);
    }

    /**
     * The tagger's output for a tag-side B of generated flavour {@code trueFlavour} (+1 B0, -1
     * anti-B0): {q, bin}. Draws the bin from epsilon_l, then a mistag.
     */
    public int[] tag(int trueFlavour, RandomStream rng) {
        if (trueFlavour != 1 && trueFlavour != -1) {
            throw new IllegalArgumentException("expected a flavour +1 or -1, got " + trueFlavour);
        }
        double u = rng.nextDouble();
        int bin = bins() - 1;
        double cum = 0;
        for (int l = 0; l < bins(); l++) {
            cum += fractions[l];
            if (u < cum) {
                bin = l;
                break;
            }
        }
        double w = wrongTag[bin] + trueFlavour * deltaWrongTag[bin] / 2;
        int q = rng.nextDouble() < w ? -trueFlavour : trueFlavour;
        return new int[] {q, bin};
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FlavourTagger t
                && Arrays.equals(edges, t.edges)
                && Arrays.equals(fractions, t.fractions)
                && Arrays.equals(wrongTag, t.wrongTag)
                && Arrays.equals(deltaWrongTag, t.deltaWrongTag);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(fractions) * 31 + Arrays.hashCode(wrongTag);
    }

    @Override
    public String toString() {
        return "FlavourTagger" + Arrays.toString(fractions);
    }
}
