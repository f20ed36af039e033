package io.upsilon.searches.taumass;

import io.upsilon.core.config.ConfigNode;
import io.upsilon.core.pdg.ParticleTable;
import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import io.upsilon.generators.process.Process;
import io.upsilon.generators.process.ProcessParameters;
import io.upsilon.generators.process.TauPairProcesses;
import io.upsilon.searches.NamedSearch;
import io.upsilon.searches.RunContext;
import io.upsilon.searches.SampleOutcome;
import io.upsilon.searches.SampleSpec;
import io.upsilon.searches.SearchOutput;
import io.upsilon.searches.SelectedEvents;
import io.upsilon.searches.SelectionResult;
import io.upsilon.searches.SmoothedBootstrap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code upsilon run tau-mass}: the Belle II measurement of the τ mass by the pseudomass endpoint
 * in e+e- → τ+τ− with τ → πππν (PRD 108, 032006, 190 fb^-1), from generation to the result.
 *
 * <ol>
 *   <li>Three independent τ-pair samples are generated as weighted events (each a configured
 *       fraction of σ × L, weights scaled to L), preselected at generator level, run through the
 *       Belle II fast simulation and selected in the 3×1 topology ({@link TauMassSelection}): the
 *       pseudo-data, the bias-calibration simulation (same input m_τ, other random streams) and a
 *       closure sample generated with a shifted input m_τ.
 *   <li>M_min ({@link PseudoMass}) with E_τ = E*_beam is fitted in a window around the edge with
 *       the endpoint function ({@link EndpointFit}); the fitted edge p1 is the m_τ estimator.
 *   <li>Estimator bias = p1(calibration) − m_τ(input); m_τ = p1(data) − bias; the closure sample
 *       is corrected the same way and compared with its input.
 *   <li>Systematics: the data are refitted with M_min recomputed for a shifted E*_beam and for
 *       scaled track momenta; the largest difference to the nominal p1 is quoted.
 *   <li>{@link TauMassReport} writes result.json, the cut flow, the M_min plot and summary.json.
 * </ol>
 */
public final class TauMassSearch extends NamedSearch {
    /** One line: which published analysis this reproduces. */
    static final String DESCRIPTION =
            "tau mass by the pseudomass endpoint, 3x1 topology with tau -> 3 pi nu, unbinned endpoint fit,"
                    + " Belle II PRD 108, 032006 (190 fb^-1)";

    /** Registry name. */
    public static final String NAME = "tau-mass";

    /** The driver (registered in {@link io.upsilon.searches.Searches}). */
    public TauMassSearch() {
        super(NAME, DESCRIPTION, TauMassConfig.QUICK);
    }

    /**
     * One τ-pair sample: the framework's outcome with the generated τ mass and fraction of σ × L,
     * and the events its endpoint fit sees: the selected τ pairs followed by this sample's share of
     * each background sample ({@link #mix}).
     *
     * @param outcome name (data, calibration or closure), events, cut flow and selected events
     * @param inputMass the generated τ mass, GeV
     * @param fraction the generated fraction of σ × L
     * @param fitted the selected τ pairs (weights: expected events at L), then this sample's own
     *     resampled background ({@link #resampleBackground}; weight: the reference weight each)
     * @param background the simulated background as selected (weights: expected events at L)
     * @param referenceWeight the unweighting reference: the largest weight of the selected τ pairs
     * @param bandwidth the kernel width of the background's resampling, GeV
     */
    record MassSample(
            SampleOutcome<SelectionResult> outcome,
            double inputMass,
            double fraction,
            SelectedEvents fitted,
            SelectedEvents background,
            double referenceWeight,
            double bandwidth) {
        String name() {
            return outcome.name();
        }

        long generatedEvents() {
            return outcome.generatedEvents();
        }

        SelectionResult result() {
            return outcome.result();
        }

        double seconds() {
            return outcome.seconds();
        }

        /** Number of fitted events that are τ pairs (the rest are the background share). */
        int tauPairEvents() {
            return outcome.result().events().size();
        }

        /** Expected τ-pair (false: background, from its simulation) events with M_min in [lo, hi]. */
        double windowYield(boolean tauPairs, double lo, double hi) {
            SelectedEvents ev = tauPairs ? outcome.result().events() : background;
            double sum = 0;
            for (int i = 0; i < ev.size(); i++) {
                double x = ev.observable(i);
                if (x >= lo && x <= hi) {
                    sum += ev.weight(i);
                }
            }
            return sum;
        }
    }

