package io.upsilon.generators.fragmentation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import org.junit.jupiter.api.Test;

class FlavourSelectorTest {
    private static final FragmentationTune TUNE = FragmentationTuneReader.belle2();
    private static final int N = 1_000_000;

    /** Tolerance for a binomial fraction p from n draws: 5 standard deviations. */
    private static double fiveSigma(double p, long n) {
        return 5 * Math.sqrt(p * (1 - p) / n);
    }

    @Test
    void strangeBreaksFollowProbStoUD() {
        FlavourSelector sel = new FlavourSelector(TUNE);
        RandomStream rng = RandomStreams.of(3L).stream("flavour");
        long s = 0;
        long u = 0;
        for (int i = 0; i < N; i++) {
            int f = sel.pickQuark(rng);
            s += f == 3 ? 1 : 0;
            u += f == 2 ? 1 : 0;
        }
        // u : d : s = 1 : 1 : probStoUD (0.286 in the Belle II tune) -> P(s) = 0.286 / 2.286.
        double ps = TUNE.probStoUD() / (2 + TUNE.probStoUD());
        assertThat(s / (double) N).isCloseTo(ps, within(fiveSigma(ps, N)));
        double pu = 1 / (2 + TUNE.probStoUD());
        assertThat(u / (double) N).isCloseTo(pu, within(fiveSigma(pu, N)));
    }

    @Test
    void diquarkRateAndSpinFollowTheTune() {
        FlavourSelector sel = new FlavourSelector(TUNE);
        RandomStream rng = RandomStreams.of(4L).stream("diquarks");
        long diquarks = 0;
        long ud0 = 0;
        long ud1 = 0;
        long su0 = 0;
        for (int i = 0; i < N; i++) {
            int f = sel.pick(rng, false);
            assertThat(f).isPositive();
            if (FlavourCodes.isDiquark(f)) {
                diquarks++;
                ud0 += f == 2101 ? 1 : 0;
                ud1 += f == 2103 ? 1 : 0;
                su0 += f == 3201 ? 1 : 0;
            }
        }
        double pqq = TUNE.probQQtoQ() / (1 + TUNE.probQQtoQ());
        assertThat(diquarks / (double) N).isCloseTo(pqq, within(fiveSigma(pqq, N)));
        // ud_1 / ud_0 = 3 probQQ1toQQ0; su_0 / ud_0 = probStoUD probSQtoQQ (the extra s suppression).
        double r1 = 3 * TUNE.probQQ1toQQ0();
        assertThat(ud1 / (double) ud0).isCloseTo(r1, within(5 * r1 * Math.sqrt(1.0 / ud1 + 1.0 / ud0)));
        double rs = TUNE.probStoUD() * TUNE.probSQtoQQ();
        assertThat(su0 / (double) ud0).isCloseTo(rs, within(5 * rs * Math.sqrt(1.0 / su0 + 1.0 / ud0)));
        for (int i = 0; i < 1000; i++) {
            assertThat(FlavourCodes.isQuark(sel.pick(rng, true))).isTrue();
        }
    }

    @Test
    void popcornFollowsRateAndStrangenessFactors() {
        // popcornRate 0.5: P = 0.5 / (0.5 + 0.5) = 0.5; each quark of the diquark is the shared one
        // with 1/2. ud0: vertex u 0.25, d 0.25. su0: shared s (vertex u) 0.5 x 0.5 x popcornSpair 0.9
        // = 0.225; shared u (vertex s) 0.5 x 0.5 x popcornSmeson 0.5 = 0.125.
        FlavourSelector sel = new FlavourSelector(TUNE);
        RandomStream rng = RandomStreams.of(3L).stream("popcorn");
        int[] ud = new int[4];
        int[] su = new int[4];
        for (int i = 0; i < N; i++) {
            ud[sel.popcornVertex(2101, rng)]++;
            su[sel.popcornVertex(3201, rng)]++;
        }
        assertThat(ud[1] / (double) N).isCloseTo(0.25, within(fiveSigma(0.25, N)));
        assertThat(ud[2] / (double) N).isCloseTo(0.25, within(fiveSigma(0.25, N)));
        assertThat(su[2] / (double) N).isCloseTo(0.225, within(fiveSigma(0.225, N)));
        assertThat(su[3] / (double) N).isCloseTo(0.125, within(fiveSigma(0.125, N)));
        assertThat(su[1]).isZero();
        // The meson's new quark: u : d : s = 1 : 1 : probStoUD x popcornSmeson.
        int strange = 0;
        for (int i = 0; i < N; i++) {
            strange += sel.pickPopcornQuark(rng) == 3 ? 1 : 0;
        }
        double ps = 0.286 * 0.5 / (2 + 0.286 * 0.5);
        assertThat(strange / (double) N).isCloseTo(ps, within(fiveSigma(ps, N)));
        // Switched off in the tune: never.
        FlavourSelector off =
                new FlavourSelector(TUNE.withBaryons(TUNE.baryons().withPopcorn(false)));
        for (int i = 0; i < 1000; i++) {
            assertThat(off.popcornVertex(2101, rng)).isZero();
        }
    }

    @Test
    void diquarkSpinFollowsProbQQ1toQQ0() {
        FlavourSelector sel = new FlavourSelector(TUNE);
        RandomStream rng = RandomStreams.of(4L).stream("spin");
        int spin1 = 0;
        for (int i = 0; i < N; i++) {
            int dq = sel.diquark(1, 2, rng);
            assertThat(dq / 10).isEqualTo(210);
            spin1 += dq % 10 == 3 ? 1 : 0;
        }
        double p1 = 3 * 0.0468 / (1 + 3 * 0.0468);
        assertThat(spin1 / (double) N).isCloseTo(p1, within(fiveSigma(p1, N)));
        assertThat(sel.diquark(3, 3, rng)).isEqualTo(3303);
    }
}
