package io.upsilon.searches.llpscalar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import io.upsilon.searches.SelectionResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lifetime reweighting and mass interpolation of the efficiency against closed forms. */
class EfficiencyMapTest {
    private static final int N = 40_000;

    /**
     * A sample at c tau_0 whose events are "selected" when the proper decay length lies in [a, b]:
     * the efficiency at any c tau is exp(-a/c tau) - exp(-b/c tau). A fifth of the events fail the
     * preselection (not recorded), independently of the decay length.
     */
    static SelectionResult sample(double cTau0, double a, double b, String name) {
        RandomStream rng = RandomStreams.of(5).child("effmap").stream(name);
        SelectionResult r = SelectionResult.empty(LlpScalarSelection.STEPS, LlpScalarSelection.FEATURES.size());
        for (int i = 0; i < N; i++) {
            double l = cTau0 * rng.nextExponential();
            if (rng.nextDouble() < 0.2) {
                r.flow().pass(0, 1.0);
                continue;
            }
            boolean sel = l > a && l < b;
            float[] f = new float[LlpScalarSelection.FEATURES.size()];
            f[LlpScalarSelection.F_TRUE_DECAY_LENGTH] = (float) l;
            f[LlpScalarSelection.F_SELECTED] = sel ? 1f : 0f;
            r.events().add(i, 1.0, 1.0, f);
            r.flow().pass(sel ? 8 : 3, 1.0);
        }
        return r;
    }

    private static double exact(double cTau, double a, double b) {
        return 0.8 * (Math.exp(-a / cTau) - Math.exp(-b / cTau));
    }

    @Test
    void reweightingReproducesTheEfficiencyAtOtherLifetimes() {
        EfficiencyMap.Sample s = new EfficiencyMap.Sample(1.0, 1.0, sample(1.0, 0.2, 3.0, "rw"));
        for (double ct : new double[] {0.3, 1.0, 3.0}) {
            double e = exact(ct, 0.2, 3.0);
            // Binomial error with the reweighted sample's effective size (sum r)^2 / sum r^2 (Kish).
            double err = Math.sqrt(e * (1 - e) / effectiveSize(s, ct));
            assertThat(EfficiencyMap.efficiency(s, ct)).as("c tau %s", ct).isCloseTo(e, within(4 * err));
        }
        assertThat(EfficiencyMap.efficiency(s, 20.0)).isNaN(); // beyond the reach of a factor 10
    }

    private static double effectiveSize(EfficiencyMap.Sample s, double ct) {
        double sr = 0;
        double sr2 = 0;
        for (int i = 0; i < s.result().events().size(); i++) {
            double l = s.result().events().feature(i, LlpScalarSelection.F_TRUE_DECAY_LENGTH);
            double r = s.cTau() / ct * Math.exp(-l / ct + l / s.cTau());
            sr += r;
            sr2 += r * r;
        }
        return sr * sr / sr2;
    }

    @Test
    void interpolatesLinearlyInMassAndIsUndefinedOutside() {
        SelectionResult one = sample(1.0, 0.2, 3.0, "m1");
        SelectionResult two = sample(1.0, 0.5, 3.0, "m2");
        EfficiencyMap map = new EfficiencyMap(
                List.of(new EfficiencyMap.Sample(2.0, 1.0, two), new EfficiencyMap.Sample(1.0, 1.0, one)));
        double e1 = map.efficiency(1.0, 1.0);
        double e2 = map.efficiency(2.0, 1.0);
        assertThat(map.efficiency(1.25, 1.0)).isCloseTo(0.75 * e1 + 0.25 * e2, within(1e-12));
        assertThat(map.efficiency(0.9, 1.0)).isNaN();
        assertThat(map.efficiency(2.1, 1.0)).isNaN();
    }
}