    /**
     * A systematic variation: the refits with the quantity shifted up and down.
     *
     * @param name short name
     * @param size the size of the shift (GeV for the beam energy, relative for the momentum scale)
     * @param up p1(shifted up) − p1(nominal), GeV
     * @param down p1(shifted down) − p1(nominal), GeV
     */
    record Systematic(String name, double size, double up, double down) {
        /** The quoted uncertainty: the larger of the two differences. */
        double quoted() {
            return Math.max(Math.abs(up), Math.abs(down));
        }
    }

    /**
     * Everything measured.
     *
     * @param data the data fit
     * @param calibration the calibration fit
     * @param closure the closure fit
     * @param systematics the beam-energy and momentum-scale variations
     */
    record Measurement(
            EndpointFit.Outcome data,
            EndpointFit.Outcome calibration,
            EndpointFit.Outcome closure,
            List<Systematic> systematics,
            double inputMass,
            double closureInputMass) {
        /** Estimator bias p1(calibration) − m_τ(input), GeV. */
        double bias() {
            return calibration.p1() - inputMass;
        }

        /** Statistical error of the bias (calibration sample size), GeV. */
        double biasError() {
            return calibration.p1Error();
        }

        /** Bias-corrected data result, GeV. */
        double mTau() {
            return data.p1() - bias();
        }

        /** Bias-corrected closure result, GeV. */
        double closureMass() {
            return closure.p1() - bias();
        }

        /** Error of the closure comparison: closure and calibration statistics, GeV. */
        double closureError() {
            return Math.hypot(closure.p1Error(), biasError());
        }

        /** (corrected closure − input) / error. */
        double closurePull() {
            return (closureMass() - closureInputMass) / closureError();
        }
    }

    @Override
    protected String run(ConfigNode root, RunContext ctx) {
        TauMassConfig cfg = TauMassConfig.read(root, ctx.common());
        TauMassSelection selection = new TauMassSelection(cfg, ctx.beam());
        Process process = TauMassConfig.process();
        double mInput = ParticleTable.standard().byId(15).mass();
        double mClosure = mInput + cfg.closureShift();

        ProcessParameters nominal = params(ctx, process, mInput);
        ProcessParameters shifted = params(ctx, process, mClosure);
        double sigma = ctx.pilotCrossSection("tautau", process, nominal);
        List<SampleOutcome<SelectionResult>> backgrounds = new ArrayList<>();
        for (SampleSpec b : cfg.backgrounds()) {
            backgrounds.add(ctx.produce(b, selection));
        }
        SelectedEvents background = merged(backgrounds, TauMassSelection.FEATURES.size());
        // The kernel width from the background near the fit window (three window widths wide).
        double width = cfg.fit().hi() - cfg.fit().lo();
        double bandwidth = SmoothedBootstrap.silvermanBandwidth(
                background, cfg.fit().lo() - width, cfg.fit().hi() + width);
        MassSample data = produce(
                ctx, "data", process, nominal, mInput, cfg.dataFraction(), sigma, selection, background, bandwidth);
        MassSample calibration = produce(
                ctx,
                "calibration",
                process,
                nominal,
                mInput,
                cfg.calibrationFraction(),
                sigma,
                selection,
                background,
                bandwidth);
        MassSample closure = produce(
                ctx,
                "closure",
                process,
                shifted,
                mClosure,
                cfg.closureFraction(),
                sigma,
                selection,
                background,
                bandwidth);

        EndpointFit fitter = new EndpointFit(cfg.fit());
        RandomStreams streams = ctx.streams();
        EndpointFit.Outcome dataFit = fit(fitter, data, -1, streams);
        EndpointFit.Outcome calFit = fit(fitter, calibration, -1, streams);
        EndpointFit.Outcome cloFit = fit(fitter, closure, -1, streams);
        double p1 = dataFit.p1();
        Systematic ebeam = new Systematic(
                "beam_energy",
                cfg.systematics().beamEnergyShift(),
                fit(fitter, data, TauMassSelection.F_MMIN_EBEAM_UP, streams).p1() - p1,
                fit(fitter, data, TauMassSelection.F_MMIN_EBEAM_DOWN, streams).p1() - p1);
        Systematic pscale = new Systematic(
                "momentum_scale",
                cfg.systematics().momentumScale(),
                fit(fitter, data, TauMassSelection.F_MMIN_PSCALE_UP, streams).p1() - p1,
                fit(fitter, data, TauMassSelection.F_MMIN_PSCALE_DOWN, streams).p1() - p1);
        Measurement m = new Measurement(dataFit, calFit, cloFit, List.of(ebeam, pscale), mInput, mClosure);

        TauMassReport report = new TauMassReport(cfg, ctx, sigma, data, calibration, closure, backgrounds, m);
        SearchOutput out = report.output();
        out.write();
        return report.terminalSummary(out);
    }

