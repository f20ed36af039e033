package io.upsilon.analysis.variables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.analysis.TestEvents;
import io.upsilon.analysis.particles.Particle;
import io.upsilon.analysis.select.CutExpression;
import io.upsilon.analysis.shape.RoeMask;
import io.upsilon.core.beam.Beam;
import io.upsilon.core.error.InputException;
import io.upsilon.core.event.RecoEvent;
import io.upsilon.core.kinematics.LorentzVector;
import io.upsilon.core.kinematics.Vec3;
import io.upsilon.core.pdg.ParticleTable;
import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The continuum-suppression and rest-of-event variables on two hand-built CM-frame events with
 * exact answers: a spherical "B Bbar-like" event (the six tracks of an octahedron, the B candidate
 * the pair along x) and a two-jet "q qbar-like" event (three tracks in each of two back-to-back
 * jets along n at 45 degrees to the beam, the candidate one track from each jet). The events are
 * built in the CM frame and boosted to the lab with the Y4S beam, so every value is exact up to the
 * boost's rounding (tolerance 1e-9).
 */
class ContinuumSuppressionVariablesTest {
    private static final ParticleTable TABLE = ParticleTable.standard();
    private static final Beam BEAM = Beam.preset("Y4S");
    private static final VariableRegistry REGISTRY = StandardVariables.registry();
    private static final double P = 1.2;
    private static final double EPS = 1e-9;
    private static final Vec3 N = new Vec3(1, 0, 1).unit();

    private static LorentzVector lab(Vec3 cms) {
        return BEAM.toLab(
                LorentzVector.fromMomentumAndMass(cms, TABLE.byName("pi+").mass()));
    }

    /** Tracks 0 and 1 are the candidate's daughters. */
    private record Event(RecoEvent reco, Particle b) {}

    private static Event event(Vec3[] momenta, int[] charges) {
        TestEvents t = TestEvents.builder();
        for (int i = 0; i < momenta.length; i++) {
            t.track(charges[i], lab(momenta[i]), -1);
        }
        RecoEvent e = t.build();
        Particle a = Particle.fromTrack(e.tracks().get(0), TABLE.byName("pi+"));
        Particle b = Particle.fromTrack(e.tracks().get(1), TABLE.byName("pi+"));
        return new Event(e, Particle.composite(511, List.of(a, b)));
    }

    private static Event spherical() {
        return event(
                new Vec3[] {
                    Vec3.X.times(P),
                    Vec3.X.times(-P),
                    Vec3.Y.times(P),
                    Vec3.Y.times(-P),
                    Vec3.Z.times(P),
                    Vec3.Z.times(-P)
                },
                new int[] {1, -1, 1, -1, 1, -1});
    }

    private static Event twoJets() {
        Vec3 f = N.times(P);
        Vec3 r = N.times(-P);
        return event(new Vec3[] {f, r, f, f, r, r}, new int[] {1, -1, -1, -1, 1, 1});
    }

    private static double value(String variable, Event e) {
        return REGISTRY.resolve(variable).evaluate(e.b(), new EventContext(e.reco(), BEAM, TABLE));
    }

    @Test
    void sphericalAndJetLikeEventsHaveTheirExactValues() {
        Event bb = spherical();
        Event qq = twoJets();
        // Fox-Wolfram R2: an octahedron has H2 = 0 (cubic symmetry), collinear momenta H2 = H0.
        assertThat(value("R2", bb)).isCloseTo(0, within(EPS));
        assertThat(value("R2", qq)).isCloseTo(1, within(EPS));
        assertThat(value("R2", bb)).isCloseTo(value("foxWolframR2", bb), within(EPS));
        // B thrust axis x vs ROE thrust axis in the y-z plane: perpendicular; jets: parallel.
        assertThat(value("cosTBTO", bb)).isCloseTo(0, within(EPS));
        assertThat(value("cosTBTO", qq)).isCloseTo(1, within(EPS));
        assertThat(value("cosTBz", bb)).isCloseTo(0, within(EPS));
        assertThat(value("cosTBz", qq)).isCloseTo(Math.sqrt(0.5), within(EPS));
        assertThat(value("thrustBm", bb)).isCloseTo(1, within(EPS));
        // ROE (+-y, +-z): the best signs give |(0, 2P, 2P)| / 4P.
        assertThat(value("thrustOm", bb)).isCloseTo(Math.sqrt(0.5), within(EPS));
        assertThat(value("thrustOm", qq)).isCloseTo(1, within(EPS));
    }

