package io.upsilon.analysis.variables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.analysis.TestEvents;
import io.upsilon.analysis.particles.Particle;
import io.upsilon.analysis.particles.ParticleList;
import io.upsilon.analysis.shape.RestOfEvent;
import io.upsilon.analysis.shape.ThreeByOne;
import io.upsilon.analysis.shape.Thrust;
import io.upsilon.core.beam.Beam;
import io.upsilon.core.event.PidLikelihoods;
import io.upsilon.core.event.RecoEvent;
import io.upsilon.core.kinematics.LorentzVector;
import io.upsilon.core.kinematics.Vec3;
import io.upsilon.core.pdg.ParticleTable;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The event-shape and τ-pair variables on a hand-built 3×1 event: one track along +z* and three
 * along −z* (CM frame), photons of known CM energy on either side. Tolerance 1e-9 (GeV or
 * dimensionless): the event is boosted CM → lab → CM, which agrees to ~1e-15 relative.
 */
class TauPairVariablesTest {
    private static final ParticleTable TABLE = ParticleTable.standard();
    private static final Beam BEAM = Beam.preset("Y4S");
    private static final VariableRegistry REG = StandardVariables.registry();
    private static final double TOL = 1e-9;
    private static final double M_PI = TABLE.byName("pi+").mass();

    /** CM momenta (GeV) of the tracks: the 1-prong first, then the 3-prong side. */
    private static final Vec3[] TRACKS = {
        new Vec3(0.1, 0.0, 3.0), new Vec3(0.3, 0.1, -1.5), new Vec3(-0.2, 0.2, -1.2), new Vec3(0.0, -0.3, -0.9)
    };

    private static final int[] CHARGES = {-1, 1, 1, -1};

    /** CM energies and directions of the photons: 0.5 and 0.15 GeV on the 3-prong side, 0.3 on the other. */
    private static final LorentzVector[] PHOTONS = {
        photon(0.5, new Vec3(0.1, 0.1, -1)), photon(0.3, new Vec3(0.2, 0, 1)), photon(0.15, new Vec3(-0.1, 0, -1))
    };

    private static LorentzVector photon(double e, Vec3 dir) {
        return LorentzVector.of(dir.unit().times(e), e);
    }

    private static RecoEvent event() {
        TestEvents b = TestEvents.builder();
        PidLikelihoods[] pid = {
            new PidLikelihoods(0.95, 0.01, 0.02, 0.01, 0.01),
            new PidLikelihoods(0.01, 0.02, 0.90, 0.05, 0.02),
            new PidLikelihoods(0.02, 0.30, 0.60, 0.07, 0.01),
            new PidLikelihoods(0.03, 0.01, 0.70, 0.25, 0.01)
        };
        for (int i = 0; i < TRACKS.length; i++) {
            b.track(CHARGES[i], BEAM.toLab(LorentzVector.fromMomentumAndMass(TRACKS[i], M_PI)), pid[i], i);
        }
        for (LorentzVector g : PHOTONS) {
            b.photon(BEAM.toLab(g), -1);
        }
        return b.build();
    }

    /** The event with the tracks (pions) and photons above {@code eMin} (lab) as event-shape particles. */
    private static EventContext context(RecoEvent e, double eMin) {
        EventContext ctx = new EventContext(e, BEAM, TABLE);
        List<Particle> shape = new ArrayList<>(
                ParticleList.fromTracks("pi+:all", e, TABLE, p -> true).particles());
        shape.addAll(ParticleList.fromNeutralClusters(
                        "gamma:all", e, TABLE, p -> p.p4Lab().e() > eMin)
                .particles());
        return ctx.withEventShape(shape);
    }

    /** The 3×1 candidate: daughter 0 the 1-prong track as an electron, daughter 1 the 3-prong composite. */
    private static Particle candidate(ThreeByOne split) {
        Particle lepton = Particle.fromTrack(split.oneProng().track(), TABLE.byName("e-"));
        Particle tag = Particle.composite(-15, split.threeProng());
        return Particle.composite(10022, List.of(lepton, tag));
    }

    private static double var(String name, Particle p, EventContext ctx) {
        return REG.resolve(name).evaluate(p, ctx);
    }

