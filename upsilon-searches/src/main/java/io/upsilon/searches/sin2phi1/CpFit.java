package io.upsilon.searches.sin2phi1;

/**
 * The unbinned maximum-likelihood fit of S and C to tagged Delta t (tau(B0), Delta m_d, the
 * resolution function, the tagger's w and Delta w and the background fraction and shape fixed).
 * The per-event likelihood (see {@link DeltaTModel}) is
 *
 * <pre>
 *   L_i = (1 - f_b) [E_i (1 - q_i Delta w) + q_i (1 - 2w) (S Sn_i - C Cs_i)] / 2 + f_b B_i / 2 = a_i + S b_i + C c_i,
 * </pre>
 *
 * linear in S and C, so -ln L is convex and Newton's method converges in a few steps; the errors
 * are the square roots of the diagonal of the inverse Hessian (the parabolic errors, exact for the
 * quadratic approximation at the minimum). The events are conditioned on their sigma_i (the same
 * sigma_i distribution for signal and background is assumed; G. Punzi, arXiv:physics/0401045).
 */
final class CpFit {
    /**
     * A fit result.
     *
     * @param s fitted S
     * @param sError its error
     * @param c fitted C (A = -C)
     * @param cError its error
     * @param correlation correlation of S and C
     * @param nll -ln L at the minimum
     * @param events number of events
     * @param converged whether Newton's steps converged
     */
    record Result(
            double s,
            double sError,
            double c,
            double cError,
            double correlation,
            double nll,
            int events,
            boolean converged) {}

    private final DeltaTModel model;
    private final FlavourTagger tagger;
    private final Sin2Phi1Config.Background background;

    CpFit(DeltaTModel model, FlavourTagger tagger, Sin2Phi1Config.Background background) {
        this.model = model;
        this.tagger = tagger;
        this.background = background;
    }

    /** The coefficients {a_i, b_i, c_i} of every event. */
    double[][] coefficients(TaggedEvents ev, boolean withResolution) {
        int n = ev.size();
        double[][] k = new double[3][n];
        double fb = background.fraction();
        for (int i = 0; i < n; i++) {
            double dt = ev.deltaT()[i];
            double sg = withResolution ? ev.sigma()[i] : 0;
            double[] t = model.terms(dt, sg, model.tau());
            int l = ev.bin()[i];
            int q = ev.q()[i];
            double dil = q * (1 - 2 * tagger.wrongTag(l));
            double bkg = 0;
            if (fb > 0) {
                double life = model.terms(dt, sg, background.tauPs())[0];
                double prompt = sg > 0 ? model.prompt(dt, sg) : 0;
                bkg = background.promptFraction() * prompt + (1 - background.promptFraction()) * life;
            }
            k[0][i] = (1 - fb) * t[0] * (1 - q * tagger.deltaWrongTag(l)) / 2 + fb * bkg / 2;
            k[1][i] = (1 - fb) * dil * t[1] / 2;
            k[2][i] = -(1 - fb) * dil * t[2] / 2;
        }
        return k;
    }

    /** Fits the events with the resolution function. */
    Result fit(TaggedEvents ev) {
        return fit(coefficients(ev, true));
    }

    /** Fits precomputed coefficients. */
    static Result fit(double[][] k) {
        int n = k[0].length;
        double s = 0;
        double c = 0;
        boolean converged = false;
        double[] h = new double[3];
        for (int iter = 0; iter < 50; iter++) {
            double gs = 0;
            double gc = 0;
            h[0] = 0;
            h[1] = 0;
            h[2] = 0;
            for (int i = 0; i < n; i++) {
                double l = k[0][i] + s * k[1][i] + c * k[2][i];
                if (!(l > 0)) {
                    l = 1e-300;
                }
                double bs = k[1][i] / l;
                double bc = k[2][i] / l;
                gs -= bs;
                gc -= bc;
                h[0] += bs * bs;
                h[1] += bs * bc;
                h[2] += bc * bc;
            }
            double det = h[0] * h[2] - h[1] * h[1];
            double ds = -(h[2] * gs - h[1] * gc) / det;
            double dc = -(-h[1] * gs + h[0] * gc) / det;
            // Step halving keeps every event's likelihood positive.
            double lambda = 1;
            while (lambda > 1e-6 && !positive(k, s + lambda * ds, c + lambda * dc)) {
                lambda /= 2;
            }
            s += lambda * ds;
            c += lambda * dc;
            if (Math.abs(lambda * ds) < 1e-9 && Math.abs(lambda * dc) < 1e-9) {
                converged = true;
                break;
            }
        }
        double nll = 0;
        h[0] = 0;
        h[1] = 0;
        h[2] = 0;
        for (int i = 0; i < n; i++) {
            double l = k[0][i] + s * k[1][i] + c * k[2][i];
            nll -= Math.log(l);
            h[0] += Math.pow(k[1][i] / l, 2);
            h[1] += k[1][i] * k[2][i] / (l * l);
            h[2] += Math.pow(k[2][i] / l, 2);
        }
        double det = h[0] * h[2] - h[1] * h[1];
        double vs = h[2] / det;
        double vc = h[0] / det;
        double cov = -h[1] / det;
        return new Result(s, Math.sqrt(vs), c, Math.sqrt(vc), cov / Math.sqrt(vs * vc), nll, n, converged);
    }

    private static boolean positive(double[][] k, double s, double c) {
        for (int i = 0; i < k[0].length; i++) {
            if (!(k[0][i] + s * k[1][i] + c * k[2][i] > 0)) {
                return false;
            }
        }
        return true;
    }
}
