package io.upsilon.generators.fragmentation;

/**
 * The parameters of baryon production beyond the diquark rates of {@link FragmentationTune}: the
 * decuplet suppression on top of the SU(6) weights, and the popcorn mechanism, named after their
 * PYTHIA 8 settings ({@code StringFlav:decupletSup}, {@code popcornRate}, {@code popcornSpair},
 * {@code popcornSmeson}, documented in PYTHIA 8's {@code FlavourSelection.xml}). Physics: the
 * SU(6) spin-flavour weights of JETSET's baryon production (T. Sjöstrand, Comput. Phys. Commun. 39
 * (1986) 347; JETSET 7.4 manual, Comput. Phys. Commun. 82 (1994) 74; PYTHIA 6.4 manual,
 * hep-ph/0603175, sec. 12.1.3) and the popcorn model (B. Andersson, G. Gustafson, T. Sjöstrand,
 * Physica Scripta 32 (1985) 574).
 *
 * @param decupletSup {@code StringFlav:decupletSup}: extra factor on the SU(6) weight of a
 *     decuplet (spin-3/2) baryon, in [0, 1]
 * @param popcorn whether a diquark pair may become baryon - meson - antibaryon (false: every
 *     diquark pair makes an adjacent baryon-antibaryon pair)
 * @param popcornRate {@code StringFlav:popcornRate}: B M Bbar / (B Bbar + B M Bbar) = popcornRate
 *     / (0.5 + popcornRate) before the strangeness factors
 * @param popcornSpair {@code StringFlav:popcornSpair}: extra factor when the quark pair shared by
 *     the baryon and the antibaryon is s sbar
 * @param popcornSmeson {@code StringFlav:popcornSmeson}: extra factor per s quark in the popcorn
 *     meson
 */
public record SpinFlavourBaryons(
        double decupletSup, boolean popcorn, double popcornRate, double popcornSpair, double popcornSmeson) {

    /**
     * Validates the ranges.
     *
     * @throws IllegalArgumentException naming the first bad parameter
     */
    public SpinFlavourBaryons {
        fraction("decupletSup", decupletSup);
        if (!(popcornRate >= 0) || Double.isInfinite(popcornRate)) {
            throw new IllegalArgumentException("popcornRate must be finite and >= 0, got " + popcornRate);
        }
        fraction("popcornSpair", popcornSpair);
        fraction("popcornSmeson", popcornSmeson);
    }

    private static void fraction(String name, double v) {
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException(name + " must be in [0, 1], got " + v);
        }
    }

    /**
     * The probability that a new diquark pair is produced as baryon - meson - antibaryon, before
     * the strangeness factors: popcornRate / (0.5 + popcornRate), or 0 when popcorn is off.
     */
    public double popcornProbability() {
        return popcorn ? popcornRate / (0.5 + popcornRate) : 0;
    }

    /** The same parameters with popcorn switched {@code on} or off. */
    public SpinFlavourBaryons withPopcorn(boolean on) {
        return new SpinFlavourBaryons(decupletSup, on, popcornRate, popcornSpair, popcornSmeson);
    }
}