    @Test
    void theThreeByOneSplitFindsTheLoneTrackAndKeepsTheOrderOfTheOthers() {
        EventContext ctx = context(event(), 0);
        ThreeByOne split = ThreeByOne.of(ctx.eventShape()).orElseThrow();
        assertThat(split.oneProng().track().index()).isZero();
        assertThat(split.threeProng()).extracting(p -> p.track().index()).containsExactly(1, 2, 3);
        Particle c = candidate(split);
        assertThat(var("daughter(0, hemisphereNTracks)", c, ctx)).isEqualTo(1);
        assertThat(var("daughter(1, hemisphereNTracks)", c, ctx)).isEqualTo(3);
        assertThat(var("daughter(0, hemisphereCharge)", c, ctx)).isEqualTo(-1);
        assertThat(var("daughter(1, hemisphereCharge)", c, ctx)).isEqualTo(1);
        assertThat(var("daughter(0, thrustHemisphere)", c, ctx))
                .isEqualTo(-var("daughter(1, thrustHemisphere)", c, ctx));
        // The thrust axis is oriented to +z and the lone track flies along +z*: positive hemisphere.
        assertThat(var("daughter(0, thrustHemisphere)", c, ctx)).isEqualTo(1);
    }

    @Test
    void aTwoTwoEventHasNoThreeByOneSplit() {
        TestEvents b = TestEvents.builder();
        b.track(1, BEAM.toLab(LorentzVector.fromMomentumAndMass(new Vec3(0.1, 0, 2), M_PI)), -1);
        b.track(-1, BEAM.toLab(LorentzVector.fromMomentumAndMass(new Vec3(-0.1, 0.1, 1), M_PI)), -1);
        b.track(1, BEAM.toLab(LorentzVector.fromMomentumAndMass(new Vec3(0.1, 0, -2), M_PI)), -1);
        b.track(-1, BEAM.toLab(LorentzVector.fromMomentumAndMass(new Vec3(0, -0.1, -1), M_PI)), -1);
        assertThat(ThreeByOne.of(context(b.build(), 0).eventShape())).isEmpty();
    }

    @Test
    void hemispherePhotonsCountThePhotonsAboveTheCmEnergyOnTheCandidatesSide() {
        EventContext ctx = context(event(), 0);
        Particle c = candidate(ThreeByOne.of(ctx.eventShape()).orElseThrow());
        // 3-prong side: 0.5 and 0.15 GeV; 1-prong side: 0.3 GeV (CM energies, by construction).
        assertThat(var("daughter(1, nHemispherePhotons(0.2))", c, ctx)).isEqualTo(1);
        assertThat(var("daughter(1, nHemispherePhotons(0.1))", c, ctx)).isEqualTo(2);
        assertThat(var("daughter(1, nHemispherePhotons(0.6))", c, ctx)).isZero();
        assertThat(var("daughter(0, nHemispherePhotons(0.2))", c, ctx)).isEqualTo(1);
        // Photons left out of the event shape are not counted.
        EventContext hard = context(event(), 0.45 * 1.6); // above every lab energy but the 0.5 GeV photon's
        Particle c2 = candidate(ThreeByOne.of(hard.eventShape()).orElseThrow());
        assertThat(var("daughter(1, nHemispherePhotons(0.1))", c2, hard))
                .isLessThan(2)
                .isEqualTo(hard.eventShape().particles().size() - 4);
    }

    @Test
    void missingMomentumOfTheEventShapeIsMinusTheSumOfItsCmMomenta() {
        EventContext ctx = context(event(), 0);
        Vec3 sum = new Vec3(0, 0, 0);
        for (Vec3 t : TRACKS) {
            sum = sum.plus(t);
        }
        for (LorentzVector g : PHOTONS) {
            sum = sum.plus(g.p3());
        }
        Vec3 missing = sum.negate();
        Particle any = ctx.eventShape().particles().get(0);
        assertThat(var("missingMomentumOfEventShapeCMS_theta", any, ctx)).isCloseTo(missing.theta(), within(TOL));
        assertThat(var("missingMomentumOfEventShapeCMS", any, ctx)).isCloseTo(missing.mag(), within(TOL));
    }

