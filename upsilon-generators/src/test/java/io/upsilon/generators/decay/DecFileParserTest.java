package io.upsilon.generators.decay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.core.error.InputException;
import io.upsilon.core.pdg.ParticleTable;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every keyword of the DEC grammar and every error of {@link DecFileParser}. */
class DecFileParserTest {
    private static final ParticleTable TABLE = ParticleTable.standard();

    private static DecFile parse(String text) {
        return DecFileParser.parse(new StringReader(text), "test.dec", TABLE);
    }

    private static InputException error(String text) {
        try {
            parse(text);
        } catch (InputException e) {
            return e;
        }
        throw new AssertionError("no error for:\n" + text);
    }

    private static List<String> names(DecChannel c) {
        return c.daughters().stream().map(DecParticle::name).toList();
    }

    @Test
    void readsADecayWithCommentsAndRenormalisesTheFractions() {
        DecFile f = parse("""
                # a comment line
                Decay omega   # trailing comment
                0.892 pi+ pi- pi0 OMEGA_DALITZ;
                0.084 pi0 gamma VSP_PWAVE ;
                0.0153 pi+ pi- VSS;
                Enddecay
                End
                """);
        DecDecay d = f.decay("omega").orElseThrow();
        assertThat(d.rawSum()).isCloseTo(0.892 + 0.084 + 0.0153, within(1e-15));
        assertThat(d.channels()).hasSize(3);
        double sum =
                d.channels().stream().mapToDouble(DecChannel::branchingFraction).sum();
        assertThat(sum).isCloseTo(1.0, within(1e-15));
        DecChannel first = d.channels().get(0);
        assertThat(first.branchingFraction()).isCloseTo(0.892 / d.rawSum(), within(1e-15));
        assertThat(first.rawBranchingFraction()).isEqualTo(0.892);
        assertThat(names(first)).containsExactly("pi+", "pi-", "pi0");
        assertThat(first.model()).isEqualTo("OMEGA_DALITZ");
        assertThat(first.line()).isEqualTo(3);
        assertThat(d.channels().get(1).model()).isEqualTo("VSP_PWAVE");
    }

    @Test
    void semicolonNeedsNoSpaceAndLinesMaySpanSeveralLines() {
        DecFile f = parse("Decay K_S0 0.69 pi+\n pi- PHSP;0.31 pi0 pi0 PHSP; Enddecay End");
        assertThat(f.decay("K_S0").orElseThrow().channels()).hasSize(2);
    }

    @Test
    void definedNamesAreModelArguments() {
        DecFile f = parse("""
                Define myFplus 0.7
                Decay D0
                1.0 K- e+ nu_e SLBKPOLE myFplus 0.3 1.0 2.112;
                Enddecay
                End
                """);
        assertThat(f.defines()).containsEntry("myFplus", 0.7);
        assertThat(f.decay("D0").orElseThrow().channels().get(0).args()).containsExactly(0.7, 0.3, 1.0, 2.112);
    }

    @Test
    void redefiningAParentReplacesItsTable() {
        DecFile f = parse("""
                Decay K_S0
                1.0 pi+ pi- PHSP;
                Enddecay
                Decay K_S0
                1.0 pi0 pi0 PHSP;
                Enddecay
                End
                """);
        assertThat(names(f.decay("K_S0").orElseThrow().channels().get(0))).containsExactly("pi0", "pi0");
    }

    @Test
    void anotherFileLayeredOnABaseReplacesOnlyTheTablesItGives() {
        DecFile base = parse("Decay K_S0 1 pi+ pi- PHSP; Enddecay Decay eta 1 gamma gamma PHSP; Enddecay End");
        DecFile f = DecFileParser.parse(new StringReader("Decay K_S0 1 pi0 pi0 PHSP; Enddecay End"), "user.dec", base);
        assertThat(names(f.decay("K_S0").orElseThrow().channels().get(0))).containsExactly("pi0", "pi0");
        assertThat(f.decay("eta")).isPresent();
        assertThat(f.source()).isEqualTo("user.dec");
    }

    @Test
    void aliasesHaveTheirOwnTablesAndChargeConjDecayConjugatesThem() {
        DecFile f = parse("""
                Alias myD0 D0
                Alias myanti-D0 anti-D0
                ChargeConj myD0 myanti-D0
                Decay myD0
                1.0 K- pi+ PHSP;
                Enddecay
                Decay D*+
                1.0 myD0 pi+ VSS;
                Enddecay
                CDecay myanti-D0
                CDecay D*-
                End
                """);
        assertThat(f.aliases().get("myD0").data().id()).isEqualTo(421);
        assertThat(f.chargeConjugates()).containsEntry("myanti-D0", "myD0");
        assertThat(names(f.decay("myanti-D0").orElseThrow().channels().get(0))).containsExactly("K+", "pi-");
        assertThat(names(f.decay("D*-").orElseThrow().channels().get(0))).containsExactly("myanti-D0", "pi-");
    }

