package io.upsilon.detector;

import io.upsilon.core.kinematics.Norms;

/**
 * The {@code ecl} block of the detector card (angles in rad, energies in GeV, times in ns).
 *
 * @param forwardMin lower edge of the forward endcap
 * @param forwardMax upper edge of the forward endcap
 * @param barrelMin lower edge of the barrel
 * @param barrelMax upper edge of the barrel
 * @param backwardMin lower edge of the backward endcap
 * @param backwardMax upper edge of the backward endcap
 * @param noise noise term of sigma_E/E (times 1/E)
 * @param stochastic stochastic term of sigma_E/E (times 1/E^(1/4))
 * @param constant constant term of sigma_E/E
 * @param angleStochastic 1/sqrt(E) term of sigma(theta), rad GeV^(1/2)
 * @param angleConstant constant term of sigma(theta), rad
 * @param photonEfficiency cluster-finding efficiency for showers
 * @param minimumEnergy no cluster below this measured energy
 * @param barrelMinPt charged particles reach the barrel above this pT
 * @param endcapMinP charged particles reach the endcaps above this momentum
 * @param mipMean mean energy deposit of a minimum-ionising particle
 * @param mipSigma spread of the MIP deposit
 * @param hadronicProbability probability that a hadron showers in the ECL
 * @param hadronicFractionMin lower edge of the deposited fraction of the kinetic energy
 * @param hadronicFractionMax upper edge of the deposited fraction of the kinetic energy
 * @param hitsShowerBase clusterNHits of a shower: base
 * @param hitsShowerPerSqrtGeV clusterNHits of a shower: slope in sqrt(E)
 * @param hitsMip clusterNHits of a MIP
 * @param hitsMax largest clusterNHits
 * @param timeConstant constant term of the cluster-time resolution
 * @param timeStochastic 1/E term of the cluster-time resolution, ns GeV
 * @param photonThresholdForward analysis photon threshold, forward endcap
 * @param photonThresholdBarrel analysis photon threshold, barrel
 * @param photonThresholdBackward analysis photon threshold, backward endcap
 * @param highEnergyPhotonMinEnergy photons above this energy (GeV) are lost only with {@code
 *     highEnergyPhotonInefficiency} instead of {@code 1 - photonEfficiency}
 * @param highEnergyPhotonInefficiency probability that such a photon inside an ECL region gives no cluster
 */
public record EclCard(
        double forwardMin,
        double forwardMax,
        double barrelMin,
        double barrelMax,
        double backwardMin,
        double backwardMax,
        double noise,
        double stochastic,
        double constant,
        double angleStochastic,
        double angleConstant,
        double photonEfficiency,
        double minimumEnergy,
        double barrelMinPt,
        double endcapMinP,
        double mipMean,
        double mipSigma,
        double hadronicProbability,
        double hadronicFractionMin,
        double hadronicFractionMax,
        double hitsShowerBase,
        double hitsShowerPerSqrtGeV,
        double hitsMip,
        double hitsMax,
        double timeConstant,
        double timeStochastic,
        double photonThresholdForward,
        double photonThresholdBarrel,
        double photonThresholdBackward,
        double highEnergyPhotonMinEnergy,
        double highEnergyPhotonInefficiency) {

    /**
     * Probability that a shower of a particle ({@code pdg}) of energy {@code e} inside an ECL region gives a
     * cluster: {@code photonEfficiency}, except for photons above {@code highEnergyPhotonMinEnergy}, whose
     * showers are always found but for {@code highEnergyPhotonInefficiency} (what a single-photon search
     * sees of the calorimeter's holes: dead or cracked crystals).
     */
    public double showerEfficiency(int pdg, double e) {
        return pdg == 22 && e > highEnergyPhotonMinEnergy ? 1 - highEnergyPhotonInefficiency : photonEfficiency;
    }

    /** basf2 clusterReg of a lab polar angle: 1 forward, 2 barrel, 3 backward, 0 outside or in a gap. */
    public int region(double theta) {
        if (theta >= forwardMin && theta <= forwardMax) {
            return 1;
        }
        if (theta >= barrelMin && theta <= barrelMax) {
            return 2;
        }
        if (theta >= backwardMin && theta <= backwardMax) {
            return 3;
        }
        return 0;
    }

    /** sigma_E/E at energy {@code e}. */
    public double relativeEnergyResolution(double e) {
        double n = noise / e;
        double s = stochastic / Math.sqrt(Math.sqrt(e));
        return Math.sqrt(n * n + s * s + constant * constant);
    }

    /** sigma(theta) of a cluster of energy {@code e}, rad. */
    public double angularResolution(double e) {
        return Norms.hypot(angleStochastic / Math.sqrt(e), angleConstant);
    }

    /** The analysis photon threshold of a region (1, 2, 3), GeV. */
    public double photonThreshold(int region) {
        return switch (region) {
            case 1 -> photonThresholdForward;
            case 2 -> photonThresholdBarrel;
            case 3 -> photonThresholdBackward;
            default -> Double.POSITIVE_INFINITY;
        };
    }
}
