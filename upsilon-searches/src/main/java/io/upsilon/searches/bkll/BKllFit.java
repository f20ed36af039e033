package io.upsilon.searches.bkll;

import io.upsilon.core.random.RandomStream;
import io.upsilon.stats.fit.FitStatus;
import io.upsilon.stats.unbinned.Argus;
import io.upsilon.stats.unbinned.CrystalBall;
import io.upsilon.stats.unbinned.DataSet;
import io.upsilon.stats.unbinned.Exponential;
import io.upsilon.stats.unbinned.Observable;
import io.upsilon.stats.unbinned.Parameter;
import io.upsilon.stats.unbinned.ParameterSet;
import io.upsilon.stats.unbinned.Pdf;
import io.upsilon.stats.unbinned.PdfEvaluator;
import io.upsilon.stats.unbinned.ProductPdf;
import io.upsilon.stats.unbinned.SumPdf;
import io.upsilon.stats.unbinned.ToyGenerator;
import io.upsilon.stats.unbinned.UnbinnedFitResult;
import io.upsilon.stats.unbinned.UnbinnedFitter;
import java.util.List;

/**
 * The extended unbinned maximum-likelihood fit in Mbc x Delta E of one mode (Belle, JHEP 03 (2021)
 * 105, arXiv:1908.01848, Sec. 5: signal, combinatorial and peaking components; Belle II,
 * arXiv:2206.05946):
 *
 * <ul>
 *   <li>signal: Crystal Ball in Mbc (core width from the beam-energy spread and the momentum
 *       resolution, tail to low Mbc from misreconstructed candidates) times a Crystal Ball in Delta
 *       E (tail to low Delta E), the shape fitted to the signal simulation and then fixed;
 *   <li>combinatorial: ARGUS in Mbc (endpoint fixed at the beam energy E*_beam, curvature free)
 *       times an exponential in Delta E (slope free);
 *   <li>peaking: B decays whose reconstructed tracks all come from one B (e.g. B -&gt; K pi pi with
 *       misidentified pions, charmonium leaking through the vetoes), with the signal's shape and
 *       its yield fixed to the simulation's prediction.
 * </ul>
 *
 * The yields of signal and combinatorial background are free. Immutable.
 */
final class BKllFit {
    /** The observables: Mbc in [mbcMin, E*_beam], Delta E in [deMin, deMax]. */
    private final Observable mbc;

    private final Observable deltaE;
    private final double endpoint;

    /** Crystal Ball power-law exponent of the Delta E tail, fixed (the tail is short in the window). */
    static final double CB_N = 3.0;

    BKllFit(double mbcMin, double eStarBeam, double deMin, double deMax) {
        this.mbc = new Observable("Mbc", mbcMin, eStarBeam);
        this.deltaE = new Observable("deltaE", deMin, deMax);
        this.endpoint = eStarBeam;
    }

    Observable mbc() {
        return mbc;
    }

    Observable deltaE() {
        return deltaE;
    }

    /**
     * The fitted signal shape.
     *
     * @param mbcMean Crystal Ball mean, GeV
     * @param mbcSigma Crystal Ball width, GeV
     * @param mbcAlpha Crystal Ball tail start (to low Mbc), in widths
     * @param deMean Crystal Ball mean, GeV
     * @param deSigma Crystal Ball width, GeV
     * @param deAlpha Crystal Ball tail start, in widths
     */
    record SignalShape(
            double mbcMean, double mbcSigma, double mbcAlpha, double deMean, double deSigma, double deAlpha) {}

    /**
     * The combinatorial shape.
     *
     * @param argusC ARGUS curvature
     * @param slope Delta E exponential slope, 1/GeV
     */
    record CombShape(double argusC, double slope) {}

    /** The data set of the given Mbc and Delta E values (all inside the window). */
    DataSet data(double[] m, double[] de) {
        return new DataSet(List.of(mbc, deltaE), new double[][] {m, de});
    }

