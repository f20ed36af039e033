package io.upsilon.searches;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Comparator;

/**
 * The events that passed a selection, as columns: the fitted observable, the weight (expected
 * events) and a fixed number of float features (for plots and classifiers), in the order the
 * events were added. Grows while a partition fills it; {@link #merge} concatenates, so partial
 * results merged in partition order give the same columns on any thread count.
 */
public final class SelectedEvents implements Serializable {
    /** Serializable so that a cluster engine can send partial results back to the driver. */
    private static final long serialVersionUID = 1L;

    private final int featureCount;
    private int size;
    private double[] observable = new double[64];
    private double[] weight = new double[64];
    private long[] number = new long[64];
    private float[] features;

    /** An empty set with {@code featureCount} features per event. */
    public SelectedEvents(int featureCount) {
        if (featureCount < 0) {
            throw new IllegalArgumentException("featureCount must be >= 0, got " + featureCount);
        }
        this.featureCount = featureCount;
        this.features = new float[64 * Math.max(featureCount, 1)];
    }

    /** Adds one event. */
    public void add(long eventNumber, double x, double w, float[] eventFeatures) {
        if (eventFeatures.length != featureCount) {
            throw new IllegalArgumentException("expected " + featureCount + " features, got " + eventFeatures.length);
        }
        if (size == observable.length) {
            int n = 2 * size;
            observable = Arrays.copyOf(observable, n);
            weight = Arrays.copyOf(weight, n);
            number = Arrays.copyOf(number, n);
            features = Arrays.copyOf(features, n * Math.max(featureCount, 1));
        }
        observable[size] = x;
        weight[size] = w;
        number[size] = eventNumber;
        System.arraycopy(eventFeatures, 0, features, size * featureCount, featureCount);
        size++;
    }

    public int size() {
        return size;
    }

    public int featureCount() {
        return featureCount;
    }

    /** The observable of event {@code i}. */
    public double observable(int i) {
        return observable[check(i)];
    }

    /** The weight of event {@code i}. */
    public double weight(int i) {
        return weight[check(i)];
    }

    /** The event number of event {@code i} within its sample. */
    public long eventNumber(int i) {
        return number[check(i)];
    }

    /** Feature {@code f} of event {@code i}. */
    public float feature(int i, int f) {
        check(i);
        if (f < 0 || f >= featureCount) {
            throw new IndexOutOfBoundsException("feature " + f + " of " + featureCount);
        }
        return features[i * featureCount + f];
    }

    /** The features of event {@code i} (a copy). */
    public float[] features(int i) {
        check(i);
        return Arrays.copyOfRange(features, i * featureCount, (i + 1) * featureCount);
    }

    /** Sum of the weights. */
    public double totalWeight() {
        double s = 0;
        for (int i = 0; i < size; i++) {
            s += weight[i];
        }
        return s;
    }

    /**
     * The weighted quantile {@code q} of per-event values carrying this set's weights: the smallest
     * value at which the cumulative weight (in increasing value) reaches q times the total.
     *
     * @param values one value per event, index-aligned with the events
     * @param q the quantile, in [0, 1]
     */
    public double quantile(double[] values, double q) {
        if (values.length != size || size == 0) {
            throw new IllegalArgumentException("expected " + size + " values (at least one), got " + values.length);
        }
        Integer[] idx = new Integer[size];
        for (int i = 0; i < size; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, Comparator.comparingDouble(i -> values[i]));
        double target = q * totalWeight();
        double acc = 0;
        for (Integer i : idx) {
            acc += weight[i];
            if (acc >= target) {
                return values[i];
            }
        }
        return values[idx[size - 1]];
    }

    /** The weighted quantile {@code q} of the observable (see {@link #quantile(double[], double)}). */
    public double observableQuantile(double q) {
        return quantile(Arrays.copyOf(observable, size), q);
    }

    private int check(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("event " + i + " of " + size);
        }
        return i;
    }

    /** A new set with this set's events followed by {@code other}'s. */
    public SelectedEvents merge(SelectedEvents other) {
        if (other.featureCount != featureCount) {
            throw new IllegalArgumentException("cannot merge selections with different feature counts");
        }
        SelectedEvents out = new SelectedEvents(featureCount);
        out.observable = new double[Math.max(size + other.size, 1)];
        out.weight = new double[out.observable.length];
        out.number = new long[out.observable.length];
        out.features = new float[out.observable.length * Math.max(featureCount, 1)];
        System.arraycopy(observable, 0, out.observable, 0, size);
        System.arraycopy(other.observable, 0, out.observable, size, other.size);
        System.arraycopy(weight, 0, out.weight, 0, size);
        System.arraycopy(other.weight, 0, out.weight, size, other.size);
        System.arraycopy(number, 0, out.number, 0, size);
        System.arraycopy(other.number, 0, out.number, size, other.size);
        System.arraycopy(features, 0, out.features, 0, size * featureCount);
        System.arraycopy(other.features, 0, out.features, size * featureCount, other.size * featureCount);
        out.size = size + other.size;
        return out;
    }
}
