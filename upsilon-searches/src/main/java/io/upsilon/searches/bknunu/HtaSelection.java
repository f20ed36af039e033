package io.upsilon.searches.bknunu;

import io.upsilon.core.beam.Beam;
import io.upsilon.core.event.GenEvent;
import io.upsilon.core.event.RecoCluster;
import io.upsilon.core.event.RecoEvent;
import io.upsilon.core.event.RecoTrack;
import io.upsilon.core.kinematics.LorentzVector;
import io.upsilon.core.kinematics.Vec3;
import io.upsilon.core.random.RandomStream;
import io.upsilon.generators.decay.BPairTruth;
import io.upsilon.searches.SelectionResult;
import io.upsilon.searches.SimulatedEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * The hadronic-tag (HTA) signal side of PRD 109, 112006 (2024), Sec. IX: given a {@link
 * HadronicTagger hadronic B± tag}, exactly one track not in the tag, a kaon of the charge opposite to
 * the tag's, and little extra energy; q² from the recoil of the tag, q² = (p_sig − p_K)² with p_sig
 * = p_beams − p_tag in the CMS. A selected event keeps q² as its observable, the BDTh inputs ({@link
 * #FEATURES}) and then the generated q² of the signal B (not an input). Its weight is the event
 * weight times the tag probability.
 */
final class HtaSelection {
    /** Cut-flow steps (the first two shared with the ITA). */
    static final List<String> STEPS = List.of(
            "generated",
            "preselection (generator level)",
            "hadronic B± tag (parametrised FEI)",
            "exactly one signal-side track",
            "signal kaon (kaonID, charge opposite to the tag)",
            "E_extra below its cut");

    /** The BDTh inputs, in column order. */
    static final List<String> FEATURES = List.of(
            "e_extra",
            "n_extra_photons",
            "n_pi0_candidates",
            "n_extra_klm",
            "kaon_p_cms",
            "kaon_cos_theta_cms",
            "kaon_d0",
            "kaon_z0",
            "cos_kaon_sigb",
            "m2_miss",
            "cos_theta_miss",
            "tag_p_cms");

    /** Column of the generated q² of the signal B. */
    static final int TRUTH_COLUMN = FEATURES.size();

    /**
     * Column of the signal side's trackable charged particles ({@link HtaSideFilter#sideTracks}; −1
     * for a continuum tag): the check that the side filter keeps every selected event.
     */
    static final int SIDE_TRACKS_COLUMN = FEATURES.size() + 1;

    private static final double KAON_MASS = 0.493677; // GeV, PDG 2024
    private static final double PI0_LOW = 0.120; // GeV: the usual Belle II pi0 mass window [R]
    private static final double PI0_HIGH = 0.145;

    private final BKnunuConfig.Hta config;
    private final HadronicTagger tagger;
    private final HtaSideFilter sideFilter;
    private final Beam beam;

    /**
     * @param config the HTA configuration
     * @param sideFilter the signal-side filter whose count each selected event records
     * @param beam the beam
     */
    HtaSelection(BKnunuConfig.Hta config, HtaSideFilter sideFilter, Beam beam) {
        this.config = config;
        this.tagger = config.tagger();
        this.sideFilter = sideFilter;
        this.beam = beam;
    }

    /** A new, empty HTA result. */
    SelectionResult newResult() {
        return SelectionResult.empty(STEPS, FEATURES.size() + 2);
    }

    /**
     * Selects a preselected, simulated event with each of its possible tags ({@link
     * HadronicTagger#tags}): counts it in the cut flow (step 1 with its weight, later steps with the
     * weight times the tag probability, summed over the tags) and adds one row per tag that passes,
     * all under the event's number (so that both rows of an event fall into the same fold).
     */
    void select(SimulatedEvent event, SelectionResult result, RandomStream rng) {
        double w = event.weight();
        RecoEvent reco = event.reco();
        GenEvent truth = event.generated().toEvent(event.number());
        result.flow().pass(1, w);
        // Per cut-flow step from the tag on, the weight summed over the event's tags: the event counts
        // once per step it reaches with any tag (the Monte Carlo count never grows).
        double[] stepWeight = new double[STEPS.size()];
        int[] owner = null;
        for (HadronicTagger.Tag tag : tagger.tags(truth, reco, beam, rng)) {
            if (!(tag.probability() > 0)) {
                continue;
            }
            int sideTracks = -1;
            if (tag.side() >= 0) {
                if (owner == null) {
                    owner = HadronicTagger.owners(truth, new int[] {
                        BPairTruth.signalB(truth).getAsInt(),
                        BPairTruth.otherB(truth).getAsInt()
                    });
                }
                sideTracks = sideFilter.sideTracks(truth, owner, tag.side());
            }
            selectWith(tag, w * tag.probability(), event, truth, sideTracks, stepWeight, result);
        }
        for (int j = 2; j < stepWeight.length; j++) {
            if (stepWeight[j] > 0) {
                result.flow().passFrom(j, j, stepWeight[j]);
            }
        }
    }

    /** The signal side of one tag; {@code wt} is the event weight times the tag probability. */
    private void selectWith(
            HadronicTagger.Tag tag,
            double wt,
            SimulatedEvent event,
            GenEvent truth,
            int sideTracks,
            double[] stepWeight,
            SelectionResult result) {
        RecoEvent reco = event.reco();
        int passed = 2;
        List<RecoTrack> side = new ArrayList<>();
        for (RecoTrack t : reco.tracks()) {
            if (!tag.tracks()[t.index()] && t.momentum().perp() > config.trackPtMin()) {
                side.add(t);
            }
        }
        RecoTrack k = side.size() == 1 ? side.get(0) : null;
        if (k != null) {
            passed = 3;
            // A tag whose charge the truth does not fix has the right one with probability 1/2.
            boolean chargeOk = tag.charge() == 0 || k.charge() == -tag.charge();
            if (k.pid().kaonId() > config.kaonIdMin() && chargeOk) {
                passed = 4;
            }
        }
        if (passed < 4) {
            add(stepWeight, 2, passed, wt);
            return;
        }
        add(stepWeight, 2, 3, wt);
        wt *= tag.charge() == 0 ? 0.5 : 1.0;
        // The extra neutral energy (lab) and photon candidates of the signal side.
        double eExtra = 0;
        List<LorentzVector> photons = new ArrayList<>();
        for (RecoCluster c : reco.clusters()) {
            if (c.isNeutral() && !tag.clusters()[c.index()] && c.energy() > config.photonEMin()) {
                eExtra += c.energy();
                photons.add(HadronicTagger.photon(c));
            }
        }
        if (!(eExtra < config.eExtraMax())) {
            add(stepWeight, 4, 4, wt);
            return;
        }
        add(stepWeight, 4, 5, wt);
        int pi0 = 0;
        for (int i = 0; i < photons.size(); i++) {
            for (int j = i + 1; j < photons.size(); j++) {
                double m = photons.get(i).plus(photons.get(j)).m();
                pi0 += m > PI0_LOW && m < PI0_HIGH ? 1 : 0;
            }
        }
        int klm = 0;
        for (boolean inTag : tag.klm()) {
            klm += inTag ? 0 : 1;
        }
        LorentzVector kaon = beam.labToCms().apply(LorentzVector.fromMomentumAndMass(k.momentum(), KAON_MASS));
        LorentzVector tagP = tag.p4Cms();
        LorentzVector sigB = new LorentzVector(-tagP.px(), -tagP.py(), -tagP.pz(), beam.sqrtS() - tagP.e());
        LorentzVector miss = sigB.minus(kaon);
        LorentzVector missAll = miss;
        for (LorentzVector g : photons) {
            missAll = missAll.minus(beam.labToCms().apply(g));
        }
        Vec3 kp = kaon.p3();
        Vec3 bp = sigB.p3();
        double cosKB = kp.mag() > 0 && bp.mag() > 0 ? kp.dot(bp) / (kp.mag() * bp.mag()) : 0;
        float[] row = {
            (float) eExtra,
            photons.size(),
            pi0,
            klm,
            (float) kp.mag(),
            (float) kaon.cosTheta(),
            (float) k.d0(),
            (float) k.z0(),
            (float) cosKB,
            (float) missAll.m2(),
            (float) miss.cosTheta(),
            (float) tagP.p(),
            (float) BKnunuSelection.truthQ2(truth),
            sideTracks
        };
        result.events().add(event.number(), miss.m2(), wt, row);
    }

    private static void add(double[] stepWeight, int first, int last, double w) {
        for (int j = first; j <= last; j++) {
            stepWeight[j] += w;
        }
    }
}
