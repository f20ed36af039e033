package io.upsilon.searches.charmlifetimes;

import io.upsilon.stats.unbinned.DataSet;
import io.upsilon.stats.unbinned.Observable;
import io.upsilon.stats.unbinned.Parameter;
import io.upsilon.stats.unbinned.ParameterSet;
import io.upsilon.stats.unbinned.Pdf;
import io.upsilon.stats.unbinned.PerEventDecayTime;
import io.upsilon.stats.unbinned.SumPdf;
import io.upsilon.stats.unbinned.UnbinnedFitResult;
import io.upsilon.stats.unbinned.UnbinnedFitter;
import java.util.List;

/**
 * The unbinned maximum-likelihood lifetime fit of one mode, in two steps (the method of Belle II's
 * D0 and D+ lifetimes, PRL 127, 211801 (2021), with the background fixed from the sidebands):
 *
 * <ol>
 *   <li>the mass sidebands: the background's decay-time shape, a prompt part and a part with an
 *       effective lifetime, both through its own per-event Gaussian ({@link PerEventDecayTime});
 *   <li>the signal window: (1 - f_b) exponential(tau) x Gaussian(mean, s sigma_i) + f_b background,
 *       f_b the sidebands' count scaled to the window's width (a linear mass background), the
 *       background shape fixed; tau, the resolution's mean and its scale factor s float.
 * </ol>
 *
 * Both likelihoods are conditional on each candidate's sigma_i (Punzi, arXiv:physics/0401045).
 */
final class LifetimeFit {
    /** Sidebands with fewer candidates give no fitted background shape (see {@link #fallback}). */
    static final int MIN_SIDEBAND = 30;

    /**
     * The background's decay-time model.
     *
     * @param fraction its share of the signal-window candidates
     * @param promptFraction share of its prompt part
     * @param tau effective lifetime of its long-lived part, ps
     * @param mean its resolution's mean, ps
     * @param scale its resolution's scale factor
     * @param sidebandCandidates the sideband candidates it was fitted to
     * @param fitted whether the shape was fitted (false: too few sideband candidates)
     */
    record Background(
            double fraction,
            double promptFraction,
            double tau,
            double mean,
            double scale,
            int sidebandCandidates,
            boolean fitted) {}

    /**
     * A fit result.
     *
     * @param tau the fitted lifetime, ps
     * @param tauError its error, ps
     * @param mean the resolution's mean, ps
     * @param scale the scale factor on the per-event errors
     * @param scaleError its error
     * @param candidates signal-window candidates in the fit range
     * @param background the background model
     * @param ok whether the fit converged with errors
     */
    record Result(
            double tau,
            double tauError,
            double mean,
            double scale,
            double scaleError,
            int candidates,
            Background background,
            boolean ok) {}

    private final Observable time;
    private final Observable sigma;

    /**
     * @param timeLow lower edge of the fit range, ps
     * @param timeHigh upper edge, ps
     * @param sigmaMax the per-event error cut, ps
     */
    LifetimeFit(double timeLow, double timeHigh, double sigmaMax) {
        this.time = new Observable("t", timeLow, timeHigh);
        this.sigma = new Observable("sigma_t", 0, sigmaMax);
    }

    Observable time() {
        return time;
    }

    /** Whether t lies in the fit range. */
    boolean inRange(double t) {
        return time.contains(t);
    }

    /** The background model fitted to the sideband candidates, its fraction from the counts. */
    Background background(double[] t, double[] s, int windowCandidates, double windowOverSidebands) {
        double fraction = windowCandidates > 0 ? Math.min(0.95, t.length * windowOverSidebands / windowCandidates) : 0;
        if (t.length < MIN_SIDEBAND) {
            return fallback(fraction, t, s);
        }
        Parameter fp = Parameter.of("bkg_prompt_fraction", 0.5, 0, 1);
        Parameter tau = Parameter.of("bkg_tau", 0.5, 0.02, 20);
        Parameter mean = Parameter.of("bkg_mean", 0, -0.5, 0.5);
        Parameter scale = Parameter.of("bkg_scale", 1.2, 0.3, 5);
        Pdf pdf = SumPdf.withFractions(
                List.of(
                        PerEventDecayTime.prompt(time, sigma, mean, scale),
                        PerEventDecayTime.decay(time, sigma, tau, mean, scale)),
                List.of(fp));
        UnbinnedFitResult r = new UnbinnedFitter(pdf, data(t, s)).fit();
        if (!r.ok()) {
            return fallback(fraction, t, s);
        }
        return new Background(
                fraction,
                r.value("bkg_prompt_fraction"),
                r.value("bkg_tau"),
                r.value("bkg_mean"),
                r.value("bkg_scale"),
                t.length,
                true);
    }

