package io.upsilon.searches.charmlifetimes;

/**
 * The three measured decays, with the PDG code of the charmed hadron (the positive one; charge
 * conjugates are reconstructed too) and its label.
 */
enum CharmMode {
    /** D0 -&gt; K- pi+ from D*+ -&gt; D0 pi+. */
    D0("d0", 421, "D0 -> K- pi+ (D*+ tagged)", "D⁰ → K⁻π⁺ (D*⁺ tagged)"),
    /** D+ -&gt; K- pi+ pi+. */
    DPLUS("dplus", 411, "D+ -> K- pi+ pi+", "D⁺ → K⁻π⁺π⁺"),
    /** Lambda_c+ -&gt; p K- pi+. */
    LAMBDA_C("lambdac", 4122, "Lambda_c+ -> p K- pi+", "Λc⁺ → pK⁻π⁺");

    private final String key;
    private final int pdg;
    private final String label;
    private final String plotLabel;

    CharmMode(String key, int pdg, String label, String plotLabel) {
        this.key = key;
        this.pdg = pdg;
        this.label = label;
        this.plotLabel = plotLabel;
    }

    /** The YAML key and file-name part. */
    String key() {
        return key;
    }

    /** PDG code of the charmed hadron. */
    int pdg() {
        return pdg;
    }

    /** A plain-text label. */
    String label() {
        return label;
    }

    /** The label for plots (Unicode). */
    String plotLabel() {
        return plotLabel;
    }
}