    @Test
    void cleoConesCollectTheMomentumFlowAroundTheBThrustAxis() {
        Event bb = spherical();
        Event qq = twoJets();
        // Jets: everything along the axis, cone 1; octahedron: +-x in cone 1, the rest at 90 degrees.
        assertThat(value("CleoConeCS(1)", qq)).isCloseTo(6 * P, within(EPS));
        assertThat(value("CleoConeCS(1, ROE)", qq)).isCloseTo(4 * P, within(EPS));
        assertThat(value("CleoConeCS(1)", bb)).isCloseTo(2 * P, within(EPS));
        assertThat(value("CleoConeCS(1, ROE)", bb)).isCloseTo(0, within(EPS));
        assertThat(value("CleoConeCS(9)", bb)).isCloseTo(4 * P, within(EPS));
        for (int n = 2; n <= 8; n++) {
            assertThat(value("CleoConeCS(" + n + ")", bb)).isCloseTo(0, within(EPS));
            assertThat(value("CleoConeCS(" + n + ")", qq)).isCloseTo(0, within(EPS));
        }
    }

    @Test
    void ksfwMomentsHaveTheirHandComputedValues() {
        Event bb = spherical();
        Event qq = twoJets();
        double eStarB = 2 * Math.hypot(P, TABLE.byName("pi+").mass());
        double h0max = 2 * (2 * BEAM.eStarBeam() - eStarB);
        // hso02: two B daughters x four ROE tracks, |p_j| P2(cos): P2(0) = -1/2 (octahedron),
        // P2(+-1) = 1 (jets).
        assertThat(value("KSFWVariables(hso02)", bb)).isCloseTo(-4 * P / h0max, within(EPS));
        assertThat(value("KSFWVariables(hso02)", qq)).isCloseTo(8 * P / h0max, within(EPS));
        assertThat(value("KSFWVariables(hso00)", qq)).isCloseTo(8 * P / h0max, within(EPS));
        // hso01 weighs P1 with Q_i Q_j: every one of the 8 terms is -P in the jet event.
        assertThat(value("KSFWVariables(hso01)", qq)).isCloseTo(-8 * P / h0max, within(EPS));
        // No neutral particles and no missing momentum: those categories vanish.
        assertThat(value("KSFWVariables(hso12)", qq)).isCloseTo(0, within(EPS));
        assertThat(value("KSFWVariables(hso22)", bb)).isCloseTo(0, within(EPS));
        // hoo2 of the ROE +-y, +-z: 4 self terms + 4 opposite pairs - 8 perpendicular pairs / 2.
        assertThat(value("KSFWVariables(hoo2)", bb)).isCloseTo(4 * P * P / (h0max * h0max), within(EPS));
        // E_T: +-x and +-y carry P each transverse to the beam; the jets P sin 45 each.
        assertThat(value("KSFWVariables(et)", bb)).isCloseTo(4 * P, within(EPS));
        assertThat(value("KSFWVariables(et)", qq)).isCloseTo(6 * P * Math.sqrt(0.5), within(EPS));
        double eVis = 3 * eStarB;
        assertThat(value("KSFWVariables(mm2)", bb))
                .isCloseTo((BEAM.sqrtS() - eVis) * (BEAM.sqrtS() - eVis), within(1e-8));
        // The B's daughters are its final-state particles here, so FS1 changes nothing.
        assertThat(value("KSFWVariables(hso02, FS1)", qq)).isCloseTo(value("KSFWVariables(hso02)", qq), within(EPS));
    }

    @Test
    void continuumSuppressionCutsSelectTheSphericalEvent() {
        // The cut language hands metavariable calls with word arguments to the registry.
        CutExpression cut = CutExpression.parse(
                "R2 < 0.3 and cosTBTO < 0.8 and KSFWVariables(hso02) < 0 and CleoConeCS(1, ROE) < 1");
        Event bb = spherical();
        Event qq = twoJets();
        assertThat(cut.test(bb.b(), new EventContext(bb.reco(), BEAM, TABLE))).isTrue();
        assertThat(cut.test(qq.b(), new EventContext(qq.reco(), BEAM, TABLE))).isFalse();
    }

