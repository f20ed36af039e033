package io.upsilon.stats.unbinned;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Profile-likelihood (MINOS-like) intervals against closed forms and the Hessian. */
class ProfileIntervalTest {

    private final RandomStreams streams = RandomStreams.of(20261122).child("profile");

    @Test
    void gaussianMeanIntervalIsExactAndMatchesTheHessian() {
        // Gaussian on ±12 sigma (truncation ~1e-33): profiling sigma out, NLL_p(mu) = (N/2) ln(s^2 +
        // (mu - xbar)^2) + const with s^2 the ML variance, so the ±1 sigma interval is
        // xbar ± s sqrt(e^(1/N) - 1) exactly, while the Hessian error is s / sqrt(N): they differ by
        // a factor 1 + 1/(4N) + O(N^-2), 2.5e-4 for N = 1000.
        Observable x = new Observable("x", -12, 12);
        Gaussian g = new Gaussian(x, Parameter.of("mu", 0, -5, 5), Parameter.of("sigma", 1, 0.1, 5));
        RandomStream rng = streams.stream("gauss");
        double[] v = new double[1000];
        for (int i = 0; i < v.length; i++) {
            v[i] = rng.nextGaussian(0.3, 1.0);
        }
        UnbinnedFitter fitter = new UnbinnedFitter(g, DataSet.of(x, v));
        UnbinnedFitResult best = fitter.fit();
        assertThat(best.ok()).isTrue();
        double mean = 0;
        for (double e : v) {
            mean += e;
        }
        mean /= v.length;
        double var = 0;
        for (double e : v) {
            var += (e - mean) * (e - mean);
        }
        var /= v.length;
        int n = v.length;
        // fitted values and Hessian error against the closed forms (1e-7: the fit converges to EDM
        // 1e-10, i.e. ~1e-5 of an error in the values, and the Hessian is a finite difference)
        assertThat(best.value("mu")).isCloseTo(mean, within(1e-6 * Math.sqrt(var / n)));
        assertThat(best.value("sigma")).isCloseTo(Math.sqrt(var), within(1e-6 * Math.sqrt(var / n)));
        double hessian = best.error("mu");
        // the Hessian is a central difference (step 1e-5) of the finite-difference gradient: 1e-5 relative
        assertThat(hessian).isCloseTo(Math.sqrt(var / n), within(1e-5 * hessian));

        ProfileInterval iv = fitter.profileInterval(best, "mu", 0.682689492137086);
        assertThat(iv.ok()).as(iv.message()).isTrue();
        assertThat(iv.deltaNll()).isCloseTo(0.5, within(1e-12));
        double exact = Math.sqrt(var * Math.expm1(1.0 / n));
        // root found to 1e-7 of the error, conditional fits to EDM 1e-10: 1e-5 relative
        assertThat(iv.errorLow()).isCloseTo(exact, within(1e-5 * exact));
        assertThat(iv.errorHigh()).isCloseTo(exact, within(1e-5 * exact));
        // MINOS = Hessian up to the 1/(4N) = 2.5e-4 effect above; 1e-3 relative
        assertThat(iv.errorHigh()).isCloseTo(hessian, within(1e-3 * hessian));
        assertThat(iv.errorLow()).isCloseTo(hessian, within(1e-3 * hessian));
        System.out.printf(
                "profile: Hessian %.8f, MINOS -%.8f +%.8f, exact %.8f%n",
                hessian, iv.errorLow(), iv.errorHigh(), exact);
        // 2 sigma: e^(4/N) - 1
        ProfileInterval two = fitter.profileInterval(best, "mu", 0.954499736103642);
        double exact2 = Math.sqrt(var * Math.expm1(4.0 / n));
        assertThat(two.errorHigh()).isCloseTo(exact2, within(1e-5 * exact2));
    }

    @Test
    void smallYieldIntervalIsAsymmetricAndCanEndAtTheBound() {
        // Few signal events on a flat background: the yield's profile is skewed (upper error larger
        // than lower), and with no signal at all the lower end sits at the bound 0.
        Observable x = new Observable("x", 0, 10);
        Gaussian sig = new Gaussian(x, Parameter.constant("mu", 5), Parameter.constant("sigma", 0.3));
        Chebychev flat = new Chebychev(x, List.of());
        SumPdf model = SumPdf.withYields(
                List.of(sig, flat), List.of(Parameter.of("nsig", 5, 0, 1000), Parameter.of("nbkg", 200, 0, 10000)));
        ParameterSet truth = ParameterSet.of(model);
        DataSet data = ToyGenerator.sample(model, truth, 205, streams.stream("small-yield"));
        UnbinnedFitter fitter = new UnbinnedFitter(model, data);
        UnbinnedFitResult best = fitter.fit();
        ProfileInterval iv = fitter.profileInterval("nsig", 0.6827);
        assertThat(iv.best()).isCloseTo(best.value("nsig"), within(1e-6));
        assertThat(iv.ok()).as(iv.message()).isTrue();
        assertThat(iv.errorHigh()).isGreaterThan(iv.errorLow());

        DataSet bkgOnly = ToyGenerator.sample(flat, truth, 200, streams.stream("no-signal"));
        UnbinnedFitter f0 = new UnbinnedFitter(model, bkgOnly);
        UnbinnedFitResult b0 = f0.fit(truth.withValue("nsig", 0));
        ProfileInterval i0 = f0.profileInterval(b0, "nsig", 0.6827);
        if (b0.value("nsig") == 0) {
            assertThat(i0.lowerAtBound()).isTrue();
            assertThat(i0.lower()).isEqualTo(0.0);
        }
        assertThat(i0.upper()).isGreaterThan(b0.value("nsig"));
    }
}
