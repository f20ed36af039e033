package io.upsilon.analysis.continuum;

import io.upsilon.analysis.particles.Particle;
import io.upsilon.analysis.shape.FoxWolfram;
import io.upsilon.analysis.shape.RestOfEvent;
import io.upsilon.analysis.shape.Thrust;
import io.upsilon.core.beam.Beam;
import io.upsilon.core.kinematics.LorentzVector;
import io.upsilon.core.kinematics.Vec3;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The continuum-suppression quantities of one B candidate and its rest of event, in the nominal CM
 * frame, as basf2's {@code buildContinuumSuppression} makes them (definitions: The Physics of the B
 * Factories, EPJC 74 (2014) 3026, arXiv:1406.6311, section 9.3):
 *
 * <ul>
 *   <li>the thrust axis and value of the B's final-state particles (thrustBm) and of the ROE
 *       (thrustOm); |cos| of the angle between the two axes (cosTBTO: flat for B Bbar, peaked at 1
 *       for q qbar, where both follow the jet axis) and of the B thrust axis with the beam (cosTBz);
 *   <li>R2 of all particles (B final state and ROE), Fox–Wolfram (PRL 41 (1978) 1581);
 *   <li>CLEO cones around the B thrust axis, of all particles and of the ROE alone;
 *   <li>the KSFW moments, with the B's direct daughters (or, on request, its final-state
 *       particles) as the signal side.
 * </ul>
 */
public final class ContinuumSuppression {
    private final Thrust thrustB;
    private final Thrust thrustO;
    private final double r2;
    private final double[] conesAll;
    private final double[] conesRoe;
    private final KsfwMoments ksfw;
    private final KsfwMoments ksfwFinalState;

    private ContinuumSuppression(
            Thrust thrustB,
            Thrust thrustO,
            double r2,
            double[] conesAll,
            double[] conesRoe,
            KsfwMoments ksfw,
            KsfwMoments ksfwFinalState) {
        this.thrustB = thrustB;
        this.thrustO = thrustO;
        this.r2 = r2;
        this.conesAll = conesAll;
        this.conesRoe = conesRoe;
        this.ksfw = ksfw;
        this.ksfwFinalState = ksfwFinalState;
    }

    /** The quantities of {@code candidate} with rest of event {@code roe}. */
    public static ContinuumSuppression of(Particle candidate, RestOfEvent roe, Beam beam) {
        Objects.requireNonNull(candidate, "candidate");
        List<Particle> finalState = candidate.finalStateDescendants();
        List<Vec3> bMomenta = cms(finalState, beam);
        List<Vec3> roeTracks = cms(roe.tracks(), beam);
        List<Vec3> roePhotons = cms(roe.photons(), beam);
        List<Vec3> roeAll = new ArrayList<>(roeTracks);
        roeAll.addAll(roePhotons);
        List<Vec3> all = new ArrayList<>(bMomenta);
        all.addAll(roeAll);

        Thrust thrustB = Thrust.of(bMomenta);
        Thrust thrustO = Thrust.of(roeAll);

        LorentzVector bCms = beam.toCms(candidate.p4Lab());
        LorentzVector visible = bCms.plus(beam.toCms(roe.p4Lab()));
        double eAll = 0;
        double et = 0;
        for (Particle p : finalState) {
            eAll += beam.toCms(p.p4Lab()).e();
        }
        for (Particle p : roe.particles()) {
            eAll += beam.toCms(p.p4Lab()).e();
        }
        for (Vec3 p : all) {
            et += p.perp();
        }
        double r2 = eAll > 0 ? FoxWolfram.of(all, eAll, 2).r(2) : Double.NaN;
        double[] conesAll = CleoCones.of(thrustB.axis(), all);
        double[] conesRoe = CleoCones.of(thrustB.axis(), roeAll);

        // Missing four-momentum in the CM frame: (sqrt(s), 0) minus everything seen.
        LorentzVector missing = LorentzVector.of(Vec3.ZERO, beam.sqrtS()).minus(visible);
        double eStarBeam = beam.eStarBeam();
        double deltaE = bCms.e() - eStarBeam;
        double h0max = 2 * (eStarBeam - deltaE);
        double[] roeCharges = charges(roe.tracks());
        List<Particle> daughters = candidate.daughters().isEmpty() ? List.of(candidate) : candidate.daughters();
        KsfwMoments ksfw = h0max > 0
                ? KsfwMoments.of(
                        cms(daughters, beam),
                        charges(daughters),
                        roeTracks,
                        roeCharges,
                        roePhotons,
                        missing.p3(),
                        h0max,
                        et,
                        missing.m2())
                : null;
        KsfwMoments ksfwFs = h0max > 0
                ? KsfwMoments.of(
                        bMomenta,
                        charges(finalState),
                        roeTracks,
                        roeCharges,
                        roePhotons,
                        missing.p3(),
                        h0max,
                        et,
                        missing.m2())
                : null;
        return new ContinuumSuppression(thrustB, thrustO, r2, conesAll, conesRoe, ksfw, ksfwFs);
    }

    private static List<Vec3> cms(List<Particle> particles, Beam beam) {
        List<Vec3> out = new ArrayList<>(particles.size());
        for (Particle p : particles) {
            out.add(beam.toCms(p.p4Lab()).p3());
        }
        return out;
    }

    private static double[] charges(List<Particle> particles) {
        double[] q = new double[particles.size()];
        for (int i = 0; i < q.length; i++) {
            q[i] = particles.get(i).charge();
        }
        return q;
    }

    /** Thrust value of the B candidate's final-state particles (basf2 thrustBm). */
    public double thrustBm() {
        return thrustB.value();
    }

    /** Thrust value of the rest of event (basf2 thrustOm); NaN for an empty ROE. */
    public double thrustOm() {
        return thrustO.value();
    }

    /** |cos| of the angle between the B and ROE thrust axes (basf2 cosTBTO); NaN for an empty ROE. */
    public double cosTBTO() {
        return Double.isNaN(thrustO.value())
                ? Double.NaN
                : Math.abs(thrustB.axis().dot(thrustO.axis()));
    }

    /** |cos| of the angle between the B thrust axis and the beam (z) axis (basf2 cosTBz). */
    public double cosTBz() {
        return Math.abs(thrustB.axis().z());
    }

    /** The B thrust axis (CM frame, unit, oriented to +z). */
    public Vec3 thrustAxisB() {
        return thrustB.axis();
    }

    /** R2 = H2/H0 of the B final state and the ROE together (basf2 R2). */
    public double r2() {
        return r2;
    }

    /**
     * CLEO cone {@code n} (1..9) around the B thrust axis, GeV.
     *
     * @param roeOnly true: ROE particles only; false: all particles
     */
    public double cleoCone(int n, boolean roeOnly) {
        if (n < 1 || n > CleoCones.CONES) {
            throw new IllegalArgumentException("CLEO cones are numbered 1 to 9, got " + n);
        }
        return (roeOnly ? conesRoe : conesAll)[n - 1];
    }

    /**
     * The KSFW moments (NaN-free; null when E*_beam - Delta E <= 0, i.e. no sensible B).
     *
     * @param finalState true: the B's final-state particles as the signal side (basf2's FS1); false:
     *     its direct daughters
     */
    public KsfwMoments ksfw(boolean finalState) {
        return finalState ? ksfwFinalState : ksfw;
    }
}
