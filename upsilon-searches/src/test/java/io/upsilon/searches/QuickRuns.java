package io.upsilon.searches;

import static org.assertj.core.api.Assertions.assertThat;

import io.upsilon.core.exec.LocalExecutor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;

/** What the end-to-end tests of the searches share: quick runs, modified copies of a YAML, output comparison. */
public final class QuickRuns {
    /** The seed of every quick test run. */
    public static final long SEED = 7;

    private QuickRuns() {}

    /** Runs a bundled search (by name) or a YAML file in quick mode on {@code threads} threads into {@code out}. */
    public static void run(String nameOrPath, Path out, int threads) {
        Searches.Loaded l = Searches.standard().load(nameOrPath);
        l.search()
                .run(
                        l.config(),
                        l.bytes(),
                        new RunOptions(out, OptionalLong.of(SEED), true, LocalExecutor.ofThreads(threads)));
    }

    /**
     * A copy of the bundled YAML of {@code search} in {@code dir} with {@code from} replaced by {@code
     * to} (which must occur), e.g. another luminosity.
     */
    public static Path modifiedCopy(Path dir, String search, String from, String to) throws IOException {
        String yaml = new String(Searches.bundled(search), StandardCharsets.UTF_8);
        assertThat(yaml).as("bundled " + search + ".yaml").contains(from);
        Path file = dir.resolve(search + "-modified.yaml");
        Files.writeString(file, yaml.replace(from, to));
        return file;
    }

    /**
     * A copy of the bundled YAML of {@code search} in {@code dir/file} without the entry {@code name}
     * of its {@code backgrounds:} list (the lines from {@code "  - name: NAME"} to the next entry or
     * blank line; the {@code backgrounds:} key too when no entry is left), and with {@code from}
     * replaced by {@code to} (which must occur).
     */
    public static Path withoutBackground(Path dir, String file, String search, String name, String from, String to)
            throws IOException {
        String yaml = new String(Searches.bundled(search), StandardCharsets.UTF_8);
        String entry = "  - name: " + name + "\n";
        int start = yaml.indexOf(entry);
        assertThat(start).as("background " + name + " in " + search + ".yaml").isNotNegative();
        int end = start + entry.length();
        while (end < yaml.length() && yaml.startsWith("    ", end)) {
            end = yaml.indexOf('\n', end) + 1;
        }
        String cut = yaml.substring(0, start) + yaml.substring(end);
        // A list left empty goes with its key (an empty list reads as a null value).
        int key = cut.lastIndexOf("\nbackgrounds:\n", start);
        if (key >= 0 && !cut.startsWith("  - ", key + "\nbackgrounds:\n".length())) {
            cut = cut.substring(0, key + 1) + cut.substring(key + "\nbackgrounds:\n".length());
        }
        assertThat(cut).contains(from).doesNotContain(entry);
        Path out = dir.resolve(file);
        Files.writeString(out, cut.replace(from, to));
        return out;
    }

    /** The regular files below {@code dir}, relative to it, sorted. */
    public static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(dir::relativize).sorted().toList();
        }
    }

    /** Asserts that both directories hold the same files with the same bytes (plots, pages and summaries included). */
    public static void assertIdenticalOutputs(Path one, Path two) throws IOException {
        List<Path> f = files(one);
        assertThat(files(two)).isEqualTo(f);
        for (Path p : f) {
            assertThat(Files.readAllBytes(two.resolve(p)))
                    .as(p.toString())
                    .isEqualTo(Files.readAllBytes(one.resolve(p)));
        }
    }
}
