package io.upsilon.analysis.variables;

import io.upsilon.analysis.particles.McMatching;
import io.upsilon.analysis.particles.Particle;
import io.upsilon.analysis.shape.ThrustHemispheres;
import io.upsilon.core.event.PidLikelihoods;
import io.upsilon.core.event.RecoCluster;
import io.upsilon.core.event.RecoTrack;
import io.upsilon.core.kinematics.LorentzVector;
import io.upsilon.core.kinematics.Vec3;
import io.upsilon.core.pdg.ParticleData;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The standard variables, with basf2 names and definitions (basf2 variable manager,
 * analysis/variables/src/, e.g. Variables.cc for Mbc and deltaE): one
 * registration line each. Starred quantities are in the nominal CM frame of the beam; E*_beam =
 * sqrt(s)/2. The event-level variables use every track (as a charged pion) and every neutral ECL
 * cluster (as a photon); the event-shape variables (thrust, hemispheres, Fox-Wolfram moments) use
 * the context's event-shape particles ({@link EventContext#withEventShape}). Kinematic variables follow the frame of their context ({@code
 * useCMSFrame(v)}); Mbc, deltaE and the *CMS event variables are always in the CM frame.
 */
public final class StandardVariables {
    private static final int TAU = 15;

    private StandardVariables() {}

    /** The standard registry (the same immutable instance on every call). */
    public static VariableRegistry registry() {
        return Holder.REGISTRY;
    }

    private static final class Holder {
        static final VariableRegistry REGISTRY = build();
    }

