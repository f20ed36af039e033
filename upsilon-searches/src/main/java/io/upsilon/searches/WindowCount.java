package io.upsilon.searches;

import io.upsilon.core.hist.Axis;
import io.upsilon.core.hist.Hist1D;
import io.upsilon.stats.workspace.Workspace;
import java.util.Arrays;
import java.util.List;

/**
 * A one-bin counting experiment in a window of a search's observable: the selected signal and
 * background events inside the window become a one-bin HistFactory workspace (the signal with a free
 * strength {@value #POI}, mu = 1 at the generated coupling, and a normalisation uncertainty on its
 * efficiency; each background with its normalisation uncertainty and its Monte Carlo statistics as
 * staterror) whose observation is the background expectation, so that its {@link ClsLimit} is the
 * expected limit with its band. Which events lie in the window is the search's ({@link Membership}).
 */
public final class WindowCount {
    /** The parameter of interest. */
    public static final String POI = "mu";

    private static final String MC_STAT = "mcstat";

    private WindowCount() {}

    /** A named background's selected events and normalisation uncertainty. */
    public record Background(String name, SelectedEvents events, double normalisationUncertainty) {}

    /** Whether event {@code i} of a set lies in the window. */
    @FunctionalInterface
    public interface Membership {
        /** True when event {@code i} of {@code events} counts in the window. */
        boolean contains(SelectedEvents events, int i);
    }

    /**
     * The counts in a window and their workspace.
     *
     * @param signal expected signal events in the window at mu = 1
     * @param background expected events of each background in the window (the order given)
     * @param backgroundMcEvents simulated background events in the window (0: the one-event floor stands in)
     * @param modelledBackground the background the workspace holds (its observation): the simulated total,
     *     or the floor
     * @param workspace the one-bin workspace
     */
    public record Counts(
            double signal,
            double[] background,
            long backgroundMcEvents,
            double modelledBackground,
            Workspace workspace) {
        /** The total simulated background in the window (0 when the floor stands in). */
        public double totalBackground() {
            return Arrays.stream(background).sum();
        }
    }

    /**
     * A window at one mass hypothesis with its counts.
     *
     * @param centre the signal peak's position in the observable
     * @param resolution the signal's resolution there (each search says which width)
     * @param lo window low edge
     * @param hi window high edge
     * @param counts the signal and background counts and the workspace
     */
    public record Window(double centre, double resolution, double lo, double hi, Counts counts) {
        /** Expected signal events in the window at mu = 1. */
        public double signal() {
            return counts.signal();
        }

        /** Expected events of each background in the window. */
        public double[] background() {
            return counts.background();
        }

        /** The total simulated background in the window (0 when the floor stands in). */
        public double totalBackground() {
            return counts.totalBackground();
        }

        /** The background the workspace holds: the simulated total, or the one-event floor. */
        public double modelledBackground() {
            return counts.modelledBackground();
        }

        /** Simulated background events in the window (0: the floor stands in). */
        public long backgroundMcEvents() {
            return counts.backgroundMcEvents();
        }

        /** The one-bin workspace. */
        public Workspace workspace() {
            return counts.workspace();
        }
    }

    /**
     * One mass hypothesis of a window scan.
     *
     * @param mass the mass, GeV
     * @param sigmaFb generated cross section at the generation coupling (inside the generation cuts), fb
     * @param generatedEvents expected signal events at the luminosity (generated, weighted)
     * @param selectedMc selected signal Monte Carlo events
     * @param window the window, or null when too few signal events were selected
     * @param limit the limit on mu, or null
     */
    public record MassPoint(
            double mass, double sigmaFb, double generatedEvents, int selectedMc, Window window, ClsLimit limit) {
        /** Whether the limit exists and converged. */
        public boolean hasLimit() {
            return limit != null && limit.converged();
        }

        /** The signal efficiency in the window (of the generated events). */
        public double efficiency() {
            return window == null || generatedEvents <= 0 ? 0 : window.signal() / generatedEvents;
        }
    }

