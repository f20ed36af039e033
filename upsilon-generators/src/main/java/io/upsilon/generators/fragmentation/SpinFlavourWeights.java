package io.upsilon.generators.fragmentation;

/**
 * The SU(6) spin-flavour weights with which a quark and a diquark (colour anti-triplet, spin 0 or
 * 1, symmetric in spin times flavour) form a baryon of the octet (spin 1/2) or the decuplet (spin
 * 3/2): the squared overlap of the quark-diquark state, averaged over the spins, with the baryon
 * states that are totally symmetric in spin and flavour (the 56 of SU(6)), split by total spin.
 * This is the model of JETSET's baryon production (T. Sjöstrand, Comput. Phys. Commun. 39 (1986)
 * 347; JETSET 7.4 manual, Comput. Phys. Commun. 82 (1994) 74; PYTHIA 6.4 manual, hep-ph/0603175,
 * sec. 12.1.3).
 *
 * <p>The weights depend only on the diquark's spin, whether its two quarks are the same flavour,
 * and whether the quark is one of them (e.g. ud0 + u makes only the proton, weight 3/4; ud0 + s the
 * Lambda, 1/2). They were derived for this class by projecting the states onto the symmetric
 * subspace and onto total spin (the test recomputes them that way); the normalisation is the
 * conventional one in which ud0 + u gives 3/4, and only ratios within one kind of diquark matter,
 * since a combination is accepted with its weight over {@link #maximum}. The decuplet weights are
 * multiplied by decupletSup ({@code StringFlav:decupletSup} of PYTHIA 8).
 *
 * <table>
 *   <caption>octet, decuplet weights (before decupletSup)</caption>
 *   <tr><th>diquark</th><th>quark in the diquark</th><th>other quark</th></tr>
 *   <tr><td>spin 0 (two flavours)</td><td>3/4, 0</td><td>1/2, 0</td></tr>
 *   <tr><td>spin 1, one flavour twice</td><td>0, 1</td><td>1/6, 1/3</td></tr>
 *   <tr><td>spin 1, two flavours</td><td>1/12, 2/3</td><td>1/6, 1/3</td></tr>
 * </table>
 */
final class SpinFlavourWeights {
    private final double decupletSup;

    /**
     * @param decupletSup extra factor on every decuplet weight, in [0, 1]
     */
    SpinFlavourWeights(double decupletSup) {
        if (!(decupletSup >= 0 && decupletSup <= 1)) {
            throw new IllegalArgumentException("decupletSup must be in [0, 1], got " + decupletSup);
        }
        this.decupletSup = decupletSup;
    }

    /**
     * The octet weight of a quark and a diquark.
     *
     * @param spin1 the diquark has spin 1 (else 0)
     * @param identical the diquark's two quarks have the same flavour (only possible for spin 1)
     * @param quarkInDiquark the quark's flavour is one of the diquark's
     */
    double octet(boolean spin1, boolean identical, boolean quarkInDiquark) {
        if (!spin1) {
            return quarkInDiquark ? 0.75 : 0.5;
        }
        if (identical) {
            return quarkInDiquark ? 0 : 1.0 / 6;
        }
        return quarkInDiquark ? 1.0 / 12 : 1.0 / 6;
    }

    /** The decuplet weight (times decupletSup), arguments as for {@link #octet}. */
    double decuplet(boolean spin1, boolean identical, boolean quarkInDiquark) {
        if (!spin1) {
            return 0; // spin 0 + spin 1/2 cannot make spin 3/2
        }
        double w;
        if (identical) {
            w = quarkInDiquark ? 1 : 1.0 / 3;
        } else {
            w = quarkInDiquark ? 2.0 / 3 : 1.0 / 3;
        }
        return decupletSup * w;
    }

    /** The largest octet + decuplet weight of a diquark of this kind, over the two kinds of quark. */
    double maximum(boolean spin1, boolean identical) {
        return Math.max(
                octet(spin1, identical, true) + decuplet(spin1, identical, true),
                octet(spin1, identical, false) + decuplet(spin1, identical, false));
    }
}
