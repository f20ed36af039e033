package io.upsilon.analysis.particles;

import static org.assertj.core.api.Assertions.assertThat;

import io.upsilon.analysis.TestEvents;
import io.upsilon.core.event.GenEvent;
import io.upsilon.core.event.GenParticle;
import io.upsilon.core.event.RecoEvent;
import io.upsilon.core.kinematics.LorentzVector;
import io.upsilon.core.kinematics.Vec3;
import io.upsilon.core.pdg.ParticleTable;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Truth matching of multi-level B decay chains (basf2 isSignal / mcErrors semantics): a correctly
 * matched chain is signal; a daughter swapped with one of the other B, a D built with a kaon of
 * another decay, a wrong mass hypothesis, or a missing non-radiative photon is not, with the
 * corresponding mcErrors bit.
 */
class DecayChainMatchingTest {
    private static final ParticleTable TABLE = ParticleTable.standard();
    private static final LorentzVector P = new LorentzVector(0.1, 0.2, 1.0, 1.1);

    private static GenParticle gen(String name, int status, int mother, int first, int last) {
        return new GenParticle(TABLE.byName(name).id(), status, P, Vec3.ZERO, 0, mother, -1, first, last);
    }

    /**
     * e+e- -> Y(4S) -> B0 anti-B0; B0 -> D- pi+, D- -> K+ pi- pi-; anti-B0 -> J/psi K_S0, J/psi ->
     * mu+ mu- gamma (FSR), K_S0 -> pi+ pi-. Indices in the comments.
     */
    private static GenEvent truth() {
        List<GenParticle> g = new ArrayList<>();
        g.add(gen("e-", GenParticle.BEAM, -1, 2, 2)); // 0
        g.add(gen("e+", GenParticle.BEAM, -1, 2, 2)); // 1
        g.add(gen("Upsilon(4S)", GenParticle.DECAYED, 0, 3, 4)); // 2
        g.add(gen("B0", GenParticle.DECAYED, 2, 5, 6)); // 3
        g.add(gen("anti-B0", GenParticle.DECAYED, 2, 10, 11)); // 4
        g.add(gen("D-", GenParticle.DECAYED, 3, 7, 9)); // 5
        g.add(gen("pi+", GenParticle.FINAL, 3, -1, -1)); // 6
        g.add(gen("K+", GenParticle.FINAL, 5, -1, -1)); // 7
        g.add(gen("pi-", GenParticle.FINAL, 5, -1, -1)); // 8
        g.add(gen("pi-", GenParticle.FINAL, 5, -1, -1)); // 9
        g.add(gen("J/psi", GenParticle.DECAYED, 4, 12, 14)); // 10
        g.add(gen("K_S0", GenParticle.DECAYED, 4, 15, 16)); // 11
        g.add(gen("mu+", GenParticle.FINAL, 10, -1, -1)); // 12
        g.add(gen("mu-", GenParticle.FINAL, 10, -1, -1)); // 13
        g.add(gen("gamma", GenParticle.FINAL, 10, -1, -1)); // 14
        g.add(gen("pi+", GenParticle.FINAL, 11, -1, -1)); // 15
        g.add(gen("pi-", GenParticle.FINAL, 11, -1, -1)); // 16
        return new GenEvent(1, 1, g);
    }

    /** Tracks linked to the given truth indices; track i is reconstructed from truth link[i]. */
    private static RecoEvent reco(GenEvent truth, int[] charges, int[] links) {
        TestEvents t = TestEvents.builder().truth(truth);
        for (int i = 0; i < links.length; i++) {
            t.track(charges[i], P, links[i]);
        }
        return t.build();
    }

    private static Particle track(RecoEvent e, int i, String hypothesis) {
        return Particle.fromTrack(e.tracks().get(i), TABLE.byName(hypothesis));
    }

    private static final int[] CHARGES = {1, -1, -1, 1, 1, -1, 1, -1, 1};