    /**
     * The counts in a window and the workspace {@code measurement} with one channel {@code channel}.
     * When no simulated background event lies in the window, one event of the background with the
     * largest event weight stands in (conservative for the limit; flagged by {@code backgroundMcEvents
     * = 0}) with the normalisation uncertainty {@code floorUncertainty}.
     *
     * @param measurement the workspace's measurement name
     * @param channel the channel's name
     * @param signal the selected signal events (weights: expected events at mu = 1)
     * @param backgrounds the backgrounds' selected events
     * @param window which events count
     * @param efficiencyUncertainty relative uncertainty of the signal efficiency
     * @param floorUncertainty relative normalisation uncertainty of the one-event floor
     */
    public static Counts count(
            String measurement,
            String channel,
            SelectedEvents signal,
            List<Background> backgrounds,
            Membership window,
            double efficiencyUncertainty,
            double floorUncertainty) {
        double s = sum(signal, window)[0];
        ChannelTemplate ch = ChannelTemplate.of(channel, BinGrouping.allBins(1))
                .droppingEmptyBackgrounds()
                .withSample(SampleTemplate.signal("signal", s)
                        .withNormFactor(POI)
                        .withNormSys("signal_efficiency", efficiencyUncertainty));
        double[] b = new double[backgrounds.size()];
        long mc = 0;
        for (int k = 0; k < b.length; k++) {
            Background bg = backgrounds.get(k);
            double[] c = sum(bg.events(), window);
            if (c[2] == 0) {
                continue;
            }
            b[k] = c[0];
            mc += (long) c[2];
            ch = ch.withSample(SampleTemplate.background(bg.name(), oneBin(c[0], c[1]))
                    .withNormSys("norm_" + bg.name(), bg.normalisationUncertainty())
                    .withStatError(MC_STAT));
        }
        double total = Arrays.stream(b).sum();
        if (mc == 0) {
            Background heaviest = heaviest(backgrounds);
            double floor = heaviest == null ? 0 : largestWeight(heaviest.events());
            floor = floor > 0 ? floor : 1e-3;
            total = floor;
            ch = ch.withSample(SampleTemplate.background(
                            heaviest == null ? "floor" : heaviest.name(), oneBin(floor, floor * floor))
                    .withNormSys("norm_floor", floorUncertainty)
                    .withStatError(MC_STAT));
        }
        Workspace ws = WorkspaceBuilder.measurement(measurement, POI)
                .parameter(POI, 1.0, 0, 1e6)
                .channel(ch.withObserved(total))
                .build();
        return new Counts(s, b, mc, total, ws);
    }

    /** The background whose largest event weight is the largest (the first of equals), or null for none. */
    public static Background heaviest(List<Background> backgrounds) {
        Background out = null;
        double most = 0;
        for (Background b : backgrounds) {
            double w = largestWeight(b.events());
            if (out == null || w > most) {
                most = w;
                out = b;
            }
        }
        return out;
    }

    /** Sum of weights, sum of squared weights and number of the events in the window. */
    public static double[] sum(SelectedEvents events, Membership window) {
        double w = 0;
        double w2 = 0;
        long n = 0;
        for (int i = 0; i < events.size(); i++) {
            if (window.contains(events, i)) {
                double x = events.weight(i);
                w += x;
                w2 += x * x;
                n++;
            }
        }
        return new double[] {w, w2, n};
    }

    private static double largestWeight(SelectedEvents ev) {
        double m = 0;
        for (int i = 0; i < ev.size(); i++) {
            m = Math.max(m, ev.weight(i));
        }
        return m;
    }

    private static Hist1D oneBin(double w, double w2) {
        return Hist1D.of(Axis.regular(1, 0, 1), new double[] {0, w, 0, 0}, new double[] {0, w2, 0, 0}, 1);
    }
}
