package io.upsilon.generators.decay;

import static org.assertj.core.api.Assertions.assertThat;

import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.event.GenParticle;
import io.upsilon.core.pdg.ParticleData;
import io.upsilon.core.pdg.ParticleTable;
import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import java.io.StringReader;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The hadron decay engine on a small DEC table that uses every model: conservation, links,
 * branching-fraction frequencies, the threshold rule, flight lengths, helicity alignment, the tau
 * delegation and determinism.
 */
class HadronDecayerTest {
    static final ParticleTable TABLE = ParticleTable.standard();

    /** Fractions are PDG 2024 rounded (they only need to be a table with every model). */
    static final String EVERY_MODEL = """
            Decay omega
            0.892 pi+ pi- pi0 OMEGA_DALITZ;
            0.084 pi0 gamma VSP_PWAVE;
            0.0153 pi+ pi- VSS;
            Enddecay
            Decay pi0
            0.98823 gamma gamma PHSP;
            0.01174 e+ e- gamma PI0_DALITZ;
            Enddecay
            Decay eta
            0.3936 gamma gamma PHSP;
            0.2292 pi+ pi- pi0 ETA_DALITZ;
            0.3257 pi0 pi0 pi0 PHSP;
            Enddecay
            Decay J/psi
            0.0596 mu+ mu- VLL;
            0.0597 e+ e- VLL;
            0.02 rho0 pi0 PHSP;
            Enddecay
            Decay rho0
            1.0 pi+ pi- VSS;
            Enddecay
            Decay K_S0
            0.692 pi+ pi- PHSP;
            0.308 pi0 pi0 PHSP;
            Enddecay
            Decay D0
            0.0355 K- e+ nu_e SLBKPOLE 0.73 0.3 1.0 2.1122;
            0.0395 K- pi+ PHSP;
            0.05 rho0 K_S0 SVS;
            0.14 K- pi+ pi0 pi0 pi+ pi- PHSP;
            Enddecay
            Decay D+
            1.0 K- pi+ pi+ PHSP;
            Enddecay
            Decay D*+
            0.677 D0 pi+ VSS;
            0.307 D+ pi0 VSS;
            0.016 D+ gamma VSP_PWAVE;
            Enddecay
            Decay Lambda0
            0.641 p+ pi- PHSP;
            0.359 n0 pi0 PHSP;
            Enddecay
            Decay K0
            0.5 K_S0 PHSP;
            0.5 K_L0 PHSP;
            Enddecay
            End
            """;

    static DecFile file(String text) {
        return DecFileParser.parse(new StringReader(text), "test.dec", TABLE);
    }

    /** Adds a particle of this name with momentum p along the direction (theta, phi) at its nominal mass. */
    static int add(EventBuffer ev, String name, double p, double cosTheta, double phi) {
        ParticleData d = TABLE.byName(name);
        double s = Math.sqrt(1 - cosTheta * cosTheta);
        return ev.add(
                d.id(),
                GenParticle.FINAL,
                p * s * Math.cos(phi),
                p * s * Math.sin(phi),
                p * cosTheta,
                Math.sqrt(p * p + d.mass() * d.mass()));
    }

