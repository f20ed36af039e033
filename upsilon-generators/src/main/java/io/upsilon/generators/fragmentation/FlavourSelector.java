package io.upsilon.generators.fragmentation;

import io.upsilon.core.random.RandomStream;

/**
 * Picks the flavour of a new pair at a string break (PYTHIA 6.4 manual, hep-ph/0603175, sec.
 * 12.1.2; parameters as documented in PYTHIA 8's {@code FlavourSelection.xml}).
 *
 * <p>Quark pairs u : d : s = 1 : 1 : probStoUD (c and b are not made in breaks: their tunnelling
 * suppression is ~1e-11). Diquark pairs come with probability probQQtoQ / (1 + probQQtoQ). A
 * diquark's weight is the product of its two quarks' weights (both orders of two different
 * flavours, so a factor 2 for them), times probSQtoQQ per s quark, times 3 probQQ1toQQ0 for spin 1
 * (spin counting times the extra suppression; identical flavours only exist with spin 1). The
 * popcorn mechanism (a meson between a baryon and its antibaryon) is not modelled: every diquark
 * pair makes an adjacent baryon-antibaryon pair.
 */
final class FlavourSelector {
    /** Diquark codes, in the order of {@link #diquarkCumulative}. */
    private static final int[] DIQUARKS = {1103, 2101, 2103, 2203, 3101, 3103, 3201, 3203, 3303};

    private final double probDiquark;
    private final double probD;
    private final double probDorU;
    private final double[] diquarkCumulative = new double[DIQUARKS.length];

    FlavourSelector(FragmentationTune tune) {
        double sum = 2 + tune.probStoUD();
        this.probD = 1 / sum;
        this.probDorU = 2 / sum;
        this.probDiquark = tune.probQQtoQ() / (1 + tune.probQQtoQ());
        double spin1 = 3 * tune.probQQ1toQQ0();
        double total = 0;
        for (int i = 0; i < DIQUARKS.length; i++) {
            int code = DIQUARKS[i];
            int qa = code / 1000;
            int qb = (code / 100) % 10;
            double w = weight(qa, tune) * weight(qb, tune) * (qa == qb ? 1 : 2);
            w *= Math.pow(tune.probSQtoQQ(), FlavourCodes.strangeCount(code));
            w *= code % 10 == 3 ? spin1 : 1;
            total += w;
            diquarkCumulative[i] = total;
        }
        if (total > 0) {
            for (int i = 0; i < DIQUARKS.length; i++) {
                diquarkCumulative[i] /= total;
            }
        }
    }

    private static double weight(int quark, FragmentationTune tune) {
        return quark == 3 ? tune.probStoUD() : 1;
    }

    /** Probability that a break makes a diquark pair (when diquarks are allowed). */
    double diquarkProbability() {
        return probDiquark;
    }

    /**
     * A new flavour: a positive quark code (1-3) or, unless {@code quarkOnly}, a positive diquark
     * code.
     */
    int pick(RandomStream rng, boolean quarkOnly) {
        if (!quarkOnly && probDiquark > 0 && rng.nextDouble() < probDiquark) {
            return pickDiquark(rng);
        }
        return pickQuark(rng);
    }

    /** A quark flavour d, u or s (1, 2, 3). */
    int pickQuark(RandomStream rng) {
        double u = rng.nextDouble();
        return u < probD ? 1 : u < probDorU ? 2 : 3;
    }

    private int pickDiquark(RandomStream rng) {
        double u = rng.nextDouble();
        for (int i = 0; i < DIQUARKS.length - 1; i++) {
            if (u < diquarkCumulative[i]) {
                return DIQUARKS[i];
            }
        }
        return DIQUARKS[DIQUARKS.length - 1];
    }
}
