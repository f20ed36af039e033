package io.upsilon.analysis.vertex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.analysis.particles.Particle;
import io.upsilon.analysis.variables.EventContext;
import io.upsilon.analysis.variables.StandardVariables;
import io.upsilon.analysis.variables.VariableRegistry;
import io.upsilon.core.beam.Beam;
import io.upsilon.core.event.GenEvent;
import io.upsilon.core.event.GenParticle;
import io.upsilon.core.event.RecoEvent;
import io.upsilon.core.event.RecoTrack;
import io.upsilon.core.kinematics.LorentzVector;
import io.upsilon.core.kinematics.Vec3;
import io.upsilon.core.pdg.ParticleData;
import io.upsilon.core.pdg.ParticleTable;
import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Delta t on toy Upsilon(4S) -> B0 anti-B0 events built by hand: both B mesons from a point of the
 * luminous region with the CM momentum of the Y4S preset, exponential decay times with the B0
 * lifetime of the particle table, the signal B -> pi+ pi-, the tag B -> X Y -> 4 pions (two-body
 * decays, isotropic), tracks smeared as the fast simulation smears them ({@link ToyTracks}).
 */
class DeltaTTest {
    private static final Beam BEAM = Beam.preset("Y4S");
    private static final ParticleTable TABLE = ParticleTable.standard();
    private static final ParticleData B0 = TABLE.byName("B0");
    private static final double PION = TABLE.byName("pi+").mass();
    private static final VariableRegistry REGISTRY = StandardVariables.registry();

    /** One toy: the event, the signal candidate, the true separation along the boost and true Delta t. */
    private record Toy(RecoEvent event, Particle candidate, double trueDeltaL, double trueDeltaT) {}

    private static Vec3 isotropic(double p, RandomStream rng) {
        double cos = 2 * rng.nextDouble() - 1;
        return Vec3.fromPolar(p, Math.acos(cos), 2 * Math.PI * rng.nextDouble());
    }

    /** The two daughters (masses m1, m2) of {@code parent}, isotropic in its rest frame, in its frame. */
    private static LorentzVector[] twoBody(LorentzVector parent, double m1, double m2, RandomStream rng) {
        double m = parent.m();
        double p = Math.sqrt((m * m - (m1 + m2) * (m1 + m2)) * (m * m - (m1 - m2) * (m1 - m2))) / (2 * m);
        Vec3 d = isotropic(p, rng);
        Vec3 beta = parent.boostVector();
        return new LorentzVector[] {
            LorentzVector.fromMomentumAndMass(d, m1).boost(beta),
            LorentzVector.fromMomentumAndMass(d.negate(), m2).boost(beta)
        };
    }

    /** The CDC acceptance of the belle2 card, 17 to 150 degrees (tracking.thetaMin/thetaMax). */
    private static boolean accepted(LorentzVector p) {
        double theta = Math.toDegrees(p.theta());
        return theta > 17 && theta < 150;
    }

    /** A toy whose six pions are all inside the tracking acceptance (others are redrawn). */
    private static Toy toy(ImpactParameterResolution res, RandomStream rng) {
        while (true) {
            Toy t = draw(res, rng);
            if (t != null) {
                return t;
            }
        }
    }

