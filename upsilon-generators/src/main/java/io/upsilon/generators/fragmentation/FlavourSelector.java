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
 * (spin counting times the extra suppression; identical flavours only exist with spin 1).
 *
 * <p><b>Popcorn</b> (B. Andersson, G. Gustafson, T. Sjöstrand, Physica Scripta 32 (1985) 574): a
 * new diquark may instead be the start of baryon - meson - antibaryon, where the baryon and the
 * antibaryon share one quark-antiquark pair (the popcorn quark) and the meson between them takes
 * the antiquark of the other ("vertex") quark of the antidiquark left at the string end together
 * with a new quark, whose antiquark replaces it in that antidiquark ({@link BreakFlavour}). Here
 * (Upsilon's own rule, after PYTHIA 8's description of its parameters, not its code): the shared
 * quark is either quark of the diquark with equal probability; the configuration is chosen with
 * probability popcornRate / (0.5 + popcornRate), times popcornSpair if the shared quark is s and
 * popcornSmeson if the vertex quark (then in the meson) is s; the meson's new quark is u : d : s = 1
 * : 1 : probStoUD popcornSmeson. At most one popcorn meson per diquark pair.
 */
final class FlavourSelector {
    /** Diquark codes, in the order of {@link #diquarkCumulative}. */
    private static final int[] DIQUARKS = {1103, 2101, 2103, 2203, 3101, 3103, 3201, 3203, 3303};

    private final double probDiquark;
    private final double probD;
    private final double probDorU;
    private final double[] diquarkCumulative = new double[DIQUARKS.length];
    private final double probSpin1;
    private final double popcorn;
    private final double popcornSpair;
    private final double popcornSmeson;
    private final double popcornD;
    private final double popcornDorU;

    FlavourSelector(FragmentationTune tune) {
        double sum = 2 + tune.probStoUD();
        this.probD = 1 / sum;
        this.probDorU = 2 / sum;
        this.probDiquark = tune.probQQtoQ() / (1 + tune.probQQtoQ());
        double spin1 = 3 * tune.probQQ1toQQ0();
        this.probSpin1 = spin1 / (1 + spin1);
        SpinFlavourBaryons baryons = tune.baryons();
        this.popcorn = baryons.popcornProbability();
        this.popcornSpair = baryons.popcornSpair();
        this.popcornSmeson = baryons.popcornSmeson();
        double popcornSum = 2 + tune.probStoUD() * baryons.popcornSmeson();
        this.popcornD = 1 / popcornSum;
        this.popcornDorU = 2 / popcornSum;
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

    /**
     * Whether a new diquark (positive code) starts a popcorn configuration: 0 for an ordinary
     * baryon-antibaryon pair, else the vertex quark (1-3), the one of the diquark's quarks that the
     * popcorn meson will take (as its antiquark); the other is shared by baryon and antibaryon.
     */
    int popcornVertex(int diquark, RandomStream rng) {
        if (popcorn == 0) {
            return 0;
        }
        int qa = diquark / 1000;
        int qb = (diquark / 100) % 10;
        boolean firstShared = rng.nextDouble() < 0.5;
        int shared = firstShared ? qa : qb;
        int vertex = firstShared ? qb : qa;
        double p = popcorn * (shared == 3 ? popcornSpair : 1) * (vertex == 3 ? popcornSmeson : 1);
        return rng.nextDouble() < p ? vertex : 0;
    }

    /** The new quark (1-3) of a popcorn meson: u : d : s = 1 : 1 : probStoUD popcornSmeson. */
    int pickPopcornQuark(RandomStream rng) {
        double u = rng.nextDouble();
        return u < popcornD ? 1 : u < popcornDorU ? 2 : 3;
    }

    /**
     * The positive diquark code of two quarks (1-3, either order): spin 1 for the same flavour, else
     * spin 1 with probability 3 probQQ1toQQ0 / (1 + 3 probQQ1toQQ0).
     */
    int diquark(int q1, int q2, RandomStream rng) {
        int hi = Math.max(q1, q2);
        int lo = Math.min(q1, q2);
        int spin = hi == lo || rng.nextDouble() < probSpin1 ? 3 : 1;
        return 1000 * hi + 100 * lo + spin;
    }
}
