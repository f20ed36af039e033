package io.upsilon.analysis.particles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.analysis.TestEvents;
import io.upsilon.core.error.InputException;
import io.upsilon.core.event.RecoEvent;
import io.upsilon.core.kinematics.LorentzVector;
import io.upsilon.core.pdg.ParticleTable;
import java.util.List;
import org.junit.jupiter.api.Test;

class CandidateCombinerTest {
    private static final ParticleTable TABLE = ParticleTable.standard();
    private static final CandidateCombiner COMBINER = new CandidateCombiner(TABLE);

    private static LorentzVector v(double px, double py, double pz) {
        return LorentzVector.fromPxPyPzM(px, py, pz, 0.1);
    }

    private static ParticleList combine(String decay, ParticleLists lists) {
        return COMBINER.combine(DecayString.parse(decay, TABLE), lists, p -> true);
    }

    @Test
    void muonPairsFromTwoPlusAndTwoMinusTracks() {
        RecoEvent e = TestEvents.builder()
                .track(1, v(1, 0, 0), -1)
                .track(-1, v(-1, 0, 0), -1)
                .track(1, v(0, 1, 0), -1)
                .track(-1, v(0, -1, 0), -1)
                .build();
        ParticleLists lists = new ParticleLists().add(ParticleList.fromTracks("mu+:good", e, TABLE, p -> true));
        ParticleList pairs = combine("vpho -> mu+:good mu-:good", lists);
        // Self-conjugate decay: 2 x 2 pairs, each once.
        assertThat(pairs.size()).isEqualTo(4);
        assertThat(pairs.name().toString()).isEqualTo("vpho");
        for (Particle p : pairs.particles()) {
            assertThat(p.pdgCode()).isEqualTo(10022);
            assertThat(p.charge()).isEqualTo(0.0);
            assertThat(p.daughter(0).pdgCode()).isEqualTo(-13);
            assertThat(p.daughter(1).pdgCode()).isEqualTo(13);
            assertThat(p.p4Lab())
                    .isEqualTo(p.daughter(0).p4Lab().plus(p.daughter(1).p4Lab()));
        }
    }

    @Test
    void noTrackIsUsedTwiceInOneCandidate() {
        // B+ -> K+ pi+ pi- from two positive tracks and one negative: the K+ and the pi+ must be
        // different tracks, so 2 candidates (4 without the check); no B- (one negative track only).
        RecoEvent e = TestEvents.builder()
                .track(1, v(1, 0, 0), -1)
                .track(1, v(0, 1, 0), -1)
                .track(-1, v(0, 0, 1), -1)
                .build();
        ParticleLists lists = new ParticleLists()
                .add(ParticleList.fromTracks("K+", e, TABLE, p -> true))
                .add(ParticleList.fromTracks("pi+", e, TABLE, p -> true));
        ParticleList b = combine("B+ -> K+ pi+ pi-", lists);
        assertThat(b.size()).isEqualTo(2);
        for (Particle p : b.particles()) {
            assertThat(p.pdgCode()).isEqualTo(521);
            assertThat(p.daughter(0).track().index())
                    .isNotEqualTo(p.daughter(1).track().index());
        }
    }

    @Test
    void chargeConjugateDecayIsIncluded() {
        RecoEvent e = TestEvents.builder()
                .track(1, v(1, 0, 0), -1)
                .track(-1, v(-1, 0, 0), -1)
                .track(1, v(0, 1, 0), -1)
                .build();
        ParticleLists lists = new ParticleLists()
                .add(ParticleList.fromTracks("K-", e, TABLE, p -> true))
                .add(ParticleList.fromTracks("pi+", e, TABLE, p -> true));
        ParticleList d = combine("D0 -> K- pi+", lists);
        // D0: K-(track 1) with pi+(track 0 or 2); anti-D0: K+(track 0 or 2) with pi-(track 1).
        assertThat(d.flavour(421)).hasSize(2);
        assertThat(d.flavour(-421)).hasSize(2);
        assertThat(d.flavour(-421).get(0).daughter(0).pdgCode()).isEqualTo(321);
    }

