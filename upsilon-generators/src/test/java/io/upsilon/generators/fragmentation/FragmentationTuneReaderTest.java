package io.upsilon.generators.fragmentation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.upsilon.core.error.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FragmentationTuneReaderTest {
    private static String bundledText() throws IOException {
        try (InputStream in = FragmentationTuneReader.class
                .getClassLoader()
                .getResourceAsStream(FragmentationTuneReader.BUNDLED_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void bundledTuneHasTheBelle2Values() {
        FragmentationTune t = FragmentationTuneReader.belle2();
        // basf2 generators/modules/fragmentation/data/pythia_belle2.dat (long version)
        assertThat(t.aLund()).isEqualTo(0.32);
        assertThat(t.bLund()).isEqualTo(0.62);
        assertThat(t.rFactC()).isEqualTo(1.0);
        assertThat(t.probStoUD()).isEqualTo(0.286);
        assertThat(t.mesonCvector()).isEqualTo(2.8);
        assertThat(t.mesonCL1S1J2()).isEqualTo(0.1836);
        assertThat(t.etaSup()).isEqualTo(0.27);
        assertThat(t.stopMass()).isEqualTo(0.3);
        // PYTHIA 8 (Monash 2013) defaults where the Belle II file is silent
        assertThat(t.sigma()).isEqualTo(0.335);
        assertThat(t.aExtraDiquark()).isEqualTo(0.97);
        assertThat(t.masses().c()).isEqualTo(1.5);
        assertThat(t.masses().ud0()).isEqualTo(0.57933);
        assertThat(t.baryons().decupletSup()).isEqualTo(1.0);
        assertThat(t.baryons().popcorn()).isTrue();
        assertThat(t.baryons().popcornRate()).isEqualTo(0.5);
        // popcornRate / (0.5 + popcornRate) = 0.5 of the diquark pairs are B M Bbar
        assertThat(t.baryons().popcornProbability()).isEqualTo(0.5);
        assertThat(t.baryons().withPopcorn(false).popcornProbability()).isZero();
    }

    @Test
    void popcornIsSwitchedInTheTuneFile() throws IOException {
        String good = bundledText();
        FragmentationTune off =
                FragmentationTuneReader.parse(good.replace("popcorn: true", "popcorn: false"), "off.yaml");
        assertThat(off.baryons().popcorn()).isFalse();
        assertThat(off.baryons().popcornProbability()).isZero();
        InputException notBool = parseError(good.replace("popcorn: true", "popcorn: 0.5"));
        assertThat(notBool.location()).isEqualTo("stringFlav.popcorn");
        InputException absent = parseError(good.replace("  popcorn: true", ""));
        assertThat(absent.location()).isEqualTo("stringFlav.popcorn");
        InputException decuplet = parseError(good.replace("decupletSup: 1.0", "decupletSup: 1.5"));
        assertThat(decuplet.location()).isEqualTo("stringFlav.decupletSup");
    }

    private static InputException parseError(String text) {
        try {
            FragmentationTuneReader.parse(text, "my-tune.yaml");
        } catch (InputException e) {
            return e;
        }
        throw new AssertionError("no InputException for:\n" + text);
    }

    @Test
    void badValuesNameTheFileAndYamlPath() throws IOException {
        String good = bundledText();
        InputException range = parseError(good.replace("aLund: 0.32", "aLund: -0.32"));
        assertThat(range.source()).isEqualTo("my-tune.yaml");
        assertThat(range.location()).isEqualTo("stringZ.aLund");

        InputException type = parseError(good.replace("sigma: 0.335", "sigma: wide"));
        assertThat(type.location()).isEqualTo("stringPT.sigma");

        InputException unknown = parseError(good.replace("  etaSup: 0.27", "  etaSupp: 0.27"));
        assertThat(unknown.location()).isIn("stringFlav.etaSupp", "stringFlav.etaSup");

        InputException missing = parseError(good.replace("    c: 1.50", ""));
        assertThat(missing.location()).isEqualTo("constituentMasses.quarks.c");

        InputException fraction = parseError(good.replace("etaPrimeSup: 0.12", "etaPrimeSup: 1.2"));
        assertThat(fraction.location()).isEqualTo("stringFlav.etaPrimeSup");

        InputException both =
                parseError(good.replace("etaSup: 0.27", "etaSup: 0").replace("etaPrimeSup: 0.12", "etaPrimeSup: 0"));
        assertThat(both.location()).isEqualTo("stringFlav.etaPrimeSup");

        InputException extraTop = parseError(good + "\npopcornRate: 0.5\n");
        assertThat(extraTop.location()).isEqualTo("popcornRate");

        InputException yaml = parseError("stringZ: [unclosed");
        assertThat(yaml.location()).contains("line");

        InputException notMapping = parseError("- 1\n- 2\n");
        assertThat(notMapping.location()).isEmpty();
    }

    @Test
    void readsAFileAndReportsAMissingOne(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("tune.yaml");
        Files.writeString(file, bundledText().replace("aLund: 0.32", "aLund: 0.68"));
        assertThat(FragmentationTuneReader.read(file).aLund()).isEqualTo(0.68);
        assertThatThrownBy(() -> FragmentationTuneReader.read(dir.resolve("absent.yaml")))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("absent.yaml");
    }

    @Test
    void recordRejectsUnphysicalValues() {
        FragmentationTune t = FragmentationTuneReader.belle2();
        assertThatThrownBy(() -> new FragmentationTune(
                        t.aLund(),
                        0,
                        t.aExtraSQuark(),
                        t.aExtraDiquark(),
                        t.rFactC(),
                        t.sigma(),
                        t.enhancedFraction(),
                        t.enhancedWidth(),
                        t.probStoUD(),
                        t.probQQtoQ(),
                        t.probSQtoQQ(),
                        t.probQQ1toQQ0(),
                        t.mesonUDvector(),
                        t.mesonSvector(),
                        t.mesonCvector(),
                        t.mesonCL1S0J1(),
                        t.mesonCL1S1J0(),
                        t.mesonCL1S1J1(),
                        t.mesonCL1S1J2(),
                        t.etaSup(),
                        t.etaPrimeSup(),
                        t.thetaPS(),
                        t.thetaV(),
                        t.stopMass(),
                        t.stopNewFlav(),
                        t.stopSmear(),
                        t.mStringMin(),
                        t.baryons(),
                        t.masses()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bLund");
        assertThatThrownBy(() -> new ConstituentMasses(
                        0.33, 0.33, 0.5, 1.5, 4.8, 0.77, 0.58, 0.77, 0.77, 0.8, 0.93, 0.8, 0.93, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
