package io.upsilon.stats.unbinned;

import static org.assertj.core.api.Assertions.assertThat;

import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Fit closure over 200 toys per model: generate at the true values, fit from them, and look at the
 * pulls (fitted - true) / Hessian error of every free parameter.
 *
 * <p>Tolerances: with N = 200 toys the pull mean has a standard error of 1/sqrt(200) = 0.071, so it
 * must lie within 3/sqrt(200) = 0.21 of 0; the sample width has a standard error of
 * 1/sqrt(2 N) = 0.05, so it must lie within 0.15 (3 standard errors, the "10-15%") of 1.
 * Every toy fit must converge with a positive-definite Hessian. Toys run in parallel, each from its
 * own named stream ({@code toy[i]}), so the result does not depend on scheduling.
 */
class FitClosureTest {

    private static final int TOYS = 200;

    /** Pull statistics of one parameter. */
    record Pulls(String name, double mean, double width) {}

    static List<Pulls> closure(Pdf model, ParameterSet truth, int events, String seedName) {
        RandomStreams root = RandomStreams.of(20261122).child("closure").child(seedName);
        List<String> free = truth.parameters().stream()
                .filter(p -> !p.fixed())
                .map(Parameter::name)
                .toList();
        double[][] pulls = new double[TOYS][];
        String[] failures = new String[TOYS];
        IntStream.range(0, TOYS).parallel().forEach(i -> {
            RandomStream rng = root.child("toy", i).stream("data");
            DataSet data = model.extended()
                    ? ToyGenerator.sampleExtended(model, truth, rng)
                    : ToyGenerator.sample(model, truth, events, rng);
            UnbinnedFitResult r = new UnbinnedFitter(model, data).fit(truth);
            if (!r.ok()) {
                failures[i] = "toy " + i + ": " + r;
                return;
            }
            double[] p = new double[free.size()];
            for (int k = 0; k < p.length; k++) {
                String n = free.get(k);
                p[k] = (r.value(n) - truth.get(n).value()) / r.error(n);
            }
            pulls[i] = p;
        });
        for (String f : failures) {
            assertThat(f).as("every toy fit converges").isNull();
        }
        List<Pulls> out = new java.util.ArrayList<>();
        for (int k = 0; k < free.size(); k++) {
            double s = 0;
            double s2 = 0;
            for (double[] p : pulls) {
                s += p[k];
                s2 += p[k] * p[k];
            }
            double mean = s / TOYS;
            double width = Math.sqrt((s2 - TOYS * mean * mean) / (TOYS - 1));
            out.add(new Pulls(free.get(k), mean, width));
            System.out.printf("closure %-12s %-8s pull mean %+.3f width %.3f%n", seedName, free.get(k), mean, width);
        }
        return out;
    }

    static void assertClosure(List<Pulls> pulls) {
        for (Pulls p : pulls) {
            assertThat(Math.abs(p.mean())).as("pull mean of %s", p.name()).isLessThan(3 / Math.sqrt(TOYS));
            assertThat(Math.abs(p.width() - 1)).as("pull width of %s", p.name()).isLessThan(0.15);
        }
    }

    @Test
    void gaussianPlusExponentialExtended() {
        Observable x = new Observable("x", 0, 10);
        Gaussian sig = new Gaussian(x, Parameter.of("mu", 5, 3, 7), Parameter.of("sigma", 0.5, 0.05, 3));
        Exponential bkg = new Exponential(x, Parameter.of("lambda", -0.3, -3, 3));
        SumPdf model = SumPdf.withYields(
                List.of(sig, bkg), List.of(Parameter.of("nsig", 300, 0, 1e4), Parameter.of("nbkg", 700, 0, 1e4)));
        assertClosure(closure(model, ParameterSet.of(model), 0, "gauss-exp"));
    }

    @Test
    void crystalBall() {
        Observable x = new Observable("x", -6, 4);
        CrystalBall cb = new CrystalBall(
                x,
                Parameter.of("mu", 0, -1, 1),
                Parameter.of("sigma", 1, 0.2, 3),
                Parameter.of("alpha", 1.2, 0.2, 5),
                Parameter.constant("n", 3));
        assertClosure(closure(cb, ParameterSet.of(cb), 2000, "crystal-ball"));
    }

    @Test
    void endpointFunction() {
        // A tau-pseudomass-like edge at 1.777 GeV, 8 MeV wide (resolution and ISR smear it), the
        // density falling from 1.63 to 0.37 across it (p3 = -0.4); p4 and p5 fixed at 0. With p5
        // free as well, fits of 3000 events often run to its bounds: on a 150 MeV window the slope
        // mostly rescales the "+1" and p3. 10000 events: at 5000 the edge width p2 showed an ML
        // small-sample bias of -0.21 in pull units (a width estimator's O(1/N) bias; the real
        // analysis, Belle II PRD 108, 032006, corrects the edge for its estimator bias with simulation), which
        // shrinks as 1/sqrt(N) in pull units.
        Observable m = new Observable("mmin", 1.70, 1.85);
        EndpointFunction ef = new EndpointFunction(
                m,
                Parameter.of("p1", 1.777, 1.76, 1.79),
                Parameter.of("p2", 0.008, 0.0005, 0.03),
                Parameter.of("p3", -0.4, -0.63, 0.0),
                Parameter.constant("p4", 0),
                Parameter.constant("p5", 0));
        assertClosure(closure(ef, ParameterSet.of(ef), 10000, "endpoint"));
    }
}
