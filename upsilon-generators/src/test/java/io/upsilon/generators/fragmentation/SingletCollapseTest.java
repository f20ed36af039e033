package io.upsilon.generators.fragmentation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.event.GenParticle;
import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import org.junit.jupiter.api.Test;

class SingletCollapseTest {
    /** Tolerance of four-momentum sums and masses: rounding of O(10 GeV) numbers through two boosts. */
    private static final double TOL = 1e-9;

    private static final double M_C = 1.273; // a charm end, mass as the shower gives it (PDG 2024 m_c(m_c))

    private static RandomStream stream(String name) {
        return RandomStreams.of(20261207L).child("singlet-collapse-test").stream(name);
    }

    private static int add(EventBuffer event, int id, double px, double py, double pz, double m) {
        return event.add(id, GenParticle.DOCUMENTATION, px, py, pz, Math.sqrt(px * px + py * py + pz * pz + m * m));
    }

    private static double[] sum(EventBuffer event, int from, int to, boolean finalOnly) {
        double[] p = new double[4];
        for (int i = from; i <= to; i++) {
            if (!finalOnly || event.status(i) == GenParticle.FINAL) {
                p[0] += event.px(i);
                p[1] += event.py(i);
                p[2] += event.pz(i);
                p[3] += event.e(i);
            }
        }
        return p;
    }

    private static double mass(double[] p) {
        return Math.sqrt(p[3] * p[3] - p[0] * p[0] - p[1] * p[1] - p[2] * p[2]);
    }

    private static void assertSameFourMomentum(double[] a, double[] b) {
        for (int k = 0; k < 4; k++) {
            assertThat(a[k]).isCloseTo(b[k], within(TOL));
        }
    }

    /**
     * A 9 GeV u ubar string and a c ubar pair of mass 1.48 GeV, below the D0 (1.865 GeV): the pair
     * cannot be fragmented, it collapses to one charm hadron (c ubar content) and the string's
     * hadrons take the recoil by one Lorentz transformation: their invariant mass and each
     * hadron's mass are unchanged, and all hadrons sum to all partons. (The pair moves sideways,
     * so that the two systems' invariant mass, 11.4 GeV, leaves room for the D and the whole
     * string, 8.98 GeV.)
     */
    @Test
    void aSystemBelowItsLightestHadronBecomesOneHadronAndTheOtherSingletRecoils() {
        StringFragmentation strings = StringFragmentation.belle2();
        for (int trial = 0; trial < 50; trial++) {
            RandomStream rng = stream("one-" + trial);
            EventBuffer event = new EventBuffer(32);
            add(event, 2, 0.4, 0, 5, 0);
            add(event, -2, -0.4, 0, -4, 0);
            add(event, 4, 1.5, 0, 0, M_C);
            add(event, -2, 0.6, 0.05, 0, 0);
            double[] partons = sum(event, 0, 3, false);
            int firstHadron = event.size();
            strings.fragment(event, 0, 1, rng);
            int lastHadron = event.size() - 1;
            double[] stringBefore = sum(event, firstHadron, lastHadron, false);
            double[] hadronMasses = new double[lastHadron - firstHadron + 1];
            for (int h = firstHadron; h <= lastHadron; h++) {
                hadronMasses[h - firstHadron] = mass(new double[] {event.px(h), event.py(h), event.pz(h), event.e(h)});
            }
            int size = event.size();
            assertThatThrownBy(() -> strings.fragment(event, 2, 3, rng))
                    .isInstanceOf(StringFragmentationException.class);
            assertThat(event.size()).isEqualTo(size);

            strings.collapse(event, 2, 3, new int[] {firstHadron}, new int[] {lastHadron}, 1, rng);

            assertThat(event.size()).isEqualTo(size + 1);
            int hadron = size;
            assertThat(StringFragmentationTest.netQuarks(event.pdgId(hadron), 4))
                    .isEqualTo(1);
            assertThat(StringFragmentationTest.netQuarks(event.pdgId(hadron), 2))
                    .isEqualTo(-1);
            assertThat(event.status(2)).isEqualTo(GenParticle.DECAYED);
            assertThat(event.toEvent(0).particle(2).firstDaughter()).isEqualTo(hadron);
            assertSameFourMomentum(sum(event, 0, event.size() - 1, true), partons);
            double[] stringAfter = sum(event, firstHadron, lastHadron, false);
            assertThat(mass(stringAfter)).isCloseTo(mass(stringBefore), within(TOL));
            assertThat(stringAfter[3]).isNotEqualTo(stringBefore[3]); // it did take the recoil
            for (int h = firstHadron; h <= lastHadron; h++) {
                double m = mass(new double[] {event.px(h), event.py(h), event.pz(h), event.e(h)});
                assertThat(m).isCloseTo(hadronMasses[h - firstHadron], within(TOL));
            }
        }
    }

