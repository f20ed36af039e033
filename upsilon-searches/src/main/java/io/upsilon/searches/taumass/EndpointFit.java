package io.upsilon.searches.taumass;

import io.upsilon.core.random.RandomStream;
import io.upsilon.stats.fit.Minimizer;
import io.upsilon.stats.unbinned.DataSet;
import io.upsilon.stats.unbinned.EndpointFunction;
import io.upsilon.stats.unbinned.Observable;
import io.upsilon.stats.unbinned.Parameter;
import io.upsilon.stats.unbinned.ParameterSet;
import io.upsilon.stats.unbinned.UnbinnedFitResult;
import io.upsilon.stats.unbinned.UnbinnedFitter;
import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;
import java.util.function.IntToDoubleFunction;

/**
 * The unbinned maximum-likelihood fit of the endpoint function F (ARGUS PLB 292 (1992) 221; Belle II PRD 108, 032006, arXiv:2305.19116; {@link
 * EndpointFunction}) to M_min in a window. Weighted simulated events are first turned into
 * unweighted ones by accept-reject against the largest weight in the window (an unbinned
 * likelihood needs unit weights; with the nearly constant τ-pair weights almost every event is
 * kept), so the fitted sample has the statistics of real data of that size.
 */
final class EndpointFit {
    /** Parameter names. */
    static final String P1 = "p1";

    static final String P2 = "p2";
    static final String P3 = "p3";
    static final String P4 = "p4";
    static final String P5 = "p5";

    private final TauMassConfig.Fit cfg;

    EndpointFit(TauMassConfig.Fit cfg) {
        this.cfg = cfg;
    }

    /**
     * One fit.
     *
     * @param result the fit result (status, values, Hessian errors)
     * @param pdf the fitted PDF
     * @param events events in the fit (after unweighting)
     * @param candidates weighted events in the window before unweighting
     * @param unweightingEfficiency kept / candidates
     * @param values the fitted M_min values (sorted)
     * @param widthFixed whether the free fit failed and p2 was fixed at its start value
     */
    record Outcome(
            UnbinnedFitResult result,
            EndpointFunction pdf,
            int events,
            int candidates,
            double unweightingEfficiency,
            double[] values,
            boolean widthFixed) {
        /** Fitted edge position, GeV. */
        double p1() {
            return result.value(P1);
        }

        /** Its Hessian error, GeV. */
        double p1Error() {
            return result.error(P1);
        }

        /** Whether the fit converged with errors. */
        boolean ok() {
            return result.ok() && Double.isFinite(p1Error());
        }

        /** The fitted density on the window (integrates to 1 there). */
        DoubleUnaryOperator density() {
            return pdf.densityFunction(result.parameters());
        }
    }

    /** The fit window as an observable. */
    Observable observable() {
        return new Observable("mmin", cfg.lo(), cfg.hi());
    }

    /** The PDF with the configured start values and bounds. */
    EndpointFunction pdf() {
        Observable m = observable();
        return new EndpointFunction(
                m,
                Parameter.of(P1, cfg.p1(), cfg.lo(), cfg.hi()),
                Parameter.of(P2, cfg.p2(), cfg.p2Min(), 0.1),
                Parameter.of(P3, cfg.p3(), -0.6366, 0),
                cfg.fixP4() ? Parameter.constant(P4, 0) : Parameter.of(P4, 0, -5, 5),
                Parameter.of(P5, cfg.p5(), -5, 5));
    }

    /**
     * Unweights the events against the largest weight of all n events and fits those in the
     * window: {@link #fit(int, IntToDoubleFunction, IntToDoubleFunction, double, RandomStream)} with
     * that weight as the reference.
     */
    Outcome fit(int n, IntToDoubleFunction value, IntToDoubleFunction weight, RandomStream rng) {
        double wMax = 0;
        for (int i = 0; i < n; i++) {
            wMax = Math.max(wMax, weight.applyAsDouble(i));
        }
        return fit(n, value, weight, wMax, rng);
    }

    /**
     * Unweights the events against the reference weight {@code wRef} and fits those in the window.
     * An event of weight w <= wRef is kept with probability w / wRef; an event of weight w > wRef
     * (a background sample generated with fewer events per unit luminosity than the τ pairs)
     * enters floor(w / wRef) times, plus once more with probability of the remainder, so that each
     * kept entry stands for wRef expected events (the duplicates carry no new information: the
     * fit's error does not see that sample's Monte Carlo statistics). Every event consumes one
     * number of {@code rng} in order, window or not: the same events are kept for any {@code value}
     * (nominal or systematically shifted M_min), so the difference of two fits measures the shift,
     * not a different accept-reject draw.
     *
     * @param n number of events
     * @param value M_min of event i
     * @param weight weight of event i
     * @param wRef the reference weight (> 0)
     * @param rng the accept-reject stream
     */
    Outcome fit(int n, IntToDoubleFunction value, IntToDoubleFunction weight, double wRef, RandomStream rng) {
        double[] kept = new double[n];
        int k = 0;
        int candidates = 0;
        for (int i = 0; i < n; i++) {
            double x = value.applyAsDouble(i);
            double w = weight.applyAsDouble(i);
            int whole = w > wRef ? (int) Math.floor(w / wRef) : 0;
            // For w <= wRef this is the plain accept-reject u wRef < w.
            int copies = whole + (rng.nextDouble() * wRef < w - whole * wRef ? 1 : 0);
            if (x >= cfg.lo() && x <= cfg.hi()) {
                candidates++;
                if (k + copies > kept.length) {
                    kept = Arrays.copyOf(kept, Math.max(2 * kept.length, k + copies));
                }
                for (int c = 0; c < copies; c++) {
                    kept[k++] = x;
                }
            }
        }
        double[] values = Arrays.copyOf(kept, k);
        Arrays.sort(values);
        return fitValues(values, candidates);
    }

    /**
     * Fits unweighted values (all inside the window) in two stages: first the shape parameters p3,
     * p5 with the edge (p1, p2) held at its start values, then everything free from there (from the
     * configured start the likelihood surface is too flat in p3/p5 for a direct fit). The minimiser
     * stops at an estimated distance to the minimum of {@value #EDM} in −ln L: far below the 0.5
     * that defines a 1σ error, and above the rounding noise of an NLL of 10^5-10^6 events.
     */
    Outcome fitValues(double[] values, int candidates) {
        EndpointFunction pdf = pdf();
        UnbinnedFitter fitter =
                new UnbinnedFitter(pdf, DataSet.of(observable(), values), new Minimizer(EDM, MAX_ITERATIONS));
        ParameterSet start = ParameterSet.of(pdf);
        UnbinnedFitResult shape = fitter.fit(start.withFixed(P1, true).withFixed(P2, true));
        ParameterSet second =
                shape.ok() ? shape.parameters().withFixed(P1, false).withFixed(P2, false) : start;
        UnbinnedFitResult r = fitter.fit(second);
        boolean widthFixed = false;
        if (!(r.ok() && Double.isFinite(r.error(P1)))) {
            // Small samples can run the width to its lower bound, where the Hessian is undefined:
            // refit with the width fixed at its configured value (flagged in the outcome).
            r = fitter.fit(second.withValue(P2, cfg.p2()).withFixed(P2, true));
            widthFixed = true;
        }
        return new Outcome(
                r,
                pdf,
                values.length,
                candidates,
                candidates == 0 ? Double.NaN : values.length / (double) candidates,
                values,
                widthFixed);
    }

    /** Convergence: estimated distance to the minimum in −ln L. */
    static final double EDM = 1e-7;

    private static final int MAX_ITERATIONS = 2000;
}
