package io.upsilon.searches.llpscalar;

import io.upsilon.core.beam.Beam;
import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.event.GenParticle;
import io.upsilon.core.kinematics.LorentzVector;
import io.upsilon.core.kinematics.Norms;
import io.upsilon.core.kinematics.Vec3;
import io.upsilon.core.pdg.ParticleTable;
import io.upsilon.detector.Species;
import io.upsilon.detector.TrackingCard;
import java.util.ArrayList;
import java.util.List;

/**
 * The generator-level filter of the background samples: an event is simulated only if three of its
 * generated charged particles that the tracking could find form a B+ -&gt; K+ S, S -&gt; x+ x- candidate
 * near the selection's B window, for at least one final state: an opposite-charge pair taken as x+ x-
 * and a third particle taken as K (the mass hypotheses of the selection, whatever the particles are;
 * for B0 -&gt; K*0 S a fourth of the opposite charge taken as pi, with M(K pi) in the K*0 window widened
 * by the Delta E margin),
 * with Mbc &gt; mbc_min - mbc_margin and |Delta E| &lt; delta_e_max + delta_e_margin (CM frame of the
 * nominal beam, as the selection).
 *
 * <p>Why it loses no selected event built from real tracks: the fast simulation finds a track only for
 * a final-state e, mu, pi, K or p inside the CDC's polar-angle acceptance (true direction) produced
 * where the card's displaced-tracking efficiency is not zero, with the charge of the particle; so
 * every selected K x x candidate of real tracks is such a triple. The selection's Mbc and Delta E are
 * those of the triple's generated momenta moved by the track resolution (Gaussian in the curvature
 * and the angles): sigma(Delta E) is ~10 MeV for three tracks of a B decay (sigma(pT)/pT = 0.0011 pT
 * (+) 0.0025/beta of the card), so a 0.15 GeV margin is more than ten standard deviations; the margin
 * on Mbc (30 MeV) is larger still against its ~3 MeV resolution. What it does not cover: candidates
 * with a fake track (the card adds one per hundred real tracks, pT 0.05-0.5 GeV, not known before the
 * simulation); they are missing from the filtered samples (docs/llp-scalar.md). The test checks that
 * every selected signal event passes.
 */
final class BCandidateFilter {
    /** One final state's hypothesis: the x mass, the Delta E window and whether the hadron is a K*0. */
    private record Hypothesis(double daughterMass, double deltaEMax, boolean kstar) {}

    private final Beam beam;
    private final TrackingCard tracking;
    private final double kaonMass;
    private final double pionMass;
    private final double kstarMass;
    private final double kstarWindow;
    private final double mbcMin;
    private final double deltaEMargin;
    private final List<Hypothesis> hypotheses;

    /**
     * A filter for the final states {@code states}.
     *
     * @param cfg the configuration (Mbc cut, margins)
     * @param states the final states of the run
     * @param beam the beam (CM frame)
     * @param tracking the card's tracking (acceptance, displaced efficiency)
     */
    BCandidateFilter(LlpScalarConfig cfg, List<LlpScalarConfig.FinalState> states, Beam beam, TrackingCard tracking) {
        if (states.isEmpty()) {
            throw new IllegalArgumentException("no final state");
        }
        this.beam = beam;
        this.tracking = tracking;
        ParticleTable table = ParticleTable.standard();
        this.kaonMass = table.byName("K+").mass();
        this.pionMass = table.byName("pi+").mass();
        this.kstarMass = table.byName("K*0").mass();
        // M(K pi) is measured to a few MeV: the Delta E margin is ample for the K*0 window too.
        this.kstarWindow =
                cfg.selection().kstarMassWindow() + cfg.backgroundFilter().deltaEMargin();
        this.mbcMin = cfg.selection().mbcMin() - cfg.backgroundFilter().mbcMargin();
        this.deltaEMargin = cfg.backgroundFilter().deltaEMargin();
        List<Hypothesis> h = new ArrayList<>();
        for (LlpScalarConfig.FinalState fs : states) {
            h.add(new Hypothesis(fs.daughterMass(), fs.deltaEMax(), fs.kstar()));
        }
        this.hypotheses = List.copyOf(h);
    }

