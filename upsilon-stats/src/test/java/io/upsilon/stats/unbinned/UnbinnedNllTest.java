package io.upsilon.stats.unbinned;

import static io.upsilon.stats.unbinned.TestPdfs.p;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import java.util.List;
import org.junit.jupiter.api.Test;

/** NLL values by hand and gradients against analytic derivatives and independent finite differences. */
class UnbinnedNllTest {

    private final RandomStreams streams = RandomStreams.of(20261122).child("unbinned-nll");

    @Test
    void gaussianValueAndGradientAreAnalytic() {
        // On ±12 sigma the truncation is ~1e-33: the NLL is Σ (x-mu)^2/(2 s^2) + N ln(s sqrt(2 pi)).
        Observable x = new Observable("x", -12, 12);
        Gaussian g = new Gaussian(x, p("mu", 0.2), p("sigma", 1.1));
        RandomStream rng = streams.stream("gauss");
        double[] data = new double[5000];
        for (int i = 0; i < data.length; i++) {
            data[i] = rng.nextGaussian(0.1, 1.0);
        }
        ParameterSet ps = ParameterSet.of(g);
        UnbinnedNll nll = new UnbinnedNll(g, ps, DataSet.of(x, data));
        double mu = 0.2;
        double s = 1.1;
        double sum1 = 0;
        double sum2 = 0;
        for (double v : data) {
            sum1 += v - mu;
            sum2 += (v - mu) * (v - mu);
        }
        int n = data.length;
        double expected = sum2 / (2 * s * s) + n * Math.log(s * Math.sqrt(2 * Math.PI));
        double[] grad = new double[2];
        double value = nll.valueAndGradient(new double[] {mu, s}, grad);
        assertThat(value).isCloseTo(expected, within(1e-12 * expected));
        // Central differences with h = 1e-6 |theta|: truncation ~h^2 relative, rounding ~1e-16 / h per
        // event; 1e-7 of the gradient's scale (N / sigma) covers both with a wide margin.
        double gMu = -sum1 / (s * s);
        double gSigma = n / s - sum2 / (s * s * s);
        double scale = n / s;
        assertThat(grad[0]).isCloseTo(gMu, within(1e-7 * scale));
        assertThat(grad[1]).isCloseTo(gSigma, within(1e-7 * scale));
    }

    @Test
    void extendedSumGradientMatchesFivePointDifferencesOfTheValue() {
        Observable mbc = new Observable("mbc", 5.2, 5.29);
        CrystalBall sig = new CrystalBall(
                mbc,
                Parameter.of("mu", 5.2795, 5.27, 5.29),
                Parameter.of("sigma", 0.0027, 0.001, 0.01),
                Parameter.of("alpha", 1.4, 0.1, 5),
                Parameter.of("n", 4, 0.5, 50));
        Argus bkg = new Argus(mbc, Parameter.constant("m0", 5.29), Parameter.of("c", -25, -100, 0));
        SumPdf model = SumPdf.withYields(
                List.of(sig, bkg), List.of(Parameter.of("nsig", 300, 0, 1e5), Parameter.of("nbkg", 900, 0, 1e5)));
        ParameterSet truth = ParameterSet.of(model);
        DataSet data = ToyGenerator.sample(model, truth, 1200, streams.stream("cb-argus"));
        ParameterSet ps = truth.withValue("mu", 5.2791)
                .withValue("sigma", 0.0031)
                .withValue("c", -19)
                .withValue("nsig", 280);
        UnbinnedNll nll = new UnbinnedNll(model, ps, data);
        assertThat(nll.extended()).isTrue();
        double[] x = ps.values();
        double[] grad = new double[x.length];
        double f0 = nll.valueAndGradient(x, grad);
        // extended NLL by hand: nu - Σ ln(Σ_j N_j p_j)
        assertThat(f0).isCloseTo(extendedByHand(sig, bkg, ps, data), within(1e-9 * Math.abs(f0)));
        boolean[] fixed = ps.fixedMask();
        for (int j = 0; j < x.length; j++) {
            if (fixed[j]) {
                assertThat(grad[j]).isEqualTo(0.0);
                continue;
            }
            // The CB's second derivative jumps at the tail junction, so a stencil wider than a small
            // fraction of sigma picks up O(h) errors from the events near it: steps of 1e-7 of the
            // value keep that below 1e-6 relative; the 5-point rounding error eps |NLL| / h is ~1e-8
            // relative. Tolerance 1e-5 relative (absolute floor 1e-8 of the NLL per unit step).
            double h = 1e-7 * Math.max(Math.abs(x[j]), ps.get(j).step());
            double d = fivePoint(nll, x, j, h);
            double tol = Math.max(1e-5 * Math.abs(d), 1e-8 * Math.abs(f0));
            assertThat(grad[j]).as("d NLL / d %s", ps.get(j).name()).isCloseTo(d, within(tol));
        }
    }

