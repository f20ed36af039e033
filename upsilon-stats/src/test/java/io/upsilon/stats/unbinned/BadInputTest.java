package io.upsilon.stats.unbinned;

import static io.upsilon.stats.unbinned.TestPdfs.p;
import static io.upsilon.stats.unbinned.TestPdfs.x;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.upsilon.core.error.InputException;
import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import io.upsilon.stats.fit.FitStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bad definitions fail at construction with a clear message; bad parameter values during fits do not throw. */
class BadInputTest {

    @Test
    void nonPositiveWidthsThrowForEveryDrawnValue() {
        // property: any width <= 0 (drawn from a named stream, including 0 and -0) is rejected by name
        RandomStream rng = RandomStreams.of(7).child("bad-input").stream("widths");
        Observable o = x(-1, 1);
        for (int i = 0; i < 200; i++) {
            double w = i == 0 ? 0.0 : i == 1 ? -0.0 : -Math.abs(rng.nextGaussian()) * Math.pow(10, rng.nextInt(7) - 3);
            assertThatThrownBy(() -> new Gaussian(o, p("mu", 0), Parameter.of("sigma", w)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("Gaussian sigma must be > 0")
                    .hasMessageContaining("'sigma'");
            assertThatThrownBy(() -> new BreitWigner(o, p("m", 0), Parameter.of("gamma", w)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("width");
            assertThatThrownBy(() -> new CrystalBall(o, p("mu", 0), Parameter.of("sigma", w), p("a", 1), p("n", 2)))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() ->
                            new GaussianConvolution(new Exponential(o, p("l", -1)), p("b", 0), Parameter.of("r", w)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("resolution sigma");
        }
        assertThatThrownBy(() -> new CrystalBall(o, p("mu", 0), p("sigma", 1), p("a", -1), p("n", 2)))
                .hasMessageContaining("alpha");
        assertThatThrownBy(() -> new CrystalBall(o, p("mu", 0), p("sigma", 1), p("a", 1), p("n", 0)))
                .hasMessageContaining("n must be > 0");
    }

    @Test
    void badRangesParametersAndCompositions() {
        assertThatThrownBy(() -> new Observable("x", 1, 1)).hasMessageContaining("lower < upper");
        assertThatThrownBy(() -> new Observable("x", 0, Double.POSITIVE_INFINITY))
                .hasMessageContaining("finite");
        assertThatThrownBy(() -> Parameter.of("a", 5, 0, 1)).hasMessageContaining("inside [0.0, 1.0]");
        assertThatThrownBy(() -> Parameter.of("a", Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Argus(x(-1, 1), p("m0", 1), p("c", -1))).hasMessageContaining(">= 0");
        // an endpoint function that is negative on the range
        assertThatThrownBy(() -> TestPdfs.endpoint(1.777, 0.003, -1.5, 0, 0)).hasMessageContaining("not positive");
        Gaussian a = new Gaussian(x(0, 1), p("mu", 0.5), p("sigma", 0.1));
        Gaussian b = new Gaussian(x(0, 2), p("mu2", 0.5), p("sigma2", 0.1));
        assertThatThrownBy(() -> SumPdf.withFractions(List.of(a, b), List.of(p("f", 0.5))))
                .hasMessageContaining("same observables");
        assertThatThrownBy(() -> SumPdf.withFractions(List.of(a, a), List.of()))
                .hasMessageContaining("needs 1 fractions");
        assertThatThrownBy(() -> SumPdf.withYields(List.of(a), List.of(Parameter.of("n", -1))))
                .hasMessageContaining(">= 0");
        assertThatThrownBy(() -> new ProductPdf(List.of(a, a))).hasMessageContaining("share observable");
        // the same name with different settings
        Gaussian c = new Gaussian(x(0, 1), p("mu", 0.4), p("sigma", 0.1));
        assertThatThrownBy(() -> SumPdf.withFractions(List.of(a, c), List.of(p("f", 0.5))))
                .hasMessageContaining("declared twice");
    }

    @Test
    void dataOutsideTheRangeIsAnInputError() {
        Observable o = x(0, 1);
        assertThatThrownBy(() -> DataSet.of(o, new double[] {0.1, 0.5, 1.5}))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("event 2")
                .hasMessageContaining("not inside the range [0.0, 1.0]");
        assertThatThrownBy(() -> DataSet.of(o, new double[] {Double.NaN})).isInstanceOf(InputException.class);
        Gaussian g = new Gaussian(x(0, 2), p("mu", 0.5), p("sigma", 0.1));
        DataSet d = DataSet.of(o, new double[] {0.5});
        assertThatThrownBy(() -> new UnbinnedNll(g, ParameterSet.of(g), d)).hasMessageContaining("range");
    }

    @Test
    void aFitThatCannotStartReportsFailureInsteadOfNaN() {
        // The Chebychev series 1 + 2 T1 is negative on part of the range at the start; a fit from
        // there must come back FAILED with a message, not throw or return NaN silently.
        Observable o = x(0, 1);
        Chebychev ch = new Chebychev(o, List.of(Parameter.of("c1", 0.1, -5, 5)));
        DataSet d = DataSet.of(o, new double[] {0.01, 0.2, 0.5, 0.7, 0.9});
        UnbinnedFitResult r = new UnbinnedFitter(ch, d).fit(ParameterSet.of(ch).withValue("c1", 2));
        assertThat(r.status()).isEqualTo(FitStatus.FAILED);
        assertThat(r.message()).contains("not finite");
        assertThat(r.ok()).isFalse();
    }
}