    /**
     * The same pair nearly collinear with the string's forward end: the invariant mass of the two
     * systems (10.73 GeV) leaves no room for a D (1.865) and the whole string (8.98), so one hadron
     * of the string takes the recoil; four-momentum and the D's flavour stay exact.
     */
    @Test
    void aCollinearLightSystemRecoilsAgainstOneHadron() {
        StringFragmentation strings = StringFragmentation.belle2();
        for (int trial = 0; trial < 50; trial++) {
            RandomStream rng = stream("collinear-" + trial);
            EventBuffer event = new EventBuffer(32);
            add(event, 2, 0.4, 0, 5, 0);
            add(event, -2, -0.4, 0, -4, 0);
            add(event, 4, 0.1, 0, 1, M_C);
            add(event, -2, -0.1, 0.05, 0.3, 0);
            double[] partons = sum(event, 0, 3, false);
            int firstHadron = event.size();
            strings.fragment(event, 0, 1, rng);
            int lastHadron = event.size() - 1;
            double stringMass = mass(sum(event, firstHadron, lastHadron, false));

            strings.collapse(event, 2, 3, new int[] {firstHadron}, new int[] {lastHadron}, 1, rng);

            assertThat(StringFragmentationTest.netQuarks(event.pdgId(event.size() - 1), 4))
                    .isEqualTo(1);
            assertSameFourMomentum(sum(event, 0, event.size() - 1, true), partons);
            assertThat(mass(sum(event, firstHadron, lastHadron, false))).isNotCloseTo(stringMass, within(1e-3));
        }
    }

    /**
     * An s ubar system of 0.60 GeV fits a K- (0.494) but not a K- and a pi0 (0.629): alone ({@link
     * StringFragmentation#fragment}) it becomes a K- and a photon; in an event ({@link
     * StringFragmentation#fragmentOrDefer}) it is left for the collapse, unchanged.
     */
    @Test
    void aSystemTooLightForTwoHadronsIsDeferredInsteadOfBalancedByAPhoton() {
        StringFragmentation strings = StringFragmentation.belle2();
        for (int trial = 0; trial < 20; trial++) {
            RandomStream rng = stream("defer-" + trial);
            EventBuffer event = new EventBuffer(8);
            add(event, 3, 0, 0, 0.11 / 1.2, 0.5); // sqrt(p^2 + 0.25) + p = 0.60 GeV
            add(event, -2, 0, 0, -0.11 / 1.2, 0.0);
            double mass = mass(sum(event, 0, 1, false));
            assertThat(mass).isBetween(0.59, 0.61);
            assertThat(strings.fragmentOrDefer(event, 0, 1, rng)).isFalse();
            assertThat(event.size()).isEqualTo(2);
            assertThat(event.status(0)).isEqualTo(GenParticle.DOCUMENTATION);
            strings.fragment(event, 0, 1, rng);
            assertThat(event.size()).isEqualTo(4);
            assertThat(event.pdgId(3)).isEqualTo(22);
        }
    }

    /**
     * Two c dbar' / d' cbar systems of 1.43 GeV each (both below the D mass, together 3.9 GeV, above
     * two D's): no fragmented singlet exists, so they collapse to one hadron each, back to back in
     * their common rest frame, with their summed four-momentum.
     */
    @Test
    void twoLightSystemsCollapseTogether() {
        StringFragmentation strings = StringFragmentation.belle2();
        for (int trial = 0; trial < 50; trial++) {
            RandomStream rng = stream("pair-" + trial);
            EventBuffer event = new EventBuffer(8);
            add(event, 4, 1.2, 0, 0.5, M_C);
            add(event, -1, 0.3, 0.1, 0, 0);
            add(event, 1, -0.3, 0, 0.1, 0);
            add(event, -4, -1.2, 0, -0.5, M_C);
            double[] partons = sum(event, 0, 3, false);
            assertThatThrownBy(() -> strings.fragment(event, 0, 1, rng))
                    .isInstanceOf(StringFragmentationException.class);
            assertThatThrownBy(() -> strings.collapse(event, 0, 1, new int[0], new int[0], 0, rng))
                    .isInstanceOf(StringFragmentationException.class);
            assertThat(event.size()).isEqualTo(4);

            strings.collapsePair(event, 0, 1, 2, 3, rng);

            assertThat(event.size()).isEqualTo(6);
            assertThat(StringFragmentationTest.netQuarks(event.pdgId(4), 4)).isEqualTo(1);
            assertThat(StringFragmentationTest.netQuarks(event.pdgId(4), 1)).isEqualTo(-1);
            assertThat(StringFragmentationTest.netQuarks(event.pdgId(5), 4)).isEqualTo(-1);
            assertThat(StringFragmentationTest.netQuarks(event.pdgId(5), 1)).isEqualTo(1);
            assertSameFourMomentum(sum(event, 0, 5, true), partons);
        }
    }
}
