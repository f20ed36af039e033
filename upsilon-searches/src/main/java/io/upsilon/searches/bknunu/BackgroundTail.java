package io.upsilon.searches.bknunu;

/**
 * The η(BDT2) tail of the background above a loose threshold η_s, as a one-parameter model fitted
 * to all simulated background events above η_s: with u = (1 − η)/(1 − η_s) ∈ (0, 1], the density
 * is k u^(k−1), i.e. P(η > x | η > η_s) = ((1 − x)/(1 − η_s))^k. A background that the classifier
 * suppresses piles up at low η (k > 1); the signal, flat by construction, has k = 1.
 *
 * <p>Why: the signal region keeps a few per cent of the signal and far less of the background, so
 * a Monte Carlo sample that is a small fraction of the data luminosity has few or no background
 * events there. Each background's template is then its own events above η_s in q²_rec times the
 * pooled tail fraction of each η bin ({@link #fraction}); this assumes η and q²_rec independent
 * above η_s and the same η shape for every background. The weighted maximum-likelihood estimate is
 * k = Σw / Σ(−w ln u), with the error k/√n_eff (n_eff = (Σw)²/Σw²), which enters the fit as a
 * normalisation uncertainty of the backgrounds.
 *
 * @param etaMin the threshold η_s
 * @param k the fitted exponent
 * @param kError its error
 * @param events simulated events above the threshold
 */
record BackgroundTail(double etaMin, double k, double kError, int events) {
    /** Validates. */
    BackgroundTail {
        if (!(etaMin >= 0 && etaMin < 1) || !(k > 0) || !(kError >= 0)) {
            throw new IllegalArgumentException("bad tail: eta_s " + etaMin + ", k " + k + " +- " + kError);
        }
    }

    /**
     * Fits the tail to the events above {@code etaMin} ({@code eta} NaN: not in the tail).
     *
     * @throws IllegalArgumentException with fewer than two events above the threshold
     */
    static BackgroundTail fit(double etaMin, double[] eta, double[] weights) {
        double sw = 0;
        double sw2 = 0;
        double swl = 0;
        int n = 0;
        for (int i = 0; i < eta.length; i++) {
            if (eta[i] > etaMin && weights[i] > 0) {
                // eta = 1 exactly (above every signal score) is the last bin's edge: clip at 1e-6.
                double u = Math.max((1 - eta[i]) / (1 - etaMin), 1e-6);
                sw += weights[i];
                sw2 += weights[i] * weights[i];
                swl += -weights[i] * Math.log(u);
                n++;
            }
        }
        if (n < 2 || !(swl > 0)) {
            throw new IllegalArgumentException("the background tail above eta = " + etaMin + " has " + n
                    + " simulated events: too few to fit (raise the luminosity fractions or lower the threshold)");
        }
        double k = sw / swl;
        double nEff = sw * sw / sw2;
        return new BackgroundTail(etaMin, k, k / Math.sqrt(nEff), n);
    }

    /** The fraction of the tail in [a, b] (a, b ≥ η_s) at exponent {@code kk}. */
    double fraction(double a, double b, double kk) {
        if (a < etaMin - 1e-12 || b < a) {
            throw new IllegalArgumentException("[" + a + ", " + b + "] is not above eta_s = " + etaMin);
        }
        double ua = (1 - a) / (1 - etaMin);
        double ub = Math.max((1 - b) / (1 - etaMin), 0);
        return Math.pow(ua, kk) - Math.pow(ub, kk);
    }

    /** The fraction of the tail in [a, b] at the fitted exponent. */
    double fraction(double a, double b) {
        return fraction(a, b, k);
    }
}