    @Test
    void everyDecayConservesChargeAndFourMomentumAndIsLinked() {
        HadronDecayer decayer = new HadronDecayer(file(EVERY_MODEL));
        RandomStream rng = RandomStreams.of(11).stream("conservation");
        EventBuffer ev = new EventBuffer(64);
        String[] primaries = {"omega", "eta", "J/psi", "D*+", "Lambda0", "K0", "pi0", "D0", "rho0"};
        int decays = 0;
        for (int event = 0; event < 3000; event++) {
            ev.clear();
            for (String name : primaries) {
                add(ev, name, 3 * rng.nextDouble(), 2 * rng.nextDouble() - 1, 2 * Math.PI * rng.nextDouble());
            }
            decayer.decay(ev, rng);
            var record = ev.toEvent(event);
            for (int i = 0; i < record.particles().size(); i++) {
                GenParticle p = record.particles().get(i);
                if (p.status() == GenParticle.FINAL) {
                    // Nothing left that the table decays (K_L0, pi+-, ... are left to the detector).
                    assertThat(Set.of(22, 11, 13, 211, 321, 130, 2212, 2112, 12, 14, 16))
                            .contains(Math.abs(p.pdgId()));
                    continue;
                }
                assertThat(p.status()).isEqualTo(GenParticle.DECAYED);
                decays++;
                double[] sum = new double[4];
                double charge = 0;
                for (int j = p.firstDaughter(); j <= p.lastDaughter(); j++) {
                    GenParticle d = record.particles().get(j);
                    assertThat(d.mother1()).isEqualTo(i);
                    assertThat(d.mother2()).isEqualTo(i);
                    sum[0] += d.momentum().px();
                    sum[1] += d.momentum().py();
                    sum[2] += d.momentum().pz();
                    sum[3] += d.momentum().e();
                    charge += TABLE.byId(d.pdgId()).charge();
                }
                double scale = p.momentum().e();
                assertThat(Math.abs(sum[0] - p.momentum().px())).isLessThan(1e-9 * scale);
                assertThat(Math.abs(sum[1] - p.momentum().py())).isLessThan(1e-9 * scale);
                assertThat(Math.abs(sum[2] - p.momentum().pz())).isLessThan(1e-9 * scale);
                assertThat(Math.abs(sum[3] - p.momentum().e())).isLessThan(1e-9 * scale);
                assertThat(charge).isEqualTo(TABLE.byId(p.pdgId()).charge());
            }
        }
        assertThat(decays).isGreaterThan(3000 * primaries.length);
        assertThat(decayer.belowThresholdCount()).isZero();
    }

    @Test
    void channelFrequenciesFollowTheBranchingFractions() {
        HadronDecayer decayer = new HadronDecayer(
                file(EVERY_MODEL), Set.of(22, 11, 13, 211, 321, 130, 2212, 2112, 12, 14, 16, 421, 411, 111), null);
        RandomStream rng = RandomStreams.of(12).stream("br");
        EventBuffer ev = new EventBuffer(16);
        int n = 40_000;
        int[] counts = new int[3];
        for (int k = 0; k < n; k++) {
            ev.clear();
            add(ev, "D*+", 0.0, 1, 0);
            decayer.decay(ev, rng);
            int first = ev.pdgId(1);
            int second = ev.pdgId(2);
            counts[first == 421 ? 0 : second == 111 ? 1 : 2]++;
        }
        double[] br = {0.677, 0.307, 0.016};
        double chi2 = 0;
        for (int c = 0; c < 3; c++) {
            double expected = n * br[c];
            chi2 += (counts[c] - expected) * (counts[c] - expected) / expected;
        }
        // 2 degrees of freedom: P(chi2 > 13.8) = 0.001.
        assertThat(chi2).isLessThan(13.8);
    }

    @Test
    void aClosedChannelIsNeverUsedAndTheOpenOnesKeepTheirRatio() {
        DecFile f = file("""
                Decay rho0
                0.5 pi+ pi- VSS;
                0.5 K+ K- VSS;
                Enddecay
                End
                """);
        HadronDecayer decayer = new HadronDecayer(f);
        RandomStream rng = RandomStreams.of(13).stream("threshold");
        EventBuffer ev = new EventBuffer(8);
        int n = 20_000;
        int kaonsLight = 0;
        int kaonsHeavy = 0;
        for (int k = 0; k < n; k++) {
            for (double mass : new double[] {0.8, 1.2}) {
                ev.clear();
                ev.add(113, GenParticle.FINAL, 0, 0, 0, mass); // rho0 at rest with this mass
                decayer.decay(ev, rng);
                if (Math.abs(ev.pdgId(1)) == 321) {
                    if (mass < 1) {
                        kaonsLight++;
                    } else {
                        kaonsHeavy++;
                    }
                }
            }
        }
        // 0.8 GeV is below 2 m(K) = 0.987 GeV: every decay is pi+ pi-.
        assertThat(kaonsLight).isZero();
        // 1.2 GeV: both open, binomial(n, 1/2): 4 sigma = 4 sqrt(n)/2.
        assertThat((double) kaonsHeavy).isCloseTo(n / 2.0, org.assertj.core.api.Assertions.within(2 * Math.sqrt(n)));
    }