    private static Toy draw(ImpactParameterResolution res, RandomStream rng) {
        Vec3 origin = BEAM.luminousRegion().sample(rng);
        double pStar = Math.sqrt(BEAM.eStarBeam() * BEAM.eStarBeam() - B0.mass() * B0.mass());
        Vec3 dir = isotropic(pStar, rng);
        LorentzVector sig = BEAM.toLab(LorentzVector.fromMomentumAndMass(dir, B0.mass()));
        LorentzVector tag = BEAM.toLab(LorentzVector.fromMomentumAndMass(dir.negate(), B0.mass()));
        double uSig = rng.nextExponential();
        double uTag = rng.nextExponential();
        // Flight = (p / m) c t with c t = c tau u.
        Vec3 vSig = origin.plus(sig.p3().times(B0.cTau() * uSig / B0.mass()));
        Vec3 vTag = origin.plus(tag.p3().times(B0.cTau() * uTag / B0.mass()));
        // Generated event: e- e+ -> Y(4S) -> B0 (3) anti-B0 (4); B0 -> pi+ pi- (5, 6); anti-B0 -> X Y
        // (7, 8) decaying at once, X -> pi+ pi- (9, 10), Y -> pi+ pi- (11, 12).
        List<GenParticle> gen = new ArrayList<>();
        gen.add(new GenParticle(11, GenParticle.BEAM, BEAM.her(), origin, 0, -1, -1, 2, 2));
        gen.add(new GenParticle(-11, GenParticle.BEAM, BEAM.ler(), origin, 0, -1, -1, 2, 2));
        gen.add(new GenParticle(300553, GenParticle.DECAYED, sig.plus(tag), origin, 0, 0, 1, 3, 4));
        gen.add(new GenParticle(B0.id(), GenParticle.DECAYED, sig, origin, 0, 2, -1, 5, 6));
        gen.add(new GenParticle(-B0.id(), GenParticle.DECAYED, tag, origin, 0, 2, -1, 7, 8));
        List<Particle> tracks = new ArrayList<>();
        for (LorentzVector pi : twoBody(sig, PION, PION, rng)) {
            if (!accepted(pi)) {
                return null;
            }
            gen.add(new GenParticle(
                    tracks.size() % 2 == 0 ? 211 : -211, GenParticle.FINAL, pi, vSig, 0, 3, -1, -1, -1));
            tracks.add(ToyTracks.pion(tracks.size(), vSig, pi.p3(), res, rng, gen.size() - 1));
        }
        LorentzVector[] xy = twoBody(tag, 1.2, 1.2, rng);
        gen.add(new GenParticle(9000001, GenParticle.DECAYED, xy[0], vTag, 0, 4, -1, 9, 10));
        gen.add(new GenParticle(9000002, GenParticle.DECAYED, xy[1], vTag, 0, 4, -1, 11, 12));
        for (int k = 0; k < 2; k++) {
            for (LorentzVector pi : twoBody(xy[k], PION, PION, rng)) {
                if (!accepted(pi)) {
                    return null;
                }
                gen.add(new GenParticle(
                        tracks.size() % 2 == 0 ? 211 : -211, GenParticle.FINAL, pi, vTag, 0, 7 + k, -1, -1, -1));
                tracks.add(ToyTracks.pion(tracks.size(), vTag, pi.p3(), res, rng, gen.size() - 1));
            }
        }
        List<RecoTrack> recoTracks = new ArrayList<>();
        for (Particle t : tracks) {
            recoTracks.add(t.track());
        }
        RecoEvent event = new RecoEvent(1, 1, recoTracks, List.of(), List.of(), 1, new GenEvent(1, 1, gen));
        Particle candidate = Particle.composite(B0.id(), List.of(tracks.get(0), tracks.get(1)));
        Vec3 u = BEAM.cmBoostBeta().unit();
        double tauPs = B0.cTau() / DeltaT.C_CM_PER_PS;
        return new Toy(event, candidate, vSig.minus(vTag).dot(u), (uSig - uTag) * tauPs);
    }

    private static double value(String name, Toy t, ImpactParameterResolution res) {
        return REGISTRY.resolve(name)
                .evaluate(t.candidate(), new EventContext(t.event(), BEAM, TABLE).withTrackResolution(res));
    }

    /** Statistics of (DeltaBoost - truth): mean pull, RMS pull, RMS residual, and RMS of DeltaT - true Delta t. */
    private static double[] run(ImpactParameterResolution res, int toys) {
        RandomStream rng = RandomStreams.of(20261207L).stream("delta-t-toys");
        double sp = 0;
        double sp2 = 0;
        double sr2 = 0;
        double st2 = 0;
        for (int k = 0; k < toys; k++) {
            Toy t = toy(res, rng);
            double residual = value("DeltaBoost", t, res) - t.trueDeltaL();
            double pull = residual / value("DeltaBoostErr", t, res);
            sp += pull;
            sp2 += pull * pull;
            sr2 += residual * residual;
            double dt = value("DeltaT", t, res) - t.trueDeltaT();
            st2 += dt * dt;
        }
        double mean = sp / toys;
        return new double[] {mean, Math.sqrt(sp2 / toys - mean * mean), Math.sqrt(sr2 / toys), Math.sqrt(st2 / toys)};
    }

