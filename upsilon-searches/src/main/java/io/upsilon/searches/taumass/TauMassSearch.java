package io.upsilon.searches.taumass;

import io.upsilon.core.beam.Beam;
import io.upsilon.core.config.ConfigNode;
import io.upsilon.core.error.InputException;
import io.upsilon.core.exec.Job;
import io.upsilon.core.pdg.ParticleTable;
import io.upsilon.core.random.RandomStreams;
import io.upsilon.detector.DetectorCard;
import io.upsilon.detector.FastSimulation;
import io.upsilon.generators.process.CrossSectionEstimate;
import io.upsilon.generators.process.CrossSectionRun;
import io.upsilon.generators.process.GeneratorOptions;
import io.upsilon.generators.process.Process;
import io.upsilon.generators.process.ProcessParameters;
import io.upsilon.generators.process.TauPairProcesses;
import io.upsilon.searches.RunOptions;
import io.upsilon.searches.SampleProduction;
import io.upsilon.searches.Search;
import io.upsilon.searches.SelectedEvents;
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
public final class TauMassSearch implements Search {
    /** Registry name. */
    public static final String NAME = "tau-mass";

    private static final long PILOT_EVENTS = 200_000;
    private static final long QUICK_PILOT_EVENTS = 20_000;
    /** --quick generates this fraction of every configured sample. */
    static final double QUICK_FACTOR = 1.0 / 10;

    private static final double NB_INV_PER_FB_INV = 1e6;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "tau mass by the pseudomass endpoint, 3x1 topology with tau -> 3 pi nu, unbinned endpoint fit,"
                + " Belle II PRD 108, 032006 (190 fb^-1)";
    }

    /**
     * One simulated sample's outcome.
     *
     * @param name data, calibration or closure
     * @param inputMass the generated τ mass, GeV
     * @param fraction the generated fraction of σ × L
     * @param generatedEvents generated events
     * @param result cut flow and selected events
     * @param seconds wall time of the production
     */
    record SampleOutcome(
            String name,
            double inputMass,
            double fraction,
            long generatedEvents,
            TauMassSelection.Result result,
            double seconds) {}

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
            java.util.List<Systematic> systematics,
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
    public String run(ConfigNode root, byte[] configBytes, RunOptions options) {
        long t0 = System.nanoTime();
        TauMassConfig cfg = TauMassConfig.read(root);
        long seed = options.seed().orElse(cfg.seed());
        Beam beam;
        try {
            beam = Beam.preset(cfg.beamPreset());
        } catch (IllegalArgumentException e) {
            throw new InputException(root.source(), "beam", e.getMessage());
        }
        DetectorCard card = DetectorCard.belle2();
        FastSimulation detector = new FastSimulation(card, beam);
        TauMassSelection selection = new TauMassSelection(cfg, beam);
        boolean quick = options.quick();
        Process process = TauMassConfig.process();
        double mInput = ParticleTable.standard().byId(15).mass();
        double mClosure = mInput + cfg.closureShift();

        ProcessParameters nominal = params(process, mInput, root);
        ProcessParameters shifted = params(process, mClosure, root);
        CrossSectionEstimate pilot = CrossSectionRun.run(
                process,
                nominal,
                GeneratorOptions.DEFAULT,
                beam,
                Job.of(NAME + "/pilot/tautau", seed, quick ? QUICK_PILOT_EVENTS : PILOT_EVENTS),
                options.executor());
        double pairs = pilot.sigma() * cfg.luminosityFb() * NB_INV_PER_FB_INV;
        double q = quick ? QUICK_FACTOR : 1.0;
        SampleOutcome data = produce(
                "data",
                process,
                nominal,
                mInput,
                cfg.dataFraction() * q,
                pairs,
                beam,
                detector,
                cfg,
                seed,
                selection,
                options);
        SampleOutcome calibration = produce(
                "calibration",
                process,
                nominal,
                mInput,
                cfg.calibrationFraction() * q,
                pairs,
                beam,
                detector,
                cfg,
                seed,
                selection,
                options);
        SampleOutcome closure = produce(
                "closure",
                process,
                shifted,
                mClosure,
                cfg.closureFraction() * q,
                pairs,
                beam,
                detector,
                cfg,
                seed,
                selection,
                options);

        EndpointFit fitter = new EndpointFit(cfg.fit());
        RandomStreams streams = RandomStreams.of(seed).child(NAME);
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
        Measurement m = new Measurement(dataFit, calFit, cloFit, java.util.List.of(ebeam, pscale), mInput, mClosure);

        double seconds = (System.nanoTime() - t0) * 1e-9;
        TauMassReport report = new TauMassReport(
                cfg, beam, card, seed, configBytes, quick, pilot.sigma(), data, calibration, closure, m, seconds);
        report.write(options.out());
        return report.terminalSummary();
    }

    private static ProcessParameters params(Process process, double tauMass, ConfigNode root) {
        try {
            return ProcessParameters.parse(
                    process.name(),
                    process.parameters(),
                    Map.of(TauPairProcesses.TAU_MASS, Double.toString(tauMass)),
                    root.source());
        } catch (InputException e) {
            throw new InputException(root.source(), "samples.closure.tau_mass_shift_gev", e.problem());
        }
    }

    /**
     * Fits a sample: feature {@code feature} of the selected events as M_min, or the nominal M_min
     * for -1. The unweighting stream is the sample's, so every fit of a sample keeps the same events.
     */
    static EndpointFit.Outcome fit(EndpointFit fitter, SampleOutcome s, int feature, RandomStreams streams) {
        SelectedEvents ev = s.result().events();
        return fitter.fit(
                ev.size(),
                i -> feature < 0 ? ev.observable(i) : ev.feature(i, feature),
                ev::weight,
                streams.stream("unweight/" + s.name()));
    }

    private static SampleOutcome produce(
            String name,
            Process process,
            ProcessParameters params,
            double inputMass,
            double fraction,
            double pairs,
            Beam beam,
            FastSimulation detector,
            TauMassConfig cfg,
            long seed,
            TauMassSelection selection,
            RunOptions options) {
        long events = Math.max(10_000, (long) Math.ceil(fraction * pairs));
        SampleProduction.Sample sample =
                new SampleProduction.Sample(name, process, params, GeneratorOptions.DEFAULT, events);
        long ts = System.nanoTime();
        TauMassSelection.Result r = SampleProduction.run(
                NAME + "/" + name, sample, beam, detector, cfg.luminosityFb(), seed, selection, options.executor());
        return new SampleOutcome(name, inputMass, events / pairs, events, r, (System.nanoTime() - ts) * 1e-9);
    }

    /** Formats GeV as MeV with three decimals. */
    static String mev(double gev) {
        return String.format(Locale.ROOT, "%.3f", 1e3 * gev);
    }
}
