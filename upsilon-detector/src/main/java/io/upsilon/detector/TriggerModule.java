package io.upsilon.detector;

import io.upsilon.core.event.TriggerLine;
import io.upsilon.core.kinematics.Boost;
import io.upsilon.core.kinematics.Norms;
import io.upsilon.core.random.RandomStream;

/**
 * L1 trigger emulation (an engineering model [E]: thresholds and efficiencies are estimates, not
 * published numbers; the real L1 works on CDC, ECL and KLM inputs, basf2
 * online_book/fundamentals/02-datataking.rst): each line checks its
 * condition on the reconstructed tracks and clusters and, when it holds, fires with the line's
 * efficiency (independent draws).
 *
 * <ul>
 *   <li>{@link TriggerLine#TWO_TRACK}: two tracks above minPt with a lab opening angle above the
 *       minimum;
 *   <li>{@link TriggerLine#THREE_TRACK}: three tracks above minPt;
 *   <li>{@link TriggerLine#ECL_ENERGY}: lab sum of cluster energies above minEnergy, vetoed when two
 *       clusters above the Bhabha-veto CM energy are back to back in the CM frame (Bhabha, gamma
 *       gamma);
 *   <li>{@link TriggerLine#SINGLE_PHOTON}: no track and a cluster above the barrel or endcap CM
 *       energy;
 *   <li>{@link TriggerLine#SINGLE_MUON}: a track in the KLM barrel with at least minLayers layers.
 * </ul>
 */
public final class TriggerModule implements DetectorModule {
    private final TriggerCard card;
    private final KlmCard klm;
    private final Boost labToCms;
    private final double[] cms = new double[8];

    /**
     * @param card the card's {@code trigger} block
     * @param klm the card's {@code klm} block (barrel acceptance of the single-muon line)
     * @param labToCms boost from the lab to the nominal e+e- CM frame
     */
    public TriggerModule(TriggerCard card, KlmCard klm, Boost labToCms) {
        this.card = card;
        this.klm = klm;
        this.labToCms = labToCms;
    }

    @Override
    public String name() {
        return "trigger";
    }

    @Override
    public void process(DetectorState state, RandomStream rng) {
        int bits = 0;
        if (twoTrack(state) && rng.nextDouble() < card.twoTrackEfficiency()) {
            bits |= TriggerLine.TWO_TRACK.bit();
        }
        if (countTracks(state, card.threeTrackMinPt()) >= 3 && rng.nextDouble() < card.threeTrackEfficiency()) {
            bits |= TriggerLine.THREE_TRACK.bit();
        }
        if (eclEnergy(state) && rng.nextDouble() < card.eclEnergyEfficiency()) {
            bits |= TriggerLine.ECL_ENERGY.bit();
        }
        if (singlePhoton(state) && rng.nextDouble() < card.singlePhotonEfficiency()) {
            bits |= TriggerLine.SINGLE_PHOTON.bit();
        }
        if (singleMuon(state) && rng.nextDouble() < card.singleMuonEfficiency()) {
            bits |= TriggerLine.SINGLE_MUON.bit();
        }
        state.triggerBits = bits;
    }

    private static double pt(DetectorState s, int t) {
        return Norms.hypot(s.trackP[3 * t], s.trackP[3 * t + 1]);
    }

    private static int countTracks(DetectorState s, double minPt) {
        int n = 0;
        for (int t = 0; t < s.nTracks; t++) {
            if (pt(s, t) > minPt) {
                n++;
            }
        }
        return n;
    }

    private boolean twoTrack(DetectorState s) {
        double cosMax = Math.cos(card.twoTrackMinOpeningAngle());
        double[] p = s.trackP;
        for (int a = 0; a < s.nTracks; a++) {
            if (pt(s, a) <= card.twoTrackMinPt()) {
                continue;
            }
            double ma = Math.sqrt(p[3 * a] * p[3 * a] + p[3 * a + 1] * p[3 * a + 1] + p[3 * a + 2] * p[3 * a + 2]);
            for (int b = a + 1; b < s.nTracks; b++) {
                if (pt(s, b) <= card.twoTrackMinPt()) {
                    continue;
                }
                double mb = Math.sqrt(p[3 * b] * p[3 * b] + p[3 * b + 1] * p[3 * b + 1] + p[3 * b + 2] * p[3 * b + 2]);
                double dot = p[3 * a] * p[3 * b] + p[3 * a + 1] * p[3 * b + 1] + p[3 * a + 2] * p[3 * b + 2];
                if (dot / (ma * mb) < cosMax) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Fills cms[off..off+3] with the CM four-momentum of cluster c (massless) and returns its energy. */
    private double clusterCms(DetectorState s, int c, int off) {
        double e = s.clusterE[c];
        double st = Math.sin(s.clusterTheta[c]);
        cms[off] = e * st * Math.cos(s.clusterPhi[c]);
        cms[off + 1] = e * st * Math.sin(s.clusterPhi[c]);
        cms[off + 2] = e * Math.cos(s.clusterTheta[c]);
        cms[off + 3] = e;
        labToCms.apply(cms, off);
        return cms[off + 3];
    }

    private boolean eclEnergy(DetectorState s) {
        double sum = 0;
        for (int c = 0; c < s.nClusters; c++) {
            sum += s.clusterE[c];
        }
        if (sum <= card.eclEnergyMin()) {
            return false;
        }
        double cosVeto = -Math.cos(card.bhabhaMaxAcollinearity());
        for (int a = 0; a < s.nClusters; a++) {
            double ea = clusterCms(s, a, 0);
            if (ea <= card.bhabhaMinEnergyCms()) {
                continue;
            }
            for (int b = a + 1; b < s.nClusters; b++) {
                double eb = clusterCms(s, b, 4);
                if (eb <= card.bhabhaMinEnergyCms()) {
                    continue;
                }
                double cos = (cms[0] * cms[4] + cms[1] * cms[5] + cms[2] * cms[6]) / (ea * eb);
                if (cos < cosVeto) {
                    return false; // back to back: Bhabha / gamma gamma veto
                }
            }
        }
        return true;
    }

    private boolean singlePhoton(DetectorState s) {
        if (s.nTracks > 0) {
            return false;
        }
        for (int c = 0; c < s.nClusters; c++) {
            double threshold =
                    s.clusterRegion[c] == 2 ? card.singlePhotonBarrelMinCms() : card.singlePhotonEndcapMinCms();
            if (clusterCms(s, c, 0) > threshold) {
                return true;
            }
        }
        return false;
    }

    private boolean singleMuon(DetectorState s) {
        for (int t = 0; t < s.nTracks; t++) {
            if (s.trackKlmLayers[t] >= card.singleMuonMinLayers()) {
                double theta = Math.atan2(pt(s, t), s.trackP[3 * t + 2]);
                if (klm.inBarrel(theta)) {
                    return true;
                }
            }
        }
        return false;
    }
}
