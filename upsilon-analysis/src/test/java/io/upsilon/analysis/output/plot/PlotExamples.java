package io.upsilon.analysis.output.plot;

import io.upsilon.analysis.output.LimitPoint;
import io.upsilon.core.hist.Axis;
import io.upsilon.core.hist.Hist1D;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;

/** Sample charts with made-up but physics-shaped numbers, shared by the plot tests. */
final class PlotExamples {
    private PlotExamples() {}

    /** Limits falling then rising with mass, a smooth band, an observed line wiggling inside it. */
    static List<LimitPoint> limits() {
        List<LimitPoint> pts = new ArrayList<>();
        double[] wiggle = {0.1, -0.3, 0.5, 0.9, -0.2, -0.8, 0.3, 1.4, 0.2, -0.5, 0.0, 0.6, -1.1, 0.4, 0.1, -0.2};
        for (int i = 0; i < wiggle.length; i++) {
            double m = 0.5 + i * 0.5;
            double med = 4.0 * (1 + Math.pow(m / 3.0, 2.5)) / (1 + 0.8 / m);
            double s = 0.35; // relative width of one sigma in log space
            double obs = med * Math.exp(s * wiggle[i]);
            pts.add(new LimitPoint(
                    m,
                    obs,
                    med * Math.exp(-1.6 * s),
                    med * Math.exp(-0.85 * s),
                    med,
                    med * Math.exp(1.2 * s),
                    med * Math.exp(2.6 * s)));
        }
        return pts;
    }

    static JFreeChart brazil() {
        double[] x = new double[40];
        double[] y = new double[40];
        for (int i = 0; i < x.length; i++) {
            x[i] = 0.5 + i * 7.5 / (x.length - 1);
            y[i] = 30 / (1 + Math.pow(x[i] / 4, 2));
        }
        return BrazilPlot.builder(limits())
                .xLabel("M_{Z′} [GeV]")
                .yLabel("σ(e⁺e⁻ → μ⁺μ⁻Z′) × BR(Z′ → invisible) [fb]")
                .labels(PlotLabels.simulation(79.7).withLine("90% CL upper limits"))
                .reference(Curve.dashed("L_{μ}−L_{τ}, g′ = 5×10^{-4} (illustrative)", x, y, new Color(200, 0, 0)))
                .build()
                .chart();
    }

    /** Recoil-mass-squared-like spectra: falling backgrounds, two narrow signals, Poisson-ish data. */
    static JFreeChart stacked(boolean logY) {
        Axis axis = Axis.regular(40, -2, 62);
        Hist1D mumu = new Hist1D(axis);
        Hist1D tautau = new Hist1D(axis);
        Hist1D eemumu = new Hist1D(axis);
        Hist1D sig1 = new Hist1D(axis);
        Hist1D sig6 = new Hist1D(axis);
        Hist1D data = new Hist1D(axis);
        for (int i = 0; i < axis.bins(); i++) {
            double x = axis.centre(i);
            fillWeighted(mumu, x, 400 * Math.exp(-Math.abs(x) / 6), 0.8);
            fillWeighted(tautau, x, 60 * Math.exp(-Math.pow((x - 20) / 15, 2)), 0.5);
            fillWeighted(eemumu, x, 25 * Math.exp(-x / 30), 0.3);
            fillWeighted(sig1, x, 80 * Math.exp(-Math.pow((x - 1) / 1.5, 2)), 0.05);
            fillWeighted(sig6, x, 60 * Math.exp(-Math.pow((x - 36) / 2.5, 2)), 0.05);
            double total = 400 * Math.exp(-Math.abs(x) / 6)
                    + 60 * Math.exp(-Math.pow((x - 20) / 15, 2))
                    + 25 * Math.exp(-x / 30);
            long n = Math.round(total + Math.sqrt(total) * Math.sin(7.3 * i));
            for (long k = 0; k < n; k++) {
                data.fill(x);
            }
        }
        return StackedHistogramPlot.builder()
                .background(HistSeries.of("e⁺e⁻ → μ⁺μ⁻(γ)", mumu))
                .background(HistSeries.of("e⁺e⁻ → τ⁺τ⁻(γ)", tautau))
                .background(HistSeries.of("e⁺e⁻ → e⁺e⁻μ⁺μ⁻", eemumu))
                .signal(HistSeries.of("Z′, M = 1 GeV", sig1))
                .signal(HistSeries.of("Z′, M = 6 GeV", sig6))
                .data(HistSeries.of("Pseudo-data", data))
                .xLabel("M^{2}_{recoil}", "GeV^{2}")
                .logY(logY)
                .labels(PlotLabels.simulation(79.7))
                .build()
                .chart();
    }

    /** Fills one bin with a total weight using weights of size {@code w} (so sumw2 is realistic). */
    private static void fillWeighted(Hist1D h, double x, double total, double w) {
        int n = (int) Math.floor(total / w);
        for (int k = 0; k < n; k++) {
            h.fill(x, w);
        }
        double rest = total - n * w;
        if (rest > 0) {
            h.fill(x, rest);
        }
    }

    static JFreeChart histogram() {
        Axis axis = Axis.regular(50, -1, 1);
        Hist1D h = new Hist1D(axis);
        for (int i = 0; i < 20000; i++) {
            double u = (i + 0.5) / 20000.0;
            // inverse CDF of (1 + cos^2) on [-1, 1], solved by bisection: deterministic sample
            double lo = -1;
            double hi = 1;
            for (int k = 0; k < 50; k++) {
                double mid = 0.5 * (lo + hi);
                double cdf = (mid + mid * mid * mid / 3 + 4.0 / 3) / (8.0 / 3);
                if (cdf < u) {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            h.fill(0.5 * (lo + hi));
        }
        double[] x = new double[101];
        double[] y = new double[101];
        for (int i = 0; i <= 100; i++) {
            x[i] = -1 + 2.0 * i / 100;
            y[i] = 20000 * 0.04 * (1 + x[i] * x[i]) / (8.0 / 3);
        }
        return HistogramPlot.builder()
                .histogram(HistSeries.of("Generated", h))
                .curve(Curve.solid("1 + cos²θ*", x, y, PlotStyle.line(1)))
                .xLabel("cos θ*")
                .yLabel("Events / 0.04")
                .labels(new PlotLabels(PlotLabels.UPSILON_SIMULATION, Double.NaN, List.of("e⁺e⁻ → μ⁺μ⁻, Born")))
                .build()
                .chart();
    }
}
