package io.upsilon.analysis.particles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.analysis.variables.EventContext;
import io.upsilon.analysis.variables.StandardVariables;
import io.upsilon.analysis.variables.VariableRegistry;
import io.upsilon.core.beam.Beam;
import io.upsilon.core.event.PidLikelihoods;
import io.upsilon.core.event.RecoCluster;
import io.upsilon.core.event.RecoEvent;
import io.upsilon.core.event.RecoTrack;
import io.upsilon.core.kinematics.LorentzVector;
import io.upsilon.core.kinematics.Vec3;
import io.upsilon.core.pdg.ParticleTable;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * The standard hadron lists ({@code K_S0:merged}, {@code Lambda0:merged}, {@code pi0:all}) and the
 * vertex variables on hand-built events: two-body decays in flight with exact kinematics (masses
 * from the particle table, PDG 2024), the daughters' tracks starting at the decay point. Without
 * smearing the vertex and mass come back to rounding (1e-9); with the track points smeared by a
 * Gaussian of 20 um (the size of the fast simulation's d0 resolution) the vertex radius scatters
 * by roughly 20 um / sin(half opening angle) ~ 0.1 mm, so 1 mm bounds the RMS with a wide margin.
 */
class HadronListsTest {
    private static final ParticleTable TABLE = ParticleTable.standard();
    private static final Beam BEAM = Beam.preset("Y4S");
    private static final VariableRegistry REG = StandardVariables.registry();
    private static final StandardHadronLists LISTS = new StandardHadronLists(TABLE);
    private static final PidLikelihoods FLAT = new PidLikelihoods(0.2, 0.2, 0.2, 0.2, 0.2);

    private static double var(String name, Particle p, RecoEvent e) {
        return REG.resolve(name).evaluate(p, new EventContext(e, BEAM, TABLE));
    }

    /** Lab four-momenta of two daughters of a parent (lab), back to back along dir in its rest frame. */
    private static LorentzVector[] twoBody(LorentzVector parent, double m1, double m2, Vec3 dir) {
        double m = parent.m();
        double q = Math.sqrt((m * m - (m1 + m2) * (m1 + m2)) * (m * m - (m1 - m2) * (m1 - m2))) / (2 * m);
        Vec3 u = dir.unit().times(q);
        LorentzVector a = LorentzVector.fromMomentumAndMass(u, m1).boost(parent.boostVector());
        LorentzVector b = LorentzVector.fromMomentumAndMass(u.negate(), m2).boost(parent.boostVector());
        // Guard the boost convention: the daughters must add up to the parent.
        assertThat(a.plus(b).px()).isCloseTo(parent.px(), within(1e-12));
        assertThat(a.plus(b).e()).isCloseTo(parent.e(), within(1e-12));
        return new LorentzVector[] {a, b};
    }

    private static RecoTrack track(int index, int charge, LorentzVector p4, Vec3 point) {
        Vec3 p = p4.p3();
        double pt = Math.hypot(p.x(), p.y());
        double d0 = (point.x() * p.y() - point.y() * p.x()) / pt;
        double z0 = point.z() - (point.x() * p.x() + point.y() * p.y()) / pt * (p.z() / pt);
        return new RecoTrack(index, charge, p, d0, z0, FLAT, -1, 0, index, point);
    }

    private static RecoEvent event(List<RecoTrack> tracks, List<RecoCluster> clusters) {
        return new RecoEvent(1, 1.0, tracks, clusters, List.of(), 0, null);
    }

    /** A V0 of momentum p flying along (theta, phi) from the origin, decaying at transverse radius r. */
    private static RecoEvent v0Event(
            String mother, String positive, String negative, double p, double r, double smear, ContinuousSampler g) {
        double theta = 1.2;
        double phi = 0.7;
        Vec3 dir = Vec3.fromPolar(1, theta, phi);
        LorentzVector parent = LorentzVector.fromMomentumAndMass(
                dir.times(p), TABLE.byName(mother).mass());
        LorentzVector[] d = twoBody(
                parent, TABLE.byName(positive).mass(), TABLE.byName(negative).mass(), new Vec3(0.3, -0.5, 0.8));
        Vec3 decay = dir.times(r / Math.sin(theta));
        Vec3 pa = decay.plus(new Vec3(smear * g.sample(), smear * g.sample(), smear * g.sample()));
        Vec3 pb = decay.plus(new Vec3(smear * g.sample(), smear * g.sample(), smear * g.sample()));
        return event(List.of(track(0, +1, d[0], pa), track(1, -1, d[1], pb)), List.of());
    }

    private static ContinuousSampler gauss(long seed) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        return ZigguratSampler.NormalizedGaussian.of(rng);
    }

    @Test
    void kShortAtTenCentimetresGivesOneCandidateWithItsVertexMassAndPointing() {
        RecoEvent e = v0Event("K_S0", "pi+", "pi-", 1.5, 10.0, 0, gauss(1));
        ParticleLists lists = LISTS.fill(e, new ParticleLists());
        ParticleList ks = lists.get(ParticleListName.parse(StandardHadronLists.K_SHORT, TABLE), "test");
        assertThat(ks.size()).isEqualTo(1);
        Particle k = ks.particles().get(0);
        assertThat(k.pdgCode()).isEqualTo(310);
        assertThat(k.vertex()).isPresent();
        assertThat(var("dr", k, e)).isCloseTo(10.0, within(1e-9));
        assertThat(var("InvM", k, e)).isCloseTo(TABLE.byName("K_S0").mass(), within(1e-9));
        assertThat(var("cosAngleBetweenMomentumAndVertexVector", k, e)).isCloseTo(1.0, within(1e-12));
        // Along the flight direction at theta = 1.2 rad: r / sin(theta).
        assertThat(var("flightDistance", k, e)).isCloseTo(10.0 / Math.sin(1.2), within(1e-9));
        assertThat(var("distance", k, e)).isCloseTo(10.0 / Math.sin(1.2), within(1e-9));
        // No photons, no pi0 candidates.
        assertThat(lists.get(ParticleListName.parse(StandardHadronLists.PI0, TABLE), "test")
                        .isEmpty())
                .isTrue();
        // Variables of a track: dr = |d0| of its point of closest approach; no vertex: NaN.
        Particle pion = k.daughter(0);
        assertThat(var("dr", pion, e)).isCloseTo(Math.abs(pion.track().d0()), within(1e-12));
        assertThat(var("flightDistance", pion, e)).isNaN();
    }

    @Test
    void smearedTrackPointsGiveTheVertexWithinTheResolution() {
        ContinuousSampler g = gauss(2);
        int n = 400;
        double sum2 = 0;
        int found = 0;
        for (int i = 0; i < n; i++) {
            RecoEvent e = v0Event("K_S0", "pi+", "pi-", 1.5, 10.0, 0.002, g);
            ParticleList ks = new StandardHadronLists(TABLE)
                    .fill(e, new ParticleLists())
                    .get(ParticleListName.parse(StandardHadronLists.K_SHORT, TABLE), "test");
            if (ks.size() == 1) {
                double dr = var("dr", ks.particles().get(0), e) - 10.0;
                sum2 += dr * dr;
                found++;
            }
        }
        // Exact momenta: the mass is in the window and the lines meet within ~50 um, so every event.
        assertThat(found).isEqualTo(n);
        double rms = Math.sqrt(sum2 / found);
        assertThat(rms).isGreaterThan(0.0).isLessThan(0.1);
    }

    @Test
    void lambdaAndAntiLambdaGetTheirFlavourFromTheProtonCharge() {
        RecoEvent lambda = v0Event("Lambda0", "p+", "pi-", 2.0, 5.0, 0, gauss(3));
        ParticleList l = LISTS.fill(lambda, new ParticleLists())
                .get(ParticleListName.parse(StandardHadronLists.LAMBDA, TABLE), "test");
        assertThat(l.particles()).extracting(Particle::pdgCode).containsExactly(3122);
        assertThat(var("InvM", l.particles().get(0), lambda))
                .isCloseTo(TABLE.byName("Lambda0").mass(), within(1e-9));
        assertThat(var("dr", l.particles().get(0), lambda)).isCloseTo(5.0, within(1e-9));

        RecoEvent anti = v0Event("anti-Lambda0", "pi+", "anti-p-", 2.0, 5.0, 0, gauss(4));
        ParticleList a = LISTS.fill(anti, new ParticleLists())
                .get(ParticleListName.parse(StandardHadronLists.LAMBDA, TABLE), "test");
        assertThat(a.particles()).extracting(Particle::pdgCode).containsExactly(-3122);
    }

    @Test
    void tracksWhoseLinesDoNotMeetMakeNoV0() {
        // A K_S0-like pair whose negative track is moved 3 cm sideways: the lines pass 3 cm apart.
        RecoEvent e = v0Event("K_S0", "pi+", "pi-", 1.5, 10.0, 0, gauss(5));
        RecoTrack moved = track(
                1,
                -1,
                LorentzVector.fromMomentumAndMass(
                        e.tracks().get(1).momentum(), TABLE.byName("pi-").mass()),
                e.tracks().get(1).position().plus(new Vec3(0, 0, 3.0)));
        RecoEvent apart = event(List.of(e.tracks().get(0), moved), List.of());
        assertThat(LISTS.fill(apart, new ParticleLists())
                        .get(ParticleListName.parse(StandardHadronLists.K_SHORT, TABLE), "test")
                        .isEmpty())
                .isTrue();
        assertThat(TwoTrackVertex.of(e.tracks().get(0), moved).distance()).isGreaterThan(1.0);
    }

    @Test
    void twoPhotonsFromAPi0GiveOneCandidateWithThePi0Mass() {
        LorentzVector pi0 = LorentzVector.fromMomentumAndMass(
                new Vec3(0.3, 0.2, 0.6), TABLE.byName("pi0").mass());
        LorentzVector[] g = twoBody(pi0, 0, 0, new Vec3(1, 1, 0.2));
        List<RecoCluster> clusters = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Vec3 p = g[i].p3();
            clusters.add(new RecoCluster(i, g[i].e(), p.theta(), p.phi(), 2, 5, 0, -1, i));
        }
        // A third, unrelated photon far away in angle and energy adds pairs outside the window.
        clusters.add(new RecoCluster(2, 2.5, 2.0, -2.5, 2, 10, 0, -1, 2));
        RecoEvent e = event(List.of(), clusters);
        ParticleList p =
                LISTS.fill(e, new ParticleLists()).get(ParticleListName.parse(StandardHadronLists.PI0, TABLE), "test");
        assertThat(p.size()).isEqualTo(1);
        assertThat(var("InvM", p.particles().get(0), e))
                .isCloseTo(TABLE.byName("pi0").mass(), within(1e-9));
        assertThat(p.particles().get(0).vertex()).isEmpty();
        assertThat(var("cosAngleBetweenMomentumAndVertexVector", p.particles().get(0), e))
                .isNaN();
    }
}
