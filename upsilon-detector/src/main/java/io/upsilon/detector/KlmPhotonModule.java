package io.upsilon.detector;

import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.event.GenParticle;
import io.upsilon.core.random.RandomStream;

/**
 * KLM response to photons that cross the ECL through its gaps (between the barrel and the endcaps:
 * directions with no ECL region, {@link EclCard#region}) inside the KLM acceptance: above the card's
 * minimum energy they shower in the material in front of the KLM and leave a neutral KLM cluster with
 * the card's efficiency, of 1 to maxLayers layers, smeared with the K_L angular resolution. This is
 * the KLM veto of single-photon searches (a γγ event whose second photon goes into a gap is vetoed
 * here); photons inside an ECL region stop in its 16 X0 and photons outside the KLM acceptance (down
 * the beam pipe) leave nothing.
 *
 * <p>A module of its own, with its own random stream ({@code detector/klm-photon}), so that adding it
 * changed no other module's draws. Approximations [E]: a flat efficiency above a threshold, the true
 * photon direction, no photon conversions before the ECL.
 */
public final class KlmPhotonModule implements DetectorModule {
    private static final int PHOTON = 22;

    private final KlmCard klm;
    private final EclCard ecl;

    /**
     * @param klm the card's {@code klm} block (acceptance and {@code photon} response)
     * @param ecl the card's {@code ecl} block (its regions: outside them, the gaps)
     */
    public KlmPhotonModule(KlmCard klm, EclCard ecl) {
        this.klm = klm;
        this.ecl = ecl;
    }

    @Override
    public String name() {
        return "klm-photon";
    }

    @Override
    public void process(DetectorState state, RandomStream rng) {
        EventBuffer g = state.gen;
        int n = g.size();
        for (int i = 0; i < n; i++) {
            if (g.status(i) != GenParticle.FINAL || g.pdgId(i) != PHOTON || g.e(i) <= klm.photonMinEnergy()) {
                continue;
            }
            double theta = state.genTheta(i);
            if (ecl.region(theta) != 0 || !klm.accepts(theta)) {
                continue;
            }
            if (rng.nextDouble() >= klm.photonEfficiency()) {
                continue;
            }
            double sigma = klm.klongAngularResolution();
            double thetaReco = TrackingModule.reflect(theta + sigma * rng.nextGaussian());
            double phiReco =
                    EclModule.wrap(state.genPhi(i) + sigma / Math.max(Math.sin(theta), 1e-3) * rng.nextGaussian());
            int layers = 1 + (int) (rng.nextDouble() * klm.photonMaxLayers());
            state.addKlmCluster(thetaReco, phiReco, layers, i);
        }
    }
}
