package io.upsilon.detector;

import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.event.GenParticle;
import io.upsilon.core.kinematics.Norms;
import io.upsilon.core.random.RandomStream;

/**
 * ECL clusters. Photons and electrons shower with their full energy (so electrons have E/p ~ 1);
 * muons and non-interacting charged hadrons leave a minimum-ionising deposit; hadrons (charged,
 * K_L, neutrons, antineutrons) shower hadronically with the card's probability, depositing a
 * fraction of their kinetic energy (antinucleons: of their total energy plus a nucleon mass, as they
 * annihilate). Directions in the barrel/endcap gaps or outside the ECL give no cluster; charged
 * particles must have the pT (barrel) or momentum (endcaps) to reach it. Energy is smeared with
 * sigma_E/E = noise/E (+) stochastic/E^(1/4) (+) constant, the direction with the card's position
 * resolution; showers are found with the photon efficiency; clusters below the minimum energy are
 * dropped. A cluster from a particle that made a track is matched to that track (truth matching).
 *
 * <p>Approximations: straight-line direction from the IP (no curvature, no vertex offset), one
 * cluster per particle (no split-offs, no merging of nearby showers, no beam background).
 */
public final class EclModule implements DetectorModule {
    /** Mass of the annihilation partner of an antinucleon: the neutron's, PDG 2024 (0.93957 GeV). */
    private static final double NUCLEON_MASS = 0.93957;

    private final EclCard card;

    /** An ECL module configured from the card's {@code ecl} block. */
    public EclModule(EclCard card) {
        this.card = card;
    }

    @Override
    public String name() {
        return "ecl";
    }

    @Override
    public void process(DetectorState state, RandomStream rng) {
        EventBuffer g = state.gen;
        int n = g.size();
        for (int i = 0; i < n; i++) {
            if (g.status(i) != GenParticle.FINAL) {
                continue;
            }
            int apdg = Math.abs(g.pdgId(i));
            boolean em = apdg == 22 || apdg == 11;
            boolean charged = Species.ofPdg(apdg) != null;
            boolean neutralHadron = apdg == 130 || apdg == 2112;
            if (!em && !charged && !neutralHadron) {
                continue; // neutrinos and invisible particles
            }
            double px = g.px(i);
            double py = g.py(i);
            double pz = g.pz(i);
            double pt = Norms.hypot(px, py);
            double p = Norms.hypot(pt, pz);
            double theta = state.genTheta(i);
            int region = card.region(theta);
            if (region == 0) {
                continue;
            }
            if (charged && (p < card.endcapMinP() || (region == 2 && pt < card.barrelMinPt()))) {
                continue;
            }
            double e = g.e(i);
            double deposit;
            boolean shower;
            if (em) {
                if (rng.nextDouble() >= card.showerEfficiency(g.pdgId(i), e)) {
                    continue;
                }
                deposit = e;
                shower = true;
            } else {
                double kinetic = Math.max(0, e - Math.sqrt(Math.max(0, e * e - p * p)));
                if (g.pdgId(i) == -2112 || g.pdgId(i) == -2212) {
                    // An antinucleon that interacts annihilates with a nucleon at rest: the energy
                    // available for the shower is its total energy plus the target's mass, not its
                    // kinetic energy.
                    kinetic = e + NUCLEON_MASS;
                }
                boolean interacts = apdg != 13 && rng.nextDouble() < card.hadronicProbability();
                if (interacts) {
                    double f = card.hadronicFractionMin()
                            + (card.hadronicFractionMax() - card.hadronicFractionMin()) * rng.nextDouble();
                    deposit = f * kinetic;
                    shower = true;
                } else if (charged) {
                    deposit = Math.min(kinetic, card.mipMean() + card.mipSigma() * rng.nextGaussian());
                    shower = false;
                } else {
                    continue; // a neutral hadron that does not interact leaves nothing
                }
            }
            if (!(deposit > 0)) {
                continue;
            }
            double measured = deposit * (1 + card.relativeEnergyResolution(deposit) * rng.nextGaussian());
            if (measured < card.minimumEnergy()) {
                continue;
            }
            double sigmaTheta = card.angularResolution(measured);
            double thetaReco = TrackingModule.reflect(theta + sigmaTheta * rng.nextGaussian());
            double phiReco = state.genPhi(i) + sigmaTheta / Math.max(Math.sin(theta), 1e-3) * rng.nextGaussian();
            phiReco = wrap(phiReco);
            double hits = shower
                    ? Math.min(
                            card.hitsMax(), card.hitsShowerBase() + card.hitsShowerPerSqrtGeV() * Math.sqrt(measured))
                    : card.hitsMip();
            double time = Norms.hypot(card.timeConstant(), card.timeStochastic() / measured) * rng.nextGaussian();
            state.addCluster(measured, thetaReco, phiReco, region, hits, time, state.truthToTrack[i], i);
        }
    }

    /** Wraps an azimuth into (-pi, pi]. */
    static double wrap(double phi) {
        if (phi > Math.PI) {
            return phi - 2 * Math.PI;
        }
        if (phi <= -Math.PI) {
            return phi + 2 * Math.PI;
        }
        return phi;
    }
}
