package io.upsilon.analysis.variables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.analysis.TestEvents;
import io.upsilon.analysis.particles.CandidateCombiner;
import io.upsilon.analysis.particles.DecayString;
import io.upsilon.analysis.particles.Particle;
import io.upsilon.analysis.particles.ParticleList;
import io.upsilon.analysis.particles.ParticleLists;
import io.upsilon.core.beam.Beam;
import io.upsilon.core.event.RecoEvent;
import io.upsilon.core.kinematics.LorentzVector;
import io.upsilon.core.kinematics.Vec3;
import io.upsilon.core.pdg.ParticleTable;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The standard variables on hand-built events with exact kinematics. Tolerances: the events are
 * built by boosts from the CM frame, so results agree to rounding (~1e-15 relative); 1e-9 GeV (or
 * GeV^2) leaves room for a few dozen operations on numbers of size sqrt(s) and s.
 */
class StandardVariablesTest {
    private static final ParticleTable TABLE = ParticleTable.standard();
    private static final Beam BEAM = Beam.preset("Y4S");
    private static final VariableRegistry REG = StandardVariables.registry();
    private static final double TOL = 1e-9;

    private static double var(String name, Particle p, RecoEvent e) {
        return REG.resolve(name).evaluate(p, new EventContext(e, BEAM, TABLE));
    }

    /** Two back-to-back daughters of mass m in the rest frame of a parent (cms four-vector), in the lab. */
    private static LorentzVector[] twoBody(LorentzVector parentCms, double m1, double m2, Vec3 dir) {
        double mass = parentCms.m();
        double p =
                Math.sqrt((mass * mass - (m1 + m2) * (m1 + m2)) * (mass * mass - (m1 - m2) * (m1 - m2))) / (2 * mass);
        Vec3 u = dir.unit();
        LorentzVector a = LorentzVector.fromMomentumAndMass(u.times(p), m1).boost(parentCms.boostVector());
        LorentzVector b = LorentzVector.fromMomentumAndMass(u.times(-p), m2).boost(parentCms.boostVector());
        return new LorentzVector[] {BEAM.toLab(a), BEAM.toLab(b)};
    }

    private static Particle combine(String decay, RecoEvent e, String... lists) {
        ParticleLists pl = new ParticleLists();
        for (String l : lists) {
            pl.add(ParticleList.fromTracks(l, e, TABLE, p -> true));
        }
        ParticleList out = new CandidateCombiner(TABLE).combine(DecayString.parse(decay, TABLE), pl, p -> true);
        assertThat(out.size()).isEqualTo(1);
        return out.particles().get(0);
    }

    @Test
    void bWithBeamEnergyHasMbcEqualToItsMassAndZeroDeltaE() {
        // E*_B = E*_beam = sqrt(s)/2 (Y4S preset, basf2 beamparameters.py) => Mbc = m_B, deltaE = 0 by
        // definition (basf2 Mbc, deltaE: analysis/variables/src/Variables.cc); p*_B = sqrt(E*_beam^2 - m_B^2)
        // along an arbitrary direction.
        double mB = TABLE.byName("B0").mass();
        double eBeam = BEAM.eStarBeam();
        Vec3 pB = new Vec3(0.3, -0.5, 0.8).unit().times(Math.sqrt(eBeam * eBeam - mB * mB));
        LorentzVector bCms = LorentzVector.fromMomentumAndMass(pB, mB);
        double mPi = TABLE.byName("pi+").mass();
        LorentzVector[] d = twoBody(bCms, mPi, mPi, new Vec3(1, 2, -0.4));
        RecoEvent e =
                TestEvents.builder().track(1, d[0], -1).track(-1, d[1], -1).build();
        Particle b = combine("B0 -> pi+ pi-", e, "pi+");
        assertThat(var("Mbc", b, e)).isCloseTo(mB, within(TOL));
        assertThat(var("deltaE", b, e)).isCloseTo(0.0, within(TOL));
        assertThat(var("M", b, e)).isCloseTo(mB, within(TOL));
        assertThat(var("InvM", b, e)).isCloseTo(mB, within(TOL));
        assertThat(var("useCMSFrame(E)", b, e)).isCloseTo(eBeam, within(TOL));
    }