    @Test
    void badKsfwAndConeArgumentsAreInputErrors() {
        assertThatThrownBy(() -> REGISTRY.resolve("KSFWVariables(hso05)"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("unknown KSFW moment 'hso05'");
        assertThatThrownBy(() -> REGISTRY.resolve("KSFWVariables(hso02, FS2)")).isInstanceOf(InputException.class);
        assertThatThrownBy(() -> REGISTRY.resolve("CleoConeCS(10)")).isInstanceOf(InputException.class);
        assertThatThrownBy(() -> REGISTRY.resolve("CleoConeCS(1, all)")).isInstanceOf(InputException.class);
        assertThat(REGISTRY.resolve("KSFWVariables( hso02 )").name()).isEqualTo("KSFWVariables(hso02)");
    }

    @Test
    void restOfEventVariablesFollowTheMask() {
        Vec3 xP = Vec3.X.times(P);
        TestEvents t = TestEvents.builder()
                .track(1, lab(xP), -1)
                .track(-1, lab(xP.negate()), -1)
                .track(1, lab(Vec3.Y.times(0.5)), -1)
                .photon(BEAM.toLab(LorentzVector.of(Vec3.Z.times(0.05), 0.05)), -1)
                .photon(BEAM.toLab(LorentzVector.of(Vec3.Z.times(-0.8), 0.8)), -1)
                .klm(BEAM.toLab(LorentzVector.of(Vec3.Y.times(-1), 1)), -1);
        RecoEvent e = t.build();
        Particle b = Particle.composite(
                511,
                List.of(
                        Particle.fromTrack(e.tracks().get(0), TABLE.byName("pi+")),
                        Particle.fromTrack(e.tracks().get(1), TABLE.byName("pi+"))));
        EventContext all = new EventContext(e, BEAM, TABLE);
        RoeMask hard = new RoeMask("hard", p -> true, p -> p.p4Lab().e() > 0.1);
        EventContext masked = all.withRoeMask(hard);
        assertThat(REGISTRY.resolve("nROE_Tracks").evaluate(b, all)).isEqualTo(1);
        assertThat(REGISTRY.resolve("nROE_Photons").evaluate(b, all)).isEqualTo(2);
        assertThat(REGISTRY.resolve("nROE_Photons").evaluate(b, masked)).isEqualTo(1);
        assertThat(REGISTRY.resolve("nROE_KLMClusters").evaluate(b, all)).isEqualTo(1);
        // ROE in the CM: a pion of 0.5 GeV along y and a 0.8 GeV photon along -z (masked).
        double ePion = Math.hypot(0.5, TABLE.byName("pi+").mass());
        double eRoe = ePion + 0.8;
        double p2 = 0.5 * 0.5 + 0.8 * 0.8;
        assertThat(REGISTRY.resolve("useCMSFrame(roeE)").evaluate(b, masked)).isCloseTo(eRoe, within(1e-9));
        assertThat(REGISTRY.resolve("roeDeltae").evaluate(b, masked)).isCloseTo(eRoe - BEAM.eStarBeam(), within(1e-9));
        assertThat(REGISTRY.resolve("roeMbc").evaluate(b, masked))
                .isCloseTo(Math.sqrt(BEAM.eStarBeam() * BEAM.eStarBeam() - p2), within(1e-9));
        assertThat(REGISTRY.resolve("roeM").evaluate(b, masked)).isCloseTo(Math.sqrt(eRoe * eRoe - p2), within(1e-9));
        assertThat(REGISTRY.resolve("useCMSFrame(roeP)").evaluate(b, masked)).isCloseTo(Math.sqrt(p2), within(1e-9));
        // Unmasked, the 0.05 GeV photon is in too.
        assertThat(REGISTRY.resolve("useCMSFrame(roeE)").evaluate(b, all)).isCloseTo(eRoe + 0.05, within(1e-9));
    }

    private static Vec3 isotropic(double p, RandomStream rng) {
        double cos = 2 * rng.nextDouble() - 1;
        return Vec3.fromPolar(p, Math.acos(cos), 2 * Math.PI * rng.nextDouble());
    }

    /** Two daughters (masses m1, m2) of a CM-frame parent, isotropic in its rest frame. */
    private static LorentzVector[] twoBody(LorentzVector parent, double m1, double m2, RandomStream rng) {
        double m = parent.m();
        double p = Math.sqrt((m * m - (m1 + m2) * (m1 + m2)) * (m * m - (m1 - m2) * (m1 - m2))) / (2 * m);
        Vec3 d = isotropic(p, rng);
        return new LorentzVector[] {
            LorentzVector.fromMomentumAndMass(d, m1).boost(parent.boostVector()),
            LorentzVector.fromMomentumAndMass(d.negate(), m2).boost(parent.boostVector())
        };
    }

    /** A toy B Bbar event in the CM: B -> pi+ pi- (the candidate) and B -> X Y -> 4 pions (the ROE). */
    private static Event bbToy(RandomStream rng) {
        double mB = TABLE.byName("B0").mass();
        double mPi = TABLE.byName("pi+").mass();
        Vec3 dir = isotropic(Math.sqrt(BEAM.eStarBeam() * BEAM.eStarBeam() - mB * mB), rng);
        LorentzVector sig = LorentzVector.fromMomentumAndMass(dir, mB);
        LorentzVector tag = LorentzVector.fromMomentumAndMass(dir.negate(), mB);
        List<Vec3> momenta = new java.util.ArrayList<>();
        for (LorentzVector pi : twoBody(sig, mPi, mPi, rng)) {
            momenta.add(pi.p3());
        }
        for (LorentzVector x : twoBody(tag, 1.2, 1.2, rng)) {
            for (LorentzVector pi : twoBody(x, mPi, mPi, rng)) {
                momenta.add(pi.p3());
            }
        }
        return event(momenta.toArray(new Vec3[0]), new int[] {1, -1, 1, -1, 1, -1});
    }

    /**
     * A toy two-jet event in the CM: jets along +-n (n isotropic), each with a leading pion of 2.5
     * GeV and two of 1.0 and 0.6 GeV along the axis with 0.3 GeV Gaussian transverse kicks; the
     * candidate is the two leading pions.
     */
    private static Event jetToy(RandomStream rng) {
        Vec3 n = isotropic(1, rng);
        Vec3 a = n.cross(Math.abs(n.z()) < 0.9 ? Vec3.Z : Vec3.X).unit();
        Vec3 b = n.cross(a);
        double[] p = {2.5, 1.0, 0.6};
        Vec3[] momenta = new Vec3[6];
        int[] order = {0, 2, 3, 1, 4, 5};
        for (int jet = 0; jet < 2; jet++) {
            double sign = jet == 0 ? 1 : -1;
            for (int k = 0; k < 3; k++) {
                Vec3 v = n.times(sign * p[k])
                        .plus(a.times(0.3 * rng.nextGaussian()))
                        .plus(b.times(0.3 * rng.nextGaussian()));
                momenta[order[3 * jet + k]] = v;
            }
        }
        return event(momenta, new int[] {1, -1, 1, -1, 1, -1});
    }

    /**
     * 500 toy events of each kind: every variable separates them in the right direction, and for
     * B Bbar the two thrust axes are independent (both decays isotropic), so |cos theta_TBTO| is
     * uniform with mean 1/2 (standard error 0.29/sqrt(500) = 0.013; the limit 0.05 is 4 of them).
     */
    @Test
    void toyBBbarAndJetEventsSeparateInTheRightDirection() {
        RandomStream rng = RandomStreams.of(20261207L).stream("cs-toys");
        int n = 500;
        String[] names = {"R2", "cosTBTO", "KSFWVariables(hso02)", "CleoConeCS(1, ROE)"};
        double[][] mean = new double[2][names.length];
        for (int k = 0; k < n; k++) {
            Event bb = bbToy(rng);
            Event qq = jetToy(rng);
            for (int v = 0; v < names.length; v++) {
                mean[0][v] += value(names[v], bb) / n;
                mean[1][v] += value(names[v], qq) / n;
            }
        }
        System.out.printf(
                "B Bbar toy means %s: %s; jet toy: %s%n",
                java.util.Arrays.toString(names),
                java.util.Arrays.toString(mean[0]),
                java.util.Arrays.toString(mean[1]));
        assertThat(mean[0][1]).isCloseTo(0.5, within(0.05));
        assertThat(mean[1][1]).isGreaterThan(0.8);
        for (int v = 0; v < names.length; v++) {
            assertThat(mean[1][v]).as(names[v]).isGreaterThan(mean[0][v]);
        }
        assertThat(mean[1][0] - mean[0][0]).isGreaterThan(0.2);
    }
}