    @Test
    void meanFlightLengthIsBetaGammaCTau() {
        HadronDecayer decayer = new HadronDecayer(file(EVERY_MODEL));
        RandomStream rng = RandomStreams.of(14).stream("flight");
        EventBuffer ev = new EventBuffer(16);
        ParticleData ks = TABLE.byName("K_S0");
        double p = 1.0;
        int n = 20_000;
        double sum = 0;
        double sumTime = 0;
        for (int k = 0; k < n; k++) {
            ev.clear();
            add(ev, "K_S0", p, 0.3, 1.0);
            ev.setVertex(0, 0.1, -0.2, 0.5, 0.25);
            decayer.decay(ev, rng);
            int d = 1;
            double dx = ev.vertexX(d) - 0.1;
            double dy = ev.vertexY(d) + 0.2;
            double dz = ev.vertexZ(d) - 0.5;
            sum += Math.sqrt(dx * dx + dy * dy + dz * dz);
            sumTime += ev.time(d) - 0.25;
            // The flight is along the K_S0 momentum.
            assertThat(dz / Math.sqrt(dx * dx + dy * dy + dz * dz))
                    .isCloseTo(0.3, org.assertj.core.api.Assertions.within(1e-9));
        }
        double expected = p / ks.mass() * ks.cTau(); // beta gamma c tau, cm
        // Exponential: the standard deviation of the mean is mean / sqrt(n); 4 sigma.
        assertThat(sum / n).isCloseTo(expected, org.assertj.core.api.Assertions.within(4 * expected / Math.sqrt(n)));
        double expectedTime = Math.sqrt(p * p + ks.mass() * ks.mass()) / ks.mass() * ks.lifetime() * 1e9;
        assertThat(sumTime / n)
                .isCloseTo(expectedTime, org.assertj.core.api.Assertions.within(4 * expectedTime / Math.sqrt(n)));
    }

    @Test
    void particlesWithoutAFiniteLifetimeDecayWhereTheyWereMade() {
        // The particle table gives K0 no width: it turns into K_S0 or K_L0 at its production point.
        HadronDecayer decayer = new HadronDecayer(file(EVERY_MODEL));
        RandomStream rng = RandomStreams.of(15).stream("k0");
        EventBuffer ev = new EventBuffer(16);
        add(ev, "K0", 1.0, 0.1, 0.2);
        ev.setVertex(0, 1, 2, 3, 4);
        decayer.decay(ev, rng);
        assertThat(ev.vertexX(1)).isEqualTo(1.0);
        assertThat(ev.vertexZ(1)).isEqualTo(3.0);
        assertThat(ev.time(1)).isEqualTo(4.0);
    }