    private Pdf signalPdf(String p, SignalShape s, boolean fixed) {
        Pdf g = new CrystalBall(
                mbc,
                par(p + "sig_mbc_mean", s.mbcMean(), 5.27, 5.29, fixed),
                par(p + "sig_mbc_sigma", s.mbcSigma(), 0.0005, 0.02, fixed),
                par(p + "sig_mbc_alpha", s.mbcAlpha(), 0.3, 5, fixed),
                Parameter.constant(p + "sig_mbc_n", CB_N));
        Pdf cb = new CrystalBall(
                deltaE,
                par(p + "sig_de_mean", s.deMean(), -0.05, 0.05, fixed),
                par(p + "sig_de_sigma", s.deSigma(), 0.002, 0.1, fixed),
                par(p + "sig_de_alpha", s.deAlpha(), 0.3, 5, fixed),
                Parameter.constant(p + "sig_de_n", CB_N));
        return new ProductPdf(List.of(g, cb));
    }

    private Pdf combPdf(String p, CombShape c) {
        Pdf a = new Argus(
                mbc, Parameter.constant(p + "argus_m0", endpoint), par(p + "argus_c", c.argusC(), -150, 5, false));
        Pdf e = new Exponential(deltaE, par(p + "comb_slope", c.slope(), -40, 40, false));
        return new ProductPdf(List.of(a, e));
    }

    private static Parameter par(String name, double value, double lo, double hi, boolean fixed) {
        double v = Math.min(hi, Math.max(lo, value));
        Parameter q = Parameter.of(name, v, lo, hi);
        return fixed ? q.withFixed(true) : q;
    }

    /** Fits the signal shape to signal-simulation candidates (non-extended). */
    SignalShape fitSignal(DataSet signal) {
        double[] m = signal.column("Mbc");
        double[] de = signal.column("deltaE");
        // Robust starts: the median and the half-width of the central 68 % (the tails would pull
        // the mean and the RMS away from the core).
        SignalShape start = new SignalShape(
                quantile(m, 0.5),
                Math.max(0.001, halfWidth(m)),
                1.5,
                quantile(de, 0.5),
                Math.max(0.003, halfWidth(de)),
                1.5);
        Pdf pdf = signalPdf("", start, false);
        UnbinnedFitResult r = new UnbinnedFitter(pdf, signal).fit();
        return new SignalShape(
                r.value("sig_mbc_mean"),
                r.value("sig_mbc_sigma"),
                r.value("sig_mbc_alpha"),
                r.value("sig_de_mean"),
                r.value("sig_de_sigma"),
                r.value("sig_de_alpha"));
    }

    /** Fits the combinatorial shape to background-simulation candidates (non-extended, unweighted). */
    CombShape fitCombinatorial(DataSet background) {
        CombShape start = new CombShape(-20, -3);
        if (background.size() < 10) {
            return start;
        }
        UnbinnedFitResult r = new UnbinnedFitter(combPdf("", start), background).fit();
        return new CombShape(r.value("argus_c"), r.value("comb_slope"));
    }

    /**
     * The extended model of one mode.
     *
     * @param prefix parameter-name prefix (the mode's key and an underscore)
     * @param s the signal shape (fixed)
     * @param c the combinatorial start values
     * @param nSig start of the signal yield
     * @param nComb start of the combinatorial yield
     * @param nPeak the fixed peaking-background yield
     */
    Model model(String prefix, SignalShape s, CombShape c, double nSig, double nComb, double nPeak) {
        Pdf sig = signalPdf(prefix, s, true);
        Pdf peak = signalPdf(prefix, s, true);
        Pdf comb = combPdf(prefix, c);
        double upper = 10 * (nSig + nComb + nPeak) + 100;
        Parameter ys = Parameter.of(prefix + "n_sig", Math.max(0, nSig), -0.5 * upper, upper);
        Parameter yc = Parameter.of(prefix + "n_comb", Math.max(0.5, nComb), 0, upper);
        Parameter yp = Parameter.constant(prefix + "n_peak", Math.max(0, nPeak));
        SumPdf sum = SumPdf.withYields(List.of(sig, comb, peak), List.of(ys, yc, yp));
        return new Model(prefix, sum, ((ProductPdf) sig).factors(), ((ProductPdf) comb).factors());
    }

