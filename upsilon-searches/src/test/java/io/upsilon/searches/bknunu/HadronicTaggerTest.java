package io.upsilon.searches.bknunu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.core.beam.Beam;
import io.upsilon.core.event.GenEvent;
import io.upsilon.core.event.GenParticle;
import io.upsilon.core.event.PidLikelihoods;
import io.upsilon.core.event.RecoEvent;
import io.upsilon.core.event.RecoTrack;
import io.upsilon.core.kinematics.LorentzVector;
import io.upsilon.core.kinematics.Vec3;
import io.upsilon.core.random.RandomStreams;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The parametrised FEI on hand-made events: which B is tagged, with what probability and particles. */
class HadronicTaggerTest {
    private static final Beam BEAM = Beam.preset("Y4S");
    private static final HadronicTagger TAGGER = new HadronicTagger(0.006, 0.0005, 0.001, 0.0003, 0.0);

    private static GenParticle p(int id, int status, LorentzVector p4, int mother, int first, int last) {
        return new GenParticle(id, status, p4, Vec3.ZERO, 0, mother, mother, first, last);
    }

    /**
     * Υ(4S) → B+ B−: the B+ (index 1, the "signal B") decays to K+ ν ν̄ (3, 4, 5), the B− (2) to
     * D0 (6) π− (7) when {@code hadronicOther}, else to D0 e− ν̄ (6, 7, 8); D0 → K− π+ (9.., the
     * last two particles).
     */
    private static GenEvent event(boolean hadronicOther) {
        LorentzVector b = new LorentzVector(0.1, 0.0, 2.9, 6.3);
        LorentzVector b2 = new LorentzVector(-0.1, 0.0, 2.5, 6.2);
        LorentzVector x = new LorentzVector(0.3, 0.2, 1.0, 1.2);
        List<GenParticle> ps = new ArrayList<>();
        ps.add(p(300553, GenParticle.DECAYED, b.plus(b2), -1, 1, 2));
        ps.add(p(521, GenParticle.DECAYED, b, 0, 3, 5));
        int last = hadronicOther ? 7 : 8;
        ps.add(p(-521, GenParticle.DECAYED, b2, 0, 6, last));
        ps.add(p(321, GenParticle.FINAL, x, 1, -1, -1));
        ps.add(p(12, GenParticle.FINAL, x, 1, -1, -1));
        ps.add(p(-12, GenParticle.FINAL, x, 1, -1, -1));
        int d0 = 6;
        ps.add(p(421, GenParticle.DECAYED, x, 2, last + 1, last + 2));
        ps.add(p(hadronicOther ? -211 : 11, GenParticle.FINAL, x, 2, -1, -1));
        if (!hadronicOther) {
            ps.add(p(-12, GenParticle.FINAL, x, 2, -1, -1));
        }
        ps.add(p(-321, GenParticle.FINAL, x, d0, -1, -1));
        ps.add(p(211, GenParticle.FINAL, x, d0, -1, -1));
        return new GenEvent(1, 1, ps);
    }

    /** One reconstructed track per charged final-state particle, truth-linked. */
    private static RecoEvent reco(GenEvent g) {
        List<RecoTrack> tracks = new ArrayList<>();
        for (int i = 0; i < g.size(); i++) {
            GenParticle q = g.particle(i);
            int id = Math.abs(q.pdgId());
            if (q.isFinal() && (id == 211 || id == 321 || id == 11)) {
                tracks.add(new RecoTrack(
                        tracks.size(),
                        q.pdgId() > 0 == (id != 11) ? 1 : -1,
                        q.momentum().p3(),
                        0,
                        0,
                        PidLikelihoods.NONE,
                        -1,
                        0,
                        i));
            }
        }
        return new RecoEvent(1, 1, tracks, List.of(), List.of(), 0, g);
    }

    @Test
    void aHadronicOtherBIsTaggedWithTheChargedEfficiencyAndOwnsItsTracks() {
        GenEvent g = event(true);
        List<HadronicTagger.Tag> tags = TAGGER.tags(g, reco(g), BEAM, RandomStreams.of(1).stream("t"));
        // Only the B- can be tagged (the B+ decays to neutrinos): P = efficiency_charged exactly.
        assertThat(tags).hasSize(1);
        HadronicTagger.Tag tag = tags.get(0);
        assertThat(tag.side()).isEqualTo(0); // the signal side is the B+ (index 0 of [signalB, otherB])
        assertThat(tag.kind()).isEqualTo(HadronicTagger.Kind.TRUE_CHARGED);
        assertThat(tag.probability()).isCloseTo(0.006, within(1e-15)); // 1 - (1 - 0.006)(1 - 0)
        assertThat(tag.charge()).isEqualTo(-1);
        // Tracks: K+ (from the B+) is not in the tag; pi-, K-, pi+ (from the B-) are.
        assertThat(tag.tracks()).containsExactly(false, true, true, true);
        // Energy set to sqrt(s)/2 (the FEI tag); without smearing the momentum is the true B's in the CMS.
        assertThat(tag.p4Cms().e()).isCloseTo(BEAM.sqrtS() / 2, within(1e-12));
        LorentzVector trueCms = BEAM.labToCms().apply(g.particle(2).momentum());
        assertThat(tag.p4Cms().px()).isCloseTo(trueCms.px(), within(1e-12));
        assertThat(tag.p4Cms().pz()).isCloseTo(trueCms.pz(), within(1e-12));
    }