    /**
     * Too few sideband candidates for a shape: a prompt Gaussian as wide as they are, scale = RMS of
     * t / sigma_i (at least 1), so that far-out background candidates are not forced on the signal.
     */
    private static Background fallback(double fraction, double[] t, double[] s) {
        double sum = 0;
        for (int i = 0; i < t.length; i++) {
            sum += (t[i] / s[i]) * (t[i] / s[i]);
        }
        double scale = t.length > 0 ? Math.min(5, Math.max(1, Math.sqrt(sum / t.length))) : 1;
        return new Background(fraction, 1, 1, 0, scale, t.length, false);
    }

    /** Fits tau, the resolution's mean and scale to the signal-window candidates over {@code bkg}. */
    Result fit(double[] t, double[] s, Background bkg, double tauStart) {
        Parameter tau = Parameter.of("tau", tauStart, 0.02 * tauStart, 20 * tauStart);
        Parameter mean = Parameter.of("mean", 0, -0.5, 0.5);
        Parameter scale = Parameter.of("scale", 1.1, 0.3, 5);
        Pdf signal = PerEventDecayTime.decay(time, sigma, tau, mean, scale);
        Pdf pdf;
        if (bkg.fraction() > 0) {
            Parameter bMean = Parameter.constant("bkg_mean", bkg.mean());
            Parameter bScale = Parameter.constant("bkg_scale", bkg.scale());
            Parameter bTau = Parameter.constant("bkg_tau", bkg.tau());
            pdf = SumPdf.withFractions(
                    List.of(
                            signal,
                            PerEventDecayTime.prompt(time, sigma, bMean, bScale),
                            PerEventDecayTime.decay(time, sigma, bTau, bMean, bScale)),
                    List.of(
                            Parameter.constant("f_signal", 1 - bkg.fraction()),
                            Parameter.constant("f_bkg_prompt", bkg.fraction() * bkg.promptFraction())));
        } else {
            pdf = signal;
        }
        UnbinnedFitResult r = new UnbinnedFitter(pdf, data(t, s)).fit(ParameterSet.of(pdf));
        return new Result(
                r.value("tau"),
                r.error("tau"),
                r.value("mean"),
                r.value("scale"),
                r.error("scale"),
                t.length,
                bkg,
                r.ok() && Double.isFinite(r.error("tau")));
    }

    /** The density of the fitted model at (t, sigma_i), for the plots. */
    static double density(Result r, double t, double sigmaI, double lo, double hi) {
        Background b = r.background();
        double sig = PerEventDecayTime.density(t, sigmaI, r.tau(), r.mean(), r.scale(), lo, hi);
        if (b.fraction() == 0) {
            return sig;
        }
        double prompt = PerEventDecayTime.density(t, sigmaI, 0, b.mean(), b.scale(), lo, hi);
        double life = PerEventDecayTime.density(t, sigmaI, b.tau(), b.mean(), b.scale(), lo, hi);
        return (1 - b.fraction()) * sig
                + b.fraction() * (b.promptFraction() * prompt + (1 - b.promptFraction()) * life);
    }

    /** The background part of {@link #density} (already multiplied by f_b). */
    static double backgroundDensity(Result r, double t, double sigmaI, double lo, double hi) {
        Background b = r.background();
        if (b.fraction() == 0) {
            return 0;
        }
        double prompt = PerEventDecayTime.density(t, sigmaI, 0, b.mean(), b.scale(), lo, hi);
        double life = PerEventDecayTime.density(t, sigmaI, b.tau(), b.mean(), b.scale(), lo, hi);
        return b.fraction() * (b.promptFraction() * prompt + (1 - b.promptFraction()) * life);
    }

    private DataSet data(double[] t, double[] s) {
        return new DataSet(List.of(time, sigma), new double[][] {t, s});
    }
}
