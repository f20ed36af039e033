package io.upsilon.detector;

import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.event.GenParticle;
import io.upsilon.core.kinematics.Norms;
import io.upsilon.core.random.RandomStream;

/**
 * KLM response. Tracks from muons inside the KLM acceptance get a number of layers from a range
 * model (they must reach the KLM: p above minP, and pT above the barrel threshold in the barrel;
 * then one layer per pPerLayer of momentum, capped at the part's layer count). Tracks from pions
 * leave a few layers with the card's punch-through probability. Final-state K_L inside the
 * acceptance make a neutral KLM cluster with efficiency rising linearly from pZero to pFull.
 *
 * <p>Approximations: true momentum and direction; no layer inefficiencies, no kaon or proton hits,
 * no neutron clusters.
 */
public final class KlmModule implements DetectorModule {
    private static final int KLONG = 130;

    private final KlmCard card;

    /** A KLM module configured from the card's {@code klm} block. */
    public KlmModule(KlmCard card) {
        this.card = card;
    }

    @Override
    public String name() {
        return "klm";
    }

    @Override
    public void process(DetectorState state, RandomStream rng) {
        EventBuffer g = state.gen;
        for (int t = 0; t < state.nTracks; t++) {
            int i = state.trackTruth[t];
            if (i < 0) {
                continue;
            }
            Species s = state.trackSpecies[t];
            if (s != Species.MUON && s != Species.PION) {
                continue;
            }
            double pt = Norms.hypot(g.px(i), g.py(i));
            double p = Norms.hypot(pt, g.pz(i));
            double theta = state.genTheta(i);
            if (!card.accepts(theta)) {
                continue;
            }
            boolean barrel = card.inBarrel(theta);
            int layers = card.muonLayers(p, pt, barrel);
            if (s == Species.PION) {
                layers = layers > 0 && rng.nextDouble() < card.pionProbability()
                        ? Math.min(layers, 1 + (int) (rng.nextDouble() * card.pionMaxLayers()))
                        : 0;
            }
            state.trackKlmLayers[t] = layers;
        }
        int n = g.size();
        for (int i = 0; i < n; i++) {
            if (g.status(i) != GenParticle.FINAL || g.pdgId(i) != KLONG) {
                continue;
            }
            double pt = Norms.hypot(g.px(i), g.py(i));
            double p = Norms.hypot(pt, g.pz(i));
            double theta = state.genTheta(i);
            if (!card.accepts(theta) || rng.nextDouble() >= card.klongEfficiency(p)) {
                continue;
            }
            double sigma = card.klongAngularResolution();
            double thetaReco = TrackingModule.reflect(theta + sigma * rng.nextGaussian());
            double phiReco =
                    EclModule.wrap(state.genPhi(i) + sigma / Math.max(Math.sin(theta), 1e-3) * rng.nextGaussian());
            int max = card.inBarrel(theta) ? card.barrelLayers() : card.endcapLayers();
            int layers = 1 + (int) (rng.nextDouble() * max);
            state.addKlmCluster(thetaReco, phiReco, layers, i);
        }
    }
}
