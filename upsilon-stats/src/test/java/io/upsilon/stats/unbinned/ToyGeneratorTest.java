package io.upsilon.stats.unbinned;

import static io.upsilon.stats.unbinned.TestPdfs.p;
import static io.upsilon.stats.unbinned.TestPdfs.x;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.core.random.RandomStreams;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Toys follow their PDF (Kolmogorov–Smirnov against the closed-form CDF) and are reproducible. */
class ToyGeneratorTest {

    private final RandomStreams streams = RandomStreams.of(20261122).child("toys");

    /** KS distance between the sample and the PDF's CDF (from its analytic sub-range integrals). */
    static double ksDistance(ShapePdf pdf, double[] sample) {
        double[] s = sample.clone();
        Arrays.sort(s);
        ParameterSet v = ParameterSet.of(pdf);
        double lo = pdf.observable().lower();
        double d = 0;
        for (int i = 0; i < s.length; i++) {
            double cdf = pdf.probability(lo, s[i], v);
            d = Math.max(
                    d, Math.max(Math.abs(cdf - (double) i / s.length), Math.abs(cdf - (double) (i + 1) / s.length)));
        }
        return d;
    }

    @Test
    void samplesFollowEveryAnalyticPdf() {
        // KS critical value at p = 1e-4 is 1.95 / sqrt(n); across the ~25 PDFs a false alarm has a
        // chance of ~2.5e-3 for a fixed seed (and the seed is fixed, so the test is deterministic).
        int n = 4000;
        for (ShapePdf pdf : TestPdfs.all()) {
            if (pdf instanceof GaussianConvolution) {
                continue; // its sub-range probabilities are a slow numerical double integral; see below
            }
            double[] sample = ToyGenerator.sample(pdf, ParameterSet.of(pdf), n, streams.stream(pdf.toString()))
                    .column("x");
            assertThat(ksDistance(pdf, sample)).as("KS of %s", pdf).isLessThan(1.95 / Math.sqrt(n));
        }
        GaussianConvolution conv =
                new GaussianConvolution(new Exponential(x(0, 10), p("lambda", -0.7)), p("b", 0.1), p("r", 0.3));
        double[] sample = ToyGenerator.sample(conv, ParameterSet.of(conv), 1000, streams.stream("conv"))
                .column("x");
        assertThat(ksDistance(conv, sample)).isLessThan(1.95 / Math.sqrt(1000));
    }

    @Test
    void narrowPeakOnAWideRangeIsFound() {
        // A Breit-Wigner 1e-5 wide on a range of 10: far narrower than the first 1000-cell grid; the
        // Simpson check refines the envelope until the peak is resolved.
        BreitWigner bw = new BreitWigner(x(0, 10), p("m", 3.3333), p("gamma", 1e-5));
        double[] s = ToyGenerator.sample(bw, ParameterSet.of(bw), 2000, streams.stream("narrow"))
                .column("x");
        assertThat(ksDistance(bw, s)).isLessThan(1.95 / Math.sqrt(2000));
    }

    @Test
    void extendedToysArePoissonAndReproducible() {
        Gaussian g = new Gaussian(x(0, 1), p("mu", 0.5), p("sigma", 0.1));
        Exponential e = new Exponential(x(0, 1), p("l", -1));
        SumPdf model = SumPdf.withYields(
                List.of(g, e), List.of(Parameter.of("ns", 30, 0, 1e3), Parameter.of("nb", 70, 0, 1e3)));
        ParameterSet v = ParameterSet.of(model);
        double sum = 0;
        double sum2 = 0;
        int toys = 400;
        for (int i = 0; i < toys; i++) {
            int n = ToyGenerator.sampleExtended(model, v, streams.child("poisson", i).stream("toy"))
                    .size();
            sum += n;
            sum2 += (double) n * n;
        }
        double mean = sum / toys;
        double var = sum2 / toys - mean * mean;
        // mean 100 +- 0.5 (sqrt(100/400)); variance 100 +- ~7: bounds at ~4 standard errors
        assertThat(mean).isCloseTo(100, within(2.0));
        assertThat(var).isCloseTo(100, within(30.0));
        double[] a =
                ToyGenerator.sampleExtended(model, v, streams.stream("same")).column("x");
        double[] b =
                ToyGenerator.sampleExtended(model, v, streams.stream("same")).column("x");
        assertThat(a).containsExactly(b);
    }
}
