package io.upsilon.searches;

import io.upsilon.analysis.output.plot.PlotLabels;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A search's cut flow as one table per channel: rows are the selection steps, columns the samples.
 * A background column shows expected events at the luminosity with their Monte Carlo error, a
 * signal column the efficiency of the step among the generated events. Written as {@code
 * cutflow.md} (for people) and {@code cutflow.csv} (one row per channel, step and sample, for
 * programs), the same way for every search.
 */
public final class CutFlowTable {
    /** What a column's numbers mean. */
    public enum Kind {
        /** Expected events at the luminosity ± Monte Carlo error. */
        BACKGROUND,
        /** Efficiency among the generated events. */
        SIGNAL;

        String csvName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One sample's column.
     *
     * @param name the sample's short name (CSV)
     * @param label the column heading (markdown)
     * @param kind background or signal
     * @param generatedEvents events generated
     * @param flow the sample's cut flow in this channel
     */
    public record Column(String name, String label, Kind kind, long generatedEvents, CutFlow flow) {
        /** Validates. */
        public Column {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(flow, "flow");
        }
    }

    private final String title;
    private final String introduction;
    private final Map<String, List<Column>> channels;

    private CutFlowTable(String title, String introduction, Map<String, List<Column>> channels) {
        this.title = title;
        this.introduction = introduction;
        this.channels = channels;
    }

    /**
     * The introduction every search's cut flow starts with: what the numbers of both kinds of column
     * mean, then quick mode and what is not modelled, when they apply.
     *
     * @param luminosityFb the luminosity the expected events refer to, fb^-1
     * @param signalEvents what the signal efficiencies are relative to (e.g. "generated events with
     *     one tau -> l alpha")
     * @param quick whether the run used reduced statistics
     * @param notModelled backgrounds or effects left out ("" for none)
     */
    public static String introduction(double luminosityFb, String signalEvents, boolean quick, String notModelled) {
        return String.format(
                        Locale.ROOT,
                        "Backgrounds: expected events at %s fb^-1 (weighted Monte Carlo; error = MC statistics). "
                                + "Signal: efficiency in %% of %s.",
                        PlotLabels.formatNumber(luminosityFb),
                        signalEvents)
                + (quick ? " QUICK MODE: reduced statistics." : "")
                + (notModelled.isEmpty() ? "" : " Not modelled: " + notModelled + ".");
    }

    /** A builder with the standard {@link #introduction(double, String, boolean, String) introduction}. */
    public static Builder builder(
            String title, double luminosityFb, String signalEvents, boolean quick, String notModelled) {
        return builder(title, introduction(luminosityFb, signalEvents, quick, notModelled));
    }

    /** A builder for the table of {@code title} (e.g. "Z' -> invisible") with an introduction paragraph. */
    public static Builder builder(String title, String introduction) {
        return new Builder(title, introduction);
    }

    /** Builds a {@link CutFlowTable}; columns go to the current channel. */
    public static final class Builder {
        private final String title;
        private final String introduction;
        private final Map<String, List<Column>> channels = new LinkedHashMap<>();
        private List<Column> current;

        private Builder(String title, String introduction) {
            this.title = Objects.requireNonNull(title, "title");
            this.introduction = Objects.requireNonNull(introduction, "introduction");
        }

        /** Starts a channel (a search with one channel need not call this). */
        public Builder channel(String name) {
            if (channels.containsKey(name)) {
                throw new IllegalArgumentException("channel " + name + " added twice");
            }
            current = new ArrayList<>();
            channels.put(name, current);
            return this;
        }

        /** Adds a column to the current channel. */
        public Builder column(String name, String label, Kind kind, long generatedEvents, CutFlow flow) {
            if (current == null) {
                channel("");
            }
            Column c = new Column(name, label, kind, generatedEvents, flow);
            if (!current.isEmpty() && !current.get(0).flow().steps().equals(flow.steps())) {
                throw new IllegalArgumentException("column " + name + " has other steps than "
                        + current.get(0).name());
            }
            current.add(c);
            return this;
        }

        /** Adds a sample's column (named and labelled as the sample) to the current channel. */
        public Builder column(SampleOutcome<?> sample, Kind kind, CutFlow flow) {
            return column(
                    sample.name().replace('/', '_').replace(' ', '_'),
                    sample.label(),
                    kind,
                    sample.generatedEvents(),
                    flow);
        }

        /** Adds one column per background sample, then one per signal sample, each with its selection's flow. */
        public Builder samples(
                List<? extends SampleOutcome<SelectionResult>> backgrounds,
                List<? extends SampleOutcome<SelectionResult>> signals) {
            for (SampleOutcome<SelectionResult> s : backgrounds) {
                column(s, Kind.BACKGROUND, s.result().flow());
            }
            for (SampleOutcome<SelectionResult> s : signals) {
                column(s, Kind.SIGNAL, s.result().flow());
            }
            return this;
        }