    /**
     * An extended model and the 1D factors of its components (for the projections).
     *
     * @param prefix parameter-name prefix
     * @param pdf the sum signal + combinatorial + peaking
     * @param signalFactors Mbc and Delta E factors of the signal (and peaking) shape
     * @param combFactors Mbc and Delta E factors of the combinatorial shape
     */
    record Model(String prefix, SumPdf pdf, List<Pdf> signalFactors, List<Pdf> combFactors) {
        /** The name of the signal yield parameter. */
        String nSig() {
            return prefix + "n_sig";
        }

        /** The name of the combinatorial yield parameter. */
        String nComb() {
            return prefix + "n_comb";
        }

        /** The name of the peaking yield parameter. */
        String nPeak() {
            return prefix + "n_peak";
        }

        /** Fits {@code data} from the model's start values. */
        UnbinnedFitResult fit(DataSet data) {
            return fit(data, ParameterSet.of(pdf));
        }

        /**
         * Fits {@code data} from {@code start}. A combinatorial yield that ends at its bound 0 is
         * fixed there and the fit repeated (a yield at its physical boundary has no Hessian error;
         * the others' errors are then those of the model without that component); a combinatorial
         * shape with fewer than 5 candidates in the data is fixed at its start.
         */
        UnbinnedFitResult fit(DataSet data, ParameterSet start) {
            ParameterSet p = start;
            if (data.size() < 5) {
                p = p.withFixed(prefix + "argus_c", true).withFixed(prefix + "comb_slope", true);
            }
            UnbinnedFitResult r = new UnbinnedFitter(pdf, data).fit(p);
            if (r.status() == FitStatus.AT_BOUND && r.value(nComb()) < 1e-3) {
                ParameterSet fixed = r.parameters()
                        .withValue(nComb(), 0.0)
                        .withFixed(nComb(), true)
                        .withFixed(prefix + "argus_c", true)
                        .withFixed(prefix + "comb_slope", true);
                r = new UnbinnedFitter(pdf, data).fit(fixed);
            }
            return r;
        }

        /** An extended pseudo-experiment at {@code values}. */
        DataSet toy(ParameterSet values, RandomStream rng) {
            return ToyGenerator.sampleExtended(pdf, values, rng);
        }

        /** Density of a 1D factor at {@code x}, with the parameters of {@code values}. */
        static double density(Pdf factor, ParameterSet values, double x) {
            PdfEvaluator ev = factor.evaluator(values, factor.observables());
            ev.setParameters(values.values());
            return ev.density(new double[][] {{x}}, 0);
        }
    }

    /** Draws {@code n} (Mbc, Delta E) pairs from a product shape. */
    static DataSet sample(Pdf product, int n, RandomStream rng) {
        return ToyGenerator.sample(product, ParameterSet.of(product), n, rng);
    }

    /** The fixed-shape signal PDF (for drawing the peaking background). */
    Pdf signalShapePdf(SignalShape s) {
        return signalPdf("draw_", s, true);
    }

    /** The combinatorial PDF at fixed parameters (for drawing the pseudo-data's background). */
    Pdf combShapePdf(CombShape c) {
        Pdf a = new Argus(mbc, Parameter.constant("m0", endpoint), Parameter.constant("c", c.argusC()));
        Pdf e = new Exponential(deltaE, Parameter.constant("slope", c.slope()));
        return new ProductPdf(List.of(a, e));
    }

    static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return x.length == 0 ? 0 : s / x.length;
    }

    static double rms(double[] x) {
        double m = mean(x);
        double s = 0;
        for (double v : x) {
            s += (v - m) * (v - m);
        }
        return x.length < 2 ? 0 : Math.sqrt(s / (x.length - 1));
    }

    /** The q-quantile of {@code x} (nearest rank). */
    static double quantile(double[] x, double q) {
        double[] c = x.clone();
        java.util.Arrays.sort(c);
        return c.length == 0 ? 0 : c[Math.min(c.length - 1, (int) (q * c.length))];
    }

    /** Half the width of the central 68.3 % of {@code x} (sigma for a Gaussian). */
    static double halfWidth(double[] x) {
        return 0.5 * (quantile(x, 0.8413) - quantile(x, 0.1587));
    }
}
