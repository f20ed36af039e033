package io.upsilon.searches.taualpha;

/** The signal-side lepton flavour of the τ → ℓα search. */
public enum Channel {
    /** τ → eα, signal track identified as an electron. */
    E("e", 11),
    /** τ → μα, signal track identified as a muon. */
    MU("mu", 13);

    private final String label;
    private final int pdgId;

    Channel(String label, int pdgId) {
        this.label = label;
        this.pdgId = pdgId;
    }

    /** "e" or "mu" (the {@code channel} column of limits.csv). */
    public String label() {
        return label;
    }

    /** PDG id of the lepton (11 or 13). */
    public int pdgId() {
        return pdgId;
    }
}
