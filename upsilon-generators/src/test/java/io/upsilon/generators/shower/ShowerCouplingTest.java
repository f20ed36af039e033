package io.upsilon.generators.shower;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ShowerCouplingTest {
    @Test
    void reproducesPythia8DefaultShowerCoupling() {
        // Reference: PYTHIA 8.302's AlphaStrong initialised as its final-state shower does by default
        // (init(0.1365, order 1, nfmax 5, no CMW); thresholds 1.5 and 4.8 GeV), printed by a
        // throwaway driver. The formula is the same, so only rounding may differ: 1e-9.
        ShowerCoupling as = ShowerCoupling.pythiaDefault();
        double[][] reference = {
            {91.188, 0.1365000000},
            {10.58, 0.2128667754},
            {4.8, 0.2678524257},
            {3.0, 0.3215395408},
            {1.5, 0.4564704304},
            {1.0, 0.6211425413},
            {0.5, 1.6205453502}
        };
        for (double[] r : reference) {
            assertThat(as.atScale2(r[0] * r[0])).as("alpha_s(%s GeV)", r[0]).isCloseTo(r[1], within(1e-9));
        }
        assertThat(as.lambda3()).isCloseTo(0.3249942946, within(1e-9));
    }

    @Test
    void isContinuousAtTheFlavourThresholds() {
        ShowerCoupling as = new ShowerCoupling(0.118);
        for (double m : new double[] {ShowerCoupling.CHARM_THRESHOLD, ShowerCoupling.BOTTOM_THRESHOLD}) {
            double below = as.atScale2(m * m * (1 - 1e-12));
            double above = as.atScale2(m * m * (1 + 1e-12));
            assertThat(above).isCloseTo(below, within(1e-9));
        }
        assertThat(as.atScale2(10 * 10)).isLessThan(as.atScale2(2 * 2));
    }

    @Test
    void rejectsScalesAtOrBelowLambdaAndBadValues() {
        ShowerCoupling as = ShowerCoupling.pythiaDefault();
        assertThatThrownBy(() -> as.atScale2(0.1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ShowerCoupling(0.3)).isInstanceOf(IllegalArgumentException.class);
    }
}
