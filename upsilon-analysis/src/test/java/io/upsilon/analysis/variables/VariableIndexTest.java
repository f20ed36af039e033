package io.upsilon.analysis.variables;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/variables.md is generated from the registry; this fails when it is out of date. Regenerate
 * with {@code VariableIndex.main("docs/variables.md")} (or run this test with
 * {@code -Dupsilon.regenerate=true}).
 */
class VariableIndexTest {
    private static Path page() {
        String repo = System.getProperty("upsilon.repo.dir", "..");
        return Path.of(repo, "docs", "variables.md");
    }

    @Test
    void committedPageIsUpToDate() throws IOException {
        String expected = VariableIndex.render(StandardVariables.registry());
        if (Boolean.getBoolean("upsilon.regenerate")) {
            VariableIndex.main(new String[] {page().toString()});
        }
        assertThat(Files.readString(page(), StandardCharsets.UTF_8))
                .as(
                        "docs/variables.md is out of date: run VariableIndex.main or this test with -Dupsilon.regenerate=true")
                .isEqualTo(expected);
    }

    @Test
    void pageListsEveryVariableWithItsUnit() {
        String page = VariableIndex.render(StandardVariables.registry());
        for (Variable v : StandardVariables.registry().variables()) {
            assertThat(page).contains("| `" + v.name() + "` | " + v.unit() + " |");
        }
        assertThat(page).contains("`useCMSFrame(variable)`", "`daughter(i, variable)`");
    }

    @Test
    void registryHasTheVariablesTheZPrimeSearchNeeds() {
        VariableRegistry r = StandardVariables.registry();
        for (String name : new String[] {
            "p",
            "pt",
            "E",
            "theta",
            "phi",
            "cosTheta",
            "M",
            "InvM",
            "Mbc",
            "deltaE",
            "m2Recoil",
            "pRecoil",
            "mRecoil",
            "missingMass2OfEvent",
            "missingMomentumOfEvent",
            "missingMomentumOfEventCMS_theta",
            "visibleEnergyOfEventCMS",
            "thrust",
            "foxWolframR2",
            "nTracks",
            "nPhotons",
            "isSignal",
            "charge",
            "PDG",
            "muonID",
            "electronID",
            "pionID",
            "kaonID",
            "d0",
            "z0",
            "clusterE"
        }) {
            assertThat(r.isVariable(name)).as(name).isTrue();
        }
        assertThat(r.isMetaVariable("useCMSFrame")).isTrue();
        assertThat(r.isMetaVariable("daughter")).isTrue();
    }
}