    @Test
    void bAtRestInTheCmFrameHasMbcEqualToTheBeamEnergy() {
        // p*_B = 0 => Mbc = E*_beam and deltaE = m_B - E*_beam (both from the definitions).
        double mB = TABLE.byName("B0").mass();
        LorentzVector bCms = new LorentzVector(0, 0, 0, mB);
        double mK = TABLE.byName("K+").mass();
        double mPi = TABLE.byName("pi+").mass();
        LorentzVector[] d = twoBody(bCms, mK, mPi, new Vec3(0.2, 0.1, 1));
        RecoEvent e =
                TestEvents.builder().track(1, d[0], -1).track(-1, d[1], -1).build();
        ParticleLists pl = new ParticleLists()
                .add(ParticleList.fromTracks("K+", e, TABLE, p -> true))
                .add(ParticleList.fromTracks("pi+", e, TABLE, p -> true));
        ParticleList bs = new CandidateCombiner(TABLE).combine(DecayString.parse("B0 -> K+ pi-", TABLE), pl, p -> true);
        Particle b = bs.particles().stream()
                .filter(p -> p.pdgCode() == 511)
                .findFirst()
                .orElseThrow();
        assertThat(var("Mbc", b, e)).isCloseTo(BEAM.eStarBeam(), within(TOL));
        assertThat(var("deltaE", b, e)).isCloseTo(mB - BEAM.eStarBeam(), within(TOL));
        assertThat(var("useCMSFrame(p)", b, e)).isCloseTo(0.0, within(TOL));
    }

    /** e+e- -> h+ h- X in the lab: X of mass mX and CM momentum k, h of mass m; two tracks. */
    private static RecoEvent pairPlusInvisible(double m, double mX, Vec3 k) {
        double eX = Math.sqrt(k.mag2() + mX * mX);
        LorentzVector pairCms = LorentzVector.of(k.negate(), BEAM.sqrtS() - eX);
        LorentzVector[] h = twoBody(pairCms, m, m, new Vec3(-0.3, 0.8, 0.5));
        return TestEvents.builder().track(1, h[0], -1).track(-1, h[1], -1).build();
    }

    @Test
    void recoilMassAgainstAMuonPairIsTheMassOfTheInvisibleParticle() {
        // e+e- -> mu+ mu- X with M_X = 3 GeV: X and the mu-mu system back to back in the CM frame,
        // the mu-mu system decayed, everything boosted to the lab. Recoil mass (basf2 m2Recoil):
        // M_rec^2 = s - 2 sqrt(s) E*_mumu + M_mumu^2 = M_X^2.
        double mX = 3.0;
        Vec3 k = new Vec3(0.7, -0.4, 1.9);
        RecoEvent e = pairPlusInvisible(TABLE.byName("mu+").mass(), mX, k);
        Particle pair = combine("vpho -> mu+ mu-", e, "mu+");
        assertThat(var("m2Recoil", pair, e)).isCloseTo(mX * mX, within(TOL));
        assertThat(var("mRecoil", pair, e)).isCloseTo(mX, within(TOL));
        double eStar = var("useCMSFrame(E)", pair, e);
        double m = var("M", pair, e);
        assertThat(var("m2Recoil", pair, e)).isCloseTo(BEAM.s() - 2 * BEAM.sqrtS() * eStar + m * m, within(TOL));
        assertThat(var("useCMSFrame(pRecoil)", pair, e)).isCloseTo(k.mag(), within(TOL));
        assertThat(var("useCMSFrame(eRecoil)", pair, e)).isCloseTo(Math.sqrt(k.mag2() + mX * mX), within(TOL));
        assertThat(var("useCMSFrame(pRecoilTheta)", pair, e)).isCloseTo(k.theta(), within(TOL));
        // The lab recoil differs (boost): the frame matters.
        assertThat(Math.abs(var("pRecoil", pair, e) - k.mag())).isGreaterThan(0.1);
    }

