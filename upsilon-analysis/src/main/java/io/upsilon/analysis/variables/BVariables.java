package io.upsilon.analysis.variables;

import io.upsilon.analysis.continuum.CleoCones;
import io.upsilon.analysis.continuum.ContinuumSuppression;
import io.upsilon.analysis.continuum.KsfwMoments;
import io.upsilon.analysis.particles.McMatching;
import io.upsilon.analysis.particles.Particle;
import io.upsilon.analysis.shape.RestOfEvent;
import io.upsilon.analysis.vertex.DeltaT;
import io.upsilon.analysis.vertex.TrueDecayTimes;
import io.upsilon.analysis.vertex.VertexFit;
import io.upsilon.core.event.GenEvent;
import io.upsilon.core.event.RecoTrack;
import io.upsilon.core.kinematics.Vec3;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The B-physics part of the standard registry, with basf2 names: rest of event ({@code roe...},
 * {@code nROE_...}), continuum suppression ({@code R2}, {@code cosTBTO}, {@code cosTBz}, {@code
 * thrustBm}, {@code thrustOm}, {@code KSFWVariables}, {@code CleoConeCS}), vertices and Delta t
 * ({@code DeltaT}, {@code TagVz}, ...) and the truth-matching error word {@code mcErrors}. The
 * quantities are computed once per candidate by the {@link EventContext}; their definitions and
 * sources are in {@link io.upsilon.analysis.continuum} and {@link io.upsilon.analysis.vertex}.
 */
final class BVariables {
    private BVariables() {}