    private static ProcessParameters params(RunContext ctx, Process process, double tauMass) {
        return ctx.parameters(
                process,
                Map.of(TauPairProcesses.TAU_MASS, Double.toString(tauMass)),
                "samples.closure.tau_mass_shift_gev");
    }

    /**
     * Fits a sample's τ pairs and background share: feature {@code feature} of the events as M_min,
     * or the nominal M_min for -1. The unweighting stream is the sample's, so every fit of a sample
     * keeps the same events.
     */
    static EndpointFit.Outcome fit(EndpointFit fitter, MassSample s, int feature, RandomStreams streams) {
        SelectedEvents ev = s.fitted();
        return fitter.fit(
                ev.size(),
                i -> feature < 0 ? ev.observable(i) : ev.feature(i, feature),
                ev::weight,
                s.referenceWeight(),
                streams.stream("unweight/" + s.name()));
    }

    /**
     * A sample of {@code fraction} of σ × L (σ from the pilot run), with its generated τ mass and
     * its own resampled background ({@link #resampleBackground}).
     */
    private static MassSample produce(
            RunContext ctx,
            String name,
            Process process,
            ProcessParameters params,
            double inputMass,
            double fraction,
            double sigma,
            TauMassSelection selection,
            SelectedEvents background,
            double bandwidth) {
        long events = ctx.luminosityEvents(fraction, sigma);
        SampleOutcome<SelectionResult> o = ctx.produce(name, name, process, params, events, selection);
        double pairs = sigma * ctx.luminosityFb() * 1e6;
        SelectedEvents tau = o.result().events();
        double wRef = 0;
        for (int i = 0; i < tau.size(); i++) {
            wRef = Math.max(wRef, tau.weight(i));
        }
        SelectedEvents fitted = tau;
        if (background.size() > 0 && wRef > 0) {
            fitted = tau.merge(
                    resampleBackground(background, wRef, bandwidth, ctx.streams().stream("background/" + name)));
        }
        return new MassSample(o, inputMass, events / pairs, fitted, background, wRef, bandwidth);
    }

    /**
     * The sample's own background: a smoothed bootstrap ({@link SmoothedBootstrap}) of the simulated
     * background with unit weight {@code wRef}, so the fit sees as many independent background
     * events as real data of the sample's size would hold. The q q̄ continuum is simulated with
     * about ten times the τ pairs' weight per event: accept-reject would put each of its events into
     * the fit ten or more times as identical copies, which the fit's error would count as independent
     * (in --quick mode this made the closure pull about twice too wide). The kernel moves M_min and
     * its systematically shifted versions together, so every refit of a sample sees the same
     * background events.
     */
    static SelectedEvents resampleBackground(
            SelectedEvents background, double wRef, double bandwidth, RandomStream rng) {
        return SmoothedBootstrap.resample(background, wRef, bandwidth, TauMassSelection.MMIN_FEATURES, rng);
    }

    /** Every selected event of the backgrounds, in order (weights: expected events at L). */
    static SelectedEvents merged(List<SampleOutcome<SelectionResult>> backgrounds, int featureCount) {
        SelectedEvents out = new SelectedEvents(featureCount);
        for (SampleOutcome<SelectionResult> b : backgrounds) {
            out = out.merge(b.result().events());
        }
        return out;
    }

    /** Formats GeV as MeV with three decimals. */
    static String mev(double gev) {
        return String.format(Locale.ROOT, "%.3f", 1e3 * gev);
    }
}
