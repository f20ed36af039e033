package io.upsilon.stats.unbinned;

import java.util.ArrayList;
import java.util.List;

/** PDFs at representative (and some awkward) parameter points, shared by the tests. */
final class TestPdfs {

    private TestPdfs() {}

    static Parameter p(String name, double value) {
        return Parameter.of(name, value);
    }

    /** An observable named x on [lo, hi]. */
    static Observable x(double lo, double hi) {
        return new Observable("x", lo, hi);
    }

    /** Every one-dimensional PDF, several parameter points each. */
    static List<ShapePdf> all() {
        List<ShapePdf> l = new ArrayList<>();
        // Gaussian: central, truncated on one side, far tail (range 6-10 sigma above the mean)
        l.add(new Gaussian(x(-5, 5), p("mu", 0.3), p("sigma", 1.2)));
        l.add(new Gaussian(x(5.2, 5.3), p("mu", 5.279), p("sigma", 0.003)));
        l.add(new Gaussian(x(6, 10), p("mu", 0), p("sigma", 1)));
        // Crystal Ball: typical, n close to 1 and n < 1 (allowed on a finite range), tail only
        l.add(new CrystalBall(x(5.0, 5.3), p("mu", 5.279), p("sigma", 0.003), p("alpha", 1.5), p("n", 3)));
        l.add(new CrystalBall(x(-10, 4), p("mu", 0), p("sigma", 1), p("alpha", 0.8), p("n", 1.0000001)));
        l.add(new CrystalBall(x(-10, 4), p("mu", 0), p("sigma", 1), p("alpha", 2.2), p("n", 0.7)));
        l.add(new CrystalBall(x(-30, -3), p("mu", 0), p("sigma", 1), p("alpha", 1), p("n", 40)));
        // Double-sided Crystal Ball, with a shared n
        l.add(new DoubleCrystalBall(
                x(-8, 9), p("mu", 0.2), p("sigma", 0.9), p("aL", 1.1), p("nL", 2.5), p("aH", 1.7), p("nH", 6)));
        Parameter nShared = p("n", 4);
        l.add(new DoubleCrystalBall(x(-3, 3), p("mu", 0), p("sigma", 1), p("aL", 0.5), nShared, p("aH", 0.4), nShared));
        // ARGUS: B-factory Mbc background, c = 0, c > 0, small |c|, range beyond m0
        l.add(new Argus(x(5.2, 5.29), p("m0", 5.29), p("c", -20)));
        l.add(new Argus(x(5.2, 5.3), p("m0", 5.289), p("c", 0)));
        l.add(new Argus(x(0, 1), p("m0", 1), p("c", 3)));
        l.add(new Argus(x(0.5, 2), p("m0", 1.5), p("c", -1e-5)));
        l.add(new Argus(x(0.5, 2), p("m0", 1.5), p("c", -200)));
        // Exponential: falling, rising steeply, flat
        l.add(new Exponential(x(5.2, 5.3), p("lambda", -30)));
        l.add(new Exponential(x(0, 100), p("lambda", 5)));
        l.add(new Exponential(x(-1, 1), Parameter.of("lambda", 0, -10, 10)));
        // Chebychev: orders 0..4
        l.add(new Chebychev(x(0, 3), List.of()));
        l.add(new Chebychev(x(0, 3), List.of(p("c1", 0.3))));
        l.add(new Chebychev(x(-2, 7), List.of(p("c1", -0.4), p("c2", 0.2), p("c3", 0.1), p("c4", -0.05))));
        // Breit-Wigner: centred, peak far outside (the same-side arctan branch)
        l.add(new BreitWigner(x(0.7, 0.85), p("m", 0.775), p("gamma", 0.149)));
        l.add(new BreitWigner(x(3, 4), p("m", 0), p("gamma", 0.01)));
        // Endpoint function (ARGUS/Belle II tau-pseudomass edge, arXiv:2305.19116): a falling edge, flat, and rising
        // slopes
        l.add(endpoint(1.777, 0.004, -0.55, 0, 0));
        l.add(endpoint(1.777, 0.0005, -0.5, 0.0, 0.2));
        l.add(endpoint(1.78, 0.01, 0.4, -0.5, 0.1));
        // Gaussian-smeared shapes (numerical normalisation)
        l.add(new GaussianConvolution(new Exponential(x(0, 10), p("lambda", -0.7)), p("bias", 0.1), p("res", 0.3)));
        l.add(new GaussianConvolution(endpointShape(), p("bias", 0), p("res", 0.006)));
        l.add(new GaussianConvolution(
                new CrystalBall(x(-5, 5), p("mu", 0), p("sigma", 0.5), p("alpha", 1.2), p("n", 2)),
                p("bias", -0.2),
                p("res", 0.8)));
        return l;
    }

    static EndpointFunction endpointShape() {
        return endpoint(1.777, 0.003, -0.55, 0, 0);
    }

    static EndpointFunction endpoint(double p1, double p2, double p3, double p4, double p5) {
        return new EndpointFunction(
                new Observable("x", 1.70, 1.85), p("p1", p1), p("p2", p2), p("p3", p3), p("p4", p4), p("p5", p5));
    }
}
