package io.upsilon.searches;

/** The lepton flavour of a search's channel (τ → eα / μα, τ → eφ / μφ, ...). */
public enum LeptonChannel {
    /** The electron channel. */
    E("e", 11),
    /** The muon channel. */
    MU("mu", 13);

    private final String label;
    private final int pdgId;

    LeptonChannel(String label, int pdgId) {
        this.label = label;
        this.pdgId = pdgId;
    }

    /** "e" or "mu" (channel names in file names, tables and result keys). */
    public String label() {
        return label;
    }

    /** The channels' labels in order ("e", "mu"): the keys of per-channel YAML entries. */
    public static java.util.List<String> labels() {
        return java.util.Arrays.stream(values()).map(LeptonChannel::label).toList();
    }

    /** PDG id of the lepton (11 or 13). */
    public int pdgId() {
        return pdgId;
    }
}
