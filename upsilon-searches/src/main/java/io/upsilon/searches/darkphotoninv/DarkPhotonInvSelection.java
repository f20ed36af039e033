package io.upsilon.searches.darkphotoninv;

import io.upsilon.core.beam.Beam;
import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.event.RecoCluster;
import io.upsilon.core.event.RecoEvent;
import io.upsilon.core.event.TriggerLine;
import io.upsilon.core.kinematics.Boost;
import io.upsilon.core.kinematics.LorentzVector;
import io.upsilon.core.kinematics.Vec3;
import io.upsilon.detector.DetectorState;
import io.upsilon.detector.SimulationRun;
import io.upsilon.generators.process.ThreePhotonRegion;
import io.upsilon.searches.SampleProduction;
import io.upsilon.searches.SelectionResult;
import java.util.List;

/**
 * The single-photon selection. Step 0 "generated"; step 1 the matching veto (only in the ee-gammagamma
 * sample: events with three photons inside the exact three-photon sample's region are dropped, {@link
 * ThreePhotonRegion#contains}); then, after the fast simulation: the single-photon L1 line (card {@code
 * trigger.singlePhoton}); no tracks; exactly one photon cluster above the CM energy threshold; that photon
 * inside the fiducial CM polar range (inside the barrel, away from the ECL gaps); no other ECL cluster
 * above the extra-energy limit; no KLM cluster (the veto of photons escaping through the ECL gaps, card
 * {@code klm.photon}).
 *
 * <p>Each selected event keeps E*_γ, cos θ*_γ, M_X^2 = s − 2√s E*_γ (the missing mass squared of the
 * nominal collision, the observable) and the lab polar angle (deg) as features.
 */
final class DarkPhotonInvSelection implements SampleProduction.EventAnalysis<SelectionResult> {
    /** Feature index: the photon's CM energy, GeV. */
    static final int ESTAR = 0;

    /** Feature index: cos theta* of the photon (CM, to the e- beam). */
    static final int COS_THETA_STAR = 1;

    /** Feature index: M_X^2, GeV^2. */
    static final int MX2 = 2;

    /** Feature index: the lab polar angle, degrees. */
    static final int THETA_LAB_DEG = 3;

    /** Number of features. */
    static final int FEATURES = 4;

    /** The cut-flow steps. */
    static final List<String> STEPS = List.of(
            "generated",
            "matching veto (ee-gammagamma: not three photons in the exact sample's region)",
            "single-photon trigger",
            "no tracks",
            "exactly one photon above E* threshold",
            "photon in the fiducial cos theta* range",
            "no extra ECL cluster",
            "KLM veto");

    private final DarkPhotonInvConfig.Selection cuts;
    private final Boost labToCms;
    private final double sqrtS;
    private final ThreePhotonRegion veto; // null: no veto

    /**
     * @param config the search's numbers
     * @param beam the beams (CM frame, sqrt(s))
     * @param veto the region whose events are dropped at generator level, or null
     */
    DarkPhotonInvSelection(DarkPhotonInvConfig config, Beam beam, ThreePhotonRegion veto) {
        this.cuts = config.selection();
        this.labToCms = beam.labToCms();
        this.sqrtS = beam.sqrtS();
        this.veto = veto;
    }

    @Override
    public SelectionResult newResult() {
        return SelectionResult.empty(STEPS, FEATURES);
    }

    @Override
    public SelectionResult merge(SelectionResult a, SelectionResult b) {
        return a.merge(b);
    }

    @Override
    public void accept(EventBuffer generated, SimulationRun detector, long number, double weight, SelectionResult r) {
        int passed = 0;
        if (veto == null || !veto.contains(generated)) {
            passed = 1;
            DetectorState state = detector.process(generated);
            passed = select(detector.lastEvent(number, false), state, number, weight, r);
        }
        r.flow().pass(passed, weight);
    }

    private int select(RecoEvent event, DetectorState state, long number, double weight, SelectionResult r) {
        int passed = 1;
        if (cuts.requireTrigger() && !event.fired(TriggerLine.SINGLE_PHOTON)) {
            return passed;
        }
        passed++;
        if (state.trackCount() > cuts.maxTracks()) {
            return passed;
        }
        passed++;
        RecoCluster photon = null;
        LorentzVector photonCms = null;
        int above = 0;
        for (RecoCluster c : event.clusters()) {
            if (!c.isNeutral()) {
                continue;
            }
            LorentzVector cms =
                    labToCms.apply(LorentzVector.of(Vec3.fromPolar(c.energy(), c.theta(), c.phi()), c.energy()));
            if (cms.e() > cuts.photonEStarMin()) {
                above++;
                photon = c;
                photonCms = cms;
            }
        }
        if (above != 1) {
            return passed;
        }
        passed++;
        double cos = photonCms.cosTheta();
        if (cos < cuts.cosThetaStarMin() || cos > cuts.cosThetaStarMax()) {
            return passed;
        }
        passed++;
        for (RecoCluster c : event.clusters()) {
            if (c != photon && c.energy() > cuts.extraClusterEnergyMax()) {
                return passed;
            }
        }
        passed++;
        if (cuts.klmVeto() && !event.klmClusters().isEmpty()) {
            return passed;
        }
        passed++;
        double eStar = photonCms.e();
        double mx2 = sqrtS * sqrtS - 2 * sqrtS * eStar;
        r.events().add(number, mx2, weight, new float[] {
            (float) eStar, (float) cos, (float) mx2, (float) Math.toDegrees(photon.theta())
        });
        return passed;
    }
}
