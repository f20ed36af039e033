package io.upsilon.searches.sin2phi1;

import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import java.util.ArrayList;
import java.util.List;

/**
 * Pseudo-experiments from the fitted model: each toy has the data's number of candidates, each a
 * background candidate with probability f_b; sigma_i is drawn from the data's per-event errors
 * (so the toys have the data's resolution mix); signal Delta t and the tag-side flavour from the
 * physics PDF at the input S and C, the tag from the {@link FlavourTagger}, the residual from the
 * {@link ResolutionFunction}; background Delta t prompt or with its lifetime, flavour and r-bin at
 * random. Each toy is fitted like the data; the pulls (fit - input) / error of S and C must have
 * mean 0 and width 1 if the fit is unbiased and its errors right. Toy k uses stream {@code
 * toys/k} of the run's family.
 */
final class ToyStudy {
    /**
     * The outcome.
     *
     * @param fits every toy's fit
     * @param inputS the generated S
     * @param inputC the generated C
     */
    record Outcome(List<CpFit.Result> fits, double inputS, double inputC) {
        /** {mean, error of mean, width, error of width} of the S pulls. */
        double[] sPulls() {
            return moments(fits.stream()
                    .mapToDouble(r -> (r.s() - inputS) / r.sError())
                    .toArray());
        }

        /** Same for C. */
        double[] cPulls() {
            return moments(fits.stream()
                    .mapToDouble(r -> (r.c() - inputC) / r.cError())
                    .toArray());
        }

        /** Mean of the fitted S errors. */
        double meanSError() {
            return fits.stream().mapToDouble(CpFit.Result::sError).average().orElse(Double.NaN);
        }

        /** Mean of the fitted C errors. */
        double meanCError() {
            return fits.stream().mapToDouble(CpFit.Result::cError).average().orElse(Double.NaN);
        }

        /** Mean and RMS of the fitted S values. */
        double[] sValues() {
            return moments(fits.stream().mapToDouble(CpFit.Result::s).toArray());
        }
    }

    /** {mean, its error, standard deviation, its error (Gaussian approximation)}. */
    static double[] moments(double[] x) {
        int n = x.length;
        double m = 0;
        for (double v : x) {
            m += v;
        }
        m /= n;
        double v2 = 0;
        for (double v : x) {
            v2 += (v - m) * (v - m);
        }
        double sd = n > 1 ? Math.sqrt(v2 / (n - 1)) : Double.NaN;
        return new double[] {m, sd / Math.sqrt(n), sd, sd / Math.sqrt(2.0 * Math.max(n - 1, 1))};
    }

    private final DeltaTModel model;
    private final FlavourTagger tagger;
    private final Sin2Phi1Config.Background background;
    private final double deltaTMax;

    ToyStudy(DeltaTModel model, FlavourTagger tagger, Sin2Phi1Config.Background background, double deltaTMax) {
        this.model = model;
        this.tagger = tagger;
        this.background = background;
        this.deltaTMax = deltaTMax;
    }

    /** One pseudo-experiment of {@code events} candidates. */
    TaggedEvents generate(int events, double[] sigmaPool, double s, double c, RandomStream rng) {
        double[] dt = new double[events];
        double[] sg = new double[events];
        int[] q = new int[events];
        int[] bin = new int[events];
        for (int i = 0; i < events; i++) {
            while (true) {
                double sigma = sigmaPool[(int) (rng.nextDouble() * sigmaPool.length)];
                double t;
                int[] tag;
                if (rng.nextDouble() < background.fraction()) {
                    boolean prompt = rng.nextDouble() < background.promptFraction();
                    t = prompt ? 0 : rng.nextExponential() * background.tauPs() * (rng.nextDouble() < 0.5 ? -1 : 1);
                    tag = tagger.tag(rng.nextDouble() < 0.5 ? 1 : -1, rng);
                } else {
                    double[] g = model.generateSignal(s, c, rng);
                    t = g[0];
                    tag = tagger.tag((int) g[1], rng);
                }
                double measured = t + model.smear(sigma, rng);
                if (Math.abs(measured) < deltaTMax) {
                    dt[i] = measured;
                    sg[i] = sigma;
                    q[i] = tag[0];
                    bin[i] = tag[1];
                    break;
                }
            }
        }
        return new TaggedEvents(dt, sg, q, bin);
    }

    /** {@code count} toys at (S, C), each fitted. */
    Outcome run(int count, int events, double[] sigmaPool, double s, double c, RandomStreams streams) {
        CpFit fitter = new CpFit(model, tagger, background);
        List<CpFit.Result> fits = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            RandomStream rng = streams.stream("toys/" + k);
            fits.add(fitter.fit(generate(events, sigmaPool, s, c, rng)));
        }
        return new Outcome(fits, s, c);
    }
}
