package io.upsilon.analysis.output.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The text block in a plot's upper left corner: the experiment line (bold), the integrated
 * luminosity ("∫L dt = 79.7 fb⁻¹") and any further lines ("90% CL", a selection name).
 *
 * @param experiment first line, e.g. "Upsilon simulation"
 * @param luminosityFbInv integrated luminosity in fb^-1, or {@code NaN} to leave the line out
 * @param extraLines further lines, in order (copied; plain Unicode)
 */
public record PlotLabels(String experiment, double luminosityFbInv, List<String> extraLines) {

    /** The default first line. */
    public static final String UPSILON_SIMULATION = "Upsilon simulation";

    /** Validates: experiment non-null; luminosity positive and finite, or NaN. */
    public PlotLabels {
        Objects.requireNonNull(experiment, "experiment");
        if (!Double.isNaN(luminosityFbInv) && !(luminosityFbInv > 0 && Double.isFinite(luminosityFbInv))) {
            throw new IllegalArgumentException(
                    "luminosity must be positive and finite (or NaN), got " + luminosityFbInv);
        }
        extraLines = List.copyOf(extraLines);
    }

    /** "Upsilon simulation" with the given luminosity (fb^-1) and no further lines. */
    public static PlotLabels simulation(double luminosityFbInv) {
        return new PlotLabels(UPSILON_SIMULATION, luminosityFbInv, List.of());
    }

    /** A copy with one more line at the end. */
    public PlotLabels withLine(String line) {
        List<String> lines = new ArrayList<>(extraLines);
        lines.add(Objects.requireNonNull(line, "line"));
        return new PlotLabels(experiment, luminosityFbInv, lines);
    }

    /** The luminosity line, e.g. "∫L dt = 79.7 fb⁻¹" (empty without a luminosity). */
    public String luminosityText() {
        if (Double.isNaN(luminosityFbInv)) {
            return "";
        }
        return "\u222BL dt = " + formatNumber(luminosityFbInv) + " fb\u207B\u00B9";
    }

    /** All lines after the experiment line: luminosity (if any), then the extra lines. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        if (!Double.isNaN(luminosityFbInv)) {
            lines.add(luminosityText());
        }
        lines.addAll(extraLines);
        return lines;
    }

    public static String formatNumber(double x) {
        String s = String.format(Locale.ROOT, "%.4g", x);
        if (s.contains("e") || s.contains("E")) {
            return s;
        }
        if (s.contains(".")) {
            s = s.replaceAll("0+$", "");
            if (s.endsWith(".")) {
                s = s.substring(0, s.length() - 1);
            }
        }
        return s;
    }
}
