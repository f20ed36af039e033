package io.upsilon.searches.sin2phi1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.core.random.RandomStreams;
import org.junit.jupiter.api.Test;

/** The fit on pseudo-experiments of the model itself: unbiased, with right errors. */
class CpFitTest {
    private static final FlavourTagger TAGGER = new FlavourTagger(
            new double[] {0, 0.5, 1}, new double[] {0.5, 0.5}, new double[] {0.35, 0.08}, new double[] {0.02, -0.01});
    private static final ResolutionFunction RES = new ResolutionFunction(-0.2, 1.3, 5, 0.1);
    private static final Sin2Phi1Config.Background BKG = new Sin2Phi1Config.Background(0.05, 0.5, 1.5);

    @Test
    void pseudoExperimentsGivePullsOfMeanZeroAndWidthOne() {
        DeltaTModel model = new DeltaTModel(1.517, 0.5069, RES);
        ToyStudy study = new ToyStudy(model, TAGGER, BKG, 10);
        double[] sigmas = {0.3, 0.5, 0.8, 1.2};
        ToyStudy.Outcome o =
                study.run(120, 1500, sigmas, 0.7, -0.1, RandomStreams.of(9).child("cpfit-test"));
        double[] ps = o.sPulls();
        double[] pc = o.cPulls();
        // 120 toys: the mean is known to +-0.09 and the width to +-0.065; tolerances 3 of those.
        assertThat(ps[0]).isCloseTo(0, within(0.27));
        assertThat(ps[2]).isCloseTo(1, within(0.2));
        assertThat(pc[0]).isCloseTo(0, within(0.27));
        assertThat(pc[2]).isCloseTo(1, within(0.2));
        assertThat(o.fits()).allMatch(CpFit.Result::converged);
        // The spread of the fitted S is the mean error (the Hessian error is right).
        assertThat(o.sValues()[2]).isCloseTo(o.meanSError(), within(0.2 * o.meanSError()));
    }

    @Test
    void aPerfectTagWithoutResolutionMeasuresSWithTheExpectedPrecision() {
        FlavourTagger perfect =
                new FlavourTagger(new double[] {0, 1}, new double[] {1}, new double[] {0}, new double[] {0});
        DeltaTModel model = new DeltaTModel(1.517, 0.5069, RES);
        Sin2Phi1Config.Background none = new Sin2Phi1Config.Background(0, 0, 1);
        ToyStudy study = new ToyStudy(model, perfect, none, 1e9);
        var rng = RandomStreams.of(10).stream("perfect");
        int n = 20_000;
        double[] dt = new double[n];
        int[] q = new int[n];
        for (int i = 0; i < n; i++) {
            double[] g = model.generateSignal(0.7, 0.0, rng);
            dt[i] = g[0];
            q[i] = (int) g[1];
        }
        TaggedEvents ev = new TaggedEvents(dt, new double[n], q, new int[n]);
        CpFit.Result r = CpFit.fit(new CpFit(model, perfect, none).coefficients(ev, false));
        // Fisher information of S at S = C = 0 per event: int e^(-|t|/tau)/(2 tau) sin^2(dm t) dt =
        // 2 x^2 / (1 + 4 x^2) with x = dm tau; at S = 0.7 the error is a little smaller. So
        // sigma(S) <= 1 / sqrt(n 2x^2/(1+4x^2)); the information at S grows as sin^2 / (1 - S^2 sin^2)
        // averaged, at most by 1 / (1 - 0.49), so sigma(S) > 0.7 of the bound (S and C are
        // uncorrelated here: sin cos is odd in t).
        double x = 0.5069 * 1.517;
        double bound = 1 / Math.sqrt(n * 2 * x * x / (1 + 4 * x * x));
        assertThat(r.sError()).isLessThan(bound).isGreaterThan(0.7 * bound);
        assertThat(r.s()).isCloseTo(0.7, within(4 * r.sError()));
        assertThat(r.c()).isCloseTo(0.0, within(4 * r.cError()));
        assertThat(study).isNotNull();
    }
}
