package io.upsilon.searches.validation;

/**
 * Published measurements of e+e- -&gt; hadrons in the continuum near sqrt(s) = 10.58 GeV used by
 * {@link ContinuumValidation}, one source per number. Only numbers read in the publication (or its
 * HEPData record) are here; a quantity without one is reported as "no reference" in the document.
 */
public final class ContinuumReferences {
    /**
     * Mean charged multiplicity of continuum events at sqrt(s) = 10.47 GeV, including the charged
     * decay products of K0_S and Lambda: 8.35 +- 0.02 (stat) +- 0.20 (syst). ARGUS, H. Albrecht et
     * al., Z. Phys. C54 (1992) 13 (HEPData ins319102).
     */
    public static final ReferenceValue ARGUS_MEAN_NCH = ReferenceValue.of(
            8.35, 0.02, 0.20, "ARGUS, Z. Phys. C54 (1992) 13, 10.47 GeV continuum (HEPData ins319102)");

    /**
     * Mean scaled momentum x_p = p* / p*_max of Lambda_c+ in continuum events at 10.54 GeV: 0.574 +-
     * 0.009. BaBar, B. Aubert et al., Phys. Rev. D 75, 012003 (2007), hep-ex/0609004.
     */
    public static final ReferenceValue BABAR_LAMBDA_C_MEAN_XP =
            new ReferenceValue(0.574, 0.009, "BaBar, PRD 75, 012003 (2007), hep-ex/0609004, 10.54 GeV");

    private ContinuumReferences() {}
}
