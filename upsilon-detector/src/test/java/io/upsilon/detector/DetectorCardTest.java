package io.upsilon.detector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.core.error.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DetectorCardTest {

    private static String bundledText() throws IOException {
        try (InputStream in =
                DetectorCardTest.class.getClassLoader().getResourceAsStream(DetectorCardReader.BUNDLED_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void bundledCardCarriesTheSourcedNumbers() {
        DetectorCard card = DetectorCard.belle2();
        // CDC 17-150 deg, [S] basf2 analysis/variables/src/AcceptanceVariables.cc.
        assertThat(Math.toDegrees(card.tracking().thetaMin())).isCloseTo(17.0, within(1e-9));
        assertThat(Math.toDegrees(card.tracking().thetaMax())).isCloseTo(150.0, within(1e-9));
        // a = 0.0011, b = 0.0025: [R] design value, Belle II TDR arXiv:1011.0352 / Physics Book arXiv:1808.10567.
        assertThat(card.tracking().a()).isEqualTo(0.0011);
        assertThat(card.tracking().b()).isEqualTo(0.0025);
        // [D] the ECL formula (Belle, NIM A 479 (2002) 117) gives 1.6% at 1 GeV and 2.1% at 0.1 GeV.
        assertThat(card.ecl().relativeEnergyResolution(1.0)).isCloseTo(0.016, within(0.0005));
        assertThat(card.ecl().relativeEnergyResolution(0.1)).isCloseTo(0.021, within(0.0005));
        // ECL regions and gaps, [S] basf2 analysis/variables/src/AcceptanceVariables.cc.
        assertThat(card.ecl().region(Math.toRadians(20))).isEqualTo(1);
        assertThat(card.ecl().region(Math.toRadians(31.8))).isZero();
        assertThat(card.ecl().region(Math.toRadians(90))).isEqualTo(2);
        assertThat(card.ecl().region(Math.toRadians(129.7))).isZero();
        assertThat(card.ecl().region(Math.toRadians(140))).isEqualTo(3);
        assertThat(card.ecl().region(Math.toRadians(160))).isZero();
        // Working points [B] (Belle II talk numbers, approximate, not verified against a paper).
        assertThat(card.pid().muon().efficiency()).isEqualTo(0.90);
        assertThat(card.pid().muon().misId(Species.PION)).isEqualTo(0.07);
        assertThat(card.pid().electron().efficiency()).isEqualTo(0.86);
        assertThat(card.pid().electron().misId(Species.PION)).isEqualTo(0.004);
        assertThat(card.pid().kaon().efficiency()).isEqualTo(0.90);
        assertThat(card.pid().kaon().misId(Species.PION)).isEqualTo(0.06);
        assertThat(card.sha256()).hasSize(64);
    }

    @Test
    void userCardOnTopOfBundledChangesOnlyWhatItLists(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("my.yaml");
        Files.writeString(f, "base: belle2\ntracking:\n  resolution:\n    a: 0.002\n");
        DetectorCard card = DetectorCard.load(f);
        assertThat(card.tracking().a()).isEqualTo(0.002);
        assertThat(card.tracking().b()).isEqualTo(0.0025);
        assertThat(card.source()).isEqualTo(f.toString());
    }

    @Test
    void completeCardWithoutBaseParses() throws IOException {
        DetectorCard card = DetectorCardReader.parse(bundledText(), "copy.yaml");
        assertThat(card.ecl().constant()).isEqualTo(0.0134);
    }

    private static InputException error(String text) {
        try {
            DetectorCardReader.parse(text, "card.yaml");
        } catch (InputException e) {
            assertThat(e.source()).isEqualTo("card.yaml");
            return e;
        }
        throw new AssertionError("expected an InputException for:\n" + text);
    }

    @Test
    void unknownKeyIsNamedWithItsPath() {
        InputException e = error("base: belle2\ntracking:\n  resolution:\n    c: 0.1\n");
        assertThat(e.location()).isEqualTo("tracking.resolution.c");
        assertThat(e.problem()).contains("unknown key").contains("a, b");
    }

    @Test
    void missingKeyIsNamedWithItsPath() throws IOException {
        String text = bundledText().replace("    a: 0.0011", "");
        InputException e = error(text);
        assertThat(e.location()).isEqualTo("tracking.resolution.a");
        assertThat(e.problem()).contains("missing");
    }

    @Test
    void wrongTypeSaysWhatWasExpected() {
        InputException e = error("base: belle2\necl:\n  energyResolution:\n    constant: one percent\n");
        assertThat(e.location()).isEqualTo("ecl.energyResolution.constant");
        assertThat(e.problem()).contains("expected a number in [0.0, 1.0]").contains("one percent");
        InputException block = error("base: belle2\nklm: 3\n");
        assertThat(block.location()).isEqualTo("klm");
        assertThat(block.problem()).contains("expected a mapping");
        InputException integer = error("base: belle2\nklm:\n  layers:\n    barrel: 14.5\n");
        assertThat(integer.location()).isEqualTo("klm.layers.barrel");
        assertThat(integer.problem()).contains("integer");
    }

    @Test
    void outOfRangeNumbersAreRejected() {
        InputException e = error("base: belle2\ntracking:\n  efficiency:\n    plateau: 1.2\n");
        assertThat(e.location()).isEqualTo("tracking.efficiency.plateau");
        assertThat(e.problem()).contains("[0.0, 1.0]").contains("1.2");
        InputException order = error("base: belle2\ntracking:\n  acceptance:\n    thetaMaxDeg: 10\n");
        assertThat(order.location()).isEqualTo("tracking.acceptance.thetaMaxDeg");
        InputException sum = error("base: belle2\npid:\n  kaon:\n    misId:\n      pion: 0.95\n");
        assertThat(sum.location()).isEqualTo("pid");
        assertThat(sum.problem()).contains("pions").contains("at most 1");
    }

    @Test
    void malformedYamlAndBadBaseAndMissingFile(@TempDir Path dir) {
        assertThat(error("tracking: [1, 2\n").problem()).contains("not valid YAML");
        assertThat(error("").problem()).contains("mapping");
        assertThat(error("base: belle3\n").location()).isEqualTo("base");
        assertThat(error("base: belle2\ntracking: {}\ntracking: {}\n").problem())
                .contains("not valid YAML");
        Path missing = dir.resolve("nope.yaml");
        assertThatThrownBy(() -> DetectorCard.load(missing))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith(missing.toString());
    }
}
