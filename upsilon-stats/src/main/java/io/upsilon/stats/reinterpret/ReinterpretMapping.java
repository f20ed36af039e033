package io.upsilon.stats.reinterpret;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A reinterpretation mapping ({@code upsilon-reinterpret-mapping/1}, docs/reinterpret.md): per
 * workspace channel a matrix N[i][j] of the expected signal events at POI = 1 generated in truth
 * bin i that land in reconstructed bin j, so that summing over i gives the channel's signal
 * template. Immutable; the matrices are deep-copied in and out.
 *
 * @param file where the mapping was read from (for error messages)
 * @param source free text: where the numbers come from
 * @param sample the workspace sample that is re-weighted (in every listed channel)
 * @param sampleByChannel per-channel overrides of {@code sample} (optional key {@code samples}),
 *     for workspaces whose signal sample has another name in some channel
 * @param poi the workspace POI that scales the sample
 * @param variable the generated (truth) variable, e.g. {@code q2}
 * @param unit its unit, e.g. {@code GeV^2}
 * @param truthBinEdges the N + 1 increasing truth bin edges
 * @param referenceModel the spectrum the templates were made with
 * @param channels per channel the matrix [truth bin][reco bin], in file order
 */
public record ReinterpretMapping(
        String file,
        String source,
        String sample,
        Map<String, String> sampleByChannel,
        String poi,
        String variable,
        String unit,
        double[] truthBinEdges,
        String referenceModel,
        Map<String, double[][]> channels) {

    /** The format tag this reader accepts. */
    public static final String FORMAT = "upsilon-reinterpret-mapping/1";

    /** Validates shapes: increasing edges, every matrix N rows of one positive length, finite entries >= 0. */
    public ReinterpretMapping {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sample, "sample");
        Objects.requireNonNull(poi, "poi");
        Objects.requireNonNull(referenceModel, "referenceModel");
        sampleByChannel = Collections.unmodifiableMap(new LinkedHashMap<>(sampleByChannel));
        truthBinEdges = truthBinEdges.clone();
        if (truthBinEdges.length < 2) {
            throw new IllegalArgumentException("need at least two truth bin edges");
        }
        for (int i = 1; i < truthBinEdges.length; i++) {
            if (!(truthBinEdges[i] > truthBinEdges[i - 1])) {
                throw new IllegalArgumentException("truth bin edges must increase");
            }
        }
        Map<String, double[][]> copy = new LinkedHashMap<>();
        for (Map.Entry<String, double[][]> e : channels.entrySet()) {
            double[][] m = deepCopy(e.getValue());
            if (m.length != truthBinEdges.length - 1) {
                throw new IllegalArgumentException(
                        "channel " + e.getKey() + " has " + m.length + " rows, expected " + (truthBinEdges.length - 1));
            }
            for (double[] row : m) {
                if (row.length == 0 || row.length != m[0].length) {
                    throw new IllegalArgumentException("channel " + e.getKey() + " has rows of different lengths");
                }
                for (double v : row) {
                    if (!(v >= 0) || Double.isInfinite(v)) {
                        throw new IllegalArgumentException("channel " + e.getKey() + " has an entry " + v);
                    }
                }
            }
            copy.put(e.getKey(), m);
        }
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("a mapping needs at least one channel");
        }
        channels = Collections.unmodifiableMap(copy);
    }

    private static double[][] deepCopy(double[][] m) {
        double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i].clone();
        }
        return c;
    }

    @Override
    public double[] truthBinEdges() {
        return truthBinEdges.clone();
    }

    /** Number of truth bins. */
    public int truthBins() {
        return truthBinEdges.length - 1;
    }

    /** The channel names, in file order. */
    public List<String> channelNames() {
        return List.copyOf(channels.keySet());
    }

    /** A copy of one channel's matrix [truth bin][reco bin]. */
    public double[][] matrix(String channel) {
        double[][] m = channels.get(channel);
        if (m == null) {
            throw new IllegalArgumentException("no channel " + channel);
        }
        return deepCopy(m);
    }

    /** The sample re-weighted in this channel. */
    public String sampleOf(String channel) {
        return sampleByChannel.getOrDefault(channel, sample);
    }

    /** Expected reference events per truth bin, summed over all channels and reco bins. */
    public double[] referenceEventsPerTruthBin() {
        double[] n = new double[truthBins()];
        for (double[][] m : channels.values()) {
            for (int i = 0; i < m.length; i++) {
                for (double v : m[i]) {
                    n[i] += v;
                }
            }
        }
        return n;
    }
}
