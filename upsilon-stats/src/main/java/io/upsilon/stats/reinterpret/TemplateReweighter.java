package io.upsilon.stats.reinterpret;

import io.upsilon.core.error.InputException;
import io.upsilon.stats.workspace.Channel;
import io.upsilon.stats.workspace.Modifier;
import io.upsilon.stats.workspace.Sample;
import io.upsilon.stats.workspace.Workspace;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Re-weights a workspace's signal templates to another truth spectrum through a {@link
 * ReinterpretMapping}. Given per truth bin i the weight w_i = Gamma_M(bin i) / Gamma_ref(bin i)
 * (model over reference partial width, both absolute), the re-weighted yield of reco bin j is
 * sum_i N_ij w_i. It is applied as the per-bin factor r_j = sum_i N_ij w_i / sum_i N_ij to the
 * workspace's own template, and to the sample's histosys templates, staterror and shapesys errors
 * (their relative size per bin is kept): r_j = 1 for the reference model reproduces the workspace
 * exactly, and r_j -&gt; 0 removes the signal and its systematics from a bin together (down to
 * {@link #MIN_FACTOR}). The template
 * must equal sum_i N_ij within {@link #TEMPLATE_TOLERANCE} (relative), which the constructor checks.
 */
public final class TemplateReweighter {
    /**
     * Relative tolerance between a channel's template and its mapping's column sums. Published
     * numbers are rounded (the Belle II B+ -&gt; K+ nu nubar workspace has 8 significant digits: 1e-8
     * relative) and its HTA number density differs from the template by one simulated event moved
     * between reco bins 0 and 1 (2.3e-5 relative); 1e-4 accepts both and still catches a mapping
     * of another selection or luminosity.
     */
    public static final double TEMPLATE_TOLERANCE = 1e-4;

    /**
     * The smallest per-bin factor r_j: a reco bin that the model does not feed keeps 1e-12 of its
     * template instead of none. With no signal in a bin, the signal's staterror there would lose its
     * constraint term (pyhf fixes a gamma with zero uncertainty), which changes the likelihood's
     * normalisation; keeping the constraint makes -2 ln L of different model points comparable
     * (profile scans over model parameters). 1e-12 of a template is far below any event count.
     */
    public static final double MIN_FACTOR = 1e-12;

    private final Workspace workspace;
    private final ReinterpretMapping mapping;

    /**
     * Checks the mapping against the workspace: every mapped channel and sample exists, the sample
     * carries the mapping's POI as a normfactor, the reco bin counts agree and the matrix sums to
     * the template. Problems are {@link InputException}s naming the mapping file and JSON path.
     */
    public TemplateReweighter(Workspace workspace, ReinterpretMapping mapping) {
        this.workspace = workspace;
        this.mapping = mapping;
        for (String c : mapping.channelNames()) {
            String path = "$.channels." + c;
            Channel ch = workspace.channels().stream()
                    .filter(x -> x.name().equals(c))
                    .findFirst()
                    .orElseThrow(() -> error(path, "the workspace has no channel " + c));
            String sampleName = mapping.sampleOf(c);
            String samplePath = mapping.sampleByChannel().containsKey(c) ? "$.samples." + c : "$.sample";
            Sample s = ch.samples().stream()
                    .filter(x -> x.name().equals(sampleName))
                    .findFirst()
                    .orElseThrow(() -> error(samplePath, "channel " + c + " has no sample " + sampleName));
            boolean scaled = s.modifiers().stream()
                    .anyMatch(m -> m instanceof Modifier.NormFactor && m.name().equals(mapping.poi()));
            if (!scaled) {
                throw error(
                        "$.poi", "sample " + sampleName + " of channel " + c + " has no normfactor " + mapping.poi());
            }
            double[][] n = mapping.matrix(c);
            if (n[0].length != ch.bins()) {
                throw error(path + "[0]", "expected " + ch.bins() + " reco bins (the channel's), got " + n[0].length);
            }
            double[] template = s.data();
            double[] sums = columnSums(n);
            for (int j = 0; j < template.length; j++) {
                double scale = Math.max(Math.abs(template[j]), Math.abs(sums[j]));
                if (Math.abs(sums[j] - template[j]) > TEMPLATE_TOLERANCE * scale) {
                    throw error(
                            path,
                            String.format(
                                    Locale.ROOT,
                                    "reco bin %d: the truth bins sum to %.9g events, the workspace's %s template has"
                                            + " %.9g",
                                    j,
                                    sums[j],
                                    sampleName,
                                    template[j]));
                }
            }
        }
    }

    private InputException error(String path, String problem) {
        return new InputException(mapping.file(), path, problem);
    }

    /** The mapping. */
    public ReinterpretMapping mapping() {
        return mapping;
    }

    private static double[] columnSums(double[][] n) {
        double[] s = new double[n[0].length];
        for (double[] row : n) {
            for (int j = 0; j < row.length; j++) {
                s[j] += row[j];
            }
        }
        return s;
    }

    /**
     * The per-truth-bin weights w_i = model_i / reference_i of two binned spectra (partial widths
     * or branching fractions per truth bin, same units). A bin where the reference is 0 gets weight
     * 0 when the model is 0 there too; a model that populates such a bin cannot be re-weighted and
     * is an {@link IllegalArgumentException} naming the bin.
     */
    public static double[] weights(double[] model, double[] reference) {
        if (model.length != reference.length) {
            throw new IllegalArgumentException(
                    "model has " + model.length + " truth bins, reference " + reference.length);
        }
        double[] w = new double[model.length];
        for (int i = 0; i < w.length; i++) {
            if (!(model[i] >= 0) || !(reference[i] >= 0) || Double.isInfinite(model[i])) {
                throw new IllegalArgumentException("truth bin " + i + ": rates must be finite and >= 0, got model "
                        + model[i] + ", reference " + reference[i]);
            }
            if (reference[i] > 0) {
                w[i] = model[i] / reference[i];
            } else if (model[i] > 0) {
                throw new IllegalArgumentException(
                        "truth bin " + i + ": the reference model has no rate there, the model has " + model[i]);
            }
        }
        return w;
    }

    /** The re-weighted yields sum_i N_ij w_i of one channel. */
    public double[] reweightedTemplate(String channel, double[] weights) {
        double[][] n = mapping.matrix(channel);
        checkWeights(weights);
        double[] t = new double[n[0].length];
        for (int i = 0; i < n.length; i++) {
            for (int j = 0; j < t.length; j++) {
                t[j] += n[i][j] * weights[i];
            }
        }
        return t;
    }

    private void checkWeights(double[] weights) {
        if (weights.length != mapping.truthBins()) {
            throw new IllegalArgumentException(
                    "expected " + mapping.truthBins() + " truth-bin weights, got " + weights.length);
        }
        for (double w : weights) {
            if (!(w >= 0) || Double.isInfinite(w)) {
                throw new IllegalArgumentException("weights must be finite and >= 0, got " + w);
            }
        }
    }

    /** The workspace with every mapped signal template re-weighted by these truth-bin weights. */
    public Workspace reweight(double[] weights) {
        checkWeights(weights);
        List<Channel> channels = new ArrayList<>();
        for (Channel ch : workspace.channels()) {
            if (!mapping.channels().containsKey(ch.name())) {
                channels.add(ch);
                continue;
            }
            double[] sums = columnSums(mapping.matrix(ch.name()));
            double[] now = reweightedTemplate(ch.name(), weights);
            double[] r = new double[sums.length];
            for (int j = 0; j < r.length; j++) {
                // A reco bin no truth bin feeds stays as it is (0 / 0 would be NaN).
                r[j] = sums[j] > 0 ? Math.max(MIN_FACTOR, now[j] / sums[j]) : 1;
            }
            String sampleName = mapping.sampleOf(ch.name());
            List<Sample> samples = new ArrayList<>();
            for (Sample s : ch.samples()) {
                samples.add(s.name().equals(sampleName) ? scaled(s, r) : s);
            }
            channels.add(new Channel(ch.name(), samples));
        }
        return new Workspace(channels, workspace.observations(), workspace.measurements(), workspace.version());
    }

    private static Sample scaled(Sample s, double[] r) {
        List<Modifier> mods = new ArrayList<>();
        for (Modifier m : s.modifiers()) {
            if (m instanceof Modifier.HistoSys h) {
                mods.add(new Modifier.HistoSys(h.name(), times(h.hiData(), r), times(h.loData(), r)));
            } else if (m instanceof Modifier.StatError se) {
                mods.add(new Modifier.StatError(se.name(), times(se.data(), r)));
            } else if (m instanceof Modifier.ShapeSys sh) {
                mods.add(new Modifier.ShapeSys(sh.name(), times(sh.data(), r)));
            } else {
                mods.add(m);
            }
        }
        return new Sample(s.name(), times(s.data(), r), mods);
    }

    private static double[] times(double[] a, double[] r) {
        double[] out = new double[a.length];
        for (int j = 0; j < a.length; j++) {
            out[j] = a[j] * r[j];
        }
        return out;
    }
}