    @Test
    void copyDecayAndRemoveDecay() {
        DecFile f = parse("""
                Decay K_S0
                0.6 pi+ pi- PHSP;
                0.3 pi0 pi0 PHSP;
                0.1 pi+ pi- gamma PHSP;
                Enddecay
                Alias myK_S0 K_S0
                CopyDecay myK_S0 K_S0
                RemoveDecay myK_S0
                pi0 pi0;
                pi- pi+ gamma ;
                Enddecay
                End
                """);
        assertThat(f.decay("K_S0").orElseThrow().channels()).hasSize(3);
        DecDecay copy = f.decay("myK_S0").orElseThrow();
        assertThat(copy.channels()).hasSize(1);
        assertThat(copy.channels().get(0).branchingFraction()).isEqualTo(1.0);
        assertThat(copy.rawSum()).isEqualTo(0.6);
    }

    @Test
    void particleOverridesAndPhotosKeywordsAreRecorded() {
        DecFile f = parse("""
                yesPhotos
                Particle rho0 0.770 0.150
                Particle omega 0.783
                Decay J/psi
                1.0 mu+ mu- PHOTOS VLL;
                Enddecay
                End
                """);
        assertThat(f.photosMode()).isEqualTo(PhotosMode.YES);
        assertThat(f.decay("J/psi").orElseThrow().channels().get(0).photos()).isTrue();
        var rho = f.effective(new DecParticle("rho0", TABLE.byName("rho0")));
        assertThat(rho.mass()).isEqualTo(0.770);
        assertThat(rho.width()).isEqualTo(0.150);
        var omega = f.effective(new DecParticle("omega", TABLE.byName("omega")));
        assertThat(omega.mass()).isEqualTo(0.783);
        assertThat(omega.width()).isEqualTo(TABLE.byName("omega").width());
        assertThat(parse("noPhotos End").photosMode()).isEqualTo(PhotosMode.NO);
        assertThat(parse("noPhotos normalPhotos End").photosMode()).isEqualTo(PhotosMode.NORMAL);
    }

    @Test
    void textAfterEndIsIgnoredAndAnEmptyTableMeansNoDecay() {
        DecFile f = parse("Decay pi0\nEnddecay\nEnd\nthis is not read");
        assertThat(f.decay("pi0").orElseThrow().channels()).isEmpty();
    }

