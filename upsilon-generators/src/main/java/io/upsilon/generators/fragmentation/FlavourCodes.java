package io.upsilon.generators.fragmentation;

/**
 * Conventions for the flavours at string ends and breaks. A flavour is a signed PDG code: a quark
 * {@code 1..5} (antiquark negative) or a diquark {@code 1000 qa + 100 qb + 2s+1} with {@code qa >=
 * qb} (antidiquark negative). Colour triplets are quarks and antidiquarks; anti-triplets are
 * antiquarks and diquarks.
 */
final class FlavourCodes {
    private FlavourCodes() {}

    static boolean isQuark(int f) {
        int a = Math.abs(f);
        return a >= 1 && a <= 5;
    }

    static boolean isDiquark(int f) {
        int a = Math.abs(f);
        return a > 1000 && a < 10000 && (a / 10) % 10 == 0 && a % 10 >= 1;
    }

    /** True for a colour triplet: a quark or an antidiquark. */
    static boolean isTriplet(int f) {
        return (f > 0 && isQuark(f)) || (f < 0 && isDiquark(f));
    }

    /** True for a colour anti-triplet: an antiquark or a diquark. */
    static boolean isAntiTriplet(int f) {
        return (f < 0 && isQuark(f)) || (f > 0 && isDiquark(f));
    }

    /** The heaviest quark flavour (1..5) a quark or diquark code contains. */
    static int heaviestQuark(int f) {
        int a = Math.abs(f);
        return a < 10 ? a : a / 1000;
    }

    /** Number of s quarks in a quark or diquark code. */
    static int strangeCount(int f) {
        int a = Math.abs(f);
        if (a < 10) {
            return a == 3 ? 1 : 0;
        }
        return (a / 1000 == 3 ? 1 : 0) + ((a / 100) % 10 == 3 ? 1 : 0);
    }
}