    @Test
    void missingMomentumOfAPionPairEventIsTheInvisibleParticles() {
        // Event-level variables take every track as a pion, so build pi+ pi- X: the missing
        // four-momentum is exactly X's.
        double mX = 2.0;
        Vec3 k = new Vec3(-0.5, 0.9, -1.3);
        double eX = Math.sqrt(k.mag2() + mX * mX);
        RecoEvent e = pairPlusInvisible(TABLE.byName("pi+").mass(), mX, k);
        Particle any =
                ParticleList.fromTracks("pi+", e, TABLE, p -> true).particles().get(0);
        assertThat(var("missingMomentumOfEventCMS", any, e)).isCloseTo(k.mag(), within(TOL));
        assertThat(var("missingMomentumOfEventCMS_theta", any, e)).isCloseTo(k.theta(), within(TOL));
        assertThat(var("missingMass2OfEvent", any, e)).isCloseTo(mX * mX, within(TOL));
        assertThat(var("missingEnergyOfEventCMS", any, e)).isCloseTo(eX, within(TOL));
        assertThat(var("visibleEnergyOfEventCMS", any, e)).isCloseTo(BEAM.sqrtS() - eX, within(TOL));
        LorentzVector missLab = BEAM.toLab(LorentzVector.of(k, eX));
        assertThat(var("missingMomentumOfEvent", any, e)).isCloseTo(missLab.p(), within(TOL));
        assertThat(var("missingMomentumOfEvent_theta", any, e)).isCloseTo(missLab.theta(), within(TOL));
    }

    @Test
    void fullyReconstructedEventHasNoMissingMass() {
        // pi+ pi- back to back in the CM frame, each with E* = sqrt(s)/2: nothing is missing.
        double mPi = TABLE.byName("pi+").mass();
        LorentzVector[] d = twoBody(new LorentzVector(0, 0, 0, BEAM.sqrtS()), mPi, mPi, new Vec3(0.5, 0.5, 0.2));
        RecoEvent e =
                TestEvents.builder().track(1, d[0], -1).track(-1, d[1], -1).build();
        Particle any =
                ParticleList.fromTracks("pi+", e, TABLE, p -> true).particles().get(0);
        assertThat(var("missingMass2OfEvent", any, e)).isCloseTo(0.0, within(TOL));
        assertThat(var("missingMomentumOfEvent", any, e)).isCloseTo(0.0, within(TOL));
        assertThat(var("missingMomentumOfEventCMS", any, e)).isCloseTo(0.0, within(TOL));
        assertThat(var("visibleEnergyOfEventCMS", any, e)).isCloseTo(BEAM.sqrtS(), within(TOL));
        // Two back-to-back particles: thrust 1 and R2 = 1 exactly.
        assertThat(var("thrust", any, e)).isCloseTo(1.0, within(1e-12));
        assertThat(var("foxWolframR2", any, e)).isCloseTo(1.0, within(1e-12));
        assertThat(var("nTracks", any, e)).isEqualTo(2.0);
        assertThat(var("nPhotons", any, e)).isEqualTo(0.0);
    }

