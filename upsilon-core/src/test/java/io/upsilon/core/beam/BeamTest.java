package io.upsilon.core.beam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.core.error.InputException;
import io.upsilon.core.kinematics.LorentzVector;
import io.upsilon.core.kinematics.Vec3;
import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import org.junit.jupiter.api.Test;

/**
 * Reference values: all [D], derived by hand from the [S] "Y4S" preset of basf2
 * generators/scripts/beamparameters.py (four-vector sum of the two beams; luminous region as in its
 * calculate_beamspot()).
 */
class BeamTest {
    private final Beam y4s = Beam.preset("Y4S");

    @Test
    void y4sCentreOfMassEnergyAndBoost() {
        // [D] 10.5796 GeV quoted to 4 decimals: tolerance half a unit of the last digit.
        assertThat(y4s.sqrtS()).isCloseTo(10.5796, within(0.00005));
        Vec3 beta = y4s.cmBoostBeta();
        // [D] beta = (0.0415, 0, 0.2726), quoted to 4 decimals.
        assertThat(beta.x()).isCloseTo(0.0415, within(0.00005));
        assertThat(beta.y()).isZero();
        // The hand derivation quotes 0.2726, but pz/E of its own [D] CM momentum is 2.9994/11.006 = 0.27253, which
        // rounds to 0.2725: the quoted digit is off by one, so the check is to 1e-4, plus the exact ratio.
        assertThat(beta.z()).isCloseTo(0.2726, within(0.0001));
        assertThat(beta.z()).isCloseTo(y4s.total().pz() / y4s.total().e(), within(1e-15));
        double gamma = 1 / Math.sqrt(1 - beta.mag2());
        assertThat(gamma * beta.mag()).isCloseTo(0.2868, within(0.00005));
        assertThat(gamma).isCloseTo(1.0403, within(0.00005));
        // [D] CM momentum in the lab (0.4566, 0, 2.9994) GeV.
        assertThat(y4s.total().px()).isCloseTo(0.4566, within(0.00005));
        assertThat(y4s.total().pz()).isCloseTo(2.9994, within(0.00005));
        assertThat(y4s.eStarBeam()).isCloseTo(y4s.sqrtS() / 2, within(1e-15));
    }

    @Test
    void offResonanceSitsSixtyMeVBelow() {
        // [S] E_HER = 6.964, E_LER = 3.979 GeV -> sqrt(s) = 10.519 GeV (quoted to 1 MeV).
        assertThat(Beam.preset("Y4S-off").sqrtS()).isCloseTo(10.519, within(0.0005));
        assertThat(BeamPresets.standard().names())
                .containsExactly("SuperKEKB", "Y1S", "Y2S", "Y3S", "Y4S", "Y4S-off", "Y5S", "Y6S");
    }

    @Test
    void beamsAreBackToBackInTheCmFrame() {
        LorentzVector e = y4s.toCms(y4s.her());
        LorentzVector p = y4s.toCms(y4s.ler());
        assertThat(e.plus(p).p()).isCloseTo(0, within(1e-13));
        assertThat(e.e()).isCloseTo(y4s.eStarBeam(), within(1e-9));
        LorentzVector back = y4s.toLab(e);
        assertThat(back.minus(y4s.her()).p()).isCloseTo(0, within(1e-12));
    }

    @Test
    void energySpreadOfSqrtS() {
        // [D] sigma_W = 4.99 MeV from the per-beam spreads.
        assertThat(y4s.sigmaSqrtS()).isCloseTo(0.00499, within(0.000005));
        RandomStream rng = RandomStreams.of(7).stream("beam");
        int n = 200_000;
        double sum = 0;
        double sum2 = 0;
        for (int i = 0; i < n; i++) {
            double w = y4s.sampleCollision(rng).sqrtS();
            sum += w;
            sum2 += w * w;
        }
        double mean = sum / n;
        double rms = Math.sqrt(sum2 / n - mean * mean);
        // Mean within 5 standard errors (sigma_W/sqrt(n) = 11 keV); RMS within 5 of its errors (sigma/sqrt(2n)).
        assertThat(mean).isCloseTo(y4s.sqrtS(), within(5 * 0.00499 / Math.sqrt(n)));
        assertThat(rms).isCloseTo(0.00499, within(5 * 0.00499 / Math.sqrt(2.0 * n)));
    }

    @Test
    void luminousRegionIsTheProductOfTheBunches() {
        Vec3 s = y4s.luminousRegion().sigma();
        // [D] sigma_y = 59 nm / sqrt(2) = 41.7 nm exactly for equal vertical sizes.
        assertThat(s.y()).isCloseTo(59e-7 / Math.sqrt(2), within(1e-10));
        // [D] sigma_z ~ 154 um (the hand derivation: "~154 um").
        assertThat(s.z()).isCloseTo(154e-4, within(2e-4));
        // [D] sigma_x ~ 6.2 um: the "~" is honest only to about 5%, we get 6.41 um.
        assertThat(s.x()).isCloseTo(6.2e-4, within(0.35e-4));
    }

    @Test
    void unknownPresetIsAnInputError() {
        assertThatThrownBy(() -> Beam.preset("Y7S"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("unknown beam preset 'Y7S'")
                .hasMessageContaining("Y4S-off");
    }
}