    /** Whether the generated event (lab frame) has a candidate near the B window for some final state. */
    boolean accepts(EventBuffer g) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < g.size(); i++) {
            if (trackable(g, i)) {
                found.add(i);
            }
        }
        int n = found.size();
        if (n < 3) {
            return false;
        }
        int[] charge = new int[n];
        Vec3[] lab = new Vec3[n];
        for (int k = 0; k < n; k++) {
            int i = found.get(k);
            Species s = Species.ofPdg(g.pdgId(i));
            charge[k] = s.charge(g.pdgId(i));
            lab[k] = new Vec3(g.px(i), g.py(i), g.pz(i));
        }
        double eBeam = beam.eStarBeam();
        double mbc2Min = mbcMin * mbcMin;
        LorentzVector[] kaons = cms(lab, kaonMass);
        LorentzVector[] pions = cms(lab, pionMass);
        for (Hypothesis h : hypotheses) {
            LorentzVector[] x = cms(lab, h.daughterMass());
            double eWindow = h.deltaEMax() + deltaEMargin;
            for (int a = 0; a < n; a++) {
                if (charge[a] != 1) {
                    continue;
                }
                for (int b = 0; b < n; b++) {
                    if (charge[b] != -1) {
                        continue;
                    }
                    LorentzVector pair = x[a].plus(x[b]);
                    // The kaon only adds energy: a pair above the window cannot be completed.
                    if (pair.e() - eBeam > eWindow) {
                        continue;
                    }
                    for (int c = 0; c < n; c++) {
                        if (c == a || c == b) {
                            continue;
                        }
                        LorentzVector withKaon = pair.plus(kaons[c]);
                        if (!h.kstar()) {
                            if (inWindow(withKaon, eBeam, eWindow, mbc2Min)) {
                                return true;
                            }
                            continue;
                        }
                        if (withKaon.e() - eBeam > eWindow) {
                            continue;
                        }
                        for (int d = 0; d < n; d++) {
                            if (d == a || d == b || d == c || charge[d] != -charge[c]) {
                                continue;
                            }
                            if (Math.abs(kaons[c].plus(pions[d]).m() - kstarMass) < kstarWindow
                                    && inWindow(withKaon.plus(pions[d]), eBeam, eWindow, mbc2Min)) {
                                return true;
                            }
                        }
                    }
                }
            }
        }
        return false;
    }

    /** Whether a B candidate (CM frame) is inside the widened Delta E and Mbc window. */
    private static boolean inWindow(LorentzVector cand, double eBeam, double eWindow, double mbc2Min) {
        return Math.abs(cand.e() - eBeam) < eWindow && eBeam * eBeam - cand.p2() > mbc2Min;
    }

    /** A particle the fast simulation's tracking can find (TrackingModule's conditions but the efficiency draw). */
    private boolean trackable(EventBuffer g, int i) {
        if (g.status(i) != GenParticle.FINAL || Species.ofPdg(g.pdgId(i)) == null) {
            return false;
        }
        double px = g.px(i);
        double py = g.py(i);
        double pt = Norms.hypot(px, py);
        if (!(pt > 0)) {
            return false;
        }
        double r = Norms.hypot(g.vertexX(i), g.vertexY(i));
        return tracking.accepts(Math.atan2(pt, g.pz(i))) && tracking.displaced().relativeEfficiency(r) > 0;
    }

    /** CM four-momenta of lab momenta with one mass hypothesis. */
    private LorentzVector[] cms(Vec3[] lab, double mass) {
        LorentzVector[] out = new LorentzVector[lab.length];
        for (int k = 0; k < lab.length; k++) {
            out[k] = beam.toCms(LorentzVector.fromMomentumAndMass(lab[k], mass));
        }
        return out;
    }
}
