package io.upsilon.searches.validation;

import java.util.Arrays;
import java.util.Objects;

/**
 * One table of a publication's measurement: bins with their edges, the measured value per bin and
 * its total uncertainty, as read by {@link ReferenceData}. A rate (a single number) is a table of one
 * bin.
 *
 * @param id the table's name within its file (e.g. {@code pi-prompt})
 * @param description what the table is, with its HEPData table
 * @param publication the publication it comes from (first line of the file's header)
 * @param lo lower bin edges, increasing (copied)
 * @param hi upper bin edges, {@code hi[i] > lo[i]} and {@code lo[i+1] >= hi[i]} (copied)
 * @param value measured value per bin (copied)
 * @param error total uncertainty per bin, {@code >= 0} (copied)
 */
public record ReferenceHistogram(
        String id, String description, String publication, double[] lo, double[] hi, double[] value, double[] error) {
    /** Validates: equal lengths, at least one bin, ordered non-overlapping bins, finite values. */
    public ReferenceHistogram {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(publication, "publication");
        lo = lo.clone();
        hi = hi.clone();
        value = value.clone();
        error = error.clone();
        int n = lo.length;
        if (n == 0 || hi.length != n || value.length != n || error.length != n) {
            throw new IllegalArgumentException("table " + id + " needs at least one bin and equal column lengths");
        }
        for (int i = 0; i < n; i++) {
            if (!(hi[i] > lo[i]) || (i > 0 && lo[i] < hi[i - 1])) {
                throw new IllegalArgumentException(
                        "table " + id + ": bin " + i + " is empty or overlaps its neighbour");
            }
            if (!Double.isFinite(value[i]) || !(error[i] >= 0 && Double.isFinite(error[i]))) {
                throw new IllegalArgumentException("table " + id + ": bin " + i + " has a non-finite value or error");
            }
        }
    }

    /** Number of bins. */
    public int bins() {
        return lo.length;
    }

    /** Width of bin {@code i}. */
    public double width(int i) {
        return hi[i] - lo[i];
    }

    /** Centre of bin {@code i}. */
    public double centre(int i) {
        return 0.5 * (lo[i] + hi[i]);
    }

    /** The integral sum(value * width) over all bins (the rate in the measured range). */
    public double integral() {
        double s = 0;
        for (int i = 0; i < bins(); i++) {
            s += value[i] * width(i);
        }
        return s;
    }

    /**
     * The uncertainty of {@link #integral()} with the bins' errors added in quadrature: a lower bound
     * when the systematic errors are correlated between bins (use a published integrated rate instead
     * where there is one).
     */
    public double integralErrorUncorrelated() {
        double s = 0;
        for (int i = 0; i < bins(); i++) {
            double e = error[i] * width(i);
            s += e * e;
        }
        return Math.sqrt(s);
    }

    @Override
    public double[] lo() {
        return lo.clone();
    }

    @Override
    public double[] hi() {
        return hi.clone();
    }

    @Override
    public double[] value() {
        return value.clone();
    }

    @Override
    public double[] error() {
        return error.clone();
    }

    /** Value of bin {@code i}. */
    public double value(int i) {
        return value[i];
    }

    /** Uncertainty of bin {@code i}. */
    public double error(int i) {
        return error[i];
    }

    /** Lower edge of bin {@code i}. */
    public double lo(int i) {
        return lo[i];
    }

    /** Upper edge of bin {@code i}. */
    public double hi(int i) {
        return hi[i];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReferenceHistogram r
                && id.equals(r.id)
                && description.equals(r.description)
                && publication.equals(r.publication)
                && Arrays.equals(lo, r.lo)
                && Arrays.equals(hi, r.hi)
                && Arrays.equals(value, r.value)
                && Arrays.equals(error, r.error);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, Arrays.hashCode(lo), Arrays.hashCode(value));
    }

    @Override
    public String toString() {
        return "ReferenceHistogram[" + id + ", " + bins() + " bins, " + publication + "]";
    }
}
