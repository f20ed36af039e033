package io.upsilon.searches;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.upsilon.core.error.InputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchesTest {
    @TempDir
    Path tmp;

    @Test
    void everyRegisteredSearchHasABundledConfigurationNamingIt() {
        for (Search s : Searches.standard().all()) {
            Searches.Loaded l = Searches.standard().load(s.name());
            assertThat(l.search().name()).isEqualTo(s.name());
            assertThat(l.bytes()).isNotEmpty();
        }
    }

    @Test
    void anUnknownNameListsTheBundledAnalyses() {
        assertThatThrownBy(() -> Searches.standard().load("no-such-analysis"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("unknown analysis")
                .hasMessageContaining("zprime-invisible");
    }

    @Test
    void aMissingFileIsNamed() {
        String f = tmp.resolve("missing.yaml").toString();
        assertThatThrownBy(() -> Searches.standard().load(f))
                .isInstanceOf(InputException.class)
                .hasMessageContaining(f)
                .hasMessageContaining("no such file");
    }

    @Test
    void brokenYamlGivesTheLine() throws Exception {
        Path f = tmp.resolve("bad.yaml");
        Files.writeString(f, "analysis: zprime-invisible\nsignal: [1, 2\nfoo: bar\n");
        assertThatThrownBy(() -> Searches.standard().load(f.toString()))
                .isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(((InputException) e).location()).startsWith("line "))
                .hasMessageContaining("not valid YAML");
    }

    @Test
    void anUnknownAnalysisKeyIsAnError() throws Exception {
        Path f = tmp.resolve("other.yaml");
        Files.writeString(f, "analysis: higgs-discovery\n");
        assertThatThrownBy(() -> Searches.standard().load(f.toString()))
                .isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(((InputException) e).location()).isEqualTo("analysis"))
                .hasMessageContaining("higgs-discovery");
    }

    @Test
    void aUsersCopyLoadsLikeTheBundledOne() throws Exception {
        Path f = tmp.resolve("copy.yaml");
        Files.write(f, Searches.bundled("zprime-invisible"));
        Searches.Loaded l = Searches.standard().load(f.toString());
        assertThat(l.search().name()).isEqualTo("zprime-invisible");
        assertThat(new String(l.bytes(), StandardCharsets.UTF_8)).contains("luminosity_fb");
    }
}
