package io.upsilon.stats.unbinned;

import io.upsilon.core.error.InputException;
import java.util.ArrayList;
import java.util.List;

/**
 * Unbinned data: one primitive column per observable, every value inside its observable's range.
 * Immutable (arrays are copied in and out; fits read the columns in place).
 */
public final class DataSet {

    private final List<Observable> observables;
    private final double[][] columns;

    /**
     * A data set with the given observables and columns ({@code columns[k]} belongs to {@code
     * observables.get(k)}).
     *
     * @throws InputException if a value is not finite or outside its observable's range
     * @throws IllegalArgumentException if the shapes do not match or names repeat
     */
    public DataSet(List<Observable> observables, double[][] columns) {
        this.observables = List.copyOf(observables);
        if (columns.length != this.observables.size()) {
            throw new IllegalArgumentException(
                    "expected " + this.observables.size() + " columns, got " + columns.length);
        }
        for (int a = 0; a < this.observables.size(); a++) {
            for (int b = 0; b < a; b++) {
                if (this.observables
                        .get(a)
                        .name()
                        .equals(this.observables.get(b).name())) {
                    throw new IllegalArgumentException(
                            "duplicate observable '" + this.observables.get(a).name() + "'");
                }
            }
        }
        this.columns = new double[columns.length][];
        for (int k = 0; k < columns.length; k++) {
            if (columns[k].length != columns[0].length) {
                throw new IllegalArgumentException(
                        "columns differ in length: " + columns[0].length + " and " + columns[k].length);
            }
            Observable o = this.observables.get(k);
            double[] c = columns[k].clone();
            for (int i = 0; i < c.length; i++) {
                if (!o.contains(c[i])) {
                    throw new InputException(
                            "data set",
                            "event " + i + ", observable '" + o.name() + "'",
                            "value " + c[i] + " is not inside the range [" + o.lower() + ", " + o.upper() + "]");
                }
            }
            this.columns[k] = c;
        }
    }

    /** A one-column data set. */
    public static DataSet of(Observable observable, double[] values) {
        return new DataSet(List.of(observable), new double[][] {values});
    }

    /** Number of events. */
    public int size() {
        return columns.length == 0 ? 0 : columns[0].length;
    }

    /** The observables, in column order. */
    public List<Observable> observables() {
        return observables;
    }

    /** Column index of the observable named {@code name}; IllegalArgumentException if absent. */
    public int columnIndex(String name) {
        for (int k = 0; k < observables.size(); k++) {
            if (observables.get(k).name().equals(name)) {
                return k;
            }
        }
        throw new IllegalArgumentException("data set has no observable '" + name + "'");
    }

    /** A copy of the column of observable {@code name}. */
    public double[] column(String name) {
        return columns[columnIndex(name)].clone();
    }

    /** The columns without copying: for evaluation loops inside this package only. */
    double[][] columnsView() {
        return columns;
    }

    /** The events of this data set followed by those of {@code other} (same observables in the same order). */
    public DataSet concat(DataSet other) {
        if (!observables.equals(other.observables)) {
            throw new IllegalArgumentException(
                    "cannot concatenate data sets with observables " + observables + " and " + other.observables);
        }
        double[][] c = new double[columns.length][];
        for (int k = 0; k < c.length; k++) {
            c[k] = new double[size() + other.size()];
            System.arraycopy(columns[k], 0, c[k], 0, size());
            System.arraycopy(other.columns[k], 0, c[k], size(), other.size());
        }
        return new DataSet(observables, c);
    }

    /** Joins the columns of data sets with the same number of events and distinct observables. */
    public static DataSet join(List<DataSet> parts) {
        List<Observable> obs = new ArrayList<>();
        List<double[]> cols = new ArrayList<>();
        for (DataSet d : parts) {
            if (d.size() != parts.get(0).size()) {
                throw new IllegalArgumentException(
                        "cannot join data sets of " + parts.get(0).size() + " and " + d.size() + " events");
            }
            obs.addAll(d.observables);
            for (double[] c : d.columns) {
                cols.add(c);
            }
        }
        return new DataSet(obs, cols.toArray(new double[0][]));
    }
}
