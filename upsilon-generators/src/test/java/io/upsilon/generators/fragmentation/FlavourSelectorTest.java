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
}