    @Test
    void gradientAtABoundIsOneSided() {
        Observable x = new Observable("x", 0, 1);
        Exponential e = new Exponential(x, Parameter.of("lambda", 0, 0, 5));
        double[] v = new double[200];
        for (int i = 0; i < v.length; i++) {
            v[i] = (i + 0.5) / v.length;
        }
        ParameterSet ps = ParameterSet.of(e);
        UnbinnedNll nll = new UnbinnedNll(e, ps, DataSet.of(x, v));
        double[] g = new double[1];
        nll.valueAndGradient(new double[] {0}, g);
        // d/dlambda of -Σ (lambda x - ln((e^lambda - 1)/lambda)) at 0 is -Σ x + N/2 = 0 for this symmetric data
        assertThat(g[0]).isCloseTo(0.0, within(1e-4));
        // an invalid point gives NaN, never an exception
        Gaussian gs = new Gaussian(x, p("mu", 0.5), p("sigma", 0.2));
        UnbinnedNll bad = new UnbinnedNll(gs, ParameterSet.of(gs), DataSet.of(x, v));
        assertThat(bad.value(new double[] {0.5, -0.1})).isNaN();
    }

    @Test
    void productNllIsTheSumOfItsFactorsAndFractionsMixComponents() {
        // Independent observables: -ln(p_x p_y) = -ln p_x - ln p_y event by event.
        Observable ox = new Observable("x", 0, 1);
        Observable oy = new Observable("y", -1, 2);
        Gaussian gx = new Gaussian(ox, p("mx", 0.4), p("sx", 0.2));
        Exponential ey = new Exponential(oy, p("ly", -0.8));
        ProductPdf prod = new ProductPdf(List.of(gx, ey));
        ParameterSet ps = ParameterSet.of(prod);
        DataSet data = ToyGenerator.sample(prod, ps, 500, streams.stream("product"));
        assertThat(data.observables()).containsExactly(ox, oy);
        double both = new UnbinnedNll(prod, ps, data).value(ps.values());
        double onlyX = new UnbinnedNll(gx, ParameterSet.of(gx), DataSet.of(ox, data.column("x")))
                .value(ParameterSet.of(gx).values());
        double onlyY = new UnbinnedNll(ey, ParameterSet.of(ey), DataSet.of(oy, data.column("y")))
                .value(ParameterSet.of(ey).values());
        assertThat(both).isCloseTo(onlyX + onlyY, within(1e-12 * Math.abs(both)));
        // Fractions: f p_1 + (1 - f) p_2 at a point, against the components' own densities
        Exponential ex = new Exponential(ox, p("lx", 1.5));
        SumPdf mix = SumPdf.withFractions(List.of(gx, ex), List.of(Parameter.of("f", 0.3, 0, 1)));
        assertThat(mix.extended()).isFalse();
        ParameterSet mp = ParameterSet.of(mix);
        DataSet one = DataSet.of(ox, new double[] {0.55});
        double expected = -Math.log(0.3 * gx.density(0.55) + 0.7 * ex.density(0.55));
        assertThat(new UnbinnedNll(mix, mp, one).value(mp.values())).isCloseTo(expected, within(1e-14));
    }

    @Test
    void cachedSumPathAgreesWithTheGenericPath() {
        // A sum at the top level takes the cached path (analytic fraction derivatives, shapes per
        // component); the same sum wrapped in a one-factor product takes the generic per-event
        // difference of the whole density. Values agree to rounding, gradients to the O(h^2)
        // truncation of the generic path (1e-6 of the gradient's scale N / sigma).
        Observable o = new Observable("x", 0, 10);
        Gaussian g = new Gaussian(o, Parameter.of("mu", 5, 3, 7), Parameter.of("sigma", 0.5, 0.05, 3));
        Exponential e = new Exponential(o, Parameter.of("lambda", -0.3, -3, 3));
        SumPdf mix = SumPdf.withFractions(List.of(g, e), List.of(Parameter.of("f", 0.3, 0, 1)));
        ProductPdf wrapped = new ProductPdf(List.of(mix));
        ParameterSet ps = ParameterSet.of(mix);
        DataSet data = ToyGenerator.sample(mix, ps, 3000, streams.stream("paths"));
        double[] x = ps.withValue("mu", 5.1).withValue("f", 0.25).values();
        double[] g1 = new double[x.length];
        double[] g2 = new double[x.length];
        double v1 = new UnbinnedNll(mix, ps, data).valueAndGradient(x, g1);
        double v2 = new UnbinnedNll(wrapped, ps, data).valueAndGradient(x, g2);
        assertThat(v1).isCloseTo(v2, within(1e-12 * Math.abs(v1)));
        for (int j = 0; j < x.length; j++) {
            assertThat(g1[j]).as("d/d %s", ps.get(j).name()).isCloseTo(g2[j], within(1e-6 * 3000 / 0.5));
        }
    }

    private static double fivePoint(UnbinnedNll nll, double[] x, int j, double h) {
        double[] y = x.clone();
        double[] f = new double[4];
        double[] offs = {-2, -1, 1, 2};
        for (int k = 0; k < 4; k++) {
            y[j] = x[j] + offs[k] * h;
            f[k] = nll.value(y);
        }
        return (f[0] - 8 * f[1] + 8 * f[2] - f[3]) / (12 * h);
    }

    private static double extendedByHand(ShapePdf sig, ShapePdf bkg, ParameterSet ps, DataSet data) {
        double ns = ps.get("nsig").value();
        double nb = ps.get("nbkg").value();
        var fs = sig.densityFunction(ps);
        var fb = bkg.densityFunction(ps);
        double sum = ns + nb;
        for (double m : data.column("mbc")) {
            sum -= Math.log(ns * fs.applyAsDouble(m) + nb * fb.applyAsDouble(m));
        }
        return sum;
    }
}
