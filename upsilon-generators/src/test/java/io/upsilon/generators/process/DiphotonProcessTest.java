package io.upsilon.generators.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.core.beam.Beam;
import io.upsilon.core.error.InputException;
import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.kinematics.LorentzVector;
import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The {@code thetamin} generation parameter of {@code ee-gammagamma}. */
class DiphotonProcessTest {
    // No energy spread: the event's CM frame is the nominal one, where the cut applies.
    private static final Beam BEAM = Beam.preset("Y4S").withoutEnergySpread();

    private static EventGenerator generator(String thetaMin, GeneratorOptions options) {
        Process p = ProcessRegistry.standard().get(DiphotonProcess.NAME);
        ProcessParameters values =
                ProcessParameters.parse(p.name(), p.parameters(), Map.of("thetamin", thetaMin), "test");
        return p.newGenerator(BEAM, values, options);
    }

    /**
     * Born: sigma(|cos| &lt; c) is proportional to 2 atanh(c) - c (identical photons), so lowering the cut
     * from 10 to 3 deg multiplies it by (2 atanh(cos 3) - cos 3)/(2 atanh(cos 10) - cos 10) = 1.617; the
     * analytic cross sections must follow exactly.
     */
    @Test
    void bornCrossSectionFollowsTheAngularCut() {
        double s10 = ((DiphotonBornGenerator) generator("10", GeneratorOptions.BORN)).crossSection(BEAM.s());
        double s3 = ((DiphotonBornGenerator) generator("3", GeneratorOptions.BORN)).crossSection(BEAM.s());
        double c3 = Math.cos(Math.toRadians(3));
        double c10 = Math.cos(Math.toRadians(10));
        double atanh3 = 0.5 * Math.log((1 + c3) / (1 - c3));
        double atanh10 = 0.5 * Math.log((1 + c10) / (1 - c10));
        assertThat(s3 / s10).isCloseTo((2 * atanh3 - c3) / (2 * atanh10 - c10), within(1e-12));
    }

    /**
     * With radiation and thetamin = 3 deg, hard photons reach below 10 deg in the CM frame (where the
     * default cut stopped them), none below 3 deg, and the accepted cross section grows by about the
     * Born ratio 1.617 (ISR changes both cuts alike: 10% band).
     */
    @Test
    void radiativeEventsReachTheBeamPipe() {
        RandomStreams rs = RandomStreams.of(11);
        double[] sums = new double[2];
        int belowTen = 0;
        int belowThree = 0;
        String[] cuts = {"10", "3"};
        for (int k = 0; k < 2; k++) {
            EventGenerator gen = generator(cuts[k], GeneratorOptions.DEFAULT);
            RandomStream beamRng = rs.stream("beam-" + cuts[k]);
            RandomStream rng = rs.stream("gen-" + cuts[k]);
            EventBuffer b = new EventBuffer(8);
            for (int i = 0; i < 100_000; i++) {
                double w = gen.generate(beamRng, rng, b);
                sums[k] += w;
                if (k == 1 && w > 0) {
                    // angle to the e- beam in the CM frame (the beams cross: not the lab z axis)
                    LorentzVector axis = BEAM.labToCms().apply(b.momentum(0));
                    for (int j = 2; j <= 3; j++) {
                        LorentzVector cms = BEAM.labToCms().apply(b.momentum(j));
                        double cos = (cms.px() * axis.px() + cms.py() * axis.py() + cms.pz() * axis.pz())
                                / (cms.p() * axis.p());
                        double deg = Math.toDegrees(Math.acos(Math.abs(cos)));
                        belowTen += deg < 9.5 ? 1 : 0;
                        belowThree += deg < 2.9 ? 1 : 0;
                    }
                }
            }
        }
        assertThat(belowTen).isGreaterThan(1000);
        assertThat(belowThree).isZero();
        assertThat(sums[1] / sums[0]).isCloseTo(1.617, within(0.16));
    }

    @Test
    void rejectsACutInsideTheRestFrameWindow() {
        assertThatThrownBy(() -> generator("1.5", GeneratorOptions.DEFAULT)).isInstanceOf(InputException.class);
    }
}