        /** Adds one column per sample, each with its cut flow in {@code channel}. */
        public <C extends Enum<C>> Builder columns(
                Kind kind, List<? extends SampleOutcome<ChannelResults<C>>> samples, C channel) {
            for (SampleOutcome<ChannelResults<C>> s : samples) {
                column(s, kind, s.result().flow(channel));
            }
            return this;
        }

        /** The table (at least one column). */
        public CutFlowTable build() {
            if (channels.isEmpty()) {
                throw new IllegalStateException("a cut flow needs at least one column");
            }
            Map<String, List<Column>> m = new LinkedHashMap<>();
            channels.forEach((k, v) -> m.put(k, List.copyOf(v)));
            return new CutFlowTable(title, introduction, m);
        }
    }

    /** The paragraph under the title: what the numbers mean. */
    public String introduction() {
        return introduction;
    }

    /** The channels' names in order ("" for a search without channels). */
    public List<String> channels() {
        return List.copyOf(channels.keySet());
    }

    /** The columns of a channel. */
    public List<Column> columns(String channel) {
        List<Column> c = channels.get(channel);
        if (c == null) {
            throw new IllegalArgumentException("no channel " + channel);
        }
        return c;
    }

    /** Header and rows of a channel's table as the markdown file shows them (for other renderers). */
    public List<List<String>> rows(String channel) {
        List<Column> cols = columns(channel);
        List<List<String>> out = new ArrayList<>();
        List<String> header = new ArrayList<>();
        header.add("step");
        cols.forEach(c -> header.add(c.label()));
        out.add(header);
        List<String> steps = cols.get(0).flow().steps();
        for (int i = 0; i < steps.size(); i++) {
            List<String> row = new ArrayList<>();
            row.add(steps.get(i));
            for (Column c : cols) {
                row.add(cell(c, i));
            }
            out.add(row);
        }
        return out;
    }

    private static String cell(Column c, int i) {
        CutFlow f = c.flow();
        return c.kind() == Kind.BACKGROUND
                ? String.format(Locale.ROOT, "%.4g ± %.2g", f.weight(i), f.weightError(i))
                : String.format(Locale.ROOT, "%.2f%%", 100 * f.efficiency(i));
    }

    /** {@code cutflow.md}: title, introduction, one table per channel, the generated events, then {@code extra}. */
    public String markdown(String extra) {
        StringBuilder b = new StringBuilder();
        b.append("# ")
                .append(title)
                .append(": cut flow\n\n")
                .append(introduction)
                .append("\n\n");
        for (String ch : channels.keySet()) {
            if (!ch.isEmpty()) {
                b.append("## channel ").append(ch).append("\n\n");
            }
            List<List<String>> rows = rows(ch);
            for (int r = 0; r < rows.size(); r++) {
                b.append("| ").append(String.join(" | ", rows.get(r))).append(" |\n");
                if (r == 0) {
                    b.append("|---|")
                            .append("---:|".repeat(rows.get(0).size() - 1))
                            .append('\n');
                }
            }
            b.append('\n');
        }
        b.append("Generated events per sample: ");
        Map<String, Long> generated = new LinkedHashMap<>();
        for (List<Column> cols : channels.values()) {
            for (Column c : cols) {
                generated.putIfAbsent(c.name(), c.generatedEvents());
            }
        }
        List<String> parts = new ArrayList<>();
        generated.forEach((k, v) -> parts.add(k + " " + v));
        b.append(String.join(", ", parts)).append(".\n");
        if (!extra.isEmpty()) {
            b.append('\n').append(extra);
        }
        return b.toString();
    }

    /**
     * {@code cutflow.csv}: {@code channel,step,sample,kind,mc_events,expected_events,
     * expected_events_err,efficiency,efficiency_err}, one row per channel, step and sample (expected
     * events at the luminosity for every kind; efficiency among the generated events).
     */
    public String csv() {
        StringBuilder b = new StringBuilder(
                "channel,step,sample,kind,mc_events,expected_events,expected_events_err,efficiency,efficiency_err\n");
        channels.forEach((ch, cols) -> {
            List<String> steps = cols.get(0).flow().steps();
            for (int i = 0; i < steps.size(); i++) {
                for (Column c : cols) {
                    CutFlow f = c.flow();
                    b.append(ch)
                            .append(",\"")
                            .append(steps.get(i).replace("\"", "\"\""))
                            .append("\",")
                            .append(c.name())
                            .append(',')
                            .append(c.kind().csvName())
                            .append(',')
                            .append(f.count(i))
                            .append(',')
                            .append(num(f.weight(i)))
                            .append(',')
                            .append(num(f.weightError(i)))
                            .append(',')
                            .append(num(f.efficiency(i)))
                            .append(',')
                            .append(num(f.weightError(i) / f.weight(0)))
                            .append('\n');
                }
            }
        });
        return b.toString();
    }

    /** Six significant digits, empty for NaN: the number format of every CSV a search writes. */
    public static String num(double x) {
        return Double.isNaN(x) ? "" : String.format(Locale.ROOT, "%.6g", x);
    }
}
