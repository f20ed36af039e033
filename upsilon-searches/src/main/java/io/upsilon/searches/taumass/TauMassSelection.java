package io.upsilon.searches.taumass;

import io.upsilon.core.beam.Beam;
import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.event.PidLikelihoods;
import io.upsilon.core.event.RecoEvent;
import io.upsilon.core.event.RecoTrack;
import io.upsilon.core.kinematics.LorentzVector;
import io.upsilon.core.pdg.ParticleTable;
import io.upsilon.detector.SimulationRun;
import io.upsilon.searches.CutFlow;
import io.upsilon.searches.SampleProduction;
import io.upsilon.searches.SelectedEvents;
import io.upsilon.searches.ThreeByOne;
import java.util.List;

/**
 * The event selection of the τ-mass measurement as a {@link SampleProduction.EventAnalysis}:
 * generator-level preselection, fast simulation, four good tracks with zero net charge, L1
 * trigger, a 3×1 split by the thrust axis ({@link ThreeByOne}), then on the three-track (signal)
 * hemisphere a lepton and kaon veto on every track, a limit on the photons, and M_3π &lt; m_τ. For
 * every selected event the observable is M_min ({@link PseudoMass}) in the CM frame with E_τ =
 * E*_beam; the features keep M_3π, the systematic variants of M_min (assumed E*_beam shifted, track
 * momenta scaled) and whether the three tracks are true charged pions.
 */
final class TauMassSelection implements SampleProduction.EventAnalysis<TauMassSelection.Result> {
    /** Feature index: M_3π, GeV. */
    static final int F_M3PI = 0;

    /** Feature index: E*_3π, GeV. */
    static final int F_E3PI = 1;

    /** Feature index: M_min with E*_beam + shift. */
    static final int F_MMIN_EBEAM_UP = 2;

    /** Feature index: M_min with E*_beam − shift. */
    static final int F_MMIN_EBEAM_DOWN = 3;

    /** Feature index: M_min with track momenta × (1 + scale). */
    static final int F_MMIN_PSCALE_UP = 4;

    /** Feature index: M_min with track momenta × (1 − scale). */
    static final int F_MMIN_PSCALE_DOWN = 5;

    /** Feature index: 1 if the three signal tracks are generated charged pions, else 0. */
    static final int F_TRUE_PIONS = 6;

    /** Names of the per-event features. */
    static final List<String> FEATURES =
            List.of("m3pi", "eStar3pi", "mMinEbeamUp", "mMinEbeamDown", "mMinPscaleUp", "mMinPscaleDown", "truePions");

    /** The cut-flow steps. */
    static final List<String> STEPS = List.of(
            "generated",
            "preselection (generator level, >= 4 charged in CDC)",
            "four good tracks, zero net charge",
            "L1 trigger",
            "3x1 topology (thrust hemispheres)",
            "signal tracks: lepton and kaon veto",
            "signal hemisphere: photon veto",
            "M_3pi < m_tau");

    private static final int PION = 211;

    private final TauMassConfig config;
    private final Beam beam;
    private final double mPi;

    TauMassSelection(TauMassConfig config, Beam beam) {
        this.config = config;
        this.beam = beam;
        this.mPi = ParticleTable.standard().byId(PION).mass();
    }

    /** Cut flow and selected events of one sample (or partition). */
    record Result(CutFlow flow, SelectedEvents events) {
        Result merge(Result o) {
            return new Result(flow.merge(o.flow), events.merge(o.events));
        }
    }

    @Override
    public Result newResult() {
        return new Result(new CutFlow(STEPS), new SelectedEvents(FEATURES.size()));
    }

    @Override
    public Result merge(Result a, Result b) {
        return a.merge(b);
    }

    @Override
    public void accept(EventBuffer generated, SimulationRun detector, long number, double weight, Result result) {
        int passed = 0;
        if (preselected(generated)) {
            passed = 1;
            detector.process(generated);
            RecoEvent event = detector.lastEvent(number, false);
            passed = select(event, generated, number, weight, result);
        }
        result.flow().pass(passed, weight);
    }

    /** The reconstruction-level steps; returns the last step passed (>= 1). */
    private int select(RecoEvent event, EventBuffer generated, long number, double weight, Result result) {
        TauMassConfig.Selection sel = config.selection();
        List<RecoTrack> good = ThreeByOne.goodTracks(event, sel.d0Max(), sel.z0Max(), sel.ptMin());
        if (good.size() != 4 || ThreeByOne.charge(good) != 0) {
            return 1;
        }
        if (!event.triggered()) {
            return 2;
        }
        ThreeByOne.Split split = ThreeByOne.split(good, event.clusters(), beam, mPi, sel.photonEMin());
        if (split == null) {
            return 3;
        }
        for (int i : split.triple()) {
            PidLikelihoods id = good.get(i).pid();
            if (!(id.electronId() < sel.leptonIdMax()
                    && id.muonId() < sel.leptonIdMax()
                    && id.kaonId() < sel.kaonIdMax())) {
                return 4;
            }
        }
        int photons = 0;
        for (int k = 0; k < split.photonsCms().size(); k++) {
            if (!split.photonSingleSide()[k] && split.photonsCms().get(k).e() > sel.signalPhotonEMin()) {
                photons++;
            }
        }
        if (photons > sel.maxSignalPhotons()) {
            return 5;
        }
        LorentzVector x = LorentzVector.ZERO;
        for (int i : split.triple()) {
            x = x.plus(split.trackCms().get(i));
        }
        double m3pi = x.m();
        if (!(m3pi < sel.m3piMax())) {
            return 6;
        }
        double eBeam = beam.eStarBeam();
        double mMin = PseudoMass.mMin(x, eBeam);
        double dE = config.systematics().beamEnergyShift();
        double k = config.systematics().momentumScale();
        boolean truePions = true;
        for (int i : split.triple()) {
            int t = good.get(i).truthIndex();
            truePions &= t >= 0 && t < generated.size() && Math.abs(generated.pdgId(t)) == PION;
        }
        result.events().add(number, mMin, weight, new float[] {
            (float) m3pi,
            (float) x.e(),
            (float) PseudoMass.mMin(x, eBeam + dE),
            (float) PseudoMass.mMin(x, eBeam - dE),
            (float) PseudoMass.mMin(scaled(good, split.triple(), 1 + k), eBeam),
            (float) PseudoMass.mMin(scaled(good, split.triple(), 1 - k), eBeam),
            truePions ? 1f : 0f
        });
        return 7;
    }

    /** CM four-momentum of the tracks {@code idx} with lab momenta scaled by {@code f} (pion mass). */
    private LorentzVector scaled(List<RecoTrack> tracks, int[] idx, double f) {
        LorentzVector x = LorentzVector.ZERO;
        for (int i : idx) {
            x = x.plus(beam.toCms(
                    LorentzVector.fromMomentumAndMass(tracks.get(i).momentum().times(f), mPi)));
        }
        return x;
    }

    /** At least {@code chargedMin} charged final-state particles inside the CDC polar-angle range. */
    boolean preselected(EventBuffer ev) {
        return config.preselection().accepts(ev);
    }
}
