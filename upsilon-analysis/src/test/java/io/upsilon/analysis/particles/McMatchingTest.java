package io.upsilon.analysis.particles;

import static org.assertj.core.api.Assertions.assertThat;

import io.upsilon.analysis.TestEvents;
import io.upsilon.core.event.GenEvent;
import io.upsilon.core.event.GenParticle;
import io.upsilon.core.event.RecoEvent;
import io.upsilon.core.kinematics.LorentzVector;
import io.upsilon.core.kinematics.Vec3;
import io.upsilon.core.pdg.ParticleTable;
import java.util.List;
import org.junit.jupiter.api.Test;

class McMatchingTest {
    private static final ParticleTable TABLE = ParticleTable.standard();
    private static final LorentzVector P = new LorentzVector(0.1, 0.2, 1.0, 1.1);

    private static GenParticle gen(int pdg, int status, int m1, int m2, int d1, int d2) {
        return new GenParticle(pdg, status, P, Vec3.ZERO, 0, m1, m2, d1, d2);
    }

    /** e- e+ -> mu- mu+ X (X = the given id at index 4, e.g. an ISR photon or an invisible Z'). */
    private static GenEvent muPairPlus(int thirdId) {
        return new GenEvent(
                1,
                1,
                List.of(
                        gen(11, GenParticle.BEAM, -1, -1, 2, 4),
                        gen(-11, GenParticle.BEAM, -1, -1, 2, 4),
                        gen(13, GenParticle.FINAL, 0, 1, -1, -1),
                        gen(-13, GenParticle.FINAL, 0, 1, -1, -1),
                        gen(thirdId, GenParticle.FINAL, 0, 1, -1, -1)));
    }

    private static Particle muPair(GenEvent truth, int plusTruth, int minusTruth, String hyp) {
        RecoEvent e = TestEvents.builder()
                .truth(truth)
                .track(1, P, plusTruth)
                .track(-1, P, minusTruth)
                .build();
        ParticleLists lists = new ParticleLists().add(ParticleList.fromTracks(hyp, e, TABLE, p -> true));
        String d = hyp.startsWith("mu") ? "vpho -> mu+ mu-" : "vpho -> pi+ pi-";
        return new CandidateCombiner(TABLE)
                .combine(DecayString.parse(d, TABLE), lists, p -> true)
                .particles()
                .get(0);
    }

    @Test
    void muonPairWithAMissingRadiativePhotonIsSignal() {
        GenEvent truth = muPairPlus(22);
        Particle pair = muPair(truth, 3, 2, "mu+");
        assertThat(McMatching.isSignal(pair, truth)).isEqualTo(1.0);
        assertThat(McMatching.isSignal(pair.daughter(0), truth)).isEqualTo(1.0);
    }

    @Test
    void wrongHypothesisSwappedLinksFakesAndMissingParticlesAreNotSignal() {
        GenEvent isr = muPairPlus(22);
        assertThat(McMatching.isSignal(muPair(isr, 3, 2, "pi+"), isr)).isEqualTo(0.0);
        assertThat(McMatching.isSignal(muPair(isr, 2, 3, "mu+"), isr)).isEqualTo(0.0);
        assertThat(McMatching.isSignal(muPair(isr, 3, -1, "mu+"), isr)).isEqualTo(0.0);
        assertThat(McMatching.isSignal(muPair(isr, 3, 3, "mu+"), isr)).isEqualTo(0.0);
        // e+e- -> mu+ mu- Z' (Z' invisible): the pair alone is not the whole generated decay.
        GenEvent zprime = muPairPlus(TABLE.byName("Z0").id());
        assertThat(McMatching.isSignal(muPair(zprime, 3, 2, "mu+"), zprime)).isEqualTo(0.0);
        assertThat(McMatching.isSignalAcceptMissing(muPair(zprime, 3, 2, "mu+"), zprime))
                .isEqualTo(1.0);
        assertThat(McMatching.isSignalAcceptMissing(muPair(zprime, 3, 2, "pi+"), zprime))
                .isEqualTo(0.0);
        assertThat(McMatching.isSignalAcceptMissing(muPair(zprime, 3, -1, "mu+"), zprime))
                .isEqualTo(0.0);
        assertThat(McMatching.isSignal(muPair(isr, 3, 2, "mu+"), null)).isNaN();
    }

    @Test
    void twoLevelDecayMatchesThroughTheIntermediateParticle() {
        // e+e- -> Y(4S) -> B+ B-, B+ -> K+ pi0, pi0 -> gamma gamma.
        GenEvent truth = new GenEvent(
                7,
                1,
                List.of(
                        gen(11, GenParticle.BEAM, -1, -1, 2, 2),
                        gen(-11, GenParticle.BEAM, -1, -1, 2, 2),
                        gen(300553, GenParticle.DECAYED, 0, 1, 3, 4),
                        gen(521, GenParticle.DECAYED, 2, -1, 5, 6),
                        gen(-521, GenParticle.FINAL, 2, -1, -1, -1),
                        gen(321, GenParticle.FINAL, 3, -1, -1, -1),
                        gen(111, GenParticle.DECAYED, 3, -1, 7, 8),
                        gen(22, GenParticle.FINAL, 6, -1, -1, -1),
                        gen(22, GenParticle.FINAL, 6, -1, -1, -1)));
        RecoEvent e = TestEvents.builder()
                .truth(truth)
                .track(1, P, 5)
                .photon(new LorentzVector(0, 0, 1, 1), 7)
                .photon(new LorentzVector(0, 1, 0, 1), 8)
                .photon(new LorentzVector(1, 0, 0, 1), -1)
                .build();
        ParticleLists lists = new ParticleLists()
                .add(ParticleList.fromTracks("K+", e, TABLE, p -> true))
                .add(ParticleList.fromNeutralClusters("gamma", e, TABLE, p -> true));
        CandidateCombiner c = new CandidateCombiner(TABLE);
        lists.add(c.combine(DecayString.parse("pi0 -> gamma gamma", TABLE), lists, p -> true));
        ParticleList b = c.combine(DecayString.parse("B+ -> K+ pi0", TABLE), lists, p -> true);
        assertThat(b.size()).isEqualTo(3);
        long signal = b.particles().stream()
                .filter(p -> McMatching.isSignal(p, truth) == 1.0)
                .count();
        assertThat(signal).isEqualTo(1);
        Particle good = b.particles().stream()
                .filter(p -> McMatching.isSignal(p, truth) == 1.0)
                .findFirst()
                .orElseThrow();
        assertThat(good.daughter(1).finalStateDescendants())
                .extracting(Particle::truthIndex)
                .containsExactlyInAnyOrder(7, 8);
    }
}