    private static VariableRegistry build() {
        VariableRegistry.Builder b = VariableRegistry.builder()
                // Kinematics in the current frame (lab unless inside useCMSFrame).
                .add("p", "momentum magnitude", "GeV", kin(LorentzVector::p))
                .add("px", "momentum x component", "GeV", kin(LorentzVector::px))
                .add("py", "momentum y component", "GeV", kin(LorentzVector::py))
                .add("pz", "momentum z component", "GeV", kin(LorentzVector::pz))
                .add("pt", "transverse momentum (with respect to z)", "GeV", kin(LorentzVector::pt))
                .add("E", "energy", "GeV", kin(LorentzVector::e))
                .add("theta", "polar angle of the momentum", "rad", kin(LorentzVector::theta))
                .add("phi", "azimuthal angle of the momentum", "rad", kin(LorentzVector::phi))
                .add("cosTheta", "cosine of the polar angle of the momentum", "", kin(LorentzVector::cosTheta))
                // Masses (frame independent).
                .add(
                        "M",
                        "invariant mass of the four-momentum (no mass fit here, so equal to InvM)",
                        "GeV",
                        (c, x) -> c.p4Lab().m())
                .add(
                        "InvM",
                        "invariant mass of the sum of the daughters' four-momenta (of the four-momentum for a final-state particle)",
                        "GeV",
                        StandardVariables::invM)
                // Vertices (lab, cm), from the nominal interaction point at the origin: a composite's
                // decay vertex (V0s: analysis.particles.V0Finder), a track's point of closest approach.
                .add(
                        "dr",
                        "transverse distance from the z axis of the decay vertex (composites with one) or of the track's point of closest approach (|d0|); NaN otherwise",
                        "cm",
                        (c, x) -> vertexOrPoca(c) == null
                                ? Double.NaN
                                : vertexOrPoca(c).perp())
                .add(
                        "dz",
                        "z coordinate of the decay vertex (composites with one) or of the track's point of closest approach (z0); NaN otherwise",
                        "cm",
                        (c, x) -> vertexOrPoca(c) == null
                                ? Double.NaN
                                : vertexOrPoca(c).z())
                .add(
                        "distance",
                        "3D distance from the nominal interaction point of the decay vertex (composites with one) or of the track's point of closest approach; NaN otherwise",
                        "cm",
                        (c, x) -> vertexOrPoca(c) == null
                                ? Double.NaN
                                : vertexOrPoca(c).mag())
                .add(
                        "flightDistance",
                        "flight distance of a composite with a decay vertex: the vertex position relative to the nominal interaction point projected on the momentum direction (negative if the vertex lies behind); NaN without a vertex",
                        "cm",
                        StandardVariables::flightDistance)
                .add(
                        "cosAngleBetweenMomentumAndVertexVector",
                        "cosine of the angle between the momentum and the vector from the nominal interaction point to the decay vertex (the V0 pointing angle); NaN without a vertex",
                        "",
                        StandardVariables::cosPointing)
                .add(
                        "Mbc",
                        "beam-constrained mass sqrt(E*_beam^2 - p*^2); NaN if the square is negative",
                        "GeV",
                        StandardVariables::mbc)
                .add(
                        "deltaE",
                        "energy difference E* - E*_beam",
                        "GeV",
                        (c, x) -> x.beam().toCms(c.p4Lab()).e() - x.beam().eStarBeam())
                // Recoil against the candidate: p_recoil = p_e- + p_e+ - p (nominal beams).
                .add(
                        "m2Recoil",
                        "invariant mass squared of the system recoiling against the candidate, (p_beams - p)^2 = s - 2 sqrt(s) E* + M^2",
                        "GeV^2",
                        (c, x) -> recoil(c, x).m2())
                .add(
                        "mRecoil",
                        "invariant mass of the recoiling system (negative square root of -m2Recoil when m2Recoil < 0, as ROOT's M())",
                        "GeV",
                        (c, x) -> recoil(c, x).m())
                .add(
                        "pRecoil",
                        "momentum magnitude of the recoiling system (current frame)",
                        "GeV",
                        (c, x) -> x.toFrame(recoil(c, x)).p())
                .add(
                        "eRecoil",
                        "energy of the recoiling system (current frame)",
                        "GeV",
                        (c, x) -> x.toFrame(recoil(c, x)).e())
                .add(
                        "pRecoilTheta",
                        "polar angle of the recoiling system's momentum (current frame)",
                        "rad",
                        (c, x) -> x.toFrame(recoil(c, x)).theta())
                // Event level: missing = beams - visible.
                .add(
                        "missingMass2OfEvent",
                        "missing mass squared (p_beams - sum of all visible four-momenta)^2",
                        "GeV^2",
                        (c, x) -> missing(x).m2())
                .add(
                        "missingMomentumOfEvent",
                        "magnitude of the missing momentum in the lab",
                        "GeV",
                        (c, x) -> missing(x).p())
                .add(
                        "missingMomentumOfEvent_theta",
                        "polar angle of the missing momentum in the lab",
                        "rad",
                        (c, x) -> missing(x).theta())
                .add(
                        "missingMomentumOfEventCMS",
                        "magnitude of the missing momentum in the CM frame",
                        "GeV",
                        (c, x) -> missingCms(x).p())
                .add(
                        "missingMomentumOfEventCMS_theta",
                        "polar angle of the missing momentum in the CM frame",
                        "rad",
                        (c, x) -> missingCms(x).theta())
                .add(
                        "missingEnergyOfEventCMS",
                        "missing energy in the CM frame, sqrt(s) - E*_visible",
                        "GeV",
                        (c, x) -> missingCms(x).e())
                .add(
                        "visibleEnergyOfEventCMS",
                        "visible energy in the CM frame (sum of E* of all tracks and neutral clusters)",
                        "GeV",
                        (c, x) -> x.beam().toCms(x.visible().p4Lab()).e())
                .add(
                        "thrust",
                        "thrust of the event-shape particles in the CM frame (by default every track and neutral cluster)",
                        "",
                        (c, x) -> x.thrustCms().value())
                .add(
                        "thrustAxisCosTheta",
                        "cosine of the polar angle of the thrust axis of the event-shape particles in the CM frame (axis oriented to +z)",
                        "",
                        (c, x) -> x.thrustCms().axis().z())
                .add(
                        "cosToThrustOfEvent",
                        "cosine of the angle between the candidate's CM momentum and the thrust axis of the event-shape particles",
                        "",
                        StandardVariables::cosToThrust)
                .add(
                        "thrustHemisphere",
                        "thrust hemisphere of the candidate: +1 if p* . n_T >= 0, else -1 (p* summed over its final-state particles' CM momenta, n_T the thrust axis of the event-shape particles)",
                        "",
                        (c, x) -> x.eventShape()
                                        .isPositive(cmsFromFinalState(c, x).p3())
                                ? 1
                                : -1)
                .add(
                        "hemisphereNTracks",
                        "number of event-shape tracks in the candidate's thrust hemisphere (3 for the 3-prong side of a 3x1 event)",
                        "",
                        (c, x) -> hemisphereTracks(c, x).size())
                .add(
                        "hemisphereCharge",
                        "summed charge of the event-shape tracks in the candidate's thrust hemisphere",
                        "e",
                        StandardVariables::hemisphereCharge)
                .add(
                        "missingMomentumOfEventShapeCMS",
                        "magnitude of the missing momentum of the event-shape particles in the CM frame, |sum of their CM momenta|",
                        "GeV",
                        (c, x) -> x.eventShape().visibleCms().p())
                .add(
                        "missingMomentumOfEventShapeCMS_theta",
                        "polar angle in the CM frame of the missing momentum of the event-shape particles, minus the sum of their CM momenta",
                        "rad",
                        (c, x) -> x.eventShape().visibleCms().p3().negate().theta())
                .add(
                        "foxWolframR1",
                        "Fox-Wolfram ratio R1 = H1/H0 of the event-shape particles in the CM frame",
                        "",
                        (c, x) -> x.foxWolframCms().r(1))
                .add(
                        "foxWolframR2",
                        "Fox-Wolfram ratio R2 = H2/H0 of the event-shape particles in the CM frame",
                        "",
                        (c, x) -> x.foxWolframCms().r(2))
                .add(
                        "foxWolframR3",
                        "Fox-Wolfram ratio R3 = H3/H0 of the event-shape particles in the CM frame",
                        "",
                        (c, x) -> x.foxWolframCms().r(3))
                .add(
                        "foxWolframR4",
                        "Fox-Wolfram ratio R4 = H4/H0 of the event-shape particles in the CM frame",
                        "",
                        (c, x) -> x.foxWolframCms().r(4))
                .add(
                        "nTracks",
                        "number of tracks in the event",
                        "",
                        (c, x) -> x.event().tracks().size())
                .add(
                        "nPhotons",
                        "number of neutral ECL clusters (photon candidates) in the event",
                        "",
                        (c, x) -> x.visible().photons().size())
                .add(
                        "roeEextra",
                        "extra energy: sum of the lab energies of the neutral ECL clusters not used by the candidate",
                        "GeV",
                        StandardVariables::extraNeutralEnergy)
                .add(
                        "L1Trigger",
                        "1 if at least one L1 trigger line fired, else 0",
                        "",
                        (c, x) -> x.event().triggered() ? 1 : 0)
                .add(
                        "nKLMClusters",
                        "number of neutral KLM clusters in the event",
                        "",
                        (c, x) -> x.event().klmClusters().size())
                // Candidate properties.
                .add("charge", "electric charge", "e", (c, x) -> c.charge())
                .add("PDG", "PDG code of the candidate (signed)", "", (c, x) -> c.pdgCode())
                .add(
                        "nDaughters",
                        "number of daughters",
                        "",
                        (c, x) -> c.daughters().size())
                .add(
                        "isSignal",
                        "1 if the candidate and its daughters match the generated decay, 0 if not, NaN without MC truth",
                        "",
                        (c, x) -> McMatching.isSignal(c, x.event().truth()))
                .add(
                        "isSignalAcceptMissing",
                        "as isSignal, but generated daughters that were not reconstructed (neutrinos, invisible particles) are accepted",
                        "",
                        (c, x) -> McMatching.isSignalAcceptMissing(c, x.event().truth()))
                .add(
                        "mcPDG",
                        "PDG code of the generated particle a final-state candidate is linked to; NaN if none",
                        "",
                        StandardVariables::mcPdg)
                .add(
                        "electronID",
                        "electron identification probability of the track; NaN for non-tracks",
                        "",
                        pid(PidLikelihoods::electronId))
                .add(
                        "muonID",
                        "muon identification probability of the track; NaN for non-tracks",
                        "",
                        pid(PidLikelihoods::muonId))
                .add(
                        "pionID",
                        "pion identification probability of the track; NaN for non-tracks",
                        "",
                        pid(PidLikelihoods::pionId))
                .add(
                        "kaonID",
                        "kaon identification probability of the track; NaN for non-tracks",
                        "",
                        pid(PidLikelihoods::kaonId))
                .add(
                        "protonID",
                        "proton identification probability of the track; NaN for non-tracks",
                        "",
                        pid(PidLikelihoods::protonId))
                .add(
                        "d0",
                        "signed transverse impact parameter of the track; NaN for non-tracks",
                        "cm",
                        track(RecoTrack::d0))
                .add("z0", "longitudinal impact parameter of the track; NaN for non-tracks", "cm", track(RecoTrack::z0))
                .add(
                        "clusterE",
                        "energy of the ECL cluster (the matched one for a track); NaN if none",
                        "GeV",
                        StandardVariables::clusterE)
                .add(
                        "clusterTheta",
                        "polar angle of the ECL cluster (the matched one for a track); NaN if none",
                        "rad",
                        StandardVariables::clusterTheta)
                .add(
                        "clusterReg",
                        "ECL region of the cluster: 1 forward, 2 barrel, 3 backward, 0 gaps; NaN if none",
                        "",
                        StandardVariables::clusterReg)
                .add(
                        "klmLayers",
                        "number of KLM layers hit by the track's extrapolation; NaN for non-tracks",
                        "",
                        track(t -> t.klmLayers()))
                .add(
                        "dM",
                        "invariant mass minus the nominal (particle-table) mass of the candidate's particle type",
                        "GeV",
                        StandardVariables::deltaM)
                // Tau pairs: E_tau = E*_beam in the CM frame (TauKinematics).
                .add(
                        "tauPseudoMass",
                        "ARGUS tau pseudomass M_min = sqrt(M^2 + 2 (E*_beam - E*)(E* - p*)) of the candidate as the visible system of a tau with E_tau = E*_beam (Phys. Lett. B 292 (1992) 221); CM four-momentum summed over its final-state particles' CM four-momenta; 0 if the square is negative",
                        "GeV",
                        (c, x) -> TauKinematics.pseudoMass(
                                cmsFromFinalState(c, x), x.beam().eStarBeam()))
                .add(
                        "xLepton",
                        "x_l = 2 E_l / m_tau of daughter 0 (the lepton) in the tau pseudo-rest frame: a tau of energy E*_beam flying opposite to daughter 1 (the tag side) in the CM frame (Belle II, PRL 130, 181803 (2023)); NaN with fewer than two daughters",
                        "",
                        StandardVariables::xLepton)
                // Metavariables.
                .addMeta(
                        "useCMSFrame",
                        "(variable)",
                        "the variable evaluated in the nominal CM frame",
                        (name, a) -> inFrame(name, a, Frame.CMS))
                .addMeta(
                        "useLabFrame",
                        "(variable)",
                        "the variable evaluated in the lab frame",
                        (name, a) -> inFrame(name, a, Frame.LAB))
                .addMeta(
                        "daughter",
                        "(i, variable)",
                        "the variable of the i-th daughter (counting from 0); NaN if there is none",
                        StandardVariables::daughter)
                .addMeta(
                        "daughterHighest",
                        "(variable)",
                        "the highest value of the variable among the daughters (NaN if any is NaN or there are none)",
                        (name, a) -> daughterExtreme(name, a, true))
                .addMeta(
                        "daughterLowest",
                        "(variable)",
                        "the lowest value of the variable among the daughters (NaN if any is NaN or there are none)",
                        (name, a) -> daughterExtreme(name, a, false))
                .addMeta(
                        "nHemispherePhotons",
                        "(E_min)",
                        "number of event-shape neutral clusters (photons) in the candidate's thrust hemisphere with CM energy above E_min (GeV)",
                        StandardVariables::hemispherePhotons);
        return MissingEnergyVariables.addTo(BVariables.addTo(b)).build();
    }