    @Test
    void withoutAHadronicBTheEventGetsAFakeTagAtTheFakeRate() {
        GenEvent g = event(false);
        assertThat(HadronicTagger.hadronic(g, 2)).isFalse();
        assertThat(HadronicTagger.hadronic(g, 1)).isFalse();
        List<HadronicTagger.Tag> tags = TAGGER.tags(g, reco(g), BEAM, RandomStreams.of(1).stream("t"));
        // Either B's particles make the fake, each with half the fake rate and that B's charge.
        assertThat(tags).hasSize(2);
        assertThat(tags).allSatisfy(t -> {
            assertThat(t.kind()).isEqualTo(HadronicTagger.Kind.FAKE_BBBAR);
            assertThat(t.probability()).isEqualTo(0.0005);
        });
        assertThat(tags.get(0).charge()).isEqualTo(1);
        assertThat(tags.get(1).charge()).isEqualTo(-1);
        assertThat(tags.get(0).tracks()).containsExactly(true, false, false, false);
        assertThat(tags.get(1).tracks()).containsExactly(false, true, true, true);
    }

    @Test
    void whenBothBsAreHadronicEachIsATagAndTheProbabilitiesSumToAtLeastOneTag() {
        // Two hadronic B's: B+ -> K+ pi0 ... here simply both B's hadronic (the B+ to K+ pi+ pi-).
        LorentzVector x = new LorentzVector(0.3, 0.2, 1.0, 1.2);
        List<GenParticle> ps = new ArrayList<>();
        ps.add(p(300553, GenParticle.DECAYED, x, -1, 1, 2));
        ps.add(p(521, GenParticle.DECAYED, x, 0, 3, 4));
        ps.add(p(-521, GenParticle.DECAYED, x, 0, 5, 6));
        ps.add(p(321, GenParticle.FINAL, x, 1, -1, -1));
        ps.add(p(211, GenParticle.FINAL, x, 1, -1, -1));
        ps.add(p(-321, GenParticle.FINAL, x, 2, -1, -1));
        ps.add(p(-211, GenParticle.FINAL, x, 2, -1, -1));
        GenEvent g = new GenEvent(1, 1, ps);
        List<HadronicTagger.Tag> tags = TAGGER.tags(g, reco(g), BEAM, RandomStreams.of(1).stream("t"));
        assertThat(tags).hasSize(2);
        // p (1 - p/2) each: the sum is 1 - (1 - p)^2, the probability of at least one tag.
        double sum = tags.get(0).probability() + tags.get(1).probability();
        assertThat(sum).isCloseTo(1 - Math.pow(1 - 0.006, 2), within(1e-15));
        assertThat(tags.get(0).charge()).isEqualTo(1);
        assertThat(tags.get(1).charge()).isEqualTo(-1);
        assertThat(tags.get(0).side()).isEqualTo(1);
        assertThat(tags.get(1).side()).isEqualTo(0);
    }

    @Test
    void ownersFollowTheMotherLinksToTheirB() {
        GenEvent g = event(true);
        int[] owner = HadronicTagger.owners(g, new int[] {1, 2});
        assertThat(owner).containsExactly(-1, 0, 1, 0, 0, 0, 1, 1, 1, 1);
    }

    @Test
    void theSameStreamGivesTheSameTag() {
        HadronicTagger smeared = new HadronicTagger(0.006, 0.0005, 0.001, 0.0003, 0.02);
        GenEvent g = event(true);
        HadronicTagger.Tag a =
                smeared.tags(g, reco(g), BEAM, RandomStreams.of(7).stream("t")).get(0);
        HadronicTagger.Tag b =
                smeared.tags(g, reco(g), BEAM, RandomStreams.of(7).stream("t")).get(0);
        assertThat(a.p4Cms()).isEqualTo(b.p4Cms());
        // The smearing moved it (0.02 GeV per component: a zero shift has probability zero).
        LorentzVector trueCms = BEAM.labToCms().apply(g.particle(2).momentum());
        assertThat(a.p4Cms().px()).isNotEqualTo(trueCms.px());
    }

    @Test
    void probabilitiesOutsideZeroToOneAreRejected() {
        assertThatThrownBy(() -> new HadronicTagger(1.5, 0, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
