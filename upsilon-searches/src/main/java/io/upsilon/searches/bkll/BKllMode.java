package io.upsilon.searches.bkll;

import java.util.List;

/**
 * The four reconstructed final states: B+ -&gt; K+ e+ e-, K+ mu+ mu-, B0 -&gt; K*0(-&gt; K+ pi-) e+ e-,
 * K*0 mu+ mu- (and their charge conjugates).
 */
enum BKllMode {
    /** B+ -&gt; K+ e+ e-. */
    KEE("kee", "B⁺ → K⁺ e⁺e⁻", false, 11),
    /** B+ -&gt; K+ mu+ mu-. */
    KMUMU("kmumu", "B⁺ → K⁺ μ⁺μ⁻", false, 13),
    /** B0 -&gt; K*0 e+ e-. */
    KSTAREE("kstaree", "B⁰ → K*⁰ e⁺e⁻", true, 11),
    /** B0 -&gt; K*0 mu+ mu-. */
    KSTARMUMU("kstarmumu", "B⁰ → K*⁰ μ⁺μ⁻", true, 13);

    /** All modes in feature-code order. */
    static final List<BKllMode> ALL = List.of(values());

    private final String key;
    private final String label;
    private final boolean kstar;
    private final int lepton;

    BKllMode(String key, String label, boolean kstar, int lepton) {
        this.key = key;
        this.label = label;
        this.kstar = kstar;
        this.lepton = lepton;
    }

    /** The YAML and file-name key. */
    String key() {
        return key;
    }

    /** The plot and table label. */
    String label() {
        return label;
    }

    /** Whether the hadron is a K*0 -&gt; K+ pi- (else a K+). */
    boolean kstar() {
        return kstar;
    }

    /** The lepton's |PDG id|: 11 or 13. */
    int lepton() {
        return lepton;
    }

    /** The mode with key {@code key}, or null. */
    static BKllMode byKey(String key) {
        for (BKllMode m : values()) {
            if (m.key.equals(key)) {
                return m;
            }
        }
        return null;
    }

    /** The mode with the other lepton and the same hadron. */
    BKllMode partner() {
        return switch (this) {
            case KEE -> KMUMU;
            case KMUMU -> KEE;
            case KSTAREE -> KSTARMUMU;
            case KSTARMUMU -> KSTAREE;
        };
    }
}