    private static VariableFunction kin(ToDoubleFunction<LorentzVector> f) {
        return (c, x) -> f.applyAsDouble(x.toFrame(c.p4Lab()));
    }

    private static VariableFunction pid(ToDoubleFunction<PidLikelihoods> f) {
        return (c, x) ->
                c.track() == null ? Double.NaN : f.applyAsDouble(c.track().pid());
    }

    private static VariableFunction track(ToDoubleFunction<RecoTrack> f) {
        return (c, x) -> c.track() == null ? Double.NaN : f.applyAsDouble(c.track());
    }

    private static double invM(Particle c, EventContext x) {
        if (c.daughters().isEmpty()) {
            return c.p4Lab().m();
        }
        LorentzVector sum = LorentzVector.ZERO;
        for (Particle d : c.daughters()) {
            sum = sum.plus(d.p4Lab());
        }
        return sum.m();
    }

    /** A composite's decay vertex, or a track's point of closest approach, or null. */
    private static Vec3 vertexOrPoca(Particle c) {
        if (c.vertex().isPresent()) {
            return c.vertex().get();
        }
        if (c.track() != null) {
            RecoTrack t = c.track();
            return RecoTrack.pointOfClosestApproach(t.momentum(), t.d0(), t.z0());
        }
        return null;
    }

