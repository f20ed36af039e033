package io.upsilon.analysis.output.provenance;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the git commit of a checkout by reading {@code .git} directly (no {@code git} process):
 * {@code HEAD}, then the branch's loose ref or {@code packed-refs}. Handles linked worktrees and
 * submodules, where {@code .git} is a file naming the real git directory (with a {@code commondir}
 * holding the shared refs). Anything missing or unreadable gives "unknown".
 */
public final class GitCommit {
    /** What {@link #find()} returns when no commit can be read. */
    public static final String UNKNOWN = "unknown";

    private static final Pattern SHA = Pattern.compile("[0-9a-f]{40}([0-9a-f]{24})?");

    private GitCommit() {}

    /**
     * The commit of the checkout holding the working directory, else of the checkout holding the
     * Upsilon classes or jar, else {@link #UNKNOWN}.
     */
    public static String find() {
        List<Path> starts = new java.util.ArrayList<>();
        starts.add(Path.of(System.getProperty("user.dir", ".")));
        codeLocation().ifPresent(starts::add);
        for (Path start : starts) {
            Optional<String> c = of(start);
            if (c.isPresent()) {
                return c.get();
            }
        }
        return UNKNOWN;
    }

    /** The commit of the checkout containing {@code start} (searched upwards), if it can be read. */
    public static Optional<String> of(Path start) {
        try {
            for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
                Path dotGit = dir.resolve(".git");
                if (Files.isDirectory(dotGit)) {
                    return headOf(dotGit);
                }
                if (Files.isRegularFile(dotGit)) {
                    String line = firstLine(dotGit);
                    if (!line.startsWith("gitdir:")) {
                        return Optional.empty();
                    }
                    return headOf(dir.resolve(line.substring("gitdir:".length()).trim())
                            .normalize());
                }
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static Optional<String> headOf(Path gitDir) throws IOException {
        String head = firstLine(gitDir.resolve("HEAD"));
        if (SHA.matcher(head).matches()) {
            return Optional.of(head);
        }
        if (!head.startsWith("ref:")) {
            return Optional.empty();
        }
        String ref = head.substring("ref:".length()).trim();
        Path common = gitDir;
        Path commondir = gitDir.resolve("commondir");
        if (Files.isRegularFile(commondir)) {
            common = gitDir.resolve(firstLine(commondir)).normalize();
        }
        for (Path dir : List.of(gitDir, common)) {
            Path loose = dir.resolve(ref);
            if (Files.isRegularFile(loose)) {
                String sha = firstLine(loose);
                if (SHA.matcher(sha).matches()) {
                    return Optional.of(sha);
                }
            }
        }
        Path packed = common.resolve("packed-refs");
        if (Files.isRegularFile(packed)) {
            for (String line : Files.readAllLines(packed, StandardCharsets.UTF_8)) {
                String[] parts = line.trim().split(" ");
                if (parts.length == 2
                        && parts[1].equals(ref)
                        && SHA.matcher(parts[0]).matches()) {
                    return Optional.of(parts[0]);
                }
            }
        }
        return Optional.empty();
    }

    private static String firstLine(Path file) throws IOException {
        try (var r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = r.readLine();
            return line == null ? "" : line.trim();
        }
    }

    private static Optional<Path> codeLocation() {
        try {
            CodeSource cs = GitCommit.class.getProtectionDomain().getCodeSource();
            if (cs == null || cs.getLocation() == null) {
                return Optional.empty();
            }
            return Optional.of(Path.of(cs.getLocation().toURI()));
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