    /** B0 -> D- pi+ with D- -> K+ pi- pi- from tracks 0, 1, 2 (D) and 3 (pi+). */
    private static Particle bToDPi(RecoEvent e, String kaonHypothesis, int bachelor) {
        Particle d = Particle.composite(
                TABLE.byName("D-").id(), List.of(track(e, 0, kaonHypothesis), track(e, 1, "pi-"), track(e, 2, "pi-")));
        return Particle.composite(TABLE.byName("B0").id(), List.of(d, track(e, bachelor, "pi+")));
    }

    @Test
    void correctlyMatchedTwoLevelChainIsSignal() {
        GenEvent truth = truth();
        // Tracks: K+ 7, pi- 8, pi- 9, pi+ 6, then the other B's mu+ 12, mu- 13, pi+ 15, pi- 16, pi+ 15 (dup).
        RecoEvent e = reco(truth, CHARGES, new int[] {7, 8, 9, 6, 12, 13, 15, 16, 15});
        Particle b = bToDPi(e, "K+", 3);
        assertThat(McMatching.isSignal(b, truth)).isEqualTo(1.0);
        assertThat(McMatching.mcErrors(b, truth)).isEqualTo(0.0);
        assertThat(McMatching.matchedIndex(b, truth)).isEqualTo(3);
        assertThat(McMatching.matchedIndex(b.daughter(0), truth)).isEqualTo(5);
    }

    @Test
    void aDaughterFromTheOtherBIsNotSignal() {
        GenEvent truth = truth();
        // The bachelor pi+ is the K_S0's pi+ (truth 15): right type, wrong mother.
        RecoEvent e = reco(truth, CHARGES, new int[] {7, 8, 9, 15, 12, 13, 15, 16, 6});
        Particle b = bToDPi(e, "K+", 3);
        assertThat(McMatching.isSignal(b, truth)).isEqualTo(0.0);
        assertThat((int) McMatching.mcErrors(b, truth) & McMatching.ADDED_WRONG_PARTICLE)
                .isNotZero();
        // The D- alone is still right.
        assertThat(McMatching.isSignal(b.daughter(0), truth)).isEqualTo(1.0);
    }

    @Test
    void swappedDaughtersBetweenLevelsAreNotSignal() {
        GenEvent truth = truth();
        // The D's second pi- and the bachelor pi+ swapped: the D gets the B's pi (wrong mother for
        // the D) and the B gets a D daughter.
        RecoEvent e =
                reco(truth, new int[] {1, -1, 1, -1, 1, -1, 1, -1, 1}, new int[] {7, 8, 6, 9, 12, 13, 15, 16, 15});
        Particle d = Particle.composite(
                TABLE.byName("D-").id(), List.of(track(e, 0, "K+"), track(e, 1, "pi-"), track(e, 2, "pi+")));
        Particle b = Particle.composite(TABLE.byName("B0").id(), List.of(d, track(e, 3, "pi-")));
        assertThat(McMatching.isSignal(b, truth)).isEqualTo(0.0);
        assertThat(McMatching.isSignal(d, truth)).isEqualTo(0.0);
    }

    @Test
    void aMisidentifiedKaonIsNotSignalAndSetsMisId() {
        GenEvent truth = truth();
        RecoEvent e = reco(truth, CHARGES, new int[] {7, 8, 9, 6, 12, 13, 15, 16, 15});
        Particle b = bToDPi(e, "pi+", 3);
        assertThat(McMatching.isSignal(b, truth)).isEqualTo(0.0);
        assertThat((int) McMatching.mcErrors(b, truth) & McMatching.MIS_ID).isNotZero();
    }

