package io.upsilon.searches.bknunu;

import io.upsilon.core.hist.Axis;
import io.upsilon.core.hist.Hist1D;
import io.upsilon.core.random.RandomStream;
import io.upsilon.searches.BinGrouping;
import io.upsilon.searches.ChannelTemplate;
import io.upsilon.searches.SampleTemplate;
import io.upsilon.searches.WorkspaceBuilder;
import io.upsilon.stats.fit.FitResult;
import io.upsilon.stats.fit.Fitter;
import io.upsilon.stats.infer.AsymptoticCalculator;
import io.upsilon.stats.infer.Significance;
import io.upsilon.stats.infer.TestStatistic;
import io.upsilon.stats.infer.UpperLimit;
import io.upsilon.stats.model.Model;
import io.upsilon.stats.model.ModelCompiler;
import io.upsilon.stats.workspace.Workspace;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * The statistical part of the ITA search: the HistFactory workspace (the on-resonance signal region
 * in η(BDT2) × q²_rec bins with the signal, whose normalisation μ is the branching fraction in SM
 * units, and every background; the off-resonance channel with the continuum, whose normalisation
 * nuisance parameters it shares; each background with its normalisation prior, Monte Carlo
 * statistics as staterror), the expected discovery significance and CLs upper limit on Asimov data,
 * and the closure test on pseudo-data with a signal injected.
 */
final class BKnunuFit {
    /** The parameter of interest: the signal strength in units of the SM branching fraction. */
    static final String POI = "mu";

    /** The staterror set shared by all samples of a channel. */
    static final String MC_STAT = "mcstat";

    /** The normsys of the background η-tail model, common to every background. */
    static final String TAIL = "background_eta_tail";

    /** Channel names. */
    static final String ON = "ita_onres";

    static final String OFF = "ita_offres";

    private BKnunuFit() {}

    /**
     * A background template: its sample name, histogram over the flat fit bins (expected events),
     * normalisation nuisance parameter with its relative prior width, and whether it comes from the
     * η-tail model ({@link BackgroundTail}, which then adds its common normsys) or directly from the
     * sample's simulated signal-region events.
     */
    record Template(String name, Hist1D hist, String normName, double normUncertainty, boolean fromTail) {}

    /**
     * The templates of the fit, at the run's luminosities.
     *
     * @param axis the flat fit bins (η-major: bin = i_η × n_q² + i_q²)
     * @param signal the signal at μ = 1
     * @param signalUncertainty relative signal-efficiency normalisation prior
     * @param onResonance the on-resonance backgrounds
     * @param offResonance the off-resonance continuum
     * @param tailHi factor on every tail-model background at +1σ of the η-tail model ({@link BackgroundTail})
     * @param tailLo factor at −1σ
     */
    record Templates(
            Axis axis,
            Hist1D signal,
            double signalUncertainty,
            List<Template> onResonance,
            List<Template> offResonance,
            double tailHi,
            double tailLo) {
        Templates {
            onResonance = List.copyOf(onResonance);
            offResonance = List.copyOf(offResonance);
        }

        /** These templates with on- and off-resonance yields scaled (another luminosity). */
        Templates scaled(double on, double off) {
            return new Templates(
                    axis,
                    signal.scaled(on),
                    signalUncertainty,
                    onResonance.stream()
                            .map(t -> new Template(
                                    t.name(), t.hist().scaled(on), t.normName(), t.normUncertainty(), t.fromTail()))
                            .toList(),
                    offResonance.stream()
                            .map(t -> new Template(
                                    t.name(), t.hist().scaled(off), t.normName(), t.normUncertainty(), t.fromTail()))
                            .toList(),
                    tailHi,
                    tailLo);
        }

        /** The expected on-resonance yield per fine bin at signal strength {@code mu}. */
        Hist1D expectedOn(double mu) {
            Hist1D h = signal.scaled(mu);
            onResonance.forEach(t -> h.add(t.hist()));
            return h;
        }

        /** The expected off-resonance yield per fine bin. */
        Hist1D expectedOff() {
            Hist1D h = new Hist1D(axis);
            offResonance.forEach(t -> h.add(t.hist()));
            return h;
        }
    }

    /** The on-resonance channel with the observation {@code data}. */
    static ChannelTemplate onChannel(Templates t, Hist1D data) {
        ChannelTemplate c = ChannelTemplate.of(ON, BinGrouping.allBins(t.axis().bins()))
                .mergingEmptyBackgroundBins()
                .droppingEmptyBackgrounds()
                .withSample(SampleTemplate.signal("signal", t.signal())
                        .withNormFactor(POI)
                        .withNormSys("signal_efficiency", t.signalUncertainty())
                        .withStatError(MC_STAT));
        for (Template b : t.onResonance()) {
            SampleTemplate s =
                    SampleTemplate.background(b.name(), b.hist()).withNormSys(b.normName(), b.normUncertainty());
            if (b.fromTail()) {
                s = s.withNormSys(TAIL, t.tailHi(), t.tailLo());
            }
            c = c.withSample(s.withStatError(MC_STAT));
        }
        return c.withObserved(data);
    }

