package io.upsilon.stats.workspace;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Drops systematic modifiers whose effect on a sample is below a threshold, per channel and sample
 * (the "pruning" of HistFactory fits, e.g. TRExFitter's normalisation and shape pruning): a normsys
 * with {@code |hi - 1|} and {@code |lo - 1|} below it, a histosys whose largest relative bin shift
 * {@code max_j |hi_j - nom_j| / nom_j} (and the same for lo) is below it, and optionally staterror
 * and shapesys whose largest relative uncertainty is below their own threshold. Parameters of
 * interest are never touched; a parameter that no modifier uses any more also leaves the
 * measurements' settings and correlation blocks. Pure: returns a new workspace.
 */
public final class Pruning {

    private Pruning() {}

    /**
     * One dropped modifier.
     *
     * @param channel the channel
     * @param sample the sample
     * @param modifier the parameter name
     * @param type the modifier type
     * @param effect its largest relative effect on the sample's yields
     */
    public record Dropped(String channel, String sample, String modifier, String type, double effect) {}

    /**
     * The outcome.
     *
     * @param workspace the pruned workspace
     * @param dropped what was dropped, in workspace order
     * @param removedParameters parameters no modifier uses any more
     */
    public record Result(Workspace workspace, List<Dropped> dropped, List<String> removedParameters) {
        /** Copies. */
        public Result {
            dropped = List.copyOf(dropped);
            removedParameters = List.copyOf(removedParameters);
        }
    }

    /**
     * Prunes {@code ws}.
     *
     * @param threshold the relative effect below which normsys and histosys are dropped (e.g. 0.005)
     * @param statThreshold the same for staterror and shapesys; 0 keeps them all
     */
    public static Result prune(Workspace ws, double threshold, double statThreshold) {
        if (!(threshold >= 0) || !(statThreshold >= 0)) {
            throw new IllegalArgumentException("thresholds must be >= 0");
        }
        Set<String> pois = new HashSet<>();
        ws.measurements().forEach(m -> pois.addAll(m.allPois()));
        Set<String> before = parameterNames(ws);
        List<Dropped> dropped = new ArrayList<>();
        List<Channel> channels = new ArrayList<>();
        for (Channel c : ws.channels()) {
            List<Sample> samples = new ArrayList<>();
            for (Sample s : c.samples()) {
                List<Modifier> kept = new ArrayList<>();
                for (Modifier m : s.modifiers()) {
                    double effect = effect(m, s.data());
                    double t = m instanceof Modifier.StatError || m instanceof Modifier.ShapeSys
                            ? statThreshold
                            : threshold;
                    if (!Double.isNaN(effect) && effect < t && !pois.contains(m.name())) {
                        dropped.add(new Dropped(c.name(), s.name(), m.name(), m.type(), effect));
                    } else {
                        kept.add(m);
                    }
                }
                samples.add(new Sample(s.name(), s.data(), kept));
            }
            channels.add(new Channel(c.name(), samples));
        }
        Workspace staged =
                new Workspace(channels, ws.observations(), ws.measurements(), ws.version(), ws.unbinnedChannels());
        Set<String> after = parameterNames(staged);
        Set<String> removed = new HashSet<>(before);
        removed.removeAll(after);
        List<Measurement> measurements = new ArrayList<>();
        for (Measurement m : ws.measurements()) {
            measurements.add(m.withParameters(m.parameters().stream()
                            .filter(p -> !removed.contains(p.name()))
                            .toList())
                    .withCorrelations(WorkspaceOps.withoutParameters(m.correlations(), removed)));
        }
        Workspace pruned =
                new Workspace(channels, ws.observations(), measurements, ws.version(), ws.unbinnedChannels());
        return new Result(
                pruned,
                dropped,
                before.stream().filter(removed::contains).sorted().toList());
    }

    /**
     * The largest relative effect of {@code m} on {@code nominal}: NaN for modifiers that are never
     * pruned (free factors, lumi, formula); infinity where a bin with zero nominal yield moves.
     */
    public static double effect(Modifier m, double[] nominal) {
        if (m instanceof Modifier.NormSys n) {
            return Math.max(Math.abs(n.hi() - 1), Math.abs(n.lo() - 1));
        }
        if (m instanceof Modifier.HistoSys h) {
            return Math.max(relative(h.hiData(), nominal), relative(h.loData(), nominal));
        }
        if (m instanceof Modifier.StatError se) {
            return relativeError(se.data(), nominal);
        }
        if (m instanceof Modifier.ShapeSys sh) {
            return relativeError(sh.data(), nominal);
        }
        return Double.NaN;
    }

    private static double relative(double[] varied, double[] nominal) {
        double max = 0;
        for (int j = 0; j < nominal.length; j++) {
            double shift = Math.abs(varied[j] - nominal[j]);
            if (shift == 0) {
                continue;
            }
            max = Math.max(max, nominal[j] == 0 ? Double.POSITIVE_INFINITY : shift / Math.abs(nominal[j]));
        }
        return max;
    }

    private static double relativeError(double[] errors, double[] nominal) {
        double max = 0;
        for (int j = 0; j < nominal.length; j++) {
            if (errors[j] == 0) {
                continue;
            }
            max = Math.max(max, nominal[j] == 0 ? Double.POSITIVE_INFINITY : errors[j] / Math.abs(nominal[j]));
        }
        return max;
    }

    /** Every parameter name a modifier uses (a formula's expression names included). */
    public static Set<String> parameterNames(Workspace ws) {
        Set<String> names = new HashSet<>();
        for (Channel c : ws.channels()) {
            for (Sample s : c.samples()) {
                for (Modifier m : s.modifiers()) {
                    if (m instanceof Modifier.Formula f) {
                        names.addAll(f.expression().variables());
                    } else {
                        names.add(m.name());
                    }
                }
            }
        }
        return names;
    }
}
