package io.upsilon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Every command's usage help renders cleanly. Picocli passes descriptions, headers and footers
 * through {@link String#format}; a bare {@code %} (e.g. "95% CL") makes that throw, and picocli then
 * prints "Could not format ..." on {@code System.err} and shows the raw text. Literal percent signs
 * must be written {@code %%}.
 */
class UsageHelpTest {
    private static final String FORMAT_WARNING = "Could not format";

    /** What a rendering printed: its usage text, and whatever reached System.out and System.err. */
    private record Rendered(String usage, String stdout, String stderr) {}

    /** Renders the usage help with System.out and System.err captured (picocli warns on System.err). */
    private static Rendered render(CommandLine cl) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            String usage = cl.getUsageMessage(CommandLine.Help.Ansi.OFF);
            return new Rendered(usage, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    /** Every command in the tree under {@code cl}, by qualified name (aliases visited once). */
    private static void collect(CommandLine cl, Map<String, CommandLine> into) {
        into.putIfAbsent(cl.getCommandSpec().qualifiedName(), cl);
        for (CommandLine sub : cl.getSubcommands().values()) {
            collect(sub, into);
        }
    }

    private static Map<String, CommandLine> allCommands() {
        Map<String, CommandLine> all = new LinkedHashMap<>();
        collect(Main.commandLine(), all);
        return all;
    }

    @Test
    void theCaptureSeesPicocliFormatWarnings() {
        // The check below is only as good as the capture: a bare '%' must be caught here.
        CommandSpec spec = CommandSpec.create().name("canary");
        spec.usageMessage().description("95% CL upper limit");
        Rendered r = render(new CommandLine(spec));
        assertThat(r.stdout() + r.stderr()).contains(FORMAT_WARNING);
    }

    @Test
    void everyCommandsUsageHelpFormatsCleanly() {
        Map<String, CommandLine> all = allCommands();
        // The tree as registered in Main: the top level, its commands and the stats subcommands.
        assertThat(all)
                .containsKeys(
                        "upsilon",
                        "upsilon beam",
                        "upsilon xsec",
                        "upsilon processes",
                        "upsilon run",
                        "upsilon generate",
                        "upsilon convert",
                        "upsilon stats",
                        "upsilon stats cls",
                        "upsilon stats fit",
                        "upsilon stats upperlimit",
                        "upsilon stats impacts",
                        "upsilon stats inspect",
                        "upsilon help");
        for (Map.Entry<String, CommandLine> e : all.entrySet()) {
            Rendered r = render(e.getValue());
            assertThat(r.usage())
                    .as(e.getKey())
                    .contains("Usage: " + e.getKey())
                    .doesNotContain(FORMAT_WARNING);
            assertThat(r.stdout()).as(e.getKey() + " stdout").doesNotContain(FORMAT_WARNING);
            assertThat(r.stderr()).as(e.getKey() + " stderr").doesNotContain(FORMAT_WARNING);
            // "%%" renders as a single '%'; a doubled one would mean the text was shown raw.
            assertThat(r.usage()).as(e.getKey()).doesNotContain("%%");
        }
    }

    @Test
    void percentSignsRenderOnce() {
        Map<String, CommandLine> all = allCommands();
        assertThat(render(all.get("upsilon stats upperlimit")).usage()).contains("95% CL upper limit on the POI.");
        assertThat(render(all.get("upsilon run")).usage()).contains("about 1% of the statistics");
    }
}
