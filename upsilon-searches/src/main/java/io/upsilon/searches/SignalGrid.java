package io.upsilon.searches;

import io.upsilon.core.config.ConfigNode;
import io.upsilon.generators.process.Process;
import io.upsilon.generators.process.ProcessRegistry;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * The signal points of a search as its YAML's {@code signal:} block declares them: the process,
 * the generated events per point and, for a mass scan, the masses and the subset drawn in plots
 * (which is also the scan of {@code --quick}).
 *
 * @param process the signal process
 * @param events generated events per point
 * @param masses scanned masses, GeV, strictly increasing (empty: a single point)
 * @param plotMasses masses drawn in plots, each one of {@code masses}
 */
public record SignalGrid(Process process, long events, double[] masses, double[] plotMasses) {
    /** Validates and copies. */
    public SignalGrid {
        Objects.requireNonNull(process, "process");
        masses = masses.clone();
        plotMasses = plotMasses.clone();
    }

    @Override
    public double[] masses() {
        return masses.clone();
    }

    @Override
    public double[] plotMasses() {
        return plotMasses.clone();
    }

    /** The name stem of a mass point in file and workspace names: "M3p50" for 3.5 GeV. */
    public static String massTag(double mass) {
        return String.format(Locale.ROOT, "M%.2f", mass).replace('.', 'p');
    }

    /** The masses of a run: the plot masses in quick mode, else all. */
    public double[] masses(boolean quick) {
        return quick ? plotMasses() : masses();
    }

    /** The generated events per point of a run. */
    public long events(QuickScaling quick, boolean isQuick) {
        return isQuick ? Math.min(quick.signalEvents(), events) : events;
    }

    /**
     * Reads {@code process} and {@code events} and, when {@code massMin <= massMax}, the mass scan
     * {@code masses} and {@code plot_masses} (GeV, in [massMin, massMax]). The caller reads its own
     * keys of the block and finishes it.
     */
    public static SignalGrid read(ConfigNode s, ProcessRegistry processes, double massMin, double massMax) {
        Process process = SampleSpec.process(s, "process", processes);
        double[] masses = new double[0];
        double[] plot = new double[0];
        if (massMin <= massMax) {
            masses = s.numbers("masses", massMin, massMax);
            for (int i = 1; i < masses.length; i++) {
                if (!(masses[i] > masses[i - 1])) {
                    throw s.error("masses", "expected strictly increasing values");
                }
            }
            plot = s.numbers("plot_masses", massMin, massMax);
            for (double m : plot) {
                if (Arrays.stream(masses).noneMatch(x -> x == m)) {
                    throw s.error("plot_masses", "plot mass " + m + " is not one of the signal masses");
                }
            }
        }
        long events = s.longInteger("events", 100, 1_000_000_000L);
        return new SignalGrid(process, events, masses, plot);
    }

    /** Reads a signal block without a mass scan. */
    public static SignalGrid readSinglePoint(ConfigNode s, ProcessRegistry processes) {
        return read(s, processes, 1, 0);
    }
}