    /** Adds the B variables to {@code b}. */
    static VariableRegistry.Builder addTo(VariableRegistry.Builder b) {
        return b
                // Rest of event (tracks as pions, neutral clusters as photons, under the context's mask).
                .add(
                        "roeE",
                        "energy of the candidate's rest of event (tracks as pions, neutral clusters as photons, after the ROE mask; current frame)",
                        "GeV",
                        roe((r, x) -> x.toFrame(r.p4Lab()).e()))
                .add(
                        "roeM",
                        "invariant mass of the rest of event",
                        "GeV",
                        roe((r, x) -> r.p4Lab().m()))
                .add(
                        "roeP",
                        "momentum magnitude of the rest of event (current frame)",
                        "GeV",
                        roe((r, x) -> x.toFrame(r.p4Lab()).p()))
                .add(
                        "roeDeltae",
                        "Delta E of the rest of event, E*_ROE - E*_beam",
                        "GeV",
                        roe((r, x) -> x.beam().toCms(r.p4Lab()).e() - x.beam().eStarBeam()))
                .add(
                        "roeMbc",
                        "beam-constrained mass of the rest of event, sqrt(E*_beam^2 - p*_ROE^2); NaN if the square is negative",
                        "GeV",
                        roe((r, x) -> {
                            double m2 = x.beam().eStarBeam() * x.beam().eStarBeam()
                                    - x.beam().toCms(r.p4Lab()).p2();
                            return m2 >= 0 ? Math.sqrt(m2) : Double.NaN;
                        }))
                .add(
                        "nROE_Tracks",
                        "number of tracks in the candidate's rest of event (after the ROE mask)",
                        "",
                        roe((r, x) -> r.tracks().size()))
                .add(
                        "nROE_Photons",
                        "number of neutral ECL clusters (photons) in the candidate's rest of event (after the ROE mask)",
                        "",
                        roe((r, x) -> r.photons().size()))
                .add(
                        "nROE_KLMClusters",
                        "number of neutral KLM clusters in the candidate's rest of event (counted, not in the ROE four-momentum: the fast simulation measures no K_L0 energy)",
                        "",
                        roe((r, x) -> r.klmClusters().size()))
                // Continuum suppression.
                .add(
                        "R2",
                        "Fox-Wolfram R2 = H2/H0 of the candidate's final-state particles and its rest of event together, CM frame (as foxWolframR2 of the whole event when no ROE mask is set)",
                        "",
                        cs(ContinuumSuppression::r2))
                .add(
                        "cosTBTO",
                        "|cos| of the angle between the thrust axis of the candidate's final-state particles and that of its rest of event, CM frame (flat for B Bbar, peaked at 1 for q qbar)",
                        "",
                        cs(ContinuumSuppression::cosTBTO))
                .add(
                        "cosTBz",
                        "|cos| of the angle between the thrust axis of the candidate's final-state particles and the beam (z) axis, CM frame",
                        "",
                        cs(ContinuumSuppression::cosTBz))
                .add(
                        "thrustBm",
                        "thrust of the candidate's final-state particles, CM frame",
                        "",
                        cs(ContinuumSuppression::thrustBm))
                .add(
                        "thrustOm",
                        "thrust of the candidate's rest of event, CM frame; NaN for an empty ROE",
                        "",
                        cs(ContinuumSuppression::thrustOm))
                // Vertices: the context's track resolution is needed.
                .add(
                        "x",
                        "x of the candidate's vertex: for composites the least-squares vertex of their charged final-state tracks (V0 daughters excluded), for tracks the point of closest approach; NaN if none",
                        "cm",
                        vertexCoordinate(0))
                .add("y", "y of the candidate's vertex (as x)", "cm", vertexCoordinate(1))
                .add("z", "z of the candidate's vertex (as x)", "cm", vertexCoordinate(2))
                .add("zErr", "uncertainty of z of a composite's fitted vertex; NaN without a fit", "cm", (c, x) -> {
                    VertexFit f = x.signalVertex(c);
                    return f == null ? Double.NaN : f.error(2);
                })
                .add("vertexChi2", "chi^2 of the composite's vertex fit; NaN without a fit", "", (c, x) -> {
                    VertexFit f = x.signalVertex(c);
                    return f == null ? Double.NaN : f.chi2();
                })
                .add(
                        "vertexNDF",
                        "degrees of freedom of the composite's vertex fit (2 per track - 3); NaN without a fit",
                        "",
                        (c, x) -> {
                            VertexFit f = x.signalVertex(c);
                            return f == null ? Double.NaN : f.ndf();
                        })
                .add(
                        "TagVx",
                        "x of the tag-side B vertex (ROE tracks without K_S0 pairs, beam-spot constraint)",
                        "cm",
                        tag(f -> f.position().x()))
                .add(
                        "TagVy",
                        "y of the tag-side B vertex",
                        "cm",
                        tag(f -> f.position().y()))
                .add(
                        "TagVz",
                        "z of the tag-side B vertex",
                        "cm",
                        tag(f -> f.position().z()))
                .add("TagVxErr", "uncertainty of TagVx", "cm", tag(f -> f.error(0)))
                .add("TagVyErr", "uncertainty of TagVy", "cm", tag(f -> f.error(1)))
                .add("TagVzErr", "uncertainty of TagVz", "cm", tag(f -> f.error(2)))
                .add("TagVNTracks", "number of tracks in the tag-vertex fit", "", tag(VertexFit::nTracks))
                .add("TagVChi2", "chi^2 of the tag-vertex fit (tracks and beam spot)", "", tag(VertexFit::chi2))
                .add("TagVNDF", "degrees of freedom of the tag-vertex fit", "", tag(VertexFit::ndf))
                .add(
                        "DeltaT",
                        "proper-time difference t_sig - t_tag = Delta l / (beta gamma c), Delta l the signal minus tag vertex separation along the CM boost, beta gamma of the beam; NaN without both vertices",
                        "ps",
                        dt(DeltaT::deltaT))
                .add(
                        "DeltaTErr",
                        "uncertainty of DeltaT from the two vertex covariances",
                        "ps",
                        dt(DeltaT::deltaTError))
                .add("DeltaZ", "z of the signal vertex minus z of the tag vertex", "cm", dt(DeltaT::deltaZ))
                .add("DeltaZErr", "uncertainty of DeltaZ", "cm", dt(DeltaT::deltaZError))
                .add(
                        "DeltaBoost",
                        "signal minus tag vertex separation along the CM boost direction",
                        "cm",
                        dt(DeltaT::deltaL))
                .add("DeltaBoostErr", "uncertainty of DeltaBoost", "cm", dt(DeltaT::deltaLError))
                .add(
                        "mcDeltaTau",
                        "generated proper decay-time difference of the B the candidate is matched to and the other B of the Upsilon(4S), t_sig - t_tag; NaN without truth or another B",
                        "ps",
                        (c, x) -> trueDelta(c, x, 0))
                .add(
                        "mcDeltaT",
                        "generated Delta t in the boost approximation: the separation of the two generated B decay vertices along the CM boost over (beta gamma c), the truth of DeltaT",
                        "ps",
                        (c, x) -> trueDelta(c, x, 1))
                .add(
                        "mcDeltaBoost",
                        "separation of the two generated B decay vertices (signal minus tag) along the CM boost, the truth of DeltaBoost",
                        "cm",
                        (c, x) -> trueDelta(c, x, 2))
                .add(
                        "mcErrors",
                        "basf2 MC-matching error bits of the whole decay chain: 0 correct, 1 missing radiative photon, 8 missing neutrino, 16 missing non-radiative photon, 32 missing massive particle, 64 missing K_L0, 128 misidentified, 256 wrong particle added; NaN without MC truth",
                        "",
                        (c, x) -> McMatching.mcErrors(c, x.event().truth()))
                .addMetaWithWords(
                        "KSFWVariables",
                        "(moment[, FS1])",
                        "Belle's KSFW moment of the candidate (et, mm2, hso00..hso04, hso10, hso12, hso14, hso20, hso22, hso24, hoo0..hoo4; PRL 91 (2003) 261801), CM frame; with FS1 the candidate's final-state particles are the signal side instead of its daughters",
                        BVariables::ksfw)
                .addMetaWithWords(
                        "CleoConeCS",
                        "(n[, ROE])",
                        "CLEO cone n (1..9): scalar momentum sum of the particles within [10(n-1), 10n) degrees of the candidate's thrust axis (folded), CM frame, all particles or with ROE only the rest of event (PRD 53 (1996) 1039)",
                        BVariables::cleoCone);
    }