    /** The off-resonance channel with the observation {@code data}. */
    static ChannelTemplate offChannel(Templates t, Hist1D data) {
        ChannelTemplate c = ChannelTemplate.of(OFF, BinGrouping.allBins(t.axis().bins()))
                .mergingEmptyBackgroundBins()
                .droppingEmptyBackgrounds();
        for (Template b : t.offResonance()) {
            SampleTemplate s =
                    SampleTemplate.background(b.name(), b.hist()).withNormSys(b.normName(), b.normUncertainty());
            if (b.fromTail()) {
                s = s.withNormSys(TAIL, t.tailHi(), t.tailLo());
            }
            c = c.withSample(s.withStatError(MC_STAT));
        }
        return c.withObserved(data);
    }

    /** The workspace with the given on- and off-resonance observations. */
    static Workspace workspace(String name, Templates t, Hist1D dataOn, Hist1D dataOff) {
        if (!(t.expectedOn(0).integral() > 0)) {
            throw new IllegalStateException("no simulated background event in the on-resonance signal region: "
                    + "raise the backgrounds' luminosity fractions");
        }
        WorkspaceBuilder b = WorkspaceBuilder.measurement(name, POI)
                .parameter(POI, 1.0, 0, 100)
                .channel(onChannel(t, dataOn));
        // Without a simulated off-resonance event in the signal region (small quick samples) the
        // channel has nothing to constrain and is left out.
        return hasOffResonance(t) ? b.channel(offChannel(t, dataOff)).build() : b.build();
    }

    /** Whether the off-resonance channel has any expected event in the signal region. */
    static boolean hasOffResonance(Templates t) {
        return t.expectedOff().integral() > 0;
    }

    /** The workspace whose observations are the Asimov data at signal strength {@code mu}. */
    static Workspace asimov(String name, Templates t, double mu) {
        return workspace(name, t, t.expectedOn(mu), t.expectedOff());
    }

    /**
     * Expected sensitivity.
     *
     * @param significance median expected discovery significance of an SM signal (μ = 1 Asimov data)
     * @param limits expected CLs upper limits on μ: −2σ, −1σ, median, +1σ, +2σ (background-only Asimov)
     * @param converged whether the limit search converged
     */
    record Sensitivity(double significance, double[] limits, boolean converged) {
        double median() {
            return limits[2];
        }
    }

    /** The expected significance and upper limits of {@code t}. */
    static Sensitivity sensitivity(Templates t, double cl) {
        return sensitivity(mu -> asimov(mu > 0 ? "sm" : "bonly", t, mu), cl);
    }

    /**
     * The expected significance (μ = 1 Asimov data) and upper limits (background-only Asimov data)
     * of the workspaces {@code asimovAt(μ)}.
     */
    static Sensitivity sensitivity(DoubleFunction<Workspace> asimovAt, double cl) {
        Model withSignal = ModelCompiler.compile(asimovAt.apply(1.0), "b-knunu workspace (mu = 1 Asimov)");
        double z = Significance.discovery(withSignal, withSignal.observedData()).z();
        Model bOnly = ModelCompiler.compile(asimovAt.apply(0.0), "b-knunu workspace (background-only Asimov)");
        AsymptoticCalculator calc = new AsymptoticCalculator(bOnly, bOnly.observedData(), TestStatistic.QTILDE);
        UpperLimit.Result r = UpperLimit.rootFind(calc, 0, 100, 1 - cl, 1e-4);
        boolean ok = Arrays.stream(r.exp()).allMatch(Double::isFinite);
        return new Sensitivity(z, r.exp(), ok);
    }

    /**
     * A closure point: μ fitted to pseudo-data (Poisson main bins and auxiliary data of the model at
     * the injected μ, nuisance parameters at their nominal values) and its Hessian error.
     */
    record Closure(double injected, double fitted, double error) {
        double pull() {
            return (fitted - injected) / error;
        }
    }

    /** The closure at {@code mu}: pseudo-data drawn from {@code rng}. */
    static Closure closure(Templates t, double mu, RandomStream rng) {
        return closure(asimov("closure", t, mu), mu, rng);
    }

    /** The closure of a workspace whose observation is the Asimov data at {@code mu}. */
    static Closure closure(Workspace asimovAtMu, double mu, RandomStream rng) {
        Model m = ModelCompiler.compile(asimovAtMu, "b-knunu workspace (closure)");
        double[] pars = m.suggestedInit();
        pars[m.poiIndex()] = mu;
        double[] data = m.sample(pars, rng);
        FitResult f = new Fitter(m).fit(data, m.suggestedInit(), m.suggestedFixed(), true);
        return new Closure(mu, f.value(m.poiIndex()), f.errors()[m.poiIndex()]);
    }

    /**
     * The fitted parameters and the expected on-resonance yield per fit bin (post-fit) of a
     * workspace's own observation.
     *
     * @param mu fitted signal strength
     * @param muError its error
     * @param postFitOn post-fit expected events per on-resonance fit bin
     * @param postFitOff post-fit expected events per off-resonance fit bin
     */
    record PostFit(double mu, double muError, double[] postFitOn, double[] postFitOff) {}

    /** Fits the workspace's observation. */
    static PostFit postFit(Workspace ws) {
        Model m = ModelCompiler.compile(ws, "b-knunu workspace");
        FitResult f = new Fitter(m).fit(m.observedData(), m.suggestedInit(), m.suggestedFixed(), true);
        double[] main = m.expectedMain(f.values());
        int nOn = m.channelBins()[0];
        return new PostFit(
                f.value(m.poiIndex()),
                f.errors()[m.poiIndex()],
                Arrays.copyOfRange(main, 0, nOn),
                Arrays.copyOfRange(main, nOn, main.length));
    }
}
