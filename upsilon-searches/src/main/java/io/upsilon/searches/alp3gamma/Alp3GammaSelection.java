package io.upsilon.searches.alp3gamma;

import io.upsilon.core.beam.Beam;
import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.event.RecoCluster;
import io.upsilon.core.event.RecoEvent;
import io.upsilon.core.kinematics.LorentzVector;
import io.upsilon.core.kinematics.Vec3;
import io.upsilon.detector.DetectorState;
import io.upsilon.detector.SimulationRun;
import io.upsilon.generators.process.ThreePhotonRegion;
import io.upsilon.searches.SampleProduction;
import io.upsilon.searches.SelectionResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The event selection of the ALP search. Step 0 "generated"; step 1 the matching veto (only in the
 * ee-gammagamma sample: events with three photons inside the exact three-photon sample's region are
 * dropped, {@link ThreePhotonRegion#contains}); then, after the fast simulation: no more tracks than
 * allowed, at least three photon clusters above the energy threshold inside the polar-angle range
 * (the three most energetic are the candidate), and the three-photon mass near sqrt(s). Each
 * selected event keeps its three diphoton masses as features (the observable is the largest, for
 * the cut-flow bookkeeping); the mass scan uses all three.
 */
final class Alp3GammaSelection implements SampleProduction.EventAnalysis<SelectionResult> {
    /** Features: the three diphoton masses (GeV), pairs (12), (13), (23) of the energy-ordered photons. */
    static final int FEATURES = 3;

    /** The cut-flow steps. */
    static final List<String> STEPS = List.of(
            "generated",
            "matching veto (ee-gammagamma: not three photons in the exact sample's region)",
            "track veto",
            "three photons (energy, polar angle)",
            "M(3 photons) ~ sqrt(s)");

    private final Alp3GammaConfig.Selection cuts;
    private final Beam beam;
    private final ThreePhotonRegion veto; // null: no veto

    /**
     * @param config the search's numbers
     * @param beam the beams (CM frame, sqrt(s))
     * @param veto the region whose events are dropped at generator level, or null
     */
    Alp3GammaSelection(Alp3GammaConfig config, Beam beam, ThreePhotonRegion veto) {
        this.cuts = config.selection();
        this.beam = beam;
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
            if (state.trackCount() <= cuts.maxTracks()) {
                passed = 2;
                passed = select(detector.lastEvent(number, false), number, weight, r, passed);
            }
        }
        r.flow().pass(passed, weight);
    }

    private int select(RecoEvent event, long number, double weight, SelectionResult r, int passed) {
        List<RecoCluster> photons = new ArrayList<>();
        for (RecoCluster c : event.clusters()) {
            if (c.isNeutral()
                    && c.region() != 0
                    && c.energy() > cuts.photonEnergyMin()
                    && c.theta() >= cuts.thetaMin()
                    && c.theta() <= cuts.thetaMax()) {
                photons.add(c);
            }
        }
        if (photons.size() < 3) {
            return passed;
        }
        passed++;
        photons.sort(Comparator.comparingDouble(RecoCluster::energy).reversed());
        LorentzVector[] p = new LorentzVector[3];
        for (int i = 0; i < 3; i++) {
            RecoCluster c = photons.get(i);
            p[i] = LorentzVector.of(Vec3.fromPolar(c.energy(), c.theta(), c.phi()), c.energy());
        }
        double m3 = p[0].plus(p[1]).plus(p[2]).m() / beam.sqrtS();
        if (m3 < cuts.massFractionMin() || m3 > cuts.massFractionMax()) {
            return passed;
        }
        passed++;
        float m12 = (float) p[0].plus(p[1]).m();
        float m13 = (float) p[0].plus(p[2]).m();
        float m23 = (float) p[1].plus(p[2]).m();
        r.events().add(number, Math.max(m12, Math.max(m13, m23)), weight, new float[] {m12, m13, m23});
        return passed;
    }
}
