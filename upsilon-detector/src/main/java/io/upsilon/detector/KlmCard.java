package io.upsilon.detector;

/**
 * The {@code klm} block of the detector card (angles in rad, momenta in GeV).
 *
 * @param forwardMin lower edge of the forward endcap
 * @param barrelMin lower edge of the barrel
 * @param barrelMax upper edge of the barrel
 * @param backwardMax upper edge of the backward endcap
 * @param barrelLayers layers of the barrel
 * @param endcapLayers layers of the endcaps
 * @param muonBarrelMinPt muons reach the barrel above this pT
 * @param muonMinP muons reach the KLM above this momentum
 * @param muonPPerLayer momentum lost per layer
 * @param pionProbability probability that a pion leaves KLM hits
 * @param pionMaxLayers most layers a pion fires
 * @param klongPZero K_L efficiency is 0 below this momentum
 * @param klongPFull K_L efficiency reaches its maximum at this momentum
 * @param klongMaxEfficiency largest K_L efficiency
 * @param klongAngularResolution angular resolution of a K_L cluster, rad
 * @param photonMinEnergy photons through the ECL gaps give a KLM cluster above this energy, GeV
 * @param photonEfficiency probability of that cluster
 * @param photonMaxLayers most layers such a cluster fires (uniform from 1)
 */
public record KlmCard(
        double forwardMin,
        double barrelMin,
        double barrelMax,
        double backwardMax,
        int barrelLayers,
        int endcapLayers,
        double muonBarrelMinPt,
        double muonMinP,
        double muonPPerLayer,
        double pionProbability,
        int pionMaxLayers,
        double klongPZero,
        double klongPFull,
        double klongMaxEfficiency,
        double klongAngularResolution,
        double photonMinEnergy,
        double photonEfficiency,
        int photonMaxLayers) {

    /** True inside the KLM (endcaps, overlaps and barrel). */
    public boolean accepts(double theta) {
        return theta >= forwardMin && theta <= backwardMax;
    }

    /** True inside the KLM barrel. */
    public boolean inBarrel(double theta) {
        return theta >= barrelMin && theta <= barrelMax;
    }

    /** Number of layers a muon of momentum {@code p} fires in the given part (0 if it does not reach it). */
    public int muonLayers(double p, double pt, boolean barrel) {
        if (p < muonMinP || (barrel && pt < muonBarrelMinPt)) {
            return 0;
        }
        int max = barrel ? barrelLayers : endcapLayers;
        return (int) Math.min(max, 1 + Math.floor((p - muonMinP) / muonPPerLayer));
    }

    /** K_L cluster efficiency at momentum {@code p}. */
    public double klongEfficiency(double p) {
        double f = (p - klongPZero) / (klongPFull - klongPZero);
        return klongMaxEfficiency * Math.max(0, Math.min(1, f));
    }
}