    @Test
    void thrustFollowsTheEventShapeParticlesAndDefaultsToTheWholeEvent() {
        RecoEvent e = event();
        EventContext whole = new EventContext(e, BEAM, TABLE);
        List<Vec3> all = new ArrayList<>();
        for (Particle p : RestOfEvent.wholeEvent(e, TABLE).particles()) {
            all.add(BEAM.toCms(p.p4Lab()).p3());
        }
        Particle any = whole.visible().tracks().get(0);
        assertThat(var("thrust", any, whole)).isEqualTo(Thrust.of(all).value());
        // Without the photons the thrust is that of the four tracks alone.
        EventContext tracksOnly = whole.withEventShape(whole.visible().tracks());
        double expected = Thrust.of(List.of(TRACKS)).value();
        assertThat(var("thrust", any, tracksOnly)).isCloseTo(expected, within(TOL));
        assertThat(var("thrust", any, tracksOnly)).isNotCloseTo(var("thrust", any, whole), within(1e-4));
        // The whole-event context is unchanged.
        assertThat(var("thrust", any, whole)).isEqualTo(Thrust.of(all).value());
        // The lone track is close to the thrust axis: cos = p*.n/|p*| with n the axis.
        Vec3 axis = Thrust.of(List.of(TRACKS)).axis();
        assertThat(var("cosToThrustOfEvent", any, tracksOnly))
                .isCloseTo(TRACKS[0].dot(axis) / TRACKS[0].mag(), within(TOL));
    }

    @Test
    void tauPseudoMassAndXLeptonOfTheCandidateMatchTheirFormulas() {
        EventContext ctx = context(event(), 0);
        Particle c = candidate(ThreeByOne.of(ctx.eventShape()).orElseThrow());
        LorentzVector x = LorentzVector.ZERO;
        for (int i = 1; i < 4; i++) {
            x = x.plus(LorentzVector.fromMomentumAndMass(TRACKS[i], M_PI));
        }
        double eBeam = BEAM.eStarBeam();
        double m2 = x.m2() + 2 * (eBeam - x.e()) * (x.e() - x.p());
        assertThat(var("daughter(1, tauPseudoMass)", c, ctx)).isCloseTo(Math.sqrt(m2), within(TOL));
        // The track measures the lab momentum: the electron hypothesis changes the CM momentum.
        Vec3 labP =
                BEAM.toLab(LorentzVector.fromMomentumAndMass(TRACKS[0], M_PI)).p3();
        LorentzVector lepton = BEAM.toCms(
                LorentzVector.fromMomentumAndMass(labP, TABLE.byName("e-").mass()));
        double mTau = TABLE.byId(15).mass();
        assertThat(var("xLepton", c, ctx)).isCloseTo(TauKinematics.xLepton(lepton, x.p3(), eBeam, mTau), within(TOL));
        // Without two daughters there is no x_l.
        assertThat(var("xLepton", c.daughter(0), ctx)).isNaN();
        // The 3-prong mass and CM energy through existing variables.
        assertThat(var("daughter(1, InvM)", c, ctx)).isCloseTo(x.m(), within(TOL));
        assertThat(var("daughter(1, useCMSFrame(E))", c, ctx)).isCloseTo(x.e(), within(TOL));
    }

    @Test
    void daughterExtremesAndDeltaMass() {
        EventContext ctx = context(event(), 0);
        Particle tag = candidate(ThreeByOne.of(ctx.eventShape()).orElseThrow()).daughter(1);
        // kaonID of tracks 1-3: 0.05, 0.07, 0.25; muonID 0.02, 0.30, 0.01 (built above).
        assertThat(var("daughterHighest(kaonID)", tag, ctx)).isEqualTo(0.25);
        assertThat(var("daughterLowest(kaonID)", tag, ctx)).isEqualTo(0.05);
        assertThat(var("daughterHighest(muonID)", tag, ctx)).isEqualTo(0.30);
        assertThat(var("daughterHighest(kaonID)", tag.daughter(0), ctx)).isNaN(); // no daughters
        // dM = M - nominal mass: a K+K- pair of invariant mass 1.03 GeV as a phi candidate.
        double mK = TABLE.byName("K+").mass();
        double p = Math.sqrt(1.03 * 1.03 / 4 - mK * mK);
        TestEvents b = TestEvents.builder();
        b.track(1, LorentzVector.fromMomentumAndMass(new Vec3(p, 0, 0), mK), -1);
        b.track(-1, LorentzVector.fromMomentumAndMass(new Vec3(-p, 0, 0), mK), -1);
        RecoEvent e = b.build();
        List<Particle> kaons =
                ParticleList.fromTracks("K+:all", e, TABLE, q -> true).particles();
        Particle phi = Particle.composite(333, kaons);
        EventContext kk = new EventContext(e, BEAM, TABLE);
        assertThat(var("dM", phi, kk)).isCloseTo(1.03 - TABLE.byId(333).mass(), within(TOL));
    }
}
