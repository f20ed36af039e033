package io.upsilon.searches.validation;

/**
 * The mean of a quantity over weighted entries, with its statistical error: mean = sum(w x) /
 * sum(w), variance of the mean = sum(w^2 (x - mean)^2) / sum(w)^2 (the usual first-order
 * estimate for weighted events).
 */
final class WeightedMean {
    private double sumW;
    private double sumWX;
    private double sumW2;
    private double sumW2X;
    private double sumW2X2;

    void add(double x, double w) {
        sumW += w;
        sumWX += w * x;
        double w2 = w * w;
        sumW2 += w2;
        sumW2X += w2 * x;
        sumW2X2 += w2 * x * x;
    }

    double mean() {
        return sumW > 0 ? sumWX / sumW : Double.NaN;
    }

    double error() {
        if (!(sumW > 0)) {
            return Double.NaN;
        }
        double m = mean();
        double v = sumW2X2 - 2 * m * sumW2X + m * m * sumW2;
        return Math.sqrt(Math.max(v, 0)) / sumW;
    }

    double sumOfWeights() {
        return sumW;
    }
}