    @Test
    void aVectorFromSvsDecaysWithCosSquaredHelicityAngle() {
        DecFile f = file("""
                Decay D0
                1.0 rho0 K_S0 SVS;
                Enddecay
                Decay rho0
                1.0 pi+ pi- VSS;
                Enddecay
                End
                """);
        HadronDecayer decayer = new HadronDecayer(f, Set.of(211, 310), null);
        RandomStream rng = RandomStreams.of(16).stream("helicity");
        EventBuffer ev = new EventBuffer(16);
        int n = 20_000;
        double sumCos2 = 0;
        for (int k = 0; k < n; k++) {
            ev.clear();
            add(ev, "D0", 2.0, 2 * rng.nextDouble() - 1, 1.0);
            decayer.decay(ev, rng);
            // ev: 0 D0, 1 rho0, 2 K_S0, 3 pi+, 4 pi-. Helicity angle: pi+ in the rho frame versus
            // the rho direction in the D0 frame, both from Lorentz invariants.
            var d0 = ev.momentum(0);
            var rho = ev.momentum(1);
            var pip = ev.momentum(3);
            double mD = d0.m();
            double mRho = rho.m();
            double pdotRho = d0.e() * rho.e() - d0.px() * rho.px() - d0.py() * rho.py() - d0.pz() * rho.pz();
            double pdotPi = d0.e() * pip.e() - d0.px() * pip.px() - d0.py() * pip.py() - d0.pz() * pip.pz();
            double rhoDotPi = rho.e() * pip.e() - rho.px() * pip.px() - rho.py() * pip.py() - rho.pz() * pip.pz();
            // In the rho frame: E_D = P.rho / m_rho, |p_D|, E_pi = rho.pi / m_rho, |p_pi|.
            double eD = pdotRho / mRho;
            double pD = Math.sqrt(eD * eD - mD * mD);
            double ePi = rhoDotPi / mRho;
            double mPi = pip.m();
            double pPi = Math.sqrt(ePi * ePi - mPi * mPi);
            // P.pi = E_D E_pi - pD pPi cos(angle between p_D and p_pi); helicity angle is to -p_D.
            double cosToD = (eD * ePi - pdotPi) / (pD * pPi);
            sumCos2 += cosToD * cosToD;
        }
        // cos^2 distribution: <cos^2> = 3/5 (isotropic would be 1/3); var(cos^2) = 3/7 - 9/25.
        double sigma = Math.sqrt((3.0 / 7 - 9.0 / 25) / n);
        assertThat(sumCos2 / n).isCloseTo(0.6, org.assertj.core.api.Assertions.within(4 * sigma));
    }

    @Test
    void tausAreDelegatedAndTheirHadronsDecayedHere() {
        HadronDecayer decayer =
                new HadronDecayer(file(EVERY_MODEL), HadronDecayer.DEFAULT_LEFT_TO_DETECTOR, new TauDecayer());
        RandomStream rng = RandomStreams.of(17).stream("tau");
        EventBuffer ev = new EventBuffer(32);
        int kShorts = 0;
        for (int k = 0; k < 5000; k++) {
            ev.clear();
            add(ev, "tau-", 5.0, 0.2, 0.3);
            add(ev, "K_S0", 1.0, 0.2, 0.3);
            decayer.decay(ev, rng);
            assertThat(ev.status(0)).isEqualTo(GenParticle.DECAYED);
            for (int i = 0; i < ev.size(); i++) {
                if (ev.pdgId(i) == 310) {
                    kShorts++;
                    assertThat(ev.status(i)).isEqualTo(GenParticle.DECAYED);
                }
                if (ev.status(i) == GenParticle.FINAL) {
                    assertThat(ev.pdgId(i)).isNotIn(111, 310, 15, -15);
                }
            }
        }
        assertThat(kShorts).isGreaterThan(5000); // the primary ones plus those of tau -> pi K_S0 nu
    }

    @Test
    void sameSeedSameEvent() {
        DecFile f = file(EVERY_MODEL);
        EventBuffer a = new EventBuffer(64);
        EventBuffer b = new EventBuffer(64);
        for (EventBuffer ev : new EventBuffer[] {a, b}) {
            RandomStream rng = RandomStreams.of(18).stream("determinism");
            for (String name : new String[] {"D*+", "omega", "eta", "J/psi"}) {
                add(ev, name, 1.5, 0.5, 0.5);
            }
            new HadronDecayer(f).decay(ev, rng);
        }
        assertThat(a.toEvent(0)).isEqualTo(b.toEvent(0));
        assertThat(a.size()).isGreaterThan(10);
    }
}
