/**
 * Publication-style plots with JFreeChart, rendered headless to PNG, PDF (OrsonPDF, text as vector
 * outlines so every Unicode glyph survives) and SVG: {@link
 * io.upsilon.analysis.output.plot.BrazilPlot} (upper limits versus mass with the expected bands),
 * {@link io.upsilon.analysis.output.plot.StackedHistogramPlot} (stacked backgrounds, overlaid signals,
 * data points) and {@link io.upsilon.analysis.output.plot.HistogramPlot} (histograms and curves for
 * validation). Axis labels take a small markup ({@link io.upsilon.analysis.output.plot.PlotText}:
 * {@code M_{Z′} [GeV]}, {@code fb^{-1}}); every plot carries the {@link
 * io.upsilon.analysis.output.plot.PlotLabels} ("Upsilon simulation", integrated luminosity). {@link
 * io.upsilon.analysis.output.plot.PlotWriter} writes the files atomically.
 */
package io.upsilon.analysis.output.plot;
