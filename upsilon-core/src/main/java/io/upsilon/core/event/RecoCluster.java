package io.upsilon.core.event;

/**
 * A reconstructed ECL cluster (lab frame, direction from the nominal interaction point).
 *
 * @param index position in {@link RecoEvent#clusters()}
 * @param energy measured energy, GeV
 * @param theta polar angle, rad
 * @param phi azimuth, rad
 * @param region basf2 clusterReg: 1 forward endcap, 2 barrel, 3 backward endcap, 0 outside (gaps)
 * @param nHits number of crystals (basf2 clusterNHits)
 * @param time cluster time relative to the event, ns
 * @param trackIndex index of the matched track, -1 for a neutral cluster
 * @param truthIndex index of the generated particle that deposited most of the energy, -1 for background
 */
public record RecoCluster(
        int index,
        double energy,
        double theta,
        double phi,
        int region,
        double nHits,
        double time,
        int trackIndex,
        int truthIndex) {
    /** True when no track points to this cluster (a photon candidate). */
    public boolean isNeutral() {
        return trackIndex < 0;
    }
}
