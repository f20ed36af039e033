package io.upsilon.generators.fragmentation;

import io.upsilon.core.random.RandomStream;

/**
 * The flavours of one string break at one end, shared by {@link StringBreaker} and {@link
 * KinkedString}: the new pair, the hadron it makes with the end, and the end's flavour and
 * popcorn state afterwards. The result is left in the fields (reused: nothing is allocated).
 *
 * <p>An ordinary break draws a quark or diquark pair ({@link FlavourSelector}; only quarks next to
 * a diquark end) and combines the end flavour with the member of the pair on its side ({@link
 * HadronSpecies}). A new diquark may start a popcorn configuration ({@link
 * FlavourSelector#popcornVertex}); then the end's next break is the popcorn meson: the vertex
 * antiquark of the end's antidiquark (or quark of its diquark, at an anti-triplet end) with a new
 * quark q (antiquark), and the end becomes the diquark of the shared quark and q, whose spin is
 * drawn again, with no further popcorn. The baryon and antibaryon thus share one quark pair and
 * the meson sits between them in rank (Andersson, Gustafson, Sjöstrand, Physica Scripta 32 (1985)
 * 574).
 */
final class BreakFlavour {
    private final FlavourSelector flavours;
    private final HadronSpecies species;

    /** The new flavour as drawn (positive quark or diquark code): it sets z's a and the stop mass. */
    int newFlavour;

    /** The hadron's signed PDG id; 0 when it was rejected (eta, eta' or SU(6)): draw again. */
    int hadron;

    /** The end's flavour after the break. */
    int nextEnd;

    /** The vertex quark of a popcorn meson the end still has to make, or 0. */
    int nextPopcorn;

    BreakFlavour(FlavourSelector flavours, HadronSpecies species) {
        this.flavours = flavours;
        this.species = species;
    }

    /**
     * Draws one break.
     *
     * @param end the end's flavour
     * @param popcornVertex the end's pending popcorn vertex quark, or 0
     * @param tripletEnd true for the colour-triplet end (quark or antidiquark), false for the other
     * @return false when the hadron was rejected ({@link #hadron} is 0): the caller draws again
     */
    boolean draw(int end, int popcornVertex, boolean tripletEnd, RandomStream rng) {
        if (popcornVertex != 0) {
            int sign = Integer.signum(end);
            int diquark = Math.abs(end);
            int qa = diquark / 1000;
            int qb = (diquark / 100) % 10;
            int shared = qa == popcornVertex ? qb : qa;
            int q = flavours.pickPopcornQuark(rng);
            newFlavour = q;
            hadron = species.hadron(sign * popcornVertex, -sign * q, rng);
            nextEnd = sign * flavours.diquark(shared, q, rng);
            nextPopcorn = 0;
            return hadron != 0;
        }
        newFlavour = flavours.pick(rng, FlavourCodes.isDiquark(end));
        int triplet = FlavourCodes.isQuark(newFlavour) ? newFlavour : -newFlavour;
        hadron = species.hadron(end, tripletEnd ? -triplet : triplet, rng);
        if (hadron == 0) {
            return false;
        }
        nextEnd = tripletEnd ? triplet : -triplet;
        nextPopcorn = FlavourCodes.isDiquark(newFlavour) ? flavours.popcornVertex(newFlavour, rng) : 0;
        return true;
    }
}