    /**
     * 1000 toys: the pulls of the vertex separation along the boost are standard normal (standard
     * error of the mean 0.032, of the RMS 0.022: the limits are about 4 of them, plus 0.03 on the
     * RMS because the beam-spot constraint models the B's exponential transverse flight as a
     * Gaussian of the same RMS); and the resolution scales with the card: doubling every
     * impact-parameter term doubles the residuals of the track-dominated longitudinal separation (the
     * same random numbers are drawn, so only the unscaled beam-spot term keeps the ratio below 2).
     */
    @Test
    void deltaTPullsAreUnitWidthAndTheResolutionScalesWithTheCard() {
        int toys = 1000;
        double[] nominal = run(ToyTracks.BELLE2, toys);
        double[] doubled = run(ToyTracks.BELLE2.scaled(2), toys);
        System.out.printf(
                "Delta t toys: pull mean %.3f RMS %.3f; sigma(Delta l) %.1f um; sigma(Delta t - true) %.3f ps;"
                        + " doubled card: pull RMS %.3f, sigma(Delta l) %.1f um, sigma(Delta t - true) %.3f ps%n",
                nominal[0], nominal[1], nominal[2] * 1e4, nominal[3], doubled[1], doubled[2] * 1e4, doubled[3]);
        for (double[] r : List.of(nominal, doubled)) {
            assertThat(r[0]).isCloseTo(0, within(0.13));
            assertThat(r[1]).isCloseTo(1, within(0.12));
        }
        assertThat(doubled[2] / nominal[2]).isBetween(1.8, 2.0001);
        // Delta t - true Delta t also carries the boost approximation (the B's CM motion), so it
        // grows less than twice.
        assertThat(doubled[3]).isGreaterThan(nominal[3]);
    }

    @Test
    void deltaTIsTheBoostSeparationOverBetaGammaC() {
        RandomStream rng = RandomStreams.of(7).stream("one-toy");
        Toy t = toy(ToyTracks.BELLE2, rng);
        double bg = BEAM.cmBoostBeta().mag() / Math.sqrt(1 - BEAM.cmBoostBeta().mag2());
        // beta gamma = |P| / M of the two beams' total four-momentum: 0.2835 head-on for 7 on 4 GeV,
        // 0.2868 for the preset with its crossing angle.
        LorentzVector total = BEAM.total();
        assertThat(bg).isCloseTo(total.p() / total.m(), within(1e-12));
        assertThat(bg).isBetween(0.283, 0.29);
        assertThat(value("DeltaT", t, ToyTracks.BELLE2))
                .isCloseTo(value("DeltaBoost", t, ToyTracks.BELLE2) / (bg * DeltaT.C_CM_PER_PS), within(1e-9));
        assertThat(value("DeltaZ", t, ToyTracks.BELLE2))
                .isCloseTo(value("z", t, ToyTracks.BELLE2) - value("TagVz", t, ToyTracks.BELLE2), within(1e-12));
        assertThat(value("TagVNTracks", t, ToyTracks.BELLE2)).isEqualTo(4);
        // The truth counterparts: the toy's own separation and decay times.
        assertThat(value("mcErrors", t, ToyTracks.BELLE2)).isEqualTo(0.0);
        assertThat(value("isSignal", t, ToyTracks.BELLE2)).isEqualTo(1.0);
        assertThat(value("mcDeltaBoost", t, ToyTracks.BELLE2)).isCloseTo(t.trueDeltaL(), within(1e-12));
        assertThat(value("mcDeltaTau", t, ToyTracks.BELLE2)).isCloseTo(t.trueDeltaT(), within(1e-9));
        assertThat(value("mcDeltaT", t, ToyTracks.BELLE2))
                .isCloseTo(t.trueDeltaL() / (bg * DeltaT.C_CM_PER_PS), within(1e-9));
        assertThat(value("vertexNDF", t, ToyTracks.BELLE2)).isEqualTo(1);
        // Without the card's resolution the vertex variables refuse to guess.
        assertThatThrownBy(() ->
                        REGISTRY.resolve("DeltaT").evaluate(t.candidate(), new EventContext(t.event(), BEAM, TABLE)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("withTrackResolution");
    }
}
