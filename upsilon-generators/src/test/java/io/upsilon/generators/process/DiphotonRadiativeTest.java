package io.upsilon.generators.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.core.beam.Beam;
import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.kinematics.LorentzVector;
import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import io.upsilon.generators.radiation.IsrStructureFunction;
import org.junit.jupiter.api.Test;

class DiphotonRadiativeTest {
    private static final double M_E = 5.1099895000e-4;

    /**
     * Without the CM-frame cuts the mean weight is int dx F(x, s) sigma_Born(s(1-x); |cos| < cos 1 deg),
     * computed here by quadrature (soft end analytic): this checks the ISR sampling and every weight factor.
     */
    @Test
    void meanWeightEqualsTheStructureFunctionIntegral() {
        Beam beam = Beam.preset("Y4S").withoutEnergySpread();
        double s = beam.s();
        IsrStructureFunction isr = new IsrStructureFunction(M_E);
        double cosRest = Math.cos(Math.toRadians(DiphotonRadiative.REST_FRAME_THETA_MIN_DEG));
        double xMax = 1 - 4 * 0.15 * 0.15 / s;
        double x0 = 1e-5;
        double total = (isr.softFactor(s) * Math.pow(x0, isr.beta(s)) + isr.hardPart(x0 / 2, s) * x0)
                * DiphotonRadiative.bornInside(s, cosRest);
        int n = 400_000;
        double lo = Math.log(x0);
        double h = (Math.log(xMax) - lo) / n;
        for (int i = 0; i < n; i++) {
            double x = Math.exp(lo + (i + 0.5) * h);
            total += isr.value(x, s) * DiphotonRadiative.bornInside(s * (1 - x), cosRest) * x * h;
        }
        DiphotonRadiative gen = new DiphotonRadiative(beam, 10, 0.15, false);
        RandomStreams rs = RandomStreams.of(3);
        RandomStream beamRng = rs.stream("beam");
        RandomStream rng = rs.stream("gen");
        EventBuffer b = new EventBuffer(8);
        int events = 1_000_000;
        double sw = 0;
        double sw2 = 0;
        for (int i = 0; i < events; i++) {
            double w = gen.generate(beamRng, rng, b);
            sw += w;
            sw2 += w * w;
        }
        double mean = sw / events;
        double err = Math.sqrt((sw2 / events - mean * mean) / (events - 1));
        // 5 MC errors plus 3e-4 for the quadrature.
        assertThat(mean).isCloseTo(total, within(5 * err + 3e-4 * total));
    }

    @Test
    void eventsConserveFourMomentumAndHaveThreePhotons() {
        EventGenerator gen = ProcessRegistry.standard()
                .get("ee-gammagamma")
                .newGenerator(Beam.preset("Y4S"), ProcessParameters.none(), GeneratorOptions.DEFAULT);
        RandomStreams rs = RandomStreams.of(4);
        RandomStream beamRng = rs.stream("beam");
        RandomStream rng = rs.stream("gen");
        EventBuffer b = new EventBuffer(8);
        int accepted = 0;
        for (int i = 0; i < 50_000; i++) {
            double w = gen.generate(beamRng, rng, b);
            assertThat(b.size()).isEqualTo(5);
            LorentzVector in = b.momentum(0).plus(b.momentum(1));
            LorentzVector out = b.momentum(2).plus(b.momentum(3)).plus(b.momentum(4));
            assertThat(out.minus(in).p()).isLessThan(1e-10);
            assertThat(out.e() - in.e()).isCloseTo(0, within(1e-10));
            if (w > 0) {
                accepted++;
            }
        }
        // Drawn uniformly in rapidity within 1 deg of the beam in the pair frame; 10-170 deg is
        // atanh(cos 10)/atanh(cos 1) = 51% of that range, a little less after the ISR boost.
        assertThat(accepted).isGreaterThan(20_000).isLessThan(26_000);
    }
}
