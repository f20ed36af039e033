package io.upsilon.detector;

import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.event.GenParticle;
import io.upsilon.core.kinematics.Norms;
import io.upsilon.core.random.RandomStream;

/**
 * Charged-track reconstruction: stable final-state e, mu, pi, K, p inside the CDC acceptance are
 * found with the card's efficiency(pT) times its fall with the production radius (displaced tracks
 * from K_S0 or Lambda decays; no track beyond the CDC's outer radius); the curvature 1/pT is smeared with sigma(pT)/pT = a pT (+)
 * b/beta, the polar and azimuthal angles with the angular resolution; d0 and z0 are the impact
 * parameters of the straight line from the production vertex (so daughters of a displaced decay
 * get large d0), smeared with their resolution; the track also records its measured production
 * point, from which the analysis builds V0 vertices. Fake tracks are added at the card's rate.
 *
 * <p>Approximations: straight-line extrapolation to the point of closest approach (the helix
 * curvature is neglected for vertices within a few cm), no energy loss, no decays in flight, no
 * track merging; the acceptance and efficiency use the true direction.
 */
public final class TrackingModule implements DetectorModule {
    private final TrackingCard card;

    /** A tracking module configured from the card's {@code tracking} block. */
    public TrackingModule(TrackingCard card) {
        this.card = card;
    }

    @Override
    public String name() {
        return "tracking";
    }

    @Override
    public void process(DetectorState state, RandomStream rng) {
        EventBuffer g = state.gen;
        int n = g.size();
        for (int i = 0; i < n; i++) {
            if (g.status(i) != GenParticle.FINAL) {
                continue;
            }
            int pdg = g.pdgId(i);
            Species species = Species.ofPdg(pdg);
            if (species == null) {
                continue;
            }
            double px = g.px(i);
            double py = g.py(i);
            double pz = g.pz(i);
            double pt = Norms.hypot(px, py);
            double p = Norms.hypot(pt, pz);
            if (pt <= 0) {
                continue;
            }
            double theta = state.genTheta(i);
            double x = g.vertexX(i);
            double y = g.vertexY(i);
            double z = g.vertexZ(i);
            double r = Norms.hypot(x, y);
            if (!card.accepts(theta) || r >= card.displaced().cdcOuterRadius()) {
                continue;
            }
            // One draw against the product: inside the first PXD layer the radial factor is exactly 1,
            // so prompt particles draw and pass exactly as without the displaced model.
            if (rng.nextDouble() >= card.efficiency(pt, r)) {
                continue;
            }
            double beta = p / g.e(i);
            double phi = state.genPhi(i);
            // Curvature smearing: 1/pT is Gaussian, so pT gets its physical (slightly skewed) tail.
            double kappa = (1 / pt) * (1 + card.relativePtResolution(pt, beta) * rng.nextGaussian());
            double ptReco = 1 / Math.abs(kappa);
            double sigmaAngle = card.angularResolution(p, beta);
            double thetaReco = reflect(theta + sigmaAngle * rng.nextGaussian());
            double phiReco = phi + sigmaAngle * rng.nextGaussian();
            // Impact parameters of the straight line from the production vertex (x, y, z).
            double d0True = (x * py - y * px) / pt;
            double z0True = z - (x * px + y * py) / pt * (pz / pt);
            double sinTheta = pt / p;
            double d0 = d0True + card.d0Resolution(p, beta, sinTheta) * rng.nextGaussian();
            double z0 = z0True + card.z0Resolution(p, beta, sinTheta) * rng.nextGaussian();
            int charge = species.charge(pdg);
            int t = state.addTrack(
                    i,
                    charge,
                    species,
                    ptReco * Math.cos(phiReco),
                    ptReco * Math.sin(phiReco),
                    ptReco / Math.tan(thetaReco),
                    d0,
                    z0);
            // The measured production point: the true one moved by the impact-parameter residuals
            // (transverse to the track along (p_y, -p_x)/p_T, and along z), so it carries the same
            // resolution as d0 and z0 without another random draw.
            double dd0 = d0 - d0True;
            state.setTrackPosition(t, x + dd0 * py / pt, y - dd0 * px / pt, z + (z0 - z0True));
        }
        int real = state.nTracks;
        for (int k = 0; k < real; k++) {
            if (rng.nextDouble() < card.fakeRate()) {
                addFake(state, rng);
            }
        }
    }

    private void addFake(DetectorState state, RandomStream rng) {
        double pt = card.fakePtMin() + (card.fakePtMax() - card.fakePtMin()) * rng.nextDouble();
        double cosMax = Math.cos(card.thetaMin());
        double cosMin = Math.cos(card.thetaMax());
        double cos = cosMin + (cosMax - cosMin) * rng.nextDouble();
        double theta = Math.acos(cos);
        double phi = 2 * Math.PI * rng.nextDouble();
        int charge = rng.nextBoolean() ? 1 : -1;
        state.addTrack(
                -1,
                charge,
                Species.PION,
                pt * Math.cos(phi),
                pt * Math.sin(phi),
                pt / Math.tan(theta),
                card.fakeD0Sigma() * rng.nextGaussian(),
                card.fakeZ0Sigma() * rng.nextGaussian());
    }

    /** Folds a smeared polar angle back into (0, pi). */
    static double reflect(double theta) {
        if (theta < 0) {
            return Math.min(-theta, Math.PI);
        }
        if (theta > Math.PI) {
            return Math.max(2 * Math.PI - theta, 0);
        }
        return theta;
    }
}
