package io.upsilon.stats.model;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.hipparchus.special.Gamma;

/**
 * Negative log-likelihood of a {@link Model} and its analytic gradient, on preallocated buffers: no
 * allocation per evaluation. Not thread-safe; make one per thread with {@link Model#likelihood()}.
 *
 * <p>NLL = -sum_b log Poisson(n_b | lambda_b) - sum_e log c_e(aux_e | theta), with the full
 * normalisation (lgamma for non-integer counts, Gaussian 1/(sigma sqrt(2 pi))) so that twice the
 * NLL equals pyhf's -2 log L. The Gaussian constraints of a measurement's correlation blocks are
 * one multivariate normal per block ({@link CorrelatedGaussian}) instead of independent terms.
 *
 * <p>Unbinned channels add their extended NLL, sum_k nu_k - sum_i w_i ln(sum_k nu_k f_k(x_i))
 * ({@link UnbinnedChannelNll}); their yields nu_k are rate slots after the main bins, computed by
 * the same modifier terms as every sample's rates, so the gradient reaches the modifiers'
 * parameters through the same chain rule.
 */
public final class Likelihood {
    private static final double HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);

    private final Model m;
    private final double[] val;
    private final double[] der;
    private final double[] lambda;
    private final double[] weight;
    private final double[] add;
    private final double[] mul;
    private final double[] prefix;
    private final double[] main;
    private final double[] aux;
    /** aux / tau for Poisson constraints (the gamma at which the constraint peaks). */
    private final double[] auxRatio;

    /** Partial derivatives of the multi-parameter terms (formula), at their model offsets. */
    private final double[] partials;

    /** Scratch for the correlated constraint blocks. */
    private final double[] blockScratch;

    private double constant;
    private double[][] jacobian;

    /** One evaluator per unbinned channel. */
    private final UnbinnedChannelNll[] unbinned;
    /** Whether any unbinned event has a weight other than 1. */
    private boolean weightedEvents;

    // pyhf-compatible evaluation (see twiceNllPyhf): per-term constants and a scratch buffer.
    private static final double SQRT2 = Math.sqrt(2.0);
    private static final double SQRT_2PI = Math.sqrt(2 * Math.PI);
    /** lgamma(n + 1) of each main count, as scipy.special.gammaln gives it. */
    private final double[] pyhfMainLgamma;
    /** Gaussian constraints: -log(sigma sqrt(2 pi)); Poisson constraints: lgamma(aux + 1). */
    private final double[] pyhfAuxConst;
    /** Gaussian constraints: sqrt(2) sigma. */
    private final double[] pyhfAuxScale;

    private final double[] pyhfTerms;
    /** Samples in pyhf's order (sorted by name), in which pyhf adds their rates. */
    private final int[] pyhfSampleOrder;
    /** Main bins in pyhf's order (channels sorted by name), in which pyhf sums their terms. */
    private final int[] pyhfBinOrder;
    /** Samples in the model's order. */
    private final int[] sampleOrder;

    Likelihood(Model model) {
        this.m = model;
        val = new double[m.valueSize];
        der = new double[m.valueSize];
        lambda = new double[m.mainBins() + m.nYields];
        weight = new double[m.mainBins() + m.nYields];
        unbinned = new UnbinnedChannelNll[m.unbinned.length];
        for (int u = 0; u < unbinned.length; u++) {
            unbinned[u] = new UnbinnedChannelNll(m.unbinned[u], m.size());
        }
        add = new double[m.nSlots];
        mul = new double[m.nSlots];
        prefix = new double[m.maxMultiplicative + 1];
        main = new double[m.mainBins()];
        aux = new double[m.nAux];
        auxRatio = new double[m.nAux];
        pyhfMainLgamma = new double[m.mainBins()];
        pyhfAuxConst = new double[m.nAux];
        pyhfAuxScale = new double[m.nAux];
        pyhfTerms = new double[Math.max(m.mainBins(), m.nAux)];
        blockScratch = new double[m.maxBlockSize];
        partials = new double[m.partialSize];
        sampleOrder = new int[m.nSamples];
        for (int s = 0; s < sampleOrder.length; s++) {
            sampleOrder[s] = s;
        }
        List<String> channels = m.channelNames();
        int[] channelBins = m.channelBins();
        int[] channelStart = new int[channelBins.length];
        for (int c = 1; c < channelBins.length; c++) {
            channelStart[c] = channelStart[c - 1] + channelBins[c - 1];
        }
        pyhfBinOrder = IntStream.range(0, channelBins.length)
                .boxed()
                .sorted(Comparator.comparing(channels::get))
                .flatMapToInt(c -> IntStream.range(channelStart[c], channelStart[c] + channelBins[c]))
                .toArray();
        pyhfSampleOrder = IntStream.range(0, m.nSamples)
                .boxed()
                .sorted(Comparator.comparing(m::sampleName))
                .mapToInt(Integer::intValue)
                .toArray();
        setData(m.observedData());
    }

    /** The model. */
    public Model model() {
        return m;
    }

    /**
     * Sets the data: main counts followed by auxiliary data (length mainBins + auxSize), then one
     * event block per unbinned channel ({@link Model}).
     */
    public void setData(double[] data) {
        if (unbinned.length == 0 ? data.length != main.length + aux.length : data.length < main.length + aux.length) {
            throw new IllegalArgumentException("data has " + data.length + " entries, expected "
                    + (main.length + aux.length) + (unbinned.length == 0 ? "" : " plus the unbinned channels' events"));
        }
        int at = main.length + aux.length;
        boolean w = false;
        for (UnbinnedChannelNll u : unbinned) {
            at = u.setData(data, at);
            w |= u.weighted();
        }
        if (at != data.length) {
            throw new IllegalArgumentException("data has " + (data.length - at) + " entries after the last channel");
        }
        weightedEvents = w;
        System.arraycopy(data, 0, main, 0, main.length);
        System.arraycopy(data, main.length, aux, 0, aux.length);
        // Poisson terms are evaluated as n (u - log1p(u)) with u = lambda / n - 1 plus a constant,
        // n - n ln n + lgamma(n + 1), kept here: the textbook lambda - n ln lambda cancels
        // catastrophically for large counts (shapesys tau ~ 1e12 in published likelihoods), which
        // would leave the NLL too noisy to minimise precisely.
        double c = 0;
        for (double n : main) {
            c += Gamma.logGamma(n + 1) + (n > 0 ? n - n * Math.log(n) : 0.0);
        }
        for (int e = 0; e < aux.length; e++) {
            if (m.auxPoisson[e]) {
                double a = aux[e];
                c += Gamma.logGamma(a + 1) + (a > 0 ? a - a * Math.log(a) : 0.0);
                auxRatio[e] = a / m.auxWidth[e];
            } else {
                c += Math.log(m.auxWidth[e]) + HALF_LOG_2PI;
            }
        }
        for (CorrelatedGaussian b : m.blocks) {
            c += 0.5 * b.logDet();
        }
        constant = c;
        for (int b = 0; b < main.length; b++) {
            pyhfMainLgamma[b] = lgammaPyhf(main[b] + 1.0);
        }
        for (int e = 0; e < aux.length; e++) {
            if (m.auxPoisson[e]) {
                pyhfAuxConst[e] = lgammaPyhf(aux[e] + 1.0);
            } else {
                double sigma = m.auxWidth[e];
                pyhfAuxConst[e] = -Math.log(sigma * SQRT_2PI);
                pyhfAuxScale[e] = SQRT2 * sigma;
            }
        }
    }

    /** The current data (a copy). */
    public double[] data() {
        int len = main.length + aux.length;
        for (UnbinnedChannelNll u : unbinned) {
            len += UnbinnedPart.blockLength(u.events());
        }
        double[] d = new double[len];
        System.arraycopy(main, 0, d, 0, main.length);
        System.arraycopy(aux, 0, d, main.length, aux.length);
        int at = main.length + aux.length;
        for (UnbinnedChannelNll u : unbinned) {
            UnbinnedPart.writeEvents(d, at, u.values(), u.weights());
            at += UnbinnedPart.blockLength(u.events());
        }
        return d;
    }

    /** The unbinned components' expected yields at {@code pars}, in model order (package use). */
    double[] yields(double[] pars) {
        evaluateRates(pars);
        return Arrays.copyOfRange(lambda, main.length, lambda.length);
    }

    private void evaluateRates(double[] pars) {
        evaluateRates(pars, sampleOrder);
    }

    private void evaluateRates(double[] pars, int[] order) {
        Term[] terms = m.terms;
        for (int k = 0; k < terms.length; k++) {
            terms[k].evaluate(pars, val, der, m.termOffset[k]);
            if (m.termPartialOffset[k] >= 0) {
                ((Term.MultiParameter) terms[k]).partials(pars, partials, m.termPartialOffset[k]);
            }
        }
        Arrays.fill(lambda, 0.0);
        for (int s : order) {
            int nb = m.sampleBins[s];
            int slot0 = m.sampleSlotStart[s];
            int bin0 = m.sampleBinStart[s];
            int[] adds = m.sampleAdditive[s];
            int[] muls = m.sampleMultiplicative[s];
            for (int j = 0; j < nb; j++) {
                double a = m.nominal[slot0 + j];
                for (int k : adds) {
                    a += val[m.termOffset[k] + j];
                }
                double f = 1.0;
                for (int k : muls) {
                    f *= val[m.termOffset[k] + j];
                }
                add[slot0 + j] = a;
                mul[slot0 + j] = f;
                lambda[bin0 + j] += a * f;
            }
        }
    }

    /**
     * The rate of every sample in every bin at {@code pars}, {@code [s][j]} with j the bin within
     * the sample (the per-sample terms whose sums per bin are {@link #expectedMain}).
     */
    public double[][] sampleRates(double[] pars) {
        evaluateRates(pars);
        double[][] out = new double[m.nBinnedSamples][];
        for (int s = 0; s < m.nBinnedSamples; s++) {
            int slot0 = m.sampleSlotStart[s];
            double[] r = new double[m.sampleBins[s]];
            for (int j = 0; j < r.length; j++) {
                r[j] = add[slot0 + j] * mul[slot0 + j];
            }
            out[s] = r;
        }
        return out;
    }

    /** Expected main rates at {@code pars} into {@code out}. */
    public void expectedMain(double[] pars, double[] out) {
        evaluateRates(pars);
        System.arraycopy(lambda, 0, out, 0, main.length);
    }

    /** The negative log-likelihood at {@code pars}; +infinity where a rate is negative (or zero with counts). */
    public double nll(double[] pars) {
        evaluateRates(pars);
        return finish(pars, null);
    }

    /** Twice the negative log-likelihood (pyhf's twice_nll). */
    public double twiceNll(double[] pars) {
        return 2 * nll(pars);
    }

    /**
     * Twice the negative log-likelihood evaluated the way pyhf's numpy backend does, operation by
     * operation, for {@link io.upsilon.stats.fit.Optimizer#PYHF_SLSQP}: its forward differences
     * with step 1.5e-8 turn last-bit differences of twice_nll into gradient differences of ~1e-6
     * relative, so reproducing pyhf's fits needs pyhf's rounding, not the most precise value.
     * pyhf adds the samples' rates in name order, computes per main bin {@code xlogy(n, lam) - lam -
     * gammaln(n + 1)} with the channels in name order, sums the bins with numpy's pairwise
     * summation, adds the Gaussian constraints {@code -log(sigma sqrt(2 pi)) - ((x - mu) / (sqrt(2)
     * sigma))^2} in its auxdata order (summed likewise), then the Poisson constraints, and
     * multiplies the total by -2. Less precise than {@link #twiceNll} (the large terms n log lam
     * cancel); mathematically the same function. Allocation-free.
     */
    public double twiceNllPyhf(double[] pars) {
        evaluateRates(pars, pyhfSampleOrder);
        int nb = main.length;
        for (int k = 0; k < nb; k++) {
            int b = pyhfBinOrder[k];
            double lam = lambda[b];
            double n = main[b];
            if (lam < 0 || (lam == 0 && n > 0) || Double.isNaN(lam)) {
                return Double.POSITIVE_INFINITY;
            }
            pyhfTerms[k] = xlogy(n, lam) - lam - pyhfMainLgamma[b];
        }
        double total = pairwiseSum(pyhfTerms, 0, nb);
        int ng = 0;
        for (int e : m.pyhfAuxOrder) {
            if (!m.auxPoisson[e] && m.auxBlock[e] < 0) {
                double z = (aux[e] - pars[m.auxParam[e]]) / pyhfAuxScale[e];
                pyhfTerms[ng++] = pyhfAuxConst[e] + -(z * z);
            }
        }
        double gauss = pairwiseSum(pyhfTerms, 0, ng);
        for (CorrelatedGaussian b : m.blocks) {
            // No pyhf counterpart to reproduce: the block's log density, added after the others.
            double logDensity = -b.halfChi2(aux, pars, m.auxWidth, null, blockScratch) - 0.5 * b.logDet();
            for (int e : b.entries) {
                logDensity += pyhfAuxConst[e];
            }
            gauss += logDensity;
            ng += b.size();
        }
        int np = 0;
        for (int e : m.pyhfAuxOrder) {
            if (m.auxPoisson[e]) {
                double rate = pars[m.auxParam[e]] * m.auxWidth[e];
                double a = aux[e];
                if (rate < 0 || (rate == 0 && a > 0) || Double.isNaN(rate)) {
                    return Double.POSITIVE_INFINITY;
                }
                pyhfTerms[np++] = xlogy(a, rate) - rate - pyhfAuxConst[e];
            }
        }
        double pois = pairwiseSum(pyhfTerms, 0, np);
        if (ng > 0 && np > 0) {
            total += gauss + pois;
        } else if (ng > 0) {
            total += gauss;
        } else if (np > 0) {
            total += pois;
        }
        for (UnbinnedChannelNll u : unbinned) {
            // No pyhf counterpart: the unbinned channels' extended NLL, added last.
            total -= u.nll(pars, lambda, main.length, weight, null);
        }
        return -2 * total;
    }

    /** scipy.special.xlogy: 0 for x = 0, else x log y. */
    private static double xlogy(double x, double y) {
        return x == 0 && !Double.isNaN(y) ? 0.0 : x * Math.log(y);
    }

    /**
     * numpy's summation of a contiguous array (pairwise_sum): plain loop below 8 terms, eight
     * interleaved partial sums up to 128, halves (at a multiple of 8) above.
     */
    static double pairwiseSum(double[] a, int from, int n) {
        if (n < 8) {
            double r = 0.0;
            for (int i = 0; i < n; i++) {
                r += a[from + i];
            }
            return r;
        }
        if (n <= 128) {
            double r0 = a[from];
            double r1 = a[from + 1];
            double r2 = a[from + 2];
            double r3 = a[from + 3];
            double r4 = a[from + 4];
            double r5 = a[from + 5];
            double r6 = a[from + 6];
            double r7 = a[from + 7];
            int i = 8;
            for (; i < n - n % 8; i += 8) {
                int k = from + i;
                r0 += a[k];
                r1 += a[k + 1];
                r2 += a[k + 2];
                r3 += a[k + 3];
                r4 += a[k + 4];
                r5 += a[k + 5];
                r6 += a[k + 6];
                r7 += a[k + 7];
            }
            double r = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7));
            for (; i < n; i++) {
                r += a[from + i];
            }
            return r;
        }
        int n2 = n / 2;
        n2 -= n2 % 8;
        return pairwiseSum(a, from, n2) + pairwiseSum(a, from + n2, n - n2);
    }

    /**
     * log Gamma(x) rounded as scipy.special.gammaln (cephes) rounds it for the arguments that matter
     * here: Stirling's series (x - 1/2) log x - x + log(2 pi)/2 + 1/(12x) - ... for x >= 13 (agrees
     * with gammaln in all but a few in 10^5 arguments checked); log((x-1)!) with the exact factorial for
     * integers below 13; Hipparchus otherwise. Only shifts twice_nll by a data-dependent constant.
     */
    static double lgammaPyhf(double x) {
        if (x >= 13 && x < 1e8) {
            double q = (x - 0.5) * Math.log(x) - x + HALF_LOG_2PI;
            double p = 1.0 / (x * x);
            return q + ((((p * (1.0 / 1188) - 1.0 / 1680) * p + 1.0 / 1260) * p - 1.0 / 360) * p + 1.0 / 12) / x;
        }
        if (x >= 1 && x < 13 && x == Math.rint(x)) {
            double f = 1.0;
            for (double k = 2; k < x; k++) {
                f *= k;
            }
            return Math.log(f);
        }
        return Gamma.logGamma(x);
    }

    /**
     * The negative log-likelihood and its gradient (written to {@code grad}, length model size).
     */
    public double nllAndGradient(double[] pars, double[] grad) {
        evaluateRates(pars);
        double f = finish(pars, grad);
        if (!Double.isFinite(f)) {
            return f;
        }
        addRateGradient(grad, 0, m.nSamples);
        return f;
    }

    /**
     * Adds sum over the samples' slots of weight (dNLL/d rate) times the rate's gradient to {@code
     * grad}, for samples {@code from} (inclusive) to {@code to}.
     */
    private void addRateGradient(double[] grad, int from, int to) {
        for (int s = from; s < to; s++) {
            int nb = m.sampleBins[s];
            int slot0 = m.sampleSlotStart[s];
            int bin0 = m.sampleBinStart[s];
            int[] adds = m.sampleAdditive[s];
            int[] muls = m.sampleMultiplicative[s];
            int nm = muls.length;
            for (int j = 0; j < nb; j++) {
                double w = weight[bin0 + j];
                if (w == 0) {
                    continue;
                }
                double a = add[slot0 + j];
                double wf = w * mul[slot0 + j];
                for (int k : adds) {
                    int o = m.termOffset[k] + j;
                    grad[m.valueParam[o]] += wf * der[o];
                }
                // d(prod)/d(factor k) = product of the others, via prefix and running suffix products
                // (no division: a factor may be exactly zero, e.g. mu = 0).
                prefix[0] = 1.0;
                for (int i = 0; i < nm; i++) {
                    prefix[i + 1] = prefix[i] * val[m.termOffset[muls[i]] + j];
                }
                double suffix = 1.0;
                double wa = w * a;
                for (int i = nm - 1; i >= 0; i--) {
                    int o = m.termOffset[muls[i]] + j;
                    addFactorGradient(grad, muls[i], o, wa * prefix[i] * suffix);
                    suffix *= val[o];
                }
            }
        }
    }

    /**
     * Adds {@code coefficient} times the gradient of multiplicative term {@code k}'s value slot
     * {@code o} to {@code out}: one parameter's derivative, or a formula's partials.
     */
    private void addFactorGradient(double[] out, int k, int o, double coefficient) {
        int p0 = m.termPartialOffset[k];
        if (p0 < 0) {
            out[m.valueParam[o]] += coefficient * der[o];
            return;
        }
        int[] ps = m.termParams[k];
        for (int q = 0; q < ps.length; q++) {
            out[ps[q]] += coefficient * partials[p0 + q];
        }
    }

    /**
     * A positive semi-definite approximation of the NLL's Hessian (Gauss-Newton / Fisher
     * information): sum_b J_b J_b^T n_b / lambda_b^2 (1 / lambda_b for empty bins) plus the
     * constraints' exact second derivatives, J_b = d lambda_b / d theta. Used by the minimiser as its
     * starting metric, which spares a finite-difference Hessian. Returns false if a rate is not
     * positive.
     */
    public boolean approximateHessian(double[] pars, double[][] out) {
        evaluateRates(pars);
        int n = m.size();
        if (jacobian == null) {
            jacobian = new double[lambda.length][n];
        }
        for (double[] row : jacobian) {
            Arrays.fill(row, 0.0);
        }
        for (int s = 0; s < m.nSamples; s++) {
            int nb = m.sampleBins[s];
            int slot0 = m.sampleSlotStart[s];
            int bin0 = m.sampleBinStart[s];
            int[] adds = m.sampleAdditive[s];
            int[] muls = m.sampleMultiplicative[s];
            int nm = muls.length;
            for (int j = 0; j < nb; j++) {
                double[] jrow = jacobian[bin0 + j];
                double f = mul[slot0 + j];
                for (int k : adds) {
                    int o = m.termOffset[k] + j;
                    jrow[m.valueParam[o]] += f * der[o];
                }
                prefix[0] = 1.0;
                for (int i = 0; i < nm; i++) {
                    prefix[i + 1] = prefix[i] * val[m.termOffset[muls[i]] + j];
                }
                double suffix = 1.0;
                double a = add[slot0 + j];
                for (int i = nm - 1; i >= 0; i--) {
                    int o = m.termOffset[muls[i]] + j;
                    addFactorGradient(jrow, muls[i], o, a * prefix[i] * suffix);
                    suffix *= val[o];
                }
            }
        }
        for (double[] row : out) {
            Arrays.fill(row, 0.0);
        }
        for (int b = 0; b < lambda.length; b++) {
            double lam = lambda[b];
            if (!(lam > 0)) {
                return false;
            }
            // An unbinned yield's information is about 1 / nu (exact for well-separated components).
            double w = b < main.length && main[b] > 0 ? main[b] / (lam * lam) : 1.0 / lam;
            double[] jr = jacobian[b];
            for (int p = 0; p < n; p++) {
                double jp = jr[p];
                if (jp == 0) {
                    continue;
                }
                double wjp = w * jp;
                double[] op = out[p];
                for (int q = 0; q < n; q++) {
                    op[q] += wjp * jr[q];
                }
            }
        }
        for (int e = 0; e < aux.length; e++) {
            int p = m.auxParam[e];
            if (m.auxPoisson[e]) {
                double th = pars[p];
                out[p][p] += aux[e] > 0 ? aux[e] / (th * th) : 0.0;
            } else if (m.auxBlock[e] < 0) {
                out[p][p] += 1.0 / (m.auxWidth[e] * m.auxWidth[e]);
            }
        }
        for (CorrelatedGaussian b : m.blocks) {
            for (int i = 0; i < b.size(); i++) {
                for (int j = 0; j < b.size(); j++) {
                    out[b.params[i]][b.params[j]] +=
                            b.inverse(i, j) / (m.auxWidth[b.entries[i]] * m.auxWidth[b.entries[j]]);
                }
            }
        }
        if (unbinned.length > 0) {
            // Shape parameters: the outer product of the events' scores (BHHH), sum_i w_i s_i s_i^T.
            int[] shape = m.shapeParameterIndices();
            double[][] s = eventScores(pars, shape);
            double[] w = eventWeights();
            for (int i = 0; i < w.length; i++) {
                for (int a = 0; a < shape.length; a++) {
                    for (int b = 0; b < shape.length; b++) {
                        out[shape[a]][shape[b]] += w[i] * s[i][a] * s[i][b];
                    }
                }
            }
            evaluateRates(pars);
        }
        return true;
    }

    /** Whether the data include unbinned events with weights other than 1. */
    public boolean hasWeightedEvents() {
        return weightedEvents;
    }

    /**
     * The unbinned channels' part of the NLL alone and its gradient (written to {@code grad}): the
     * term whose curvature the sandwich estimator of weighted data replaces ({@link
     * #eventScoreVariance}). 0 for a model without unbinned channels.
     */
    public double eventNllAndGradient(double[] pars, double[] grad) {
        evaluateRates(pars);
        Arrays.fill(grad, 0.0);
        Arrays.fill(weight, 0.0);
        double f = 0;
        for (UnbinnedChannelNll u : unbinned) {
            f += u.nll(pars, lambda, main.length, weight, grad);
        }
        if (Double.isFinite(f)) {
            addRateGradient(grad, m.nBinnedSamples, m.nSamples);
        }
        return f;
    }

    /**
     * The variance of the unbinned part's score estimated from the events, V = sum_i w_i^2 s_i
     * s_i^T with s_i = d ln(sum_k nu_k f_k(x_i)) / d theta (central differences): the middle of the
     * sandwich covariance H^-1 (H - H_events + V) H^-1 for weighted events (Langenbruch, Eur. Phys.
     * J. C 82 (2022) 393, the extended case: the event count is Poisson, so the variance of sum_i
     * w_i s_i is sum_i w_i^2 s_i s_i^T). Size x size; rows and columns of parameters the unbinned
     * channels do not depend on are zero.
     */
    public double[][] eventScoreVariance(double[] pars) {
        int n = m.size();
        double[][] v = new double[n][n];
        if (unbinned.length == 0) {
            return v;
        }
        int[] params = unbinnedParameters();
        double[][] s = eventScores(pars, params);
        double[] w = eventWeights();
        for (int i = 0; i < w.length; i++) {
            double w2 = w[i] * w[i];
            for (int a = 0; a < params.length; a++) {
                double wa = w2 * s[i][a];
                for (int b = 0; b < params.length; b++) {
                    v[params[a]][params[b]] += wa * s[i][b];
                }
            }
        }
        evaluateRates(pars);
        return v;
    }

    /** Every event's weight, unbinned channels in order. */
    private double[] eventWeights() {
        int total = 0;
        for (UnbinnedChannelNll u : unbinned) {
            total += u.events();
        }
        double[] w = new double[total];
        int at = 0;
        for (UnbinnedChannelNll u : unbinned) {
            double[] wu = u.weights();
            System.arraycopy(wu, 0, w, at, wu.length);
            at += wu.length;
        }
        return w;
    }

    /** The parameters an unbinned channel depends on: its yields' modifiers' and its PDFs'. */
    private int[] unbinnedParameters() {
        java.util.TreeSet<Integer> ps = new java.util.TreeSet<>();
        for (int s = m.nBinnedSamples; s < m.nSamples; s++) {
            for (int k : m.sampleAdditive[s]) {
                addTermParameters(ps, k);
            }
            for (int k : m.sampleMultiplicative[s]) {
                addTermParameters(ps, k);
            }
        }
        for (int p : m.shapeParameterIndices()) {
            ps.add(p);
        }
        return ps.stream().mapToInt(Integer::intValue).toArray();
    }

    private void addTermParameters(java.util.Set<Integer> ps, int k) {
        if (m.termParams[k] != null) {
            for (int p : m.termParams[k]) {
                ps.add(p);
            }
        } else {
            for (int j = 0; j < m.terms[k].bins; j++) {
                ps.add(m.valueParam[m.termOffset[k] + j]);
            }
        }
    }

    /**
     * Per event (unbinned channels in order) the central-difference derivatives of ln(sum_k nu_k
     * f_k(x_i)) with respect to {@code params}; leaves the rate buffers at a shifted point (callers
     * re-evaluate).
     */
    private double[][] eventScores(double[] pars, int[] params) {
        double[] w = eventWeights();
        double[][] s = new double[w.length][params.length];
        double[] up = new double[w.length];
        double[] dn = new double[w.length];
        double[] x = pars.clone();
        for (int a = 0; a < params.length; a++) {
            int p = params[a];
            double h = m.numericStep[p];
            x[p] = pars[p] + h;
            logMixtures(x, up);
            x[p] = pars[p] - h;
            logMixtures(x, dn);
            x[p] = pars[p];
            for (int i = 0; i < w.length; i++) {
                s[i][a] = (up[i] - dn[i]) / (2 * h);
            }
        }
        return s;
    }

    private void logMixtures(double[] pars, double[] out) {
        evaluateRates(pars);
        int at = 0;
        for (UnbinnedChannelNll u : unbinned) {
            u.logMixture(pars, lambda, main.length, out, at);
            at += u.events();
        }
    }

    /** Main and constraint terms; fills weights (dNLL/dlambda) and constraint gradient when grad != null. */
    private double finish(double[] pars, double[] grad) {
        double f = constant;
        for (int b = 0; b < main.length; b++) {
            double lam = lambda[b];
            double n = main[b];
            if (n == 0) {
                if (!(lam >= 0)) { // negative, or NaN (a formula such as sqrt(x) outside its domain)
                    return Double.POSITIVE_INFINITY;
                }
                f += lam;
                weight[b] = 1.0;
            } else {
                if (!(lam > 0)) {
                    return Double.POSITIVE_INFINITY;
                }
                double u = lam / n - 1.0;
                f += n * (u - Math.log1p(u));
                weight[b] = 1.0 - n / lam;
            }
        }
        if (grad != null) {
            Arrays.fill(grad, 0.0);
        }
        for (int e = 0; e < aux.length; e++) {
            int p = m.auxParam[e];
            double th = pars[p];
            double a = aux[e];
            if (m.auxPoisson[e]) {
                double tau = m.auxWidth[e];
                double rate = th * tau;
                if (!(rate > 0)) {
                    if (rate == 0 && a == 0) {
                        continue;
                    }
                    return Double.POSITIVE_INFINITY;
                }
                if (a == 0) {
                    f += rate;
                    if (grad != null) {
                        grad[p] += tau;
                    }
                } else {
                    double u = th / auxRatio[e] - 1.0;
                    f += a * (u - Math.log1p(u));
                    if (grad != null) {
                        grad[p] += tau * (th - auxRatio[e]) / th;
                    }
                }
            } else if (m.auxBlock[e] < 0) {
                double sigma = m.auxWidth[e];
                double z = (a - th) / sigma;
                f += 0.5 * z * z;
                if (grad != null) {
                    grad[p] += (th - a) / (sigma * sigma);
                }
            }
        }
        for (CorrelatedGaussian b : m.blocks) {
            f += b.halfChi2(aux, pars, m.auxWidth, grad, blockScratch);
        }
        for (UnbinnedChannelNll u : unbinned) {
            f += u.nll(pars, lambda, main.length, weight, grad);
            if (!Double.isFinite(f)) {
                return f;
            }
        }
        return f;
    }
}
