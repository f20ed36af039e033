package io.upsilon.stats.infer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Root finding that has to re-bracket: failed points and a CLs curve that is not monotonic. */
class UpperLimitRebracketTest {

    /** A hypothesis test whose every CLs (observed and expected) is {@code cls(mu)}. */
    private static HypothesisTest curve(java.util.function.DoubleUnaryOperator cls) {
        return mu -> {
            double v = cls.applyAsDouble(mu);
            return new HypotestResult(mu, v, new double[] {v, v, v, v, v}, v, 1.0, 0.0, Double.isFinite(v));
        };
    }

    @Test
    void aFailedPointIsReEvaluatedNextToIt() {
        // CLs = exp(-mu) crosses 0.05 at ln 20; the hypothesis test fails exactly at the upper bound.
        HypothesisTest t = curve(mu -> mu == 10.0 ? Double.NaN : Math.exp(-mu));
        UpperLimit.Result r = UpperLimit.rootFind(t, 0, 10, 0.05, 1e-8);
        assertThat(r.obs()).isCloseTo(Math.log(20), within(1e-6));
        for (double e : r.exp()) {
            assertThat(e).isCloseTo(Math.log(20), within(1e-6));
        }
        assertThat(r.notes()).anySatisfy(n -> assertThat(n).contains("not finite at 10.0"));
    }

    @Test
    void aCurveThatIsNotMonotonicIsReBracketedByAScan() {
        // Above 0.05 at both ends of [1, 8] and beyond (the doubling search finds no crossing),
        // below it around mu = 3: the first crossing, at 3 - sqrt(0.9), is the limit.
        HypothesisTest t = curve(mu -> 0.05 + 0.1 * ((mu - 3) * (mu - 3) - 0.9));
        UpperLimit.Result r = UpperLimit.rootFind(t, 1, 8, 0.05, 1e-8);
        assertThat(r.obs()).isCloseTo(3 - Math.sqrt(0.9), within(1e-6));
        assertThat(r.notes()).anySatisfy(n -> assertThat(n).contains("re-bracketed"));
    }

    @Test
    void aCurveThatNeverCrossesGivesNaNAndSaysSo() {
        HypothesisTest t = curve(mu -> 0.5);
        UpperLimit.Result r = UpperLimit.rootFind(t, 0, 10, 0.05, 1e-6);
        assertThat(r.obs()).isNaN();
        assertThat(r.notes()).anySatisfy(n -> assertThat(n).contains("no crossing"));
    }
}
