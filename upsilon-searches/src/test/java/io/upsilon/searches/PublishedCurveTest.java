package io.upsilon.searches;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.searches.alp3gamma.Alp3GammaSearch;
import org.junit.jupiter.api.Test;

class PublishedCurveTest {
    @Test
    void interpolatesLinearlyInMassAndLogarithmicallyInTheLimit() {
        PublishedCurve c = new PublishedCurve(new double[] {1, 3}, new double[] {1e-3, 1e-1});
        assertThat(c.at(2)).isCloseTo(1e-2, within(1e-15)); // the geometric mean halfway
        assertThat(c.at(1)).isCloseTo(1e-3, within(1e-18));
        assertThat(c.at(0.5)).isNaN();
        assertThat(c.at(3.5)).isNaN();
    }

    @Test
    void readsABundledCurveSkippingItsHeader() {
        PublishedCurve c = PublishedCurve.resource(Alp3GammaSearch.class, "belle2-2020-observed-gagg.tsv");
        assertThat(c.mass().length).isGreaterThan(5);
        assertThat(java.util.Arrays.stream(c.limit()).allMatch(x -> x > 0)).isTrue();
        assertThatThrownBy(() -> PublishedCurve.resource(Alp3GammaSearch.class, "no-such.tsv"))
                .hasMessageContaining("missing resource no-such.tsv");
    }

    @Test
    void rejectsUnorderedMassesAndNonPositiveLimits() {
        assertThatThrownBy(() -> new PublishedCurve(new double[] {2, 1}, new double[] {1, 1}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PublishedCurve(new double[] {1, 2}, new double[] {1, 0}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
