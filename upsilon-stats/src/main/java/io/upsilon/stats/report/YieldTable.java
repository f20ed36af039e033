package io.upsilon.stats.report;

import io.upsilon.stats.model.Model;
import io.upsilon.stats.model.SampleRates;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Expected yields per channel, sample (or merged group of samples) and bin at a parameter point,
 * with uncertainties propagated through the model: {@code sigma_q^2 = J_q C J_q^T}, J_q the
 * gradient of yield q with respect to the parameters (central differences of the sample rates) and
 * C the parameter covariance. With the post-fit covariance the correlations between parameters
 * enter (a channel total is usually known better than its samples); with the pre-fit one
 * ({@link Covariances#prefit}) each constraint acts alone. This is how cabinetry computes yield
 * uncertainties (cabinetry/model_utils.py, yield_stdev).
 */
public final class YieldTable {

    /**
     * One row: a sample, a merged group of samples, or the channel total.
     *
     * @param name sample or group name ("total" for the sum of all samples)
     * @param yields expected events per bin
     * @param errors their uncertainties
     * @param sum expected events in all bins of the channel
     * @param sumError its uncertainty
     */
    public record Row(String name, double[] yields, double[] errors, double sum, double sumError) {
        /** Copies the arrays. */
        public Row {
            yields = yields.clone();
            errors = errors.clone();
        }

        @Override
        public double[] yields() {
            return yields.clone();
        }

        @Override
        public double[] errors() {
            return errors.clone();
        }
    }

    /**
     * One channel.
     *
     * @param channel channel name
     * @param rows the samples (or groups) in the model's order, a group at its first member's place
     * @param total the sum of all samples
     * @param data the observed counts per bin
     */
    public record ChannelYields(String channel, List<Row> rows, Row total, double[] data) {
        /** Copies. */
        public ChannelYields {
            rows = List.copyOf(rows);
            data = data.clone();
        }

        @Override
        public double[] data() {
            return data.clone();
        }

        /** The observed events in all bins. */
        public double dataSum() {
            double s = 0;
            for (double d : data) {
                s += d;
            }
            return s;
        }
    }

    private final List<ChannelYields> channels;

    private YieldTable(List<ChannelYields> channels) {
        this.channels = List.copyOf(channels);
    }

    /** The channels in the model's order. */
    public List<ChannelYields> channels() {
        return channels;
    }

    /**
     * The table at {@code pars}.
     *
     * @param model the model
     * @param pars the parameter point (pre-fit: the suggested initial values; post-fit: the best fit)
     * @param covariance the parameter covariance (size x size)
     * @param data the data (main bins first), for the observed column
     * @param merge group name -> the sample names it merges (each sample in at most one group; may be empty)
     * @throws IllegalArgumentException if a group names a sample the model does not have, or a
     *     sample twice
     */
    public static YieldTable compute(
            Model model, double[] pars, double[][] covariance, double[] data, Map<String, List<String>> merge) {
        SampleRates rates = new SampleRates(model);
        Map<String, String> groupOf = groups(rates, merge);
        int n = model.size();
        int ns = rates.samples();
        double[][] at = rates.at(pars);
        // Gradient of every sample-bin rate with respect to each parameter with a non-zero variance.
        List<Integer> active = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (covariance[i][i] > 0) {
                active.add(i);
            }
        }
        int na = active.size();
        double[][][] grad = new double[ns][][];
        for (int s = 0; s < ns; s++) {
            grad[s] = new double[rates.bins(s)][na];
        }
        double[] p = pars.clone();
        for (int a = 0; a < na; a++) {
            int i = active.get(a);
            // A thousandth of the parameter's uncertainty: the rates are smooth (polynomial or
            // exponential interpolation), so the central difference is exact to ~1e-7 relative.
            double h = 1e-3 * Math.sqrt(covariance[i][i]);
            p[i] = pars[i] + h;
            double[][] up = rates.at(p);
            p[i] = pars[i] - h;
            double[][] dn = rates.at(p);
            p[i] = pars[i];
            for (int s = 0; s < ns; s++) {
                for (int j = 0; j < up[s].length; j++) {
                    grad[s][j][a] = (up[s][j] - dn[s][j]) / (2 * h);
                }
            }
        }
        double[][] c = new double[na][na];
        for (int a = 0; a < na; a++) {
            for (int b = 0; b < na; b++) {
                c[a][b] = covariance[active.get(a)][active.get(b)];
            }
        }
        List<String> channelNames = model.channelNames();
        int[] channelBins = model.channelBins();
        List<ChannelYields> out = new ArrayList<>();
        int firstBin = 0;
        for (int ch = 0; ch < channelNames.size(); ch++) {
            int nb = channelBins[ch];
            Map<String, List<Integer>> rowSamples = new LinkedHashMap<>();
            for (int s = 0; s < ns; s++) {
                if (rates.channel(s) == ch) {
                    rowSamples
                            .computeIfAbsent(
                                    groupOf.getOrDefault(rates.sample(s), rates.sample(s)), k -> new ArrayList<>())
                            .add(s);
                }
            }
            List<Row> rows = new ArrayList<>();
            List<Integer> all = new ArrayList<>();
            for (var e : rowSamples.entrySet()) {
                rows.add(row(e.getKey(), e.getValue(), at, grad, c, nb, na));
                all.addAll(e.getValue());
            }
            double[] obs = new double[nb];
            System.arraycopy(data, firstBin, obs, 0, nb);
            out.add(new ChannelYields(channelNames.get(ch), rows, row("total", all, at, grad, c, nb, na), obs));
            firstBin += nb;
        }
        return new YieldTable(out);
    }

    private static Row row(
            String name, List<Integer> samples, double[][] at, double[][][] grad, double[][] c, int nb, int na) {
        double[] y = new double[nb];
        double[] err = new double[nb];
        double[] gSum = new double[na];
        for (int j = 0; j < nb; j++) {
            double[] g = new double[na];
            for (int s : samples) {
                y[j] += at[s][j];
                for (int a = 0; a < na; a++) {
                    g[a] += grad[s][j][a];
                }
            }
            for (int a = 0; a < na; a++) {
                gSum[a] += g[a];
            }
            err[j] = Math.sqrt(quadratic(g, c));
        }
        double sum = 0;
        for (double v : y) {
            sum += v;
        }
        return new Row(name, y, err, sum, Math.sqrt(quadratic(gSum, c)));
    }

    /** g C g^T, clamped at 0 against rounding. */
    private static double quadratic(double[] g, double[][] c) {
        double q = 0;
        for (int a = 0; a < g.length; a++) {
            if (g[a] == 0) {
                continue;
            }
            double row = 0;
            for (int b = 0; b < g.length; b++) {
                row += c[a][b] * g[b];
            }
            q += g[a] * row;
        }
        return Math.max(q, 0.0);
    }

    private static Map<String, String> groups(SampleRates rates, Map<String, List<String>> merge) {
        Set<String> known = new LinkedHashSet<>();
        for (int s = 0; s < rates.samples(); s++) {
            known.add(rates.sample(s));
        }
        Map<String, String> groupOf = new LinkedHashMap<>();
        for (var e : merge.entrySet()) {
            for (String sample : e.getValue()) {
                if (!known.contains(sample)) {
                    throw new IllegalArgumentException("group \"" + e.getKey() + "\" names sample \"" + sample
                            + "\", which the model does not have (samples: " + String.join(", ", known) + ")");
                }
                if (groupOf.put(sample, e.getKey()) != null) {
                    throw new IllegalArgumentException("sample \"" + sample + "\" is in two groups");
                }
            }
        }
        return groupOf;
    }
}
