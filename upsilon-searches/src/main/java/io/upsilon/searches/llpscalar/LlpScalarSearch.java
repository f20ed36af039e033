package io.upsilon.searches.llpscalar;

import io.upsilon.core.config.ConfigNode;
import io.upsilon.generators.process.ProcessParameters;
import io.upsilon.searches.NamedSearch;
import io.upsilon.searches.RunContext;
import io.upsilon.searches.SampleOutcome;
import io.upsilon.searches.SampleSpec;
import io.upsilon.searches.SearchOutput;
import io.upsilon.searches.SelectionResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code upsilon run llp-scalar}: the Belle II search for a long-lived scalar in B+ -&gt; K+ S and B0 -&gt;
 * K*0 S, S -&gt; x+ x- (PRD 108, L111104 (2023), arXiv:2306.02830), from generation to the limit plots.
 *
 * <ol>
 *   <li>The generic B Bbar and continuum backgrounds are generated once, simulated, and selected by every
 *       final state's {@link LlpScalarSelection} ({@link FinalStateSelections}); the signal, Upsilon(4S)
 *       -&gt; B+B- with one B+ -&gt; K+ S and S forced to the final state, at each (m_S, c tau) of the grid.
 *   <li>Per final state ({@link ChannelAnalysis}): the reduced-mass resolution and the efficiency map from
 *       the signal; the background expectation and shape from the simulation; pseudo-data drawn from
 *       them; the scan of ~2000 hypotheses with extended unbinned fits, the look-elsewhere effect from
 *       pseudo-experiments and CLs limits ({@link MassScan}); the limits on B x B vs mass and lifetime
 *       and, for S -&gt; mu mu, the excluded mixing angles ({@link MixingAngle}).
 *   <li>{@link LlpScalarReport} writes the plots, tables and summary.
 * </ol>
 */
public final class LlpScalarSearch extends NamedSearch {
    /** One line: which published analysis this reproduces. */
    static final String DESCRIPTION = "Long-lived scalar in B -> K(*) S, S -> x+ x- at a displaced vertex,"
            + " Belle II PRD 108, L111104 (189 fb^-1)";

    /** Registry name. */
    public static final String NAME = "llp-scalar";

    /** The driver (registered in {@link io.upsilon.searches.Searches}). */
    public LlpScalarSearch() {
        super(NAME, DESCRIPTION, LlpScalarConfig.QUICK);
    }

    @Override
    protected String run(ConfigNode root, RunContext ctx) {
        LlpScalarConfig cfg = LlpScalarConfig.read(root, ctx.common());
        List<LlpScalarConfig.FinalState> states = cfg.finalStates(ctx.quick());
        List<LlpScalarSelection> selections = new ArrayList<>();
        for (LlpScalarConfig.FinalState fs : states) {
            selections.add(
                    new LlpScalarSelection(cfg, fs, ctx.beam(), ctx.card().tracking()));
        }
        BCandidateFilter filter = cfg.backgroundFilter().enabled()
                ? new BCandidateFilter(cfg, states, ctx.beam(), ctx.card().tracking())
                : null;
        FinalStateSelections all = new FinalStateSelections(cfg.preselection(), filter, selections);
        List<SampleOutcome<List<SelectionResult>>> produced = new ArrayList<>();
        for (SampleSpec b : cfg.backgrounds()) {
            produced.add(ctx.produce(b, all));
        }

        long events = ctx.quick()
                ? Math.min(cfg.common().quick().signalEvents(), cfg.signal().events())
                : cfg.signal().events();
        double[] lifetimes = cfg.signal().lifetimes(ctx.quick());
        List<ChannelAnalysis.Result> channels = new ArrayList<>();
        for (int k = 0; k < states.size(); k++) {
            LlpScalarConfig.FinalState fs = states.get(k);
            List<SampleOutcome<SelectionResult>> bkg = new ArrayList<>();
            for (SampleOutcome<List<SelectionResult>> o : produced) {
                bkg.add(new SampleOutcome<>(
                        o.name() + "/" + fs.name(),
                        o.label(),
                        o.generatedEvents(),
                        o.result().get(k),
                        o.seconds()));
            }
            List<ChannelAnalysis.SignalSample> signals = new ArrayList<>();
            for (double m : fs.masses(ctx.quick())) {
                for (double ct : lifetimes) {
                    Map<String, String> given = new LinkedHashMap<>();
                    given.put("signal", cfg.signal().overlay(fs));
                    given.put("mS", Double.toString(m));
                    given.put("ctauS", Double.toString(ct));
                    given.put("channelS", Integer.toString(fs.channel()));
                    ProcessParameters params = ctx.parameters(cfg.signal().process(fs), given, "signal");
                    String tag = tag(m, ct);
                    SampleOutcome<SelectionResult> o = ctx.produce(
                            "signal/" + fs.name() + "/" + tag,
                            String.format(
                                    Locale.ROOT,
                                    "%s, %s, m_S = %.2f GeV, cτ = %s cm",
                                    fs.kstar() ? "K*⁰S" : "K⁺S",
                                    fs.label(),
                                    m,
                                    num(ct)),
                            cfg.signal().process(fs),
                            params,
                            events,
                            selections.get(k));
                    signals.add(new ChannelAnalysis.SignalSample(
                            m,
                            ct,
                            new SampleOutcome<>(
                                    fs.name() + " " + tag, o.label(), o.generatedEvents(), o.result(), o.seconds())));
                }
            }
            channels.add(ChannelAnalysis.run(cfg, fs, bkg, signals, lifetimes, ctx.quick(), ctx.streams()));
        }

        LlpScalarReport report = new LlpScalarReport(cfg, ctx, produced, channels);
        SearchOutput out = report.output();
        out.write();
        return report.terminalSummary(out);
    }

    /** "M1p00_ct1" style tag of a signal point. */
    static String tag(double mass, double cTau) {
        return (String.format(Locale.ROOT, "M%.2f_ct", mass) + num(cTau)).replace('.', 'p');
    }

    /** A number without trailing zeros. */
    static String num(double x) {
        return new java.math.BigDecimal(Double.toString(x)).stripTrailingZeros().toPlainString();
    }
}
