package io.upsilon.searches.llpscalar;

import io.upsilon.core.random.RandomStreams;
import io.upsilon.searches.SampleOutcome;
import io.upsilon.searches.SelectedEvents;
import io.upsilon.searches.SelectionResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Everything after the samples for one final state: the resolution and efficiency from the signal, the
 * background expectation and shape from the simulated backgrounds, the pseudo-data drawn from them, the
 * scan, and the limits vs mass and lifetime.
 */
final class ChannelAnalysis {
    /** Fewest selected signal events for a resolution at a mass. */
    static final int MIN_RESOLUTION_EVENTS = 20;

    private ChannelAnalysis() {}

    /**
     * A limit curve at one lifetime.
     *
     * @param cTau the lifetime, cm
     * @param masses m_S of the hypotheses with a defined efficiency, GeV
     * @param efficiency their efficiencies
     * @param observed observed 95% CL limits on B(B+ -&gt; K+ S) x B(S -&gt; x x)
     * @param expected expected band, [hypothesis][-2 sigma ... +2 sigma]
     */
    record LimitCurve(double cTau, double[] masses, double[] efficiency, double[] observed, double[][] expected) {}

    /**
     * One final state's result.
     *
     * @param fs the final state
     * @param backgrounds the background samples' results for this final state
     * @param signals the signal samples
     * @param resolution the reduced-mass resolution
     * @param efficiency the efficiency map
     * @param bPairs N(B+B-) (or N(B0 anti-B0) for B0 -&gt; K*0 S) at the luminosity (the signal samples'
     *     generated weight)
     * @param settings the scan's settings
     * @param expectedBackground expected background events in the fit range
     * @param backgroundMcEvents simulated background events in the fit range
     * @param backgroundShape the simulated background's shape
     * @param pseudoData the pseudo-data's reduced masses
     * @param scan the scan
     * @param limits limits vs mass, one curve per lifetime of the run
     * @param thetaObserved excluded theta interval per hypothesis from the observed limit (mu mu only, else empty)
     * @param thetaExpected from the median expected limit
     * @param thetaCTau the lifetime grid reach of the theta translation
     */
    record Result(
            LlpScalarConfig.FinalState fs,
            List<SampleOutcome<SelectionResult>> backgrounds,
            List<SignalSample> signals,
            Resolution resolution,
            EfficiencyMap efficiency,
            double bPairs,
            MassScan.Settings settings,
            double expectedBackground,
            int backgroundMcEvents,
            BackgroundShape backgroundShape,
            double[] pseudoData,
            MassScan.Result scan,
            List<LimitCurve> limits,
            List<MixingAngle.Interval> thetaObserved,
            List<MixingAngle.Interval> thetaExpected) {}

    /** A produced signal sample with its point. */
    record SignalSample(double mass, double cTau, SampleOutcome<SelectionResult> outcome) {}

    static Result run(
            LlpScalarConfig cfg,
            LlpScalarConfig.FinalState fs,
            List<SampleOutcome<SelectionResult>> backgrounds,
            List<SignalSample> signals,
            double[] lifetimes,
            boolean quick,
            RandomStreams streams) {
        double mx = fs.daughterMass();
        Resolution resolution = resolution(fs, signals);
        List<EfficiencyMap.Sample> effSamples = new ArrayList<>();
        for (SignalSample s : signals) {
            effSamples.add(
                    new EfficiencyMap.Sample(s.mass(), s.cTau(), s.outcome().result()));
        }
        EfficiencyMap efficiency = new EfficiencyMap(effSamples);
        double bPairs = signals.get(0).outcome().result().flow().weight(0);
        MassScan.Settings settings = new MassScan.Settings(
                Resolution.reduced(fs.scanMin(), mx),
                Resolution.reduced(fs.scanMax(), mx),
                mx,
                cfg.scan().windowSigmas(),
                cfg.scan().cl(),
                fs::vetoed);

        List<Double> x = new ArrayList<>();
        List<Double> w = new ArrayList<>();
        for (SampleOutcome<SelectionResult> b : backgrounds) {
            SelectedEvents ev = b.result().events();
            for (int i = 0; i < ev.size(); i++) {
                double m = ev.observable(i);
                if (ev.feature(i, LlpScalarSelection.F_SELECTED) == 1f && m >= settings.lo() && m <= settings.hi()) {
                    x.add(m);
                    w.add(ev.weight(i));
                }
            }
        }
        double[] xs = x.stream().mapToDouble(Double::doubleValue).toArray();
        double[] ws = w.stream().mapToDouble(Double::doubleValue).toArray();
        double expected = Arrays.stream(ws).sum();
        if (xs.length == 0) {
            expected = cfg.scan().backgroundFloor();
        }
        BackgroundShape shape = xs.length >= cfg.scan().minShapeEvents()
                ? BackgroundShape.fit(xs, ws, settings.lo(), settings.hi())
                : new BackgroundShape(0, settings.lo(), settings.hi());
        double[] pseudo = MassScan.sample(shape, expected, streams.stream("pseudo-data/" + fs.name()));
        Arrays.sort(pseudo);
        int toys = quick ? cfg.scan().quickToys() : cfg.scan().toys();
        MassScan.Result scan =
                MassScan.run(settings, resolution, pseudo, expected, shape, toys, streams.child("toys/" + fs.name()));

        List<LimitCurve> curves = new ArrayList<>();
        for (double ct : lifetimes) {
            curves.add(limitCurve(scan, efficiency, bPairs * fs.hadronBranching(), ct));
        }
        List<MixingAngle.Interval> thObs = new ArrayList<>();
        List<MixingAngle.Interval> thExp = new ArrayList<>();
        // The theta translation uses the B+ -> K+ S rate (DarkScalar); B0 -> K*0 S has its own form factor.
        if ("muon".equals(fs.pid()) && !fs.kstar()) {
            for (MassScan.Point p : scan.points()) {
                double mS = p.hypothesis().mS();
                thObs.add(MixingAngle.excluded(mS, p.observedLimit(), bPairs, efficiency, cfg.interpretation()));
                thExp.add(MixingAngle.excluded(mS, p.expectedLimits()[2], bPairs, efficiency, cfg.interpretation()));
            }
        }
        return new Result(
                fs,
                backgrounds,
                signals,
                resolution,
                efficiency,
                bPairs,
                settings,
                expected,
                xs.length,
                shape,
                pseudo,
                scan,
                curves,
                thObs,
                thExp);
    }