    @Test
    void photonPairsAreMadeOnce() {
        RecoEvent e = TestEvents.builder()
                .photon(new LorentzVector(0, 0, 1, 1), -1)
                .photon(new LorentzVector(0, 1, 0, 1), -1)
                .photon(new LorentzVector(1, 0, 0, 1), -1)
                .build();
        ParticleLists lists =
                new ParticleLists().add(ParticleList.fromNeutralClusters("gamma:all", e, TABLE, p -> true));
        ParticleList pi0 = combine("pi0 -> gamma:all gamma:all", lists);
        assertThat(pi0.size()).isEqualTo(3);
        // Any two of the photons meet at 90 degrees: m^2 = 2 E1 E2 (1 - cos 90) = 2 GeV^2.
        assertThat(pi0.particles().get(0).p4Lab().m()).isCloseTo(Math.sqrt(2), within(1e-12));
    }

    @Test
    void theCutActsOnTheMother() {
        RecoEvent e = TestEvents.builder()
                .track(1, v(1, 0, 0), -1)
                .track(-1, v(-1, 0, 0), -1)
                .track(-1, v(0.5, 0, 0), -1)
                .build();
        ParticleLists lists = new ParticleLists().add(ParticleList.fromTracks("mu-", e, TABLE, p -> true));
        ParticleList pairs = COMBINER.combine(
                DecayString.parse("vpho -> mu+ mu-", TABLE),
                lists,
                p -> p.p4Lab().p() < 0.1);
        assertThat(pairs.size()).isEqualTo(1);
        assertThat(pairs.particles().get(0).daughter(1).track().index()).isEqualTo(1);
    }

    @Test
    void anEmptyDaughterListGivesAnEmptyMotherListAndAListFoundTwiceIsReplaced() {
        // One mu+ and one pi- track: no muon pair, since the muon cut below keeps only the mu+;
        // adding the list again (here as its conjugate name) replaces it, so the pi- never counts.
        RecoEvent e = TestEvents.builder()
                .track(1, v(1, 0, 0), -1)
                .track(-1, v(-1, 0, 0), -1)
                .build();
        ParticleLists lists = new ParticleLists()
                .add(ParticleList.fromTracks("mu+:good", e, TABLE, p -> true))
                .add(ParticleList.fromTracks("mu-:good", e, TABLE, p -> p.charge() > 0));
        ParticleList pairs = combine("vpho -> mu+:good mu-:good", lists);
        assertThat(pairs.isEmpty()).isTrue();
        assertThat(pairs.name().toString()).isEqualTo("vpho");
        ParticleLists none = new ParticleLists().add(ParticleList.fromTracks("mu+:good", e, TABLE, p -> false));
        assertThat(combine("vpho -> mu+:good mu-:good", none).isEmpty()).isTrue();
        // With both tracks kept, one pair: the replacement above is what emptied it.
        ParticleLists both = new ParticleLists().add(ParticleList.fromTracks("mu+:good", e, TABLE, p -> true));
        assertThat(combine("vpho -> mu+:good mu-:good", both).size()).isEqualTo(1);
    }

    @Test
    void missingListIsAnInputError() {
        assertThatThrownBy(() -> combine("vpho -> mu+:good mu-:good", new ParticleLists()))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("no particle list 'mu+:good'");
    }

    @Test
    void listsHoldOnlyTheirOwnParticleType() {
        ParticleListName name = ParticleListName.parse("mu+:x", TABLE);
        Particle pion = Particle.of(211, 1, LorentzVector.ZERO);
        assertThatThrownBy(() -> new ParticleList(name, List.of(pion))).isInstanceOf(IllegalArgumentException.class);
        assertThat(name.conjugate(TABLE).toString()).isEqualTo("mu-:x");
    }
}