    @Test
    void cmsAndLabMetavariablesDifferByTheBoost() {
        LorentzVector lab = LorentzVector.fromMomentumAndMass(
                new Vec3(0.4, -0.2, 2.5), TABLE.byName("mu+").mass());
        RecoEvent e = TestEvents.builder().track(1, lab, -1).build();
        Particle mu =
                ParticleList.fromTracks("mu+", e, TABLE, p -> true).particles().get(0);
        LorentzVector cms = BEAM.toCms(lab);
        assertThat(var("p", mu, e)).isCloseTo(lab.p(), within(1e-12));
        assertThat(var("useCMSFrame(p)", mu, e)).isCloseTo(cms.p(), within(1e-12));
        assertThat(var("useCMSFrame(cosTheta)", mu, e)).isCloseTo(cms.cosTheta(), within(1e-12));
        assertThat(var("useCMSFrame(E)", mu, e)).isCloseTo(cms.e(), within(1e-12));
        // The boost (beta z = 0.27) changes p by more than 0.5 GeV here: the test can tell frames apart.
        assertThat(Math.abs(cms.p() - lab.p())).isGreaterThan(0.5);
        assertThat(var("useLabFrame(p)", mu, e)).isEqualTo(var("p", mu, e));
        assertThat(var("useCMSFrame(useLabFrame(p))", mu, e)).isCloseTo(lab.p(), within(1e-12));
        assertThat(var("useCMSFrame(M)", mu, e)).isCloseTo(var("M", mu, e), within(1e-12));
        assertThat(var("pt", mu, e)).isCloseTo(Math.hypot(0.4, 0.2), within(1e-12));
        assertThat(var("charge", mu, e)).isEqualTo(1.0);
        assertThat(var("PDG", mu, e)).isEqualTo(-13.0);
        assertThat(var("muonID", mu, e)).isEqualTo(0.95);
        assertThat(var("z0", mu, e)).isEqualTo(-0.02);
        assertThat(var("clusterE", mu, e)).isNaN();
    }

    @Test
    void daughterIndexingFollowsTheDecayStringOrder() {
        double mMu = TABLE.byName("mu+").mass();
        LorentzVector a = LorentzVector.fromMomentumAndMass(new Vec3(1, 0, 2), mMu);
        LorentzVector b = LorentzVector.fromMomentumAndMass(new Vec3(-1, 0.5, -1), mMu);
        RecoEvent e = TestEvents.builder().track(-1, a, -1).track(1, b, -1).build();
        Particle pair = combine("vpho -> mu+ mu-", e, "mu+");
        // mu+ (track 1, momentum b) is daughter 0 as written in the decay string.
        assertThat(var("daughter(0, p)", pair, e)).isCloseTo(b.p(), within(1e-12));
        assertThat(var("daughter(1, p)", pair, e)).isCloseTo(a.p(), within(1e-12));
        assertThat(var("daughter(0, charge)", pair, e)).isEqualTo(1.0);
        assertThat(var("daughter(1, useCMSFrame(E))", pair, e))
                .isCloseTo(BEAM.toCms(a).e(), within(1e-12));
        assertThat(var("daughter(2, p)", pair, e)).isNaN();
        assertThat(var("nDaughters", pair, e)).isEqualTo(2.0);
        assertThat(var("p", pair, e)).isCloseTo(a.plus(b).p(), within(1e-12));
        assertThat(REG.resolve("daughter( 1 ,useCMSFrame( E ))").name()).isEqualTo("daughter(1, useCMSFrame(E))");
    }

    @Test
    void photonsComeFromNeutralClusters() {
        LorentzVector g = new LorentzVector(0.3, 0.4, 1.2, 1.3);
        RecoEvent e = TestEvents.builder().photon(g, -1).build();
        Particle gamma = ParticleList.fromNeutralClusters("gamma:all", e, TABLE, p -> true)
                .particles()
                .get(0);
        assertThat(var("E", gamma, e)).isCloseTo(1.3, within(1e-12));
        assertThat(var("clusterE", gamma, e)).isEqualTo(1.3);
        assertThat(var("theta", gamma, e)).isCloseTo(g.theta(), within(1e-12));
        assertThat(var("M", gamma, e)).isCloseTo(0.0, within(1e-7));
        assertThat(var("muonID", gamma, e)).isNaN();
        assertThat(var("nPhotons", gamma, e)).isEqualTo(1.0);
        assertThat(List.of(var("charge", gamma, e), var("PDG", gamma, e))).containsExactly(0.0, 22.0);
    }
}