    /**
     * The limits on B x B at one lifetime: N_up / (2 N(B B) eff), {@code bPairs} N(B B) times the
     * branching fraction of the reconstructed hadron decay (K*0 -&gt; K+ pi-, 1 for a K+).
     */
    static LimitCurve limitCurve(MassScan.Result scan, EfficiencyMap eff, double bPairs, double cTau) {
        List<double[]> rows = new ArrayList<>();
        for (MassScan.Point p : scan.points()) {
            double mS = p.hypothesis().mS();
            double e = eff.efficiency(mS, cTau);
            if (!(e > 0)) {
                continue;
            }
            double scale = 1 / (2 * bPairs * e);
            double[] r = new double[8];
            r[0] = mS;
            r[1] = e;
            r[2] = p.observedLimit() * scale;
            for (int k = 0; k < 5; k++) {
                r[3 + k] = p.expectedLimits()[k] * scale;
            }
            rows.add(r);
        }
        int n = rows.size();
        double[] m = new double[n];
        double[] e = new double[n];
        double[] o = new double[n];
        double[][] ex = new double[n][];
        for (int i = 0; i < n; i++) {
            double[] r = rows.get(i);
            m[i] = r[0];
            e[i] = r[1];
            o[i] = r[2];
            ex[i] = Arrays.copyOfRange(r, 3, 8);
        }
        return new LimitCurve(cTau, m, e, o, ex);
    }

    /**
     * The resolution at each generated mass: half the 16-84% interquantile range of m_red(reconstructed) -
     * m_red(generated) over the selected signal events of that mass (all lifetimes), a width robust
     * against the tails of wrong pairings.
     */
    static Resolution resolution(LlpScalarConfig.FinalState fs, List<SignalSample> signals) {
        double[] masses = signals.stream()
                .mapToDouble(SignalSample::mass)
                .distinct()
                .sorted()
                .toArray();
        List<double[]> points = new ArrayList<>();
        for (double m : masses) {
            double truth = Resolution.reduced(m, fs.daughterMass());
            List<Double> r = new ArrayList<>();
            for (SignalSample s : signals) {
                if (s.mass() != m) {
                    continue;
                }
                SelectedEvents ev = s.outcome().result().events();
                for (int i = 0; i < ev.size(); i++) {
                    if (ev.feature(i, LlpScalarSelection.F_SELECTED) == 1f) {
                        r.add(ev.observable(i) - truth);
                    }
                }
            }
            if (r.size() >= MIN_RESOLUTION_EVENTS) {
                double[] v =
                        r.stream().mapToDouble(Double::doubleValue).sorted().toArray();
                double width = 0.5 * (quantile(v, 0.84) - quantile(v, 0.16));
                if (width > 0) {
                    points.add(new double[] {truth, width});
                }
            }
        }
        if (points.isEmpty()) {
            throw new IllegalStateException("final state " + fs.name() + ": fewer than " + MIN_RESOLUTION_EVENTS
                    + " selected signal events at every mass; raise signal.events");
        }
        return new Resolution(
                points.stream().mapToDouble(p -> p[0]).toArray(),
                points.stream().mapToDouble(p -> p[1]).toArray());
    }

    /** The q quantile of sorted values (linear interpolation). */
    static double quantile(double[] sorted, double q) {
        double pos = q * (sorted.length - 1);
        int i = (int) Math.floor(pos);
        int j = Math.min(sorted.length - 1, i + 1);
        return sorted[i] + (pos - i) * (sorted[j] - sorted[i]);
    }
}