    @Test
    void readsAFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("my.dec");
        Files.writeString(file, "Decay eta\n1 gamma gamma PHSP;\nEnddecay\nEnd\n");
        assertThat(DecFileParser.parse(file, TABLE).decay("eta")).isPresent();
        InputException e = org.junit.jupiter.api.Assertions.assertThrows(
                InputException.class, () -> DecFileParser.parse(dir.resolve("missing.dec"), TABLE));
        assertThat(e.source()).endsWith("missing.dec");
    }

    // ---- errors: each names the file, the line and column, and what was expected ----

    @Test
    void unknownModelNamesFileLineAndColumn() {
        InputException e = error("Decay eta\n1 gamma gamma FOO;\nEnddecay\nEnd");
        assertThat(e.getMessage()).startsWith("test.dec: line 2, column 15: unknown particle or model 'FOO'");
        assertThat(e.getMessage()).contains("PHSP");
    }

    @Test
    void unsupportedEvtGenModelSaysSo() {
        InputException e = error("Decay D0\n1 K- e+ nu_e ISGW2;\nEnddecay\nEnd");
        assertThat(e.getMessage()).contains("line 2, column 14").contains("'ISGW2' is not supported");
    }

    @Test
    void unknownParticle() {
        InputException e = error("Decay eta\n1 gamma gamm PHSP;\nEnddecay\nEnd");
        assertThat(e.location()).isEqualTo("line 2, column 9");
        assertThat(e.problem()).contains("'gamm'");
        assertThat(error("Decay etaa 1 gamma gamma PHSP; Enddecay End").problem())
                .contains("unknown particle 'etaa'");
    }

    @Test
    void unsupportedKeywords() {
        for (String k :
                List.of("ChangeMassMin rho0 0.3", "ModelAlias X PHSP", "PythiaGenericParam a:b=1", "LSNONRELBW rho0")) {
            InputException e = error("\n" + k + "\nEnd");
            assertThat(e.location()).isEqualTo("line 2, column 1");
            assertThat(e.problem()).contains("not supported");
        }
        assertThat(error("Decays eta End").problem()).contains("expected a keyword");
    }

    @Test
    void missingEndAndEnddecay() {
        assertThat(error("Decay eta 1 gamma gamma PHSP; Enddecay").problem()).contains("'End'");
        assertThat(error("Decay eta\n1 gamma gamma PHSP;\n").problem()).contains("'Enddecay'");
        assertThat(error("Decay eta 1 gamma gamma PHSP End").problem()).contains("expected a model argument");
        assertThat(error("").problem()).contains("'End'");
    }

    @Test
    void malformedLines() {
        assertThat(error("Decay eta x gamma gamma PHSP; Enddecay End").problem())
                .contains("branching fraction");
        assertThat(error("Decay eta -0.5 gamma gamma PHSP; Enddecay End").problem())
                .contains("branching fraction");
        assertThat(error("Decay eta 1 gamma gamma; Enddecay End").problem()).contains("expected a model name");
        assertThat(error("Decay eta 1 PHSP; Enddecay End").problem()).contains("at least one daughter");
        assertThat(error("Decay eta 0 gamma gamma PHSP; Enddecay End").problem())
                .contains("add up to 0");
        assertThat(error("Decay eta 1 gamma gamma PHSP 1e; Enddecay End").problem())
                .contains("model argument");
        assertThat(error("Decay eta 1 gamma gamma PHSP NaN; Enddecay End").problem())
                .contains("model argument");
        assertThat(error("Define 3 4 End").problem()).contains("expected a name");
        assertThat(error("Define x y End").problem()).contains("a number");
        assertThat(error("Particle rho0 -1 End").problem()).contains("mass >= 0");
    }

    @Test
    void duplicateDaughterListsAreAnError() {
        InputException e = error("Decay K_S0\n0.5 pi+ pi- PHSP;\n0.5 pi- pi+ PHSP;\nEnddecay\nEnd");
        assertThat(e.location()).isEqualTo("line 3, column 1");
        assertThat(e.problem()).contains("appear twice").contains("lines 2 and 3");
    }

    @Test
    void chargeMustBeConserved() {
        InputException e = error("Decay K_S0\n1 pi+ pi0 PHSP;\nEnddecay\nEnd");
        assertThat(e.location()).isEqualTo("line 2, column 11");
        assertThat(e.problem()).contains("charge 1 differs from the charge 0 of K_S0");
    }

    @Test
    void modelsCheckDaughterSpinsAndCounts() {
        assertThat(error("Decay rho0\n1 pi+ pi- pi0 VSS;\nEnddecay\nEnd").problem())
                .contains("VSS expects 2 daughters");
        assertThat(error("Decay K_S0 1 pi+ pi- VSS; Enddecay End").problem())
                .contains("VSS expects a parent of spin 1");
        assertThat(error("Decay J/psi 1 pi+ pi- VLL; Enddecay End").problem())
                .contains("VLL expects daughter 1 of spin 1/2");
        assertThat(error("Decay D*0 1 D0 pi0 VSP_PWAVE; Enddecay End").problem())
                .contains("photon");
        assertThat(error("Decay D0 1 K- pi+ SVS; Enddecay End").problem()).contains("SVS expects daughter 1 of spin 1");
        assertThat(error("Decay eta 1 gamma gamma PHSP 1.0; Enddecay End").problem())
                .contains("no arguments");
    }

    @Test
    void conjugationErrors() {
        assertThat(error("CDecay pi0 End").problem()).contains("own charge conjugate");
        assertThat(error("CDecay D- End").problem()).contains("expected a decay table of D+");
        assertThat(error("CopyDecay D0 D+ End").problem()).contains("expected a decay table of D+");
        assertThat(error("Decay D+ 1 K- pi+ pi+ PHSP; Enddecay CopyDecay D0 D+ End")
                        .problem())
                .contains("different charges");
        assertThat(error("RemoveDecay eta 1 Enddecay End").problem()).contains("decay table of eta");
        assertThat(error("Decay eta 1 gamma gamma PHSP; Enddecay RemoveDecay eta gamma Enddecay End")
                        .problem())
                .contains("expected ';'");
        assertThat(error("Alias pi0 pi+ End").problem()).contains("already a particle");
        assertThat(error("Alias myD0 D0 ChargeConj myD0 D+ End").problem()).contains("not the antiparticle");
    }
}
