package io.upsilon.analysis.output.hepdata;

import io.upsilon.analysis.output.LimitPoint;
import io.upsilon.core.hist.Hist1D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Builds the common HEPData tables: upper limits versus mass and 1D histograms. */
public final class HepDataTables {
    /** Label of the expected band's inner error ({@code asymerror}). */
    public static final String ONE_SIGMA = "1 sigma";

    /** Label of the expected band's outer error ({@code asymerror}). */
    public static final String TWO_SIGMA = "2 sigma";

    private HepDataTables() {}

    /**
     * The qualifiers of a B-factory limit: confidence level, centre-of-mass energy and integrated
     * luminosity.
     *
     * @param clPercent confidence level in percent, e.g. 90
     * @param sqrtSGeV centre-of-mass energy (GeV), from the beam
     * @param luminosityFbInv integrated luminosity (fb^-1)
     */
    public static List<Qualifier> limitQualifiers(double clPercent, double sqrtSGeV, double luminosityFbInv) {
        return List.of(
                Qualifier.of("CL", format(clPercent) + "%"),
                new Qualifier("SQRT(S)", format(sqrtSGeV), "GeV"),
                new Qualifier("LUMINOSITY", format(luminosityFbInv), "fb$^{-1}$"));
    }

    /**
     * A table of upper limits versus mass: the independent variable is the mass; dependent are the
     * observed limit (when every point has one) and the expected (median) limit carrying the band as
     * two {@code asymerror}s labelled {@value #ONE_SIGMA} and {@value #TWO_SIGMA} (plus = upper
     * quantile minus median, minus = lower quantile minus median, so minus is negative).
     *
     * @param fileName data file name, e.g. "limits.yaml"
     * @param name table name
     * @param description what is limited, how
     * @param points limits by mass (at least one)
     * @param massName independent variable's name, e.g. "M(Z')"
     * @param limitUnits units of the limits, e.g. "fb"
     * @param qualifiers qualifiers of both dependent variables, e.g. {@link #limitQualifiers}
     * @param keywords submission keywords, e.g. "observables" to ["SIG"]
     */
    public static HepDataTable limits(
            String fileName,
            String name,
            String description,
            List<LimitPoint> points,
            String massName,
            String limitUnits,
            List<Qualifier> qualifiers,
            Map<String, List<String>> keywords) {
        if (points.isEmpty()) {
            throw new IllegalArgumentException("no limit points");
        }
        boolean anyObserved = points.stream().anyMatch(LimitPoint::hasObserved);
        boolean allObserved = points.stream().allMatch(LimitPoint::hasObserved);
        if (anyObserved && !allObserved) {
            throw new IllegalArgumentException("either every limit point has an observed limit or none has");
        }
        List<HepDataValue> mass = new ArrayList<>();
        List<HepDataValue> obs = new ArrayList<>();
        List<HepDataValue> exp = new ArrayList<>();
        for (LimitPoint p : points) {
            mass.add(HepDataValue.of(p.mass()));
            if (allObserved) {
                obs.add(HepDataValue.of(p.observed()));
            }
            exp.add(HepDataValue.of(
                    p.expected(),
                    HepDataError.asym(ONE_SIGMA, p.expectedPlus1() - p.expected(), p.expectedMinus1() - p.expected()),
                    HepDataError.asym(TWO_SIGMA, p.expectedPlus2() - p.expected(), p.expectedMinus2() - p.expected())));
        }
        List<HepDataVariable> dependent = new ArrayList<>();
        if (allObserved) {
            dependent.add(new HepDataVariable("Observed upper limit", limitUnits, qualifiers, obs));
        }
        dependent.add(new HepDataVariable("Expected upper limit", limitUnits, qualifiers, exp));
        return new HepDataTable(
                name, description, fileName, keywords, List.of(HepDataVariable.of(massName, "GeV", mass)), dependent);
    }

    /**
     * A table of a 1D histogram: the independent variable is the bin ({@code low}, {@code high}),
     * the dependent variable the bin content with its {@code symerror} sqrt(sum of squared weights)
     * labelled {@code errorLabel}. Flow bins are not written.
     *
     * @param fileName data file name
     * @param name table name
     * @param description what is histogrammed, after which selection
     * @param hist the histogram
     * @param xName independent variable's name, e.g. "M_recoil^2"
     * @param xUnits its units, e.g. "GeV$^2$"
     * @param yName dependent variable's name, e.g. "Events"
     * @param yUnits its units, or empty
     * @param errorLabel label of the errors, e.g. "MC stat"
     * @param qualifiers qualifiers of the dependent variable
     * @param keywords submission keywords
     */
    public static HepDataTable histogram(
            String fileName,
            String name,
            String description,
            Hist1D hist,
            String xName,
            String xUnits,
            String yName,
            String yUnits,
            String errorLabel,
            List<Qualifier> qualifiers,
            Map<String, List<String>> keywords) {
        List<HepDataValue> bins = new ArrayList<>();
        List<HepDataValue> values = new ArrayList<>();
        for (int i = 0; i < hist.bins(); i++) {
            bins.add(HepDataValue.bin(hist.axis().binLow(i), hist.axis().binHigh(i)));
            values.add(HepDataValue.of(hist.content(i), HepDataError.sym(errorLabel, hist.error(i))));
        }
        return new HepDataTable(
                name,
                description,
                fileName,
                keywords,
                List.of(HepDataVariable.of(xName, xUnits, bins)),
                List.of(new HepDataVariable(yName, yUnits, qualifiers, values)));
    }

    private static String format(double x) {
        if (x == Math.rint(x) && Math.abs(x) < 1e15) {
            return String.format(Locale.ROOT, "%d", (long) x);
        }
        return Double.toString(x);
    }
}
