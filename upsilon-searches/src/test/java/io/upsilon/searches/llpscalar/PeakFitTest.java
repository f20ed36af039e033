package io.upsilon.searches.llpscalar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import io.upsilon.stats.unbinned.DataSet;
import io.upsilon.stats.unbinned.Exponential;
import io.upsilon.stats.unbinned.Gaussian;
import io.upsilon.stats.unbinned.Observable;
import io.upsilon.stats.unbinned.Parameter;
import io.upsilon.stats.unbinned.ParameterSet;
import io.upsilon.stats.unbinned.SumPdf;
import io.upsilon.stats.unbinned.UnbinnedFitResult;
import io.upsilon.stats.unbinned.UnbinnedFitter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fast per-hypothesis fit against the generic unbinned fitter, and its closure. */
class PeakFitTest {
    private static final double LO = 0.1;
    private static final double HI = 4.0;

    private static double[] data(int background, int signal, double mass, double sigma, String name) {
        RandomStream rng = RandomStreams.of(11).child("peakfit").stream(name);
        BackgroundShape shape = new BackgroundShape(1.5, LO, HI);
        double[] x = new double[background + signal];
        for (int i = 0; i < background; i++) {
            x[i] = shape.sample(rng);
        }
        for (int i = 0; i < signal; i++) {
            x[background + i] = rng.nextGaussian(mass, sigma);
        }
        Arrays.sort(x);
        return x;
    }

    @Test
    void agreesWithTheGenericUnbinnedFitter() {
        double m0 = 2.0;
        double sigma = 0.01;
        double[] x = data(300, 25, m0, sigma, "generic");
        BackgroundShape shape = new BackgroundShape(1.5, LO, HI);
        PeakFit.Result fast = PeakFit.fit(x, m0, sigma, shape);

        // The same model in io.upsilon.stats.unbinned (its exponential is exp(+lambda x)).
        Observable obs = new Observable("mred", LO, HI);
        Gaussian g = new Gaussian(obs, Parameter.constant("m0", m0), Parameter.constant("sigma", sigma));
        Exponential e = new Exponential(obs, Parameter.constant("lambda", -1.5));
        SumPdf model = SumPdf.withYields(
                List.of(g, e), List.of(Parameter.of("ns", 10, 0, 1000), Parameter.of("nb", 300, 0, 2000)));
        DataSet d = DataSet.of(obs, x);
        UnbinnedFitResult full = new UnbinnedFitter(model, d).fit();
        ParameterSet nullStart =
                ParameterSet.of(model).withValue("ns", 0).withFixed("ns", true).withValue("nb", x.length);
        UnbinnedFitResult nul = new UnbinnedFitter(model, d).fit(nullStart);
        assertThat(full.ok()).isTrue();
        // Both minimise the same convex function: the yields agree to the minimisers' tolerances.
        assertThat(fast.signal()).isCloseTo(full.value("ns"), within(0.01 * full.error("ns")));
        assertThat(fast.background()).isCloseTo(full.value("nb"), within(0.01 * full.error("nb")));
        assertThat(fast.q0()).isCloseTo(2 * (nul.nll() - full.nll()), within(0.01));
        // 25 injected events over ~2 expected background events under the peak: a clear excess.
        assertThat(fast.localZ()).isGreaterThan(5);
    }

    @Test
    void recoversAnInjectedYieldOnAverage() {
        double m0 = 1.2;
        double sigma = 0.005;
        BackgroundShape shape = new BackgroundShape(1.5, LO, HI);
        int toys = 200;
        double sum = 0;
        double sum2 = 0;
        for (int t = 0; t < toys; t++) {
            double[] x = data(400, 10, m0, sigma, "toy" + t);
            double s = PeakFit.fit(x, m0, sigma, shape).signal();
            sum += s;
            sum2 += s * s;
        }
        double mean = sum / toys;
        double rms = Math.sqrt(sum2 / toys - mean * mean);
        // Unbiased within 3 standard errors of the mean of 200 toys.
        assertThat(mean).isCloseTo(10, within(3 * rms / Math.sqrt(toys)));
    }

    @Test
    void backgroundOnlyLocalSignificanceIsNearlyStandardNormal() {
        BackgroundShape shape = new BackgroundShape(1.5, LO, HI);
        int toys = 400;
        int above = 0;
        double sum = 0;
        for (int t = 0; t < toys; t++) {
            double z = PeakFit.fit(data(400, 0, 0, 1, "null" + t), 1.5, 0.02, shape)
                    .localZ();
            sum += z;
            if (z > 1) {
                above++;
            }
        }
        // Wilks: P(Z > 1) = 0.159; binomial error of 400 toys 0.018, 3 sigma. Mean near 0 (sd 1/20).
        assertThat(above / (double) toys).isCloseTo(0.159, within(0.055));
        assertThat(sum / toys).isCloseTo(0, within(0.15));
    }

    @Test
    void noEventNearThePeakGivesTheBackgroundOnlyFit() {
        double[] x = {0.2, 0.3, 3.9};
        PeakFit.Result r = PeakFit.fit(x, 2.0, 0.01, new BackgroundShape(0, LO, HI));
        assertThat(r.signal()).isZero();
        assertThat(r.localZ()).isZero();
        assertThat(PeakFit.fit(new double[0], 2.0, 0.01, new BackgroundShape(0, LO, HI))
                        .background())
                .isZero();
    }

    @Test
    void aSingleEventAtThePeakIsFittedAsSignal() {
        // One event, none elsewhere: -ln L = N_s + N_b - ln(N_s g + N_b b) is smallest at N_b -> 0, N_s = 1,
        // so q0 = 2 (1 - ln b(x) - (1 - ln g(x))) = 2 ln(g/b) (the Hessian is singular there).
        double sigma = 0.003;
        BackgroundShape flat = new BackgroundShape(0, LO, HI);
        PeakFit.Result r = PeakFit.fit(new double[] {2.0}, 2.0, sigma, flat);
        assertThat(r.signal()).isCloseTo(1.0, within(0.01));
        double q0 = 2 * Math.log(PeakFit.gauss(2.0, 2.0, sigma) / flat.density(2.0));
        assertThat(r.q0()).isCloseTo(q0, within(0.05));
    }

    @Test
    void theAsimovErrorMatchesTheSpreadOfFittedYields() {
        double m0 = 2.0;
        double sigma = 0.02;
        BackgroundShape shape = new BackgroundShape(1.5, LO, HI);
        int toys = 300;
        double sum = 0;
        double sum2 = 0;
        for (int t = 0; t < toys; t++) {
            double s = PeakFit.fit(data(2000, 0, 0, 1, "asimov" + t), m0, sigma, shape)
                    .signal();
            sum += s;
            sum2 += s * s;
        }
        double mean = sum / toys;
        double rms = Math.sqrt(sum2 / toys - mean * mean);
        // The rms of 300 toys is known to 1/sqrt(600) = 4%; 15% allows the Poisson count of the toys
        // (fixed at 2000 here, while the Asimov error assumes a Poisson total).
        assertThat(rms).isCloseTo(PeakFit.asimovSigma(2000, shape, m0, sigma), within(0.15 * rms));
    }
}
