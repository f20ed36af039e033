package io.upsilon.searches.bknunu;

import io.upsilon.analysis.output.plot.HistSeries;
import io.upsilon.analysis.output.plot.PlotLabels;
import io.upsilon.analysis.output.plot.StackedHistogramPlot;
import io.upsilon.core.hist.Axis;
import io.upsilon.core.hist.Hist1D;
import io.upsilon.searches.BinGrouping;
import io.upsilon.searches.SearchOutput;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/** The HTA plots: η(BDTh) of the selected events, and the HTA fit bins before and after the fit. */
final class HtaPlots {
    private HtaPlots() {}

    static void write(
            Path dir,
            PlotLabels base,
            BKnunuConfig cfg,
            HtaAnalysis hta,
            BKnunuFit.PostFit post,
            Hist1D data,
            UnaryOperator<String> labelOf) {
        PlotLabels labels = base.withLine("B⁺ → K⁺νν̄, hadronic tag");
        Axis etaAxis = Axis.regular(20, 0.0, 1.0);
        StackedHistogramPlot.Builder eta = StackedHistogramPlot.builder()
                .xLabel("η(BDTh)", "")
                .yLabel("Events / 0.05")
                .labels(labels.withLine("signal region η(BDTh) > "
                        + PlotLabels.formatNumber(cfg.hta().etaEdges()[0])))
                .logY(true);
        // One series per fit sample (a generic sample and its enriched copy add up, with their shares).
        Map<String, Hist1D> byName = new LinkedHashMap<>();
        for (int s = 1; s < hta.scored().size(); s++) {
            if (hta.inFit(s)) {
                Hist1D h = fillEta(etaAxis, hta.scored().get(s));
                byName.merge(hta.fitNames().get(s), h, (a, b) -> {
                    a.add(b);
                    return a;
                });
            }
        }
        byName.forEach((name, h) -> eta.background(HistSeries.of(labelOf.apply(name), h)));
        // A few SM events spread over 20 bins under thousands of background events: drawn x 200 to show.
        double etaFactor = 200;
        eta.signal(HistSeries.of(
                String.format(Locale.ROOT, "B⁺ → K⁺νν̄ (SM × %s)", PlotLabels.formatNumber(etaFactor)),
                fillEta(etaAxis, hta.scored().get(0)).scaled(etaFactor)));
        SearchOutput.writePlot(dir, eta.build().chart(), "eta_bdth");

        HtaFit.Templates t = hta.templates();
        BinGrouping bins = HtaFit.channel(t, data).fitBins();
        int n = bins.groups();
        Axis fitAxis = Axis.regular(n, 0, n);
        StackedHistogramPlot.Builder pf = StackedHistogramPlot.builder()
                .xLabel(
                        "HTA fit bin (η(BDTh) from "
                                + PlotLabels.formatNumber(cfg.hta().etaEdges()[0]) + " to 1)",
                        "")
                .yLabel("Events / bin")
                .integerX()
                .labels(labels.withLine(String.format(
                        Locale.ROOT, "pseudo-data (SM signal): μ̂ = %.2f ± %.2f", post.mu(), post.muError())));
        for (BKnunuFit.Template b : t.backgrounds()) {
            pf.background(HistSeries.of(labelOf.apply(b.name()), grouped(fitAxis, bins.contents(b.hist()))));
        }
        pf.signal(HistSeries.of("signal (SM)", grouped(fitAxis, bins.contents(t.signal()))));
        pf.signal(HistSeries.of("post-fit total", grouped(fitAxis, post.postFitOn())));
        pf.data(HistSeries.of("pseudo-data", counts(fitAxis, bins.contents(data))));
        SearchOutput.writePlot(dir, pf.build().chart(), "postfit_hta");
    }

    private static Hist1D fillEta(Axis axis, BKnunuSearch.Scored s) {
        Hist1D h = new Hist1D(axis);
        for (int i = 0; i < s.events().size(); i++) {
            h.fill(Math.min(s.eta()[i], 0.999999), s.weight(i));
        }
        return h;
    }

    private static Hist1D grouped(Axis axis, double[] values) {
        Hist1D h = new Hist1D(axis);
        for (int i = 0; i < values.length; i++) {
            h.fill(i + 0.5, values[i]);
        }
        return h;
    }

    private static Hist1D counts(Axis axis, double[] n) {
        double[] sumw = new double[axis.bins() + 3];
        System.arraycopy(n, 0, sumw, 1, n.length);
        return Hist1D.of(
                axis, sumw, sumw.clone(), Math.round(java.util.Arrays.stream(n).sum()));
    }
}
