package io.upsilon.searches.charmlifetimes;

import io.upsilon.core.exec.Executor;
import io.upsilon.core.exec.Job;
import io.upsilon.core.random.RandomStream;
import java.util.Arrays;

/**
 * Pseudo-experiments of one mode from its fitted model: each toy has the data's number of
 * signal-window candidates; each candidate's sigma_i is drawn from the data's (so the toys have the
 * data's resolution mix), it is background with probability f_b (prompt or with the background's
 * lifetime, through the background's resolution) or signal (exponential with the fitted tau, through
 * the fitted mean and scale), kept if inside the fit range; each toy is fitted like the data with the
 * same background model. Pulls (tau_fit - tau_in) / sigma(tau) must have mean 0 and width 1 for an
 * unbiased fit with right errors. The toys run as job {@code SEARCH/toys/MODE} on the run's executor,
 * toy k from stream {@code toy/k} of its partition, so the result is the same for any thread count.
 */
final class LifetimeToys {
    /** Toys per partition of the job. */
    static final long TOYS_PER_PARTITION = 4;

    /**
     * The toys' fits.
     *
     * @param inputTau the generated lifetime, ps
     * @param tau each toy's fitted lifetime, ps
     * @param error each toy's error, ps
     * @param failed toys whose fit did not converge (left out)
     */
    record Outcome(double inputTau, double[] tau, double[] error, int failed) {
        /** {mean, its error, width, its error} of the pulls. */
        double[] pulls() {
            double[] p = new double[tau.length];
            for (int i = 0; i < p.length; i++) {
                p[i] = (tau[i] - inputTau) / error[i];
            }
            return moments(p);
        }

        /** {mean, its error, width, its error} of the fitted lifetimes. */
        double[] values() {
            return moments(tau);
        }

        /** Mean fitted error. */
        double meanError() {
            return Arrays.stream(error).average().orElse(Double.NaN);
        }
    }

    /** {mean, its error, standard deviation, its error (Gaussian approximation)}. */
    static double[] moments(double[] x) {
        int n = x.length;
        double m = Arrays.stream(x).average().orElse(Double.NaN);
        double v = 0;
        for (double a : x) {
            v += (a - m) * (a - m);
        }
        double sd = n > 1 ? Math.sqrt(v / (n - 1)) : Double.NaN;
        return new double[] {m, sd / Math.sqrt(n), sd, sd / Math.sqrt(2.0 * Math.max(n - 1, 1))};
    }

    private LifetimeToys() {}

    /** One pseudo-experiment of {@code n} candidates: {t[], sigma[]}. */
    static double[][] generate(LifetimeFit fit, LifetimeFit.Result model, double[] sigmaPool, int n, RandomStream rng) {
        double[] t = new double[n];
        double[] s = new double[n];
        LifetimeFit.Background b = model.background();
        for (int i = 0; i < n; i++) {
            while (true) {
                double sigma = sigmaPool[(int) (rng.nextDouble() * sigmaPool.length)];
                double measured;
                if (rng.nextDouble() < b.fraction()) {
                    double trueT = rng.nextDouble() < b.promptFraction() ? 0 : rng.nextExponential() * b.tau();
                    measured = trueT + b.mean() + b.scale() * sigma * rng.nextGaussian();
                } else {
                    measured = rng.nextExponential() * model.tau()
                            + model.mean()
                            + model.scale() * sigma * rng.nextGaussian();
                }
                if (fit.inRange(measured)) {
                    t[i] = measured;
                    s[i] = sigma;
                    break;
                }
            }
        }
        return new double[][] {t, s};
    }

    /**
     * {@code count} toys of the data's size at the fitted model, fitted with the same background.
     *
     * @param jobName the job's name (its streams derive from it)
     */
    static Outcome run(
            String jobName,
            long seed,
            Executor executor,
            LifetimeFit fit,
            LifetimeFit.Result model,
            double[] sigmaPool,
            int count) {
        Job job = new Job(jobName, seed, count, TOYS_PER_PARTITION);
        double[] flat = executor.run(
                job,
                (partition, ctx) -> {
                    double[] out = new double[3 * (int) partition.events()];
                    for (int j = 0; j < partition.events(); j++) {
                        long k = partition.firstEvent() + j;
                        RandomStream rng = partition.streams().stream("toy/" + k);
                        double[][] d = generate(fit, model, sigmaPool, model.candidates(), rng);
                        LifetimeFit.Result r = fit.fit(d[0], d[1], model.background(), model.tau());
                        out[3 * j] = r.tau();
                        out[3 * j + 1] = r.tauError();
                        out[3 * j + 2] = r.ok() ? 1 : 0;
                    }
                    return out;
                },
                LifetimeToys::concat,
                new double[0]);
        int n = flat.length / 3;
        double[] tau = new double[n];
        double[] err = new double[n];
        int ok = 0;
        for (int i = 0; i < n; i++) {
            if (flat[3 * i + 2] == 1) {
                tau[ok] = flat[3 * i];
                err[ok] = flat[3 * i + 1];
                ok++;
            }
        }
        return new Outcome(model.tau(), Arrays.copyOf(tau, ok), Arrays.copyOf(err, ok), n - ok);
    }

    private static double[] concat(double[] a, double[] b) {
        double[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
