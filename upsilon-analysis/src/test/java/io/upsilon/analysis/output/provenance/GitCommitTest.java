package io.upsilon.analysis.output.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitCommitTest {
    private static final String SHA1 = "0123456789abcdef0123456789abcdef01234567";
    private static final String SHA2 = "89abcdef0123456789abcdef0123456789abcdef";

    @TempDir
    Path dir;

    private static void write(Path p, String text) throws IOException {
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    @Test
    void readsTheBranchRefFromASubdirectoryOfTheCheckout() throws IOException {
        write(dir.resolve(".git/HEAD"), "ref: refs/heads/main\n");
        write(dir.resolve(".git/refs/heads/main"), SHA1 + "\n");
        Path sub = Files.createDirectories(dir.resolve("upsilon-analysis/target"));
        assertThat(GitCommit.of(sub)).contains(SHA1);
    }

    @Test
    void readsPackedRefs() throws IOException {
        write(dir.resolve(".git/HEAD"), "ref: refs/heads/output\n");
        write(
                dir.resolve(".git/packed-refs"),
                "# pack-refs with: peeled fully-peeled sorted\n" + SHA2 + " refs/heads/main\n" + SHA1
                        + " refs/heads/output\n");
        assertThat(GitCommit.of(dir)).contains(SHA1);
    }

    @Test
    void readsADetachedHead() throws IOException {
        write(dir.resolve(".git/HEAD"), SHA2 + "\n");
        assertThat(GitCommit.of(dir)).contains(SHA2);
    }

    @Test
    void followsALinkedWorktreeToTheCommonDirectory() throws IOException {
        Path main = dir.resolve("main");
        write(main.resolve(".git/refs/heads/feature"), SHA2 + "\n");
        write(main.resolve(".git/worktrees/wt/HEAD"), "ref: refs/heads/feature\n");
        write(main.resolve(".git/worktrees/wt/commondir"), "../..\n");
        Path wt = dir.resolve("wt");
        write(wt.resolve(".git"), "gitdir: " + main.resolve(".git/worktrees/wt") + "\n");
        assertThat(GitCommit.of(wt)).contains(SHA2);
    }

    @Test
    void givesNothingOutsideACheckoutOrForABrokenOne() throws IOException {
        Path plain = Files.createDirectories(dir.resolve("plain"));
        // A temporary directory may itself sit inside a checkout; only judge a broken .git here.
        write(dir.resolve("broken/.git/HEAD"), "ref: refs/heads/missing\n");
        assertThat(GitCommit.of(dir.resolve("broken"))).isEmpty();
        write(dir.resolve("garbage/.git/HEAD"), "not a ref\n");
        assertThat(GitCommit.of(dir.resolve("garbage"))).isEmpty();
        assertThat(plain).isDirectory();
    }
}
