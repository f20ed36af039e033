package io.upsilon.searches.bknunu;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.upsilon.analysis.output.AtomicFiles;
import io.upsilon.searches.BinGrouping;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code reinterpret-mapping.json} (format {@code upsilon-reinterpret-mapping/1}, docs/reinterpret.md):
 * the signal's expected events at μ = 1 per generated-q² bin i (the truth of the signal B) and fit
 * bin j of a channel (the ITA's on-resonance channel, the HTA channel), so that Σ_i N_ij is the channel's signal template. A new model
 * re-weights the rows by the ratio of its partial width per truth bin to the SM's (Belle II's
 * "joint number density", HEPData 10.17182/hepdata.166082; Gärtner et al., Eur. Phys. J. C 84
 * (2024), arXiv:2402.08417).
 */
final class ReinterpretMapping {
    /** The format tag. */
    static final String FORMAT = "upsilon-reinterpret-mapping/1";

    private final double[] truthEdges;
    private final double[][] fine;

    /**
     * An empty mapping.
     *
     * @param truthEdges the generated-q² bin edges, GeV²
     * @param fineBins the channel's fine (flat η × q²_rec) bins, before empty-background merging
     */
    ReinterpretMapping(double[] truthEdges, int fineBins) {
        this.truthEdges = truthEdges.clone();
        this.fine = new double[truthEdges.length - 1][fineBins];
    }

    /** The generated-q² bin edges, GeV². */
    double[] truthEdges() {
        return truthEdges.clone();
    }

    /** Uniform truth bins from 0 to {@code q2Max} (the (m_B − m_K)² endpoint). */
    static double[] uniformEdges(int bins, double q2Max) {
        double[] e = new double[bins + 1];
        for (int i = 0; i <= bins; i++) {
            e[i] = q2Max * i / bins;
        }
        return e;
    }

    /**
     * Adds an event of weight {@code w} generated at {@code truthQ2} that lands in fine bin {@code
     * bin}. A generated q² at or past the endpoint (rounding) goes to the last bin.
     *
     * @throws IllegalArgumentException for a NaN or negative q² (not a signal event)
     */
    void add(double truthQ2, int bin, double w) {
        if (!(truthQ2 >= truthEdges[0] - 1e-9)) {
            throw new IllegalArgumentException("generated q^2 of a signal event must be >= 0, got " + truthQ2);
        }
        int i = truthEdges.length - 2;
        for (int k = 1; k < truthEdges.length; k++) {
            if (truthQ2 < truthEdges[k]) {
                i = k - 1;
                break;
            }
        }
        fine[Math.max(i, 0)][bin] += w;
    }

    /** Matrix [truth bin][fit bin] after grouping the fine bins as the channel does. */
    double[][] matrix(BinGrouping grouping) {
        double[][] m = new double[fine.length][];
        for (int i = 0; i < fine.length; i++) {
            m[i] = grouping.contents(fine[i]);
        }
        return m;
    }

    /** Writes the file with this mapping's one channel. */
    void write(Path file, String source, String channel, BinGrouping grouping) {
        write(file, source, Map.of(channel, matrix(grouping)));
    }

    /**
     * Writes the file with several channels (channel name → matrix [truth bin][fit bin], e.g. the
     * ITA's and the HTA's, both with the truth bins of {@code this}).
     */
    void write(Path file, String source, Map<String, double[][]> channels) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", FORMAT);
        root.put("source", source);
        root.put("sample", "signal");
        root.put("poi", BKnunuFit.POI);
        root.put("variable", "q2");
        root.put("unit", "GeV^2");
        root.put("truth_bin_edges", truthEdges);
        root.put("reference_model", "SM");
        root.put("channels", channels);
        try {
            AtomicFiles.writeString(
                    file,
                    new ObjectMapper()
                                    .enable(SerializationFeature.INDENT_OUTPUT)
                                    .writeValueAsString(root) + "\n");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