    private static double flightDistance(Particle c, EventContext x) {
        if (c.vertex().isEmpty()) {
            return Double.NaN;
        }
        Vec3 p = c.p4Lab().p3();
        return c.vertex().get().dot(p) / p.mag();
    }

    private static double cosPointing(Particle c, EventContext x) {
        if (c.vertex().isEmpty()) {
            return Double.NaN;
        }
        Vec3 v = c.vertex().get();
        Vec3 p = c.p4Lab().p3();
        double norm = v.mag() * p.mag();
        return norm > 0 ? v.dot(p) / norm : Double.NaN;
    }

    private static double mbc(Particle c, EventContext x) {
        double eBeam = x.beam().eStarBeam();
        double m2 = eBeam * eBeam - x.beam().toCms(c.p4Lab()).p2();
        return m2 >= 0 ? Math.sqrt(m2) : Double.NaN;
    }

    private static double extraNeutralEnergy(Particle c, EventContext x) {
        double e = 0;
        for (RecoCluster cl : x.event().clusters()) {
            if (cl.isNeutral() && !c.usesCluster(cl.index())) {
                e += cl.energy();
            }
        }
        return e;
    }

    private static LorentzVector recoil(Particle c, EventContext x) {
        return x.beam().total().minus(c.p4Lab());
    }

