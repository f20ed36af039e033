package io.upsilon.analysis.output.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.upsilon.analysis.output.LimitPoint;
import io.upsilon.core.hist.Axis;
import io.upsilon.core.hist.Hist1D;
import java.awt.Color;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlotValidationTest {
    @Test
    void brazilPlotNeedsTwoDistinctMassesAndPositiveLimitsOnLogY() {
        LimitPoint a = new LimitPoint(1, 2, 1, 1.5, 2, 3, 4);
        assertThatThrownBy(() -> BrazilPlot.builder(List.of(a)).build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BrazilPlot.builder(List.of(a, a)).build())
                .isInstanceOf(IllegalArgumentException.class);
        LimitPoint zero = new LimitPoint(2, 2, 0, 1.5, 2, 3, 4);
        assertThatThrownBy(() -> BrazilPlot.builder(List.of(a, zero)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("positive");
        BrazilPlot.builder(List.of(a, zero)).logY(false).build().chart();
    }

    @Test
    void brazilPlotRangeIncludesAReferenceDrawnInsideTheMassRange() {
        LimitPoint a = new LimitPoint(1, 2, 1, 1.5, 2, 3, 4);
        LimitPoint b = new LimitPoint(2, 2, 1, 1.5, 2, 3, 4);
        Curve low = Curve.dashed("published", new double[] {1, 2}, new double[] {0.01, 0.01}, Color.BLUE);
        Curve outside = Curve.dashed("elsewhere", new double[] {5, 6}, new double[] {1e-9, 1e-9}, Color.RED);
        org.jfree.chart.axis.ValueAxis y = BrazilPlot.builder(List.of(a, b))
                .reference(low)
                .reference(outside)
                .build()
                .chart()
                .getXYPlot()
                .getRangeAxis();
        // The band alone starts at 1: the reference at 0.01 pulls the axis down; the one outside the masses does not.
        assertThat(y.getLowerBound()).isLessThan(0.01).isGreaterThan(1e-6);
    }

    @Test
    void aLogStackedPlotKeepsASignalFarBelowTheStackInRange() {
        Hist1D bkg = new Hist1D(Axis.regular(20, 0, 1));
        bkg.fill(0.01, 3000);
        Hist1D sig = new Hist1D(Axis.regular(20, 0, 1));
        sig.fill(0.9, 5);
        org.jfree.chart.axis.ValueAxis y = StackedHistogramPlot.builder()
                .background(HistSeries.of("background", bkg))
                .signal(HistSeries.of("signal", sig))
                .logY(true)
                .build()
                .chart()
                .getXYPlot()
                .getRangeAxis();
        // The stack alone would start the axis at 1000 and hide the signal's 5 events.
        assertThat(y.getLowerBound()).isLessThan(5).isGreaterThan(0);
    }

    @Test
    void stackedPlotNeedsOneBinning() {
        Hist1D h1 = new Hist1D(Axis.regular(10, 0, 1));
        Hist1D h2 = new Hist1D(Axis.regular(20, 0, 1));
        assertThatThrownBy(() -> StackedHistogramPlot.builder()
                        .background(HistSeries.of("a", h1))
                        .signal(HistSeries.of("b", h2))
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bin edges");
        assertThatThrownBy(() -> StackedHistogramPlot.builder().build()).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void curvesMustBeIncreasingAndFinite() {
        assertThatThrownBy(() -> Curve.solid("c", new double[] {1, 1}, new double[] {1, 2}, Color.RED))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Curve.solid("c", new double[] {1, 2}, new double[] {1, Double.NaN}, Color.RED))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
