package io.upsilon.searches.taulphi;

/** The signal-side lepton flavour of the τ → ℓφ search. */
public enum Channel {
    /** τ → eφ. */
    E("e", 11),
    /** τ → μφ. */
    MU("mu", 13);

    private final String label;
    private final int pdgId;

    Channel(String label, int pdgId) {
        this.label = label;
        this.pdgId = pdgId;
    }

    /** "e" or "mu" (keys of result.json). */
    public String label() {
        return label;
    }

    /** PDG id of the lepton (11 or 13). */
    public int pdgId() {
        return pdgId;
    }
}
