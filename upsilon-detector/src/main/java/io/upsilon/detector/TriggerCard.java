package io.upsilon.detector;

/**
 * The {@code trigger} block of the detector card (energies and momenta in GeV, angles in rad).
 *
 * @param twoTrackMinPt pT threshold of the two-track line
 * @param twoTrackMinOpeningAngle smallest opening angle of the two-track line
 * @param twoTrackEfficiency efficiency of the two-track line when its condition holds
 * @param threeTrackMinPt pT threshold of the three-track line
 * @param threeTrackEfficiency efficiency of the three-track line
 * @param eclEnergyMin lab sum of cluster energies of the ECL-energy line
 * @param eclEnergyEfficiency efficiency of the ECL-energy line
 * @param singlePhotonBarrelMinCms CM energy of a barrel cluster for the single-photon line
 * @param singlePhotonEndcapMinCms CM energy of an endcap cluster for the single-photon line
 * @param singlePhotonEfficiency efficiency of the single-photon line
 * @param singleMuonMinLayers KLM barrel layers of a track for the single-muon line
 * @param singleMuonEfficiency efficiency of the single-muon line
 * @param bhabhaMinEnergyCms CM energy of each cluster of a vetoed back-to-back pair
 * @param bhabhaMaxAcollinearity largest CM acollinearity of a vetoed pair
 */
public record TriggerCard(
        double twoTrackMinPt,
        double twoTrackMinOpeningAngle,
        double twoTrackEfficiency,
        double threeTrackMinPt,
        double threeTrackEfficiency,
        double eclEnergyMin,
        double eclEnergyEfficiency,
        double singlePhotonBarrelMinCms,
        double singlePhotonEndcapMinCms,
        double singlePhotonEfficiency,
        int singleMuonMinLayers,
        double singleMuonEfficiency,
        double bhabhaMinEnergyCms,
        double bhabhaMaxAcollinearity) {}