    private static LorentzVector missing(EventContext x) {
        return x.beam().total().minus(x.visible().p4Lab());
    }

    private static LorentzVector missingCms(EventContext x) {
        return x.beam().toCms(missing(x));
    }

    private static double mcPdg(Particle c, EventContext x) {
        int t = c.truthIndex();
        if (t < 0 || x.event().truth() == null || t >= x.event().truth().size()) {
            return Double.NaN;
        }
        return x.event().truth().particle(t).pdgId();
    }

    private static RecoCluster cluster(Particle c, EventContext x) {
        if (c.cluster() != null) {
            return c.cluster();
        }
        if (c.track() != null
                && c.track().clusterIndex() >= 0
                && c.track().clusterIndex() < x.event().clusters().size()) {
            return x.event().clusters().get(c.track().clusterIndex());
        }
        return null;
    }

    private static double clusterE(Particle c, EventContext x) {
        RecoCluster cl = cluster(c, x);
        return cl == null ? Double.NaN : cl.energy();
    }

    private static double clusterTheta(Particle c, EventContext x) {
        RecoCluster cl = cluster(c, x);
        return cl == null ? Double.NaN : cl.theta();
    }

    private static double clusterReg(Particle c, EventContext x) {
        RecoCluster cl = cluster(c, x);
        return cl == null ? Double.NaN : cl.region();
    }

    /**
     * The CM four-momentum of {@code c} summed over its final-state particles' CM four-momenta (in
     * daughter order): the same four-vector as boosting the lab sum, but summed as a hand-written
     * CM-frame analysis sums it.
     */
    static LorentzVector cmsFromFinalState(Particle c, EventContext x) {
        if (c.daughters().isEmpty()) {
            return x.beam().toCms(c.p4Lab());
        }
        LorentzVector sum = LorentzVector.ZERO;
        for (Particle d : c.daughters()) {
            sum = sum.plus(cmsFromFinalState(d, x));
        }
        return sum;
    }

