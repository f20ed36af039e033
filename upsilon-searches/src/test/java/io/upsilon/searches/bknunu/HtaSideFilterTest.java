package io.upsilon.searches.bknunu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.upsilon.core.event.GenEvent;
import io.upsilon.core.event.GenParticle;
import io.upsilon.core.kinematics.LorentzVector;
import io.upsilon.core.kinematics.Vec3;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The HTA's generator-level signal-side filter on hand-made Υ(4S) → B+ B− events. */
class HtaSideFilterTest {
    private static final HtaSideFilter FILTER = new HtaSideFilter(2, 0.09, 17.0, 150.0);

    /** pT 0.36 GeV at theta 20 degrees: inside the CDC. */
    private static final LorentzVector CENTRAL = new LorentzVector(0.3, 0.2, 1.0, 1.2);

    /** theta ~ 8 degrees: outside the CDC (17-150 degrees). */
    private static final LorentzVector FORWARD = new LorentzVector(0.1, 0.0, 0.7, 0.72);

    /** pT 0.05 GeV: below the threshold. */
    private static final LorentzVector SOFT = new LorentzVector(0.05, 0.0, 0.0, 0.15);

    private static GenParticle p(int id, int status, LorentzVector p4, int mother, int first, int last) {
        return new GenParticle(id, status, p4, Vec3.ZERO, 0, mother, mother, first, last);
    }

    /** B+ and B− each decaying to the given final-state particles (ids and momenta). */
    private static GenEvent event(int[] plusIds, LorentzVector[] plus, int[] minusIds, LorentzVector[] minus) {
        List<GenParticle> ps = new ArrayList<>();
        int first = 3;
        ps.add(p(300553, GenParticle.DECAYED, CENTRAL, -1, 1, 2));
        ps.add(p(521, GenParticle.DECAYED, CENTRAL, 0, first, first + plus.length - 1));
        ps.add(p(-521, GenParticle.DECAYED, CENTRAL, 0, first + plus.length, first + plus.length + minus.length - 1));
        for (int i = 0; i < plus.length; i++) {
            ps.add(p(plusIds[i], GenParticle.FINAL, plus[i], 1, -1, -1));
        }
        for (int i = 0; i < minus.length; i++) {
            ps.add(p(minusIds[i], GenParticle.FINAL, minus[i], 2, -1, -1));
        }
        return new GenEvent(1, 1, ps);
    }

    private static final int[] THREE_PRONG = {211, -211, 211};
    private static final LorentzVector[] THREE_CENTRAL = {CENTRAL, CENTRAL, CENTRAL};

    @Test
    void aSideWithOneKaonAndNeutralsPasses() {
        // B+ -> K+ pi0-like neutral (22) and a neutrino: one trackable particle on the B+ side.
        GenEvent g = event(
                new int[] {321, 22, 12}, new LorentzVector[] {CENTRAL, CENTRAL, CENTRAL}, THREE_PRONG, THREE_CENTRAL);
        assertThat(FILTER.accepts(g)).isTrue();
        int[] owner = HadronicTagger.owners(g, new int[] {1, 2});
        assertThat(FILTER.sideTracks(g, owner, 0)).isEqualTo(1);
        assertThat(FILTER.sideTracks(g, owner, 1)).isEqualTo(3);
    }

    @Test
    void bothSidesWithThreeTrackableParticlesAreDropped() {
        GenEvent g = event(THREE_PRONG, THREE_CENTRAL, THREE_PRONG, THREE_CENTRAL);
        assertThat(FILTER.accepts(g)).isFalse();
    }

    @Test
    void particlesOutsideTheCdcOrBelowThePtThresholdDoNotCount() {
        // Three charged on each side, but on the B+ side one is forward and one is soft: 1 trackable.
        GenEvent g = event(THREE_PRONG, new LorentzVector[] {CENTRAL, FORWARD, SOFT}, THREE_PRONG, THREE_CENTRAL);
        assertThat(FILTER.accepts(g)).isTrue();
        assertThat(FILTER.sideTracks(g, HadronicTagger.owners(g, new int[] {1, 2}), 0))
                .isEqualTo(1);
    }

    @Test
    void anEventWithoutABPairIsKept() {
        GenEvent g = new GenEvent(1, 1, List.of(p(211, GenParticle.FINAL, CENTRAL, -1, -1, -1)));
        assertThat(FILTER.accepts(g)).isTrue();
    }

    @Test
    void badSettingsAreRejected() {
        assertThatThrownBy(() -> new HtaSideFilter(0, 0.09, 17, 150)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HtaSideFilter(2, 0.09, 150, 17)).isInstanceOf(IllegalArgumentException.class);
    }
}
