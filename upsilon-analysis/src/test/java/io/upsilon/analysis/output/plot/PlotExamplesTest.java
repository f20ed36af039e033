package io.upsilon.analysis.output.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/**
 * Renders the sample plots to {@code target/plot-examples/} for a person to look at, and checks the
 * files are there.
 */
class PlotExamplesTest {
    private static final Path DIR = Path.of("target", "plot-examples");

    @Test
    void rendersSamplePlotsForInspection() throws Exception {
        PlotWriter w = new PlotWriter();
        EnumSet<PlotFormat> all = EnumSet.allOf(PlotFormat.class);
        w.write(PlotExamples.brazil(), DIR, "limits", all);
        w.write(PlotExamples.stacked(true), DIR, "stacked_log", all);
        w.write(PlotExamples.stacked(false), DIR, "stacked_linear", all);
        w.write(PlotExamples.histogram(), DIR, "histogram", all);
        for (String name : new String[] {"limits", "stacked_log", "stacked_linear", "histogram"}) {
            for (PlotFormat f : all) {
                Path p = DIR.resolve(name + "." + f.extension());
                assertThat(p).isRegularFile();
                assertThat(Files.size(p)).isGreaterThan(1000);
            }
        }
    }
}