    @Test
    void threeLevelJpsiKsChainAcceptsTheMissingFsrPhoton() {
        GenEvent truth = truth();
        RecoEvent e = reco(truth, CHARGES, new int[] {7, 8, 9, 6, 12, 13, 15, 16, 15});
        Particle jpsi = Particle.composite(TABLE.byName("J/psi").id(), List.of(track(e, 4, "mu+"), track(e, 5, "mu-")));
        Particle ks = Particle.composite(TABLE.byName("K_S0").id(), List.of(track(e, 6, "pi+"), track(e, 7, "pi-")));
        Particle b = Particle.composite(TABLE.byName("anti-B0").id(), List.of(jpsi, ks));
        // J/psi -> mu+ mu- gamma without the photon: radiative, so accepted (bit 1 set).
        assertThat(McMatching.mcErrors(b, truth)).isEqualTo(McMatching.MISS_FSR);
        assertThat(McMatching.isSignal(b, truth)).isEqualTo(1.0);
        // The B flavour must be right: a B0 candidate of the same tracks is not signal.
        Particle wrongFlavour = Particle.composite(TABLE.byName("B0").id(), List.of(jpsi, ks));
        assertThat(McMatching.isSignal(wrongFlavour, truth)).isEqualTo(0.0);
        // A K_S0 made of the same pi+ twice (tracks 6 and 8 both linked to truth 15) is not signal.
        Particle doubled =
                Particle.composite(TABLE.byName("K_S0").id(), List.of(track(e, 6, "pi+"), track(e, 8, "pi+")));
        assertThat(McMatching.isSignal(doubled, truth)).isEqualTo(0.0);
    }

    @Test
    void aMissingNonRadiativePhotonIsNotSignalButAcceptedAsMissing() {
        // B+ -> anti-D*0 pi+, anti-D*0 -> anti-D0 gamma, anti-D0 -> K+ pi-: the photon is the D*'s
        // only partner, so it is not radiation (basf2 c_MissGamma).
        List<GenParticle> g = new ArrayList<>();
        g.add(gen("e-", GenParticle.BEAM, -1, 2, 2)); // 0
        g.add(gen("e+", GenParticle.BEAM, -1, 2, 2)); // 1
        g.add(gen("B+", GenParticle.DECAYED, 0, 3, 4)); // 2
        g.add(gen("anti-D*0", GenParticle.DECAYED, 2, 5, 6)); // 3
        g.add(gen("pi+", GenParticle.FINAL, 2, -1, -1)); // 4
        g.add(gen("anti-D0", GenParticle.DECAYED, 3, 7, 8)); // 5
        g.add(gen("gamma", GenParticle.FINAL, 3, -1, -1)); // 6
        g.add(gen("K+", GenParticle.FINAL, 5, -1, -1)); // 7
        g.add(gen("pi-", GenParticle.FINAL, 5, -1, -1)); // 8
        GenEvent truth = new GenEvent(2, 1, g);
        RecoEvent e = reco(truth, new int[] {1, -1, 1}, new int[] {7, 8, 4});
        Particle d0 = Particle.composite(TABLE.byName("anti-D0").id(), List.of(track(e, 0, "K+"), track(e, 1, "pi-")));
        assertThat(McMatching.mcErrors(d0, truth)).isEqualTo(0.0);
        Particle dStar = Particle.composite(TABLE.byName("anti-D*0").id(), List.of(d0));
        Particle b = Particle.composite(TABLE.byName("B+").id(), List.of(dStar, track(e, 2, "pi+")));
        assertThat(McMatching.mcErrors(dStar, truth)).isEqualTo(McMatching.MISS_GAMMA);
        assertThat(McMatching.mcErrors(b, truth)).isEqualTo(McMatching.MISS_GAMMA);
        assertThat(McMatching.isSignal(b, truth)).isEqualTo(0.0);
        assertThat(McMatching.isSignalAcceptMissing(b, truth)).isEqualTo(1.0);
        // Without the anti-D*0 level (B+ -> anti-D0 pi+) the D0's mother is not the B: not signal.
        Particle skipped = Particle.composite(TABLE.byName("B+").id(), List.of(d0, track(e, 2, "pi+")));
        assertThat(McMatching.isSignal(skipped, truth)).isEqualTo(0.0);
        assertThat((int) McMatching.mcErrors(skipped, truth) & McMatching.ADDED_WRONG_PARTICLE)
                .isNotZero();
    }
}