    @FunctionalInterface
    private interface RoeFunction {
        double apply(RestOfEvent roe, EventContext x);
    }

    private static VariableFunction roe(RoeFunction f) {
        return (c, x) -> f.apply(x.restOfEvent(c), x);
    }

    private static VariableFunction cs(ToDoubleFunction<ContinuumSuppression> f) {
        return (c, x) -> f.applyAsDouble(x.continuumSuppression(c));
    }

    private static VariableFunction tag(ToDoubleFunction<VertexFit> f) {
        return (c, x) -> {
            VertexFit fit = x.tagVertex(c);
            return fit == null ? Double.NaN : f.applyAsDouble(fit);
        };
    }

    private static VariableFunction dt(ToDoubleFunction<DeltaT> f) {
        return (c, x) -> {
            DeltaT d = x.deltaT(c);
            return d == null ? Double.NaN : f.applyAsDouble(d);
        };
    }

    private static VariableFunction vertexCoordinate(int i) {
        return (c, x) -> {
            if (c.track() != null) {
                RecoTrack t = c.track();
                Vec3 poca = RecoTrack.pointOfClosestApproach(t.momentum(), t.d0(), t.z0());
                return i == 0 ? poca.x() : i == 1 ? poca.y() : poca.z();
            }
            VertexFit f = x.signalVertex(c);
            if (f == null) {
                return Double.NaN;
            }
            return i == 0
                    ? f.position().x()
                    : i == 1 ? f.position().y() : f.position().z();
        };
    }

    /** 0: mcDeltaTau, 1: mcDeltaT, 2: mcDeltaBoost. */
    private static double trueDelta(Particle c, EventContext x, int which) {
        GenEvent truth = x.event().truth();
        if (truth == null) {
            return Double.NaN;
        }
        int sig = McMatching.matchedIndex(c, truth);
        int tag = TrueDecayTimes.otherB(truth, sig);
        if (tag < 0) {
            return Double.NaN;
        }
        if (which == 0) {
            return TrueDecayTimes.properTime(truth, sig) - TrueDecayTimes.properTime(truth, tag);
        }
        Vec3 vSig = TrueDecayTimes.decayVertex(truth, sig);
        Vec3 vTag = TrueDecayTimes.decayVertex(truth, tag);
        if (vSig == null || vTag == null) {
            return Double.NaN;
        }
        Vec3 beta = x.beam().cmBoostBeta();
        double deltaL = vSig.minus(vTag).dot(beta.unit());
        double betaGamma = beta.mag() / Math.sqrt(1 - beta.mag2());
        return which == 2 ? deltaL : deltaL / (betaGamma * DeltaT.C_CM_PER_PS);
    }

    private static Variable ksfw(String name, List<MetaVariable.Argument> a) {
        if (a.isEmpty() || a.size() > 2 || a.get(0).word() == null) {
            throw new IllegalArgumentException("expected a moment name, e.g. KSFWVariables(hso02)");
        }
        String moment = a.get(0).word();
        if (!KsfwMoments.NAMES.contains(moment)) {
            throw new IllegalArgumentException("unknown KSFW moment '" + moment + "'; known: " + KsfwMoments.NAMES);
        }
        boolean finalState = false;
        if (a.size() == 2) {
            if (!"FS1".equals(a.get(1).word())) {
                throw new IllegalArgumentException("the optional second argument is FS1");
            }
            finalState = true;
        }
        boolean fs = finalState;
        return new Variable(
                name,
                "KSFW moment " + moment + (fs ? " (final-state particles as the signal side)" : ""),
                moment.equals("mm2") ? "GeV^2" : moment.equals("et") ? "GeV" : "",
                (c, x) -> {
                    KsfwMoments m = x.continuumSuppression(c).ksfw(fs);
                    return m == null ? Double.NaN : m.value(moment);
                });
    }

    private static Variable cleoCone(String name, List<MetaVariable.Argument> a) {
        if (a.isEmpty() || a.size() > 2 || a.get(0).number() == null) {
            throw new IllegalArgumentException("expected a cone number 1 to 9, e.g. CleoConeCS(1)");
        }
        double n = a.get(0).number();
        if (n != Math.rint(n) || n < 1 || n > CleoCones.CONES) {
            throw new IllegalArgumentException("the cone number must be a whole number from 1 to 9, got " + n);
        }
        boolean roeOnly = false;
        if (a.size() == 2) {
            if (!"ROE".equals(a.get(1).word())) {
                throw new IllegalArgumentException("the optional second argument is ROE");
            }
            roeOnly = true;
        }
        int cone = (int) n;
        boolean roe = roeOnly;
        return new Variable(
                name,
                "CLEO cone " + cone + " around the candidate's thrust axis" + (roe ? " (rest of event only)" : ""),
                "GeV",
                (c, x) -> x.continuumSuppression(c).cleoCone(cone, roe));
    }
}
