package io.upsilon.generators.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.core.beam.Beam;
import io.upsilon.core.event.GenEvent;
import io.upsilon.core.event.GenParticle;
import io.upsilon.core.kinematics.LorentzVector;
import io.upsilon.core.pdg.ParticleTable;
import java.io.StringReader;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LheLabFrameTest {
    private final Beam beam = Beam.preset("Y4S");
    private final double me = ParticleTable.standard().byId(11).mass();
    private final double mmu = ParticleTable.standard().byId(13).mass();

    /**
     * A MadGraph-like e+ e- -> mu+ mu- event at the beam's own sqrt(s), in the CM frame, beam 1
     * (along +z) being {@code beam1}; the mu- goes at polar angle acos(c) and azimuth phi.
     */
    private String lhe(int beam1, double c, double phi) {
        double e = beam.sqrtS() / 2;
        double pe = Math.sqrt(e * e - me * me);
        double pmu = Math.sqrt(e * e - mmu * mmu);
        double s = Math.sqrt(1 - c * c);
        double[] mu = {pmu * s * Math.cos(phi), pmu * s * Math.sin(phi), pmu * c};
        StringBuilder sb = new StringBuilder();
        sb.append("<LesHouchesEvents version=\"3.0\">\n<init>\n");
        sb.append(String.format(Locale.ROOT, "%d %d %.17g %.17g 0 0 0 0 3 1%n", beam1, -beam1, e, e));
        sb.append("7.76e+02 1.0 7.76e+02 1\n</init>\n<event>\n4 1 7.76e+02 10.58 0.0075 0.118\n");
        sb.append(line(beam1, -1, 0, 0, 0, 0, pe, e, me));
        sb.append(line(-beam1, -1, 0, 0, 0, 0, -pe, e, me));
        sb.append(line(13, 1, 1, 2, mu[0], mu[1], mu[2], e, mmu));
        sb.append(line(-13, 1, 1, 2, -mu[0], -mu[1], -mu[2], e, mmu));
        sb.append("</event>\n</LesHouchesEvents>\n");
        return sb.toString();
    }

    private static String line(int id, int st, int m1, int m2, double px, double py, double pz, double e, double m) {
        return String.format(
                Locale.ROOT, "%d %d %d %d 0 0 %.17g %.17g %.17g %.17g %.17g 0 9%n", id, st, m1, m2, px, py, pz, e, m);
    }

    private GenEvent readBoosted(String text) {
        try (LheReader r = new LheReader(new StringReader(text), "test.lhe")) {
            LheLabFrame frame = LheLabFrame.of(r.init(), beam);
            assertThat(frame.boosts()).isTrue();
            assertThat(frame.sqrtSMismatch()).isCloseTo(0.0, within(1e-12));
            return frame.apply(r.next());
        }
    }

    @Test
    void boostedTwoToTwoEventHasTheBeamTotalMomentumAndKeepsMasses() {
        for (int beam1 : new int[] {11, -11}) {
            for (double c : new double[] {-0.9, 0.0, 0.3, 0.99}) {
                GenEvent lab = readBoosted(lhe(beam1, c, 1.1));
                LorentzVector fin = LorentzVector.ZERO;
                for (GenParticle p : lab.finalState()) {
                    fin = fin.plus(p.momentum());
                }
                LorentzVector total = beam.total();
                // Exact kinematics: only rounding (energies ~10 GeV, 1e-12 relative) is allowed.
                assertThat(fin.px()).isCloseTo(total.px(), within(1e-11));
                assertThat(fin.py()).isCloseTo(total.py(), within(1e-11));
                assertThat(fin.pz()).isCloseTo(total.pz(), within(1e-11));
                assertThat(fin.e()).isCloseTo(total.e(), within(1e-11));
                // Masses preserved: m^2 to rounding of E^2 ~ 50 GeV^2.
                assertThat(lab.particle(2).momentum().m2()).isCloseTo(mmu * mmu, within(1e-10));
                assertThat(lab.particle(3).momentum().m2()).isCloseTo(mmu * mmu, within(1e-10));
                // Convention: the e- of the file becomes the HER e- of the beam, whichever beam it was.
                GenParticle electron = lab.particle(beam1 == 11 ? 0 : 1);
                assertThat(electron.pdgId()).isEqualTo(11);
                assertThat(electron.momentum().px()).isCloseTo(beam.her().px(), within(1e-11));
                assertThat(electron.momentum().py()).isCloseTo(beam.her().py(), within(1e-11));
                assertThat(electron.momentum().pz()).isCloseTo(beam.her().pz(), within(1e-11));
                assertThat(electron.momentum().e()).isCloseTo(beam.her().e(), within(1e-11));
            }
        }
    }

    @Test
    void polarAngleIsMeasuredFromTheElectronInTheCmFrame() {
        // cos(theta*) of the mu- relative to the e- is a Lorentz-invariant statement about the CM
        // frame: back in the beam's CM frame it must be the c we generated, for either beam order.
        for (int beam1 : new int[] {11, -11}) {
            double c = 0.4;
            GenEvent lab = readBoosted(lhe(beam1, beam1 == 11 ? c : -c, 0.7));
            LorentzVector mu = beam.toCms(lab.particle(2).momentum());
            LorentzVector e = beam.toCms(beam.her());
            double cos = (mu.px() * e.px() + mu.py() * e.py() + mu.pz() * e.pz()) / (mu.p() * e.p());
            assertThat(cos).isCloseTo(c, within(1e-12));
        }
    }

    @Test
    void asymmetricBeamsAndNoBoostLeaveEventsUnchanged() {
        String text = lhe(11, 0.2, 0.1).replaceFirst("11 -11 \\S+ \\S+", "11 -11 7.0 4.0");
        try (LheReader r = new LheReader(new StringReader(text), "test.lhe")) {
            assertThat(r.init().symmetricBeams()).isFalse();
            LheLabFrame frame = LheLabFrame.of(r.init(), beam);
            assertThat(frame.boosts()).isFalse();
            GenEvent e = r.next();
            assertThat(frame.apply(e)).isSameAs(e);
            assertThat(LheLabFrame.identity().apply(e)).isSameAs(e);
        }
    }
}
