package io.upsilon.core.event;

/** The L1 trigger lines of the engineering trigger model ([E]: estimated conditions, not Belle II's published ones). */
public enum TriggerLine {
    /** >= 2 tracks with pT > 0.3 GeV and opening angle > 90 deg. */
    TWO_TRACK,
    /** >= 3 tracks with pT > 0.3 GeV. */
    THREE_TRACK,
    /** ECL total energy > 1 GeV, Bhabha veto. */
    ECL_ENERGY,
    /** One energetic cluster and no tracks (single-photon line). */
    SINGLE_PHOTON,
    /** One muon reaching the KLM barrel. */
    SINGLE_MUON;

    /** The bit of this line in {@link RecoEvent#triggerBits()}. */
    public int bit() {
        return 1 << ordinal();
    }
}