    private static double cosToThrust(Particle c, EventContext x) {
        Vec3 p = x.beam().toCms(c.p4Lab()).p3();
        double mag = p.mag();
        return mag > 0 ? p.dot(x.thrustCms().axis()) / mag : Double.NaN;
    }

    private static List<Particle> hemisphereTracks(Particle c, EventContext x) {
        ThrustHemispheres h = x.eventShape();
        return h.tracks(h.isPositive(cmsFromFinalState(c, x).p3()));
    }

    private static double hemisphereCharge(Particle c, EventContext x) {
        double q = 0;
        for (Particle t : hemisphereTracks(c, x)) {
            q += t.charge();
        }
        return q;
    }

    private static double deltaM(Particle c, EventContext x) {
        ParticleData d;
        try {
            d = x.table().byId(c.pdgCode());
        } catch (RuntimeException e) {
            return Double.NaN;
        }
        return c.p4Lab().m() - d.mass();
    }

    private static double xLepton(Particle c, EventContext x) {
        if (c.daughters().size() < 2) {
            return Double.NaN;
        }
        LorentzVector lepton = cmsFromFinalState(c.daughter(0), x);
        Vec3 tag = cmsFromFinalState(c.daughter(1), x).p3();
        return TauKinematics.xLepton(
                lepton, tag, x.beam().eStarBeam(), x.table().byId(TAU).mass());
    }

    private static Variable daughterExtreme(String name, List<MetaVariable.Argument> a, boolean highest) {
        if (a.size() != 1 || a.get(0).variable() == null) {
            throw new IllegalArgumentException("expected one variable as argument");
        }
        Variable v = a.get(0).variable();
        return new Variable(
                name,
                (highest ? "highest " : "lowest ") + v.description() + " among the daughters",
                v.unit(),
                (c, x) -> {
                    if (c.daughters().isEmpty()) {
                        return Double.NaN;
                    }
                    double best = highest ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
                    for (Particle d : c.daughters()) {
                        double value = v.evaluate(d, x);
                        best = highest ? Math.max(best, value) : Math.min(best, value);
                    }
                    return best;
                });
    }

    private static Variable hemispherePhotons(String name, List<MetaVariable.Argument> a) {
        if (a.size() != 1 || a.get(0).number() == null) {
            throw new IllegalArgumentException("expected one number (the CM energy threshold in GeV)");
        }
        double eMin = a.get(0).number();
        return new Variable(
                name,
                "number of event-shape photons in the candidate's thrust hemisphere with E* > " + eMin + " GeV",
                "",
                (c, x) -> {
                    ThrustHemispheres h = x.eventShape();
                    int n = 0;
                    for (int i : h.neutralIndices(
                            h.isPositive(cmsFromFinalState(c, x).p3()))) {
                        if (h.cms().get(i).e() > eMin) {
                            n++;
                        }
                    }
                    return n;
                });
    }

    private static Variable inFrame(String name, List<MetaVariable.Argument> a, Frame frame) {
        if (a.size() != 1 || a.get(0).variable() == null) {
            throw new IllegalArgumentException("expected one variable as argument");
        }
        Variable v = a.get(0).variable();
        return new Variable(
                name,
                v.description() + ", in the " + frame + " frame",
                v.unit(),
                (c, x) -> v.evaluate(c, x.inFrame(frame)));
    }

    private static Variable daughter(String name, List<MetaVariable.Argument> a) {
        if (a.size() != 2 || a.get(0).number() == null || a.get(1).variable() == null) {
            throw new IllegalArgumentException("expected a daughter index and a variable");
        }
        double i = a.get(0).number();
        if (!(i >= 0) || i != Math.rint(i) || i > 1000) {
            throw new IllegalArgumentException("the daughter index must be a whole number from 0, got "
                    + a.get(0).number());
        }
        int index = (int) i;
        Variable v = a.get(1).variable();
        return new Variable(
                name,
                v.description() + ", of daughter " + index,
                v.unit(),
                (c, x) -> index < c.daughters().size() ? v.evaluate(c.daughter(index), x) : Double.NaN);
    }
}
