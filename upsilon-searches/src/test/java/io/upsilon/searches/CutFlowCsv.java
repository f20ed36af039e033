package io.upsilon.searches;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a search's {@code cutflow.csv} (columns channel, step, sample, kind, mc_events,
 * expected_events, ...) for tests: the rows of one sample.
 */
public final class CutFlowCsv {
    private CutFlowCsv() {}

    /**
     * One row.
     *
     * @param channel the channel label ("" for a single-channel search)
     * @param step the cut-flow step
     * @param mcEvents Monte Carlo events at the step
     * @param expected expected events at the luminosity
     */
    public record Row(String channel, String step, long mcEvents, double expected) {}

    /** The rows of {@code sample} in {@code dir/cutflow.csv}, in file order. */
    public static List<Row> rows(Path dir, String sample) throws IOException {
        List<Row> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(dir.resolve("cutflow.csv"));
        for (String line : lines.subList(1, lines.size())) {
            // The step is the only quoted field and contains no quote of its own.
            int q1 = line.indexOf('"');
            int q2 = line.indexOf('"', q1 + 1);
            String channel = line.substring(0, q1 - 1);
            String step = line.substring(q1 + 1, q2);
            String[] rest = line.substring(q2 + 2).split(",", -1);
            if (rest[0].equals(sample)) {
                out.add(new Row(channel, step, Long.parseLong(rest[2]), Double.parseDouble(rest[3])));
            }
        }
        return out;
    }

    /** The row of {@code sample} in {@code channel} whose step starts with {@code stepPrefix}. */
    public static Row row(Path dir, String sample, String channel, String stepPrefix) throws IOException {
        return rows(dir, sample).stream()
                .filter(r -> r.channel().equals(channel) && r.step().startsWith(stepPrefix))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row " + stepPrefix + " of " + sample + " in " + channel));
    }
}
