package io.upsilon.generators.decay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.core.error.InputException;
import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.event.GenParticle;
import io.upsilon.core.pdg.ParticleData;
import io.upsilon.core.pdg.ParticleTable;
import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import io.upsilon.generators.phasespace.TwoBody;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@code BTOKSCALAR} through the decay engine with the bundled overlays {@code b-kscalar} and
 * {@code b0-kstarscalar}: a B at rest (made to decay by the overlay's signal alias through a
 * one-body line, as the signal mechanism will) gives K(*) S with the scalar's mass, lifetime and
 * final state from the overlay's Defines.
 */
class BToKScalarModelTest {
    private static final ParticleTable TABLE = ParticleTable.standard();
    private static final Set<Integer> LEFT = Set.of(11, 13, 211, 321, 22);

    static String overlay(String name) {
        try (InputStream in = BToKScalarModelTest.class.getResourceAsStream("signal/" + name + ".dec")) {
            assertThat(in).as("bundled overlay " + name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** The overlay with its Defines replaced as --param would, and the parent sent to the signal alias. */
    static DecFile signal(String overlayName, String parent, String alias, String... defines) {
        return signal(DecFile.empty(TABLE), overlayName, parent, alias, defines);
    }

    /** Like {@link #signal(String, String, String, String...)}, read on top of {@code base}. */
    static DecFile signal(DecFile base, String overlayName, String parent, String alias, String... defines) {
        String text = overlay(overlayName);
        for (int k = 0; k < defines.length; k += 2) {
            text = text.replaceAll("(?m)^Define " + defines[k] + " .*$", "Define " + defines[k] + " " + defines[k + 1]);
        }
        text = text.replace("\nEnd\n", "\nDecay " + parent + "\n1.0 " + alias + " PHSP;\nEnddecay\nEnd\n");
        return DecFileParser.parse(new StringReader(text), overlayName + ".dec", base);
    }

    static void addAtRest(EventBuffer ev, String name) {
        ParticleData d = TABLE.byName(name);
        ev.add(d.id(), GenParticle.FINAL, 0, 0, 0, d.mass());
    }

    static int find(EventBuffer ev, int id) {
        for (int i = 0; i < ev.size(); i++) {
            if (ev.pdgId(i) == id) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void bPlusToKPlusScalarHasTheScalarsMassFlightAndMuonPair() {
        HadronDecayer decayer = new HadronDecayer(signal("b-kscalar", "B+", "B+sig"), LEFT, null);
        RandomStream rng = RandomStreams.of(41).stream("b-kscalar");
        EventBuffer ev = new EventBuffer(16);
        double mB = TABLE.byName("B+").mass();
        double mK = TABLE.byName("K+").mass();
        double mS = 1.5;
        double pStar = TwoBody.momentum(mB, mK, mS);
        int n = 20_000;
        double sumFlight = 0;
        long[] cosK = new long[20];
        long[] cosMu = new long[20];
        for (int k = 0; k < n; k++) {
            ev.clear();
            addAtRest(ev, "B+");
            decayer.decay(ev, rng);
            int s = find(ev, 54);
            int kaon = find(ev, 321);
            int muPlus = find(ev, -13);
            int muMinus = find(ev, 13);
            assertThat(s).isPositive();
            assertThat(kaon).isPositive();
            assertThat(muPlus).as("S -> mu+ mu- (channelS = 2)").isPositive();
            assertThat(muMinus).isPositive();
            assertThat(ev.momentum(s).m()).isCloseTo(mS, within(1e-9));
            assertThat(ev.momentum(kaon).p()).isCloseTo(pStar, within(1e-9));
            // Four-momentum of the scalar's decay, and both muons start at the scalar's decay vertex.
            assertThat(ev.e(muPlus) + ev.e(muMinus)).isCloseTo(ev.e(s), within(1e-9));
            assertThat(ev.pz(muPlus) + ev.pz(muMinus)).isCloseTo(ev.pz(s), within(1e-9));
            double dx = ev.vertexX(muPlus);
            double dy = ev.vertexY(muPlus);
            double dz = ev.vertexZ(muPlus);
            double flight = Math.sqrt(dx * dx + dy * dy + dz * dz);
            assertThat(dz / flight).isCloseTo(ev.pz(s) / ev.momentum(s).p(), within(1e-9));
            sumFlight += flight;
            DecayTestSupport.fill(cosK, -1, 1, ev.pz(kaon) / ev.momentum(kaon).p());
            // mu+ direction in the S rest frame relative to the S flight direction: isotropic.
            var mu = ev.momentum(muPlus).inRestFrameOf(ev.momentum(s));
            double c = (mu.px() * ev.px(s) + mu.py() * ev.py(s) + mu.pz() * ev.pz(s))
                    / (mu.p() * ev.momentum(s).p());
            DecayTestSupport.fill(cosMu, -1, 1, c);
        }
        // Mean flight = (p / m) c tau (B at rest: p = p*), exponential: sigma of the mean = mean / sqrt(n).
        double expected = pStar / mS * 10.0;
        System.out.printf("b-kscalar: mean flight %.3f cm (expected %.3f)%n", sumFlight / n, expected);
        assertThat(sumFlight / n).isCloseTo(expected, within(4 * expected / Math.sqrt(n)));
        DecayTestSupport.assertChi2(DecayTestSupport.chi2(cosK, -1, 1, x -> 1), 19, "cos theta_K");
        DecayTestSupport.assertChi2(DecayTestSupport.chi2(cosMu, -1, 1, x -> 1), 19, "cos theta_mu in S frame");
    }

    @Test
    void kStarFromBZeroIsLongitudinallyPolarised() {
        HadronDecayer decayer = new HadronDecayer(signal("b0-kstarscalar", "B0", "B0sig"), LEFT, null);
        RandomStream rng = RandomStreams.of(42).stream("b0-kstarscalar");
        EventBuffer ev = new EventBuffer(16);
        int n = 20_000;
        long[] cosK = new long[20];
        for (int k = 0; k < n; k++) {
            ev.clear();
            addAtRest(ev, "B0");
            decayer.decay(ev, rng);
            int kstar = find(ev, 313);
            int kaon = find(ev, 321);
            assertThat(kstar).isPositive();
            assertThat(find(ev, -211)).as("K*0 -> K+ pi-").isPositive();
            // Helicity angle: K+ in the K* frame versus the K* direction in the B frame (B at rest).
            var kst = ev.momentum(kstar);
            var kk = ev.momentum(kaon).inRestFrameOf(kst);
            double c = (kk.px() * kst.px() + kk.py() * kst.py() + kk.pz() * kst.pz()) / (kk.p() * kst.p());
            DecayTestSupport.fill(cosK, -1, 1, c);
        }
        // 0 -> 1 0: the K* has helicity 0, so dN/dcos ~ cos^2 theta_K (isotropic would fail by far).
        double chi2 = DecayTestSupport.chi2(cosK, -1, 1, x -> x * x);
        System.out.printf(
                "b0-kstarscalar: cos theta_K chi2 vs cos^2 = %.1f / 19, vs flat = %.0f%n",
                chi2, DecayTestSupport.chi2(cosK, -1, 1, x -> 1));
        DecayTestSupport.assertChi2(chi2, 19, "cos theta_K, cos^2");
    }

    @Test
    void definesSelectTheFinalStateAndTheLifetimeFromTheMixingAngle() {
        HadronDecayer pions = new HadronDecayer(
                signal("b-kscalar", "B+", "B+sig", "channelS", "3", "mS", "0.8", "ctauS", "0", "thetaS", "1e-4"),
                LEFT,
                null);
        RandomStream rng = RandomStreams.of(43).stream("pions");
        EventBuffer ev = new EventBuffer(16);
        double mS = 0.8;
        double pStar =
                TwoBody.momentum(TABLE.byName("B+").mass(), TABLE.byName("K+").mass(), mS);
        double cTau = DarkScalar.cTauCm(mS, 1e-4);
        int n = 20_000;
        double sum = 0;
        for (int k = 0; k < n; k++) {
            ev.clear();
            addAtRest(ev, "B+");
            pions.decay(ev, rng);
            int pip = find(ev, 211);
            assertThat(pip).as("S -> pi+ pi- (channelS = 3)").isPositive();
            assertThat(find(ev, -13)).isNegative();
            sum += Math.sqrt(ev.vertexX(pip) * ev.vertexX(pip)
                    + ev.vertexY(pip) * ev.vertexY(pip)
                    + ev.vertexZ(pip) * ev.vertexZ(pip));
        }
        double expected = pStar / mS * cTau;
        assertThat(sum / n).isCloseTo(expected, within(4 * expected / Math.sqrt(n)));
    }

    @Test
    void closedChannelsAndBadArgumentsAreRejected() {
        // K+ K- is closed for a 0.9 GeV scalar.
        DecFile kk = signal("b-kscalar", "B+", "B+sig", "channelS", "4", "mS", "0.9");
        assertThatThrownBy(() -> new HadronDecayer(kk, LEFT, null))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("channel 4 of S");
        assertThatThrownBy(() -> signal("b-kscalar", "B+", "B+sig", "mS", "4.9"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("mS");
        assertThatThrownBy(() -> signal("b-kscalar", "B+", "B+sig", "ctauS", "0"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("thetaS");
        assertThatThrownBy(() -> signal("b-kscalar", "B+", "B+sig", "channelS", "1.5"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("channelS");
        assertThatThrownBy(() -> new HadronDecayer(signal("b-kscalar", "B+", "B+sig", "channelS", "7"), LEFT, null))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("4 channels");
    }

    @Test
    void sameSeedSameEvents() {
        DecFile f = signal("b-kscalar", "B+", "B+sig");
        EventBuffer a = new EventBuffer(16);
        EventBuffer b = new EventBuffer(16);
        RandomStream ra = RandomStreams.of(44).stream("same");
        RandomStream rb = RandomStreams.of(44).stream("same");
        HadronDecayer da = new HadronDecayer(f, LEFT, null);
        HadronDecayer db = new HadronDecayer(f, LEFT, null);
        for (int k = 0; k < 100; k++) {
            a.clear();
            b.clear();
            addAtRest(a, "B+");
            addAtRest(b, "B+");
            da.decay(a, ra);
            db.decay(b, rb);
            assertThat(a.momenta()).containsExactly(b.momenta());
            assertThat(a.vertexZ(a.size() - 1)).isEqualTo(b.vertexZ(b.size() - 1));
        }
    }
}
