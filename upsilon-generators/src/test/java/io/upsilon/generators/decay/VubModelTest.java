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
import java.io.StringReader;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@code VUB} (De Fazio-Neubert, tree level): the sampled lepton-energy and q^2 spectra against
 * the model's own rate integrated by quadrature, the shape function's moments, four-momentum and
 * charge through the decay engine with the string fragmenting X_u, and the lepton spectrum above
 * 2.3 GeV of the bundled table's X_u l nu lines before (multi-pion phase space) and after.
 */
class VubModelTest {
    private static final ParticleTable TABLE = ParticleTable.standard();
    /** The arguments of the bundled table's VUB lines: m_b, a, alpha_s = 0, one bin from 1.0 GeV. */
    private static final double[] TABLE_ARGS = {4.691, 1.869, 0, 1, 1.0, 1};

    private static final double MX_MIN = 1.0;

    private static VubModel model(String parent, String system, String lepton, double... args) {
        String nu = lepton.startsWith("e") ? "nu_e" : "nu_mu";
        return new VubModel(
                TABLE.byName(parent), List.of(TABLE.byName(system), TABLE.byName(lepton), TABLE.byName(nu)), args);
    }

    private static double mass(double[] v, int off) {
        double p2 = v[off] * v[off] + v[off + 1] * v[off + 1] + v[off + 2] * v[off + 2];
        return Math.sqrt(Math.max(0, v[off + 3] * v[off + 3] - p2));
    }

    @Test
    void leptonEnergyAndQSquaredFollowTheRateAndConserveFourMomentum() {
        VubModel m = (VubModel) model("B+", "Xu0", "e+", TABLE_ARGS).newInstance();
        DeFazioNeubertSpectrum s = m.spectrum();
        double mB = s.parentMass();
        double me = TABLE.byName("e+").mass();
        // Lepton endpoint for m_X >= 1.0 GeV: (m_B^2 - m_X,min^2) / (2 m_B) = 2.545 GeV.
        double endpoint = (mB * mB - MX_MIN * MX_MIN) / (2 * mB);
        double q2Max = (mB - MX_MIN) * (mB - MX_MIN);
        RandomStream rng = RandomStreams.of(71).stream("vub");
        long[] hE = new long[40];
        long[] hQ2 = new long[40];
        double[] out = new double[12];
        double[] masses = {1.5, me, 0};
        double maxE = 0;
        int n = 200_000;
        for (int k = 0; k < n; k++) {
            m.generate(mB, masses, null, rng, out);
            for (int c = 0; c < 3; c++) {
                assertThat(out[c] + out[4 + c] + out[8 + c]).isCloseTo(0, within(1e-9));
            }
            assertThat(out[3] + out[7] + out[11]).isCloseTo(mB, within(1e-9));
            assertThat(mass(out, 4)).isCloseTo(me, within(1e-6));
            assertThat(mass(out, 8)).isCloseTo(0, within(1e-6));
            assertThat(mass(out, 0)).isGreaterThanOrEqualTo(MX_MIN - 1e-9);
            double e = out[7];
            assertThat(e).isLessThanOrEqualTo(endpoint + 1e-6);
            maxE = Math.max(maxE, e);
            DecayTestSupport.fill(hE, 0, endpoint, e);
            double[] q = {out[4] + out[8], out[5] + out[9], out[6] + out[10], out[7] + out[11]};
            double q2 = q[3] * q[3] - q[0] * q[0] - q[1] * q[1] - q[2] * q[2];
            DecayTestSupport.fill(hQ2, 0, q2Max, q2);
        }
        double chi2E = DecayTestSupport.chi2(hE, 0, endpoint, s::leptonEnergyDensity);
        double chi2Q = DecayTestSupport.chi2(hQ2, 0, q2Max, s::qSquaredDensity);
        System.out.printf(
                "VUB B+ -> Xu0 e+ nu: E_l chi2 = %.1f / 39, q^2 chi2 = %.1f / 39, max E_l %.4f (endpoint %.4f)%n",
                chi2E, chi2Q, maxE, endpoint);
        DecayTestSupport.assertChi2(chi2E, 39, "E_l spectrum");
        DecayTestSupport.assertChi2(chi2Q, 39, "q^2 spectrum");
        assertThat(m.envelopeViolations()).isZero();
        // The spectrum reaches its endpoint (the density there is small but not zero: 20 MeV).
        assertThat(maxE).isGreaterThan(endpoint - 0.02);
    }

    /**
     * The shape function's moments (De Fazio-Neubert's exponential ansatz: normalised, first moment
     * of k+ zero, second Lambda-bar^2 / (1 + a) = mu_pi^2 / 3), and three quadratures of the rate
     * that must agree: the lepton and q^2 spectra integrate to the same accepted share, which is 1 -
     * fractionBelowMass(m_X cut); without a cut they integrate to 1 (the free-quark rate 12 (x -
     * y)(1 - x + y) is normalised). Tolerance 2e-3: Simpson's rule across the kinks of the cut.
     */
    @Test
    void shapeFunctionMomentsAndRateNormalisation() {
        DeFazioNeubertSpectrum s = model("B0", "Xu-", "e+", TABLE_ARGS).spectrum();
        double norm = integrateFine(s::densityOfT, 0, s.maxT());
        double mean = integrateFine(t -> s.densityOfT(t) * s.kPlus(t), 0, s.maxT());
        double second = integrateFine(t -> s.densityOfT(t) * s.kPlus(t) * s.kPlus(t), 0, s.maxT());
        assertThat(norm).isCloseTo(1, within(1e-6));
        assertThat(mean).isCloseTo(0, within(1e-5));
        assertThat(3 * second).isCloseTo(s.muPi2(), within(1e-5));
        // HFLAV 2016's shape-function mu_pi^2 that a = 1.869 encodes (arXiv:1612.07233): 0.361 GeV^2.
        assertThat(s.muPi2()).isCloseTo(0.361, within(0.002));
        double mB = s.parentMass();
        double lepton = integrateFine(s::leptonEnergyDensity, 0, mB / 2);
        double q2 = integrateFine(s::qSquaredDensity, 0, mB * mB);
        double kept = 1 - s.fractionBelowMass(MX_MIN);
        System.out.printf(
                "VUB rate: accepted share lepton %.5f, q^2 %.5f, 1 - F(m_X < 1) %.5f; F(m_X < 0.7, 1.0, 1.5) ="
                        + " %.4f, %.4f, %.4f%n",
                lepton, q2, kept, s.fractionBelowMass(0.7), s.fractionBelowMass(1.0), s.fractionBelowMass(1.5));
        assertThat(lepton).isCloseTo(kept, within(2e-3));
        assertThat(q2).isCloseTo(kept, within(2e-3));
        DeFazioNeubertSpectrum open = new DeFazioNeubertSpectrum(mB, 4.691, 1.869, new double[] {0}, new double[] {1});
        assertThat(integrateFine(open::leptonEnergyDensity, 0, mB / 2)).isCloseTo(1, within(2e-3));
        System.out.printf(
                "VUB without m_X cut: E_l > 2.3 GeV %.4f, > 2.4 GeV %.4f%n",
                integrateFine(open::leptonEnergyDensity, 2.3, mB / 2),
                integrateFine(open::leptonEnergyDensity, 2.4, mB / 2));
        assertThat(integrateFine(open::qSquaredDensity, 0, mB * mB)).isCloseTo(1, within(2e-3));
        assertThat(open.fractionBelowMass(mB)).isCloseTo(1, within(1e-6));
        assertThat(open.fractionBelowMass(0)).isCloseTo(0, within(1e-6));
    }

    private static double integrateFine(java.util.function.DoubleUnaryOperator f, double a, double b) {
        double sum = 0;
        int pieces = 20;
        for (int i = 0; i < pieces; i++) {
            sum += DecayTestSupport.integrate(f, a + i * (b - a) / pieces, a + (i + 1) * (b - a) / pieces);
        }
        return sum;
    }

    /** The generic tables with this B's table replaced by the given lines. */
    private static DecFile withBTable(String parent, String lines) {
        String text = "Decay " + parent + "\n" + lines + "Enddecay\nEnd\n";
        return DecFileParser.parse(
                new StringReader(text), "xulnu.dec", HadronDecayTables.bundled().orElseThrow());
    }

    @Test
    void xuIsFragmentedConservingFourMomentumAndCharge() {
        Set<Integer> left = Set.of(22, 11, 13, 211, 321, 130, 310, 2212, 2112, 12, 14, 16, 111);
        for (String[] c : new String[][] {{"B+", "Xu0", "9000032"}, {"B0", "Xu-", "-9000033"}}) {
            String line = "1.0 " + c[1] + " e+ nu_e VUB 4.691 1.869 0 1 1.0 1;\n";
            HadronDecayer decayer = new HadronDecayer(withBTable(c[0], line), left, null);
            RandomStream rng = RandomStreams.of(72).stream("xu-events-" + c[0]);
            EventBuffer ev = new EventBuffer(64);
            ParticleData b = TABLE.byName(c[0]);
            int systemId = Integer.parseInt(c[2]);
            int n = 3_000;
            long hadrons = 0;
            for (int k = 0; k < n; k++) {
                ev.clear();
                ev.add(b.id(), GenParticle.FINAL, 0.1, -0.2, 0.3, Math.sqrt(0.14 + b.mass() * b.mass()));
                decayer.decay(ev, rng);
                double[] sum = new double[4];
                double charge = 0;
                int positrons = 0;
                int xu = -1;
                for (int i = 0; i < ev.size(); i++) {
                    if (ev.pdgId(i) == systemId) {
                        xu = i;
                    }
                    if (ev.status(i) != GenParticle.FINAL) {
                        continue;
                    }
                    sum[0] += ev.px(i);
                    sum[1] += ev.py(i);
                    sum[2] += ev.pz(i);
                    sum[3] += ev.e(i);
                    charge += TABLE.byId(ev.pdgId(i)).charge();
                    positrons += ev.pdgId(i) == -11 ? 1 : 0;
                    hadrons += Math.abs(ev.pdgId(i)) > 100 ? 1 : 0;
                }
                assertThat(xu).as("the X_u system in event " + k).isNotNegative();
                assertThat(ev.momentum(xu).m()).isGreaterThanOrEqualTo(MX_MIN - 1e-9);
                assertThat(sum[0]).isCloseTo(0.1, within(1e-9));
                assertThat(sum[1]).isCloseTo(-0.2, within(1e-9));
                assertThat(sum[2]).isCloseTo(0.3, within(1e-9));
                assertThat(sum[3]).isCloseTo(ev.e(0), within(1e-9));
                assertThat(charge).as("charge in event " + k).isCloseTo(b.charge(), within(1e-9));
                assertThat(positrons).isPositive();
            }
            System.out.printf("VUB %s: %.2f final-state hadrons per X_u%n", c[0], hadrons / (double) n);
            // A system of at least 1 GeV fragments into at least two hadrons (pions decay later).
            assertThat(hadrons / (double) n).isGreaterThanOrEqualTo(2);
        }
    }

    /**
     * The X_u e nu lepton spectrum above 2.3 GeV in the B+ rest frame, from the table's lines before
     * this model (exclusive lines plus multi-pion phase space, which is too soft) and after
     * (exclusive lines plus VUB above 1 GeV), printed for docs/b-physics.md (the two differ by ~5
     * standard deviations only: the cut at 1 GeV removes the model's hardest leptons, which the
     * exclusive lines carry); the VUB line's own share above 2.3 GeV is checked
     * against the rate's quadrature (4 binomial sigma). The after table's lepton endpoint is the pi0
     * e nu one, (m_B^2 - m_pi0^2) / (2 m_B) = 2.638 GeV; with ~3600 pi0 e nu decays the largest
     * energy comes within 0.1 GeV of it (phase space vanishes linearly at the endpoint).
     */
    @Test
    void leptonSpectrumAboveTwoPointThreeGeVBeforeAndAfter() {
        String exclusive = "7.8e-05 pi0 e+ nu_e PHSP;\n3.9e-05 eta e+ nu_e PHSP;\n0.000119 omega e+ nu_e PHSP;\n"
                + "0.000158 rho0 e+ nu_e PHSP;\n";
        String before = exclusive + "0.0009 pi+ pi- e+ nu_e PHSP;\n0.0003 pi0 pi0 e+ nu_e PHSP;\n"
                + "0.0006 pi+ pi- pi0 e+ nu_e PHSP;\n";
        String after = exclusive + "0.0018 Xu0 e+ nu_e VUB 4.691 1.869 0 1 1.0 1;\n";
        String vubOnly = "1.0 Xu0 e+ nu_e VUB 4.691 1.869 0 1 1.0 1;\n";
        // The bundled table now: the exclusive lines with form factors (BCL pi, BSZ rho / omega).
        String withFormFactors = "7.8e-05 pi0 e+ nu_e BCL " + join(LightMesonSemileptonicTest.BCL_PI) + ";\n"
                + "3.9e-05 eta e+ nu_e PHSP;\n0.000119 omega e+ nu_e BTOVLNU_BSZ " + join(BSZ_OMEGA) + ";\n"
                + "0.000158 rho0 e+ nu_e BTOVLNU_BSZ " + join(LightMesonSemileptonicTest.BSZ_RHO) + ";\n"
                + "0.0018 Xu0 e+ nu_e VUB 4.691 1.869 0 1 1.0 1;\n";
        double[] beforeResult = fractionAbove(before, 2.3, 73, SPECTRUM_EVENTS);
        double fBefore = beforeResult[0];
        double[] afterResult = fractionAbove(after, 2.3, 74, SPECTRUM_EVENTS);
        double fAfter = afterResult[0];
        double fVub = fractionAbove(vubOnly, 2.3, 75, VUB_EVENTS)[0];
        double[] ffResult = fractionAbove(withFormFactors, 2.3, 76, SPECTRUM_EVENTS);
        DeFazioNeubertSpectrum s = model("B+", "Xu0", "e+", TABLE_ARGS).spectrum();
        double expectedVub = integrateFine(s::leptonEnergyDensity, 2.3, s.parentMass() / 2)
                / integrateFine(s::leptonEnergyDensity, 0, s.parentMass() / 2);
        System.out.printf(
                "B+ -> X_u e nu, E_l > 2.3 GeV (B rest frame): before %.4f, after %.4f; VUB line %.4f (rate %.4f);"
                        + " E_l > 2.4 GeV: before %.4f, after %.4f%n",
                fBefore, fAfter, fVub, expectedVub, beforeResult[2], afterResult[2]);
        assertThat(fVub).isCloseTo(expectedVub, within(4 * Math.sqrt(expectedVub * (1 - expectedVub) / VUB_EVENTS)));
        double mB = TABLE.byName("B+").mass();
        double mPi0 = TABLE.byName("pi0").mass();
        double endpoint = (mB * mB - mPi0 * mPi0) / (2 * mB);
        System.out.printf("after: largest E_l %.4f GeV, pi0 e nu endpoint %.4f GeV%n", afterResult[1], endpoint);
        assertThat(afterResult[1]).isBetween(endpoint - 0.1, endpoint + 1e-6);
        System.out.printf(
                "with form factors (BCL, BSZ): E_l > 2.3 GeV %.4f, > 2.4 GeV %.4f, largest E_l %.4f GeV%n",
                ffResult[0], ffResult[2], ffResult[1]);
        // The V-A matrix elements move the exclusive leptons: the largest energy still approaches the
        // pi0 e nu endpoint, and the share above 2.3 GeV stays within a factor two of phase space's.
        assertThat(ffResult[1]).isBetween(endpoint - 0.15, endpoint + 1e-6);
        assertThat(ffResult[0]).isBetween(fAfter / 2, fAfter * 2);
    }

    private static final int SPECTRUM_EVENTS = 100_000;
    /** b-decays.dec's omega l nu line: BSZ (arXiv:1503.05534) LCSR fit for B -&gt; omega. */
    private static final double[] BSZ_OMEGA = {
        0.304239, -0.832336, 1.71741, 0.327866, -0.826659, 1.42113, 0.242567, 0.342791, 0.0926204, 0.270411, 0.65589,
        0.277567
    };

    private static String join(double[] a) {
        StringBuilder sb = new StringBuilder();
        for (double x : a) {
            sb.append(x).append(' ');
        }
        return sb.toString().trim();
    }

    private static final int VUB_EVENTS = 20_000;

    /**
     * Share of B+ decays at rest by these lines whose positron has more than eMin GeV, the largest
     * positron energy, and the share above 2.4 GeV.
     */
    private static double[] fractionAbove(String lines, double eMin, long seed, int events) {
        HadronDecayer decayer = new HadronDecayer(withBTable("B+", lines), Set.of(-11, 12, 111, 211, 22), null);
        RandomStream rng = RandomStreams.of(seed).stream("xu-spectrum");
        EventBuffer ev = new EventBuffer(64);
        ParticleData b = TABLE.byName("B+");
        int above = 0;
        int above24 = 0;
        double max = 0;
        for (int k = 0; k < events; k++) {
            ev.clear();
            ev.add(b.id(), GenParticle.FINAL, 0, 0, 0, b.mass());
            decayer.decay(ev, rng);
            for (int i = 0; i < ev.size(); i++) {
                if (ev.pdgId(i) == -11) {
                    above += ev.e(i) > eMin ? 1 : 0;
                    above24 += ev.e(i) > 2.4 ? 1 : 0;
                    max = Math.max(max, ev.e(i));
                }
            }
        }
        return new double[] {above / (double) events, max, above24 / (double) events};
    }

    /** With a muon: on its mass shell (put there in the W frame), four-momentum exact, q^2 above m_mu^2. */
    @Test
    void muonLinesConserveFourMomentum() {
        VubModel m = (VubModel) model("B0", "Xu-", "mu+", TABLE_ARGS).newInstance();
        double mB = m.spectrum().parentMass();
        double mMu = TABLE.byName("mu+").mass();
        RandomStream rng = RandomStreams.of(76).stream("vub-mu");
        double[] out = new double[12];
        double[] masses = {1.5, mMu, 0};
        for (int k = 0; k < 20_000; k++) {
            m.generate(mB, masses, null, rng, out);
            for (int c = 0; c < 3; c++) {
                assertThat(out[c] + out[4 + c] + out[8 + c]).isCloseTo(0, within(1e-9));
            }
            assertThat(out[3] + out[7] + out[11]).isCloseTo(mB, within(1e-9));
            assertThat(mass(out, 4)).isCloseTo(mMu, within(1e-6));
            assertThat(mass(out, 8)).isCloseTo(0, within(1e-5));
            assertThat(mass(out, 0)).isGreaterThanOrEqualTo(MX_MIN - 1e-9);
        }
    }

    /** EvtGen's argument order: n, then pairs (lower m_X edge, weight); weights scaled to max 1. */
    @Test
    void hybridBinsAreReadAsEdgeWeightPairs() {
        DeFazioNeubertSpectrum s =
                model("B+", "Xu0", "e+", 4.691, 1.869, 0, 2, 0.8, 1, 1.2, 2).spectrum();
        assertThat(s.massWeight(0.75)).isZero();
        assertThat(s.massWeight(0.9)).isEqualTo(0.5);
        assertThat(s.massWeight(1.3)).isEqualTo(1.0);
        // Weighted share: half the rate in [0.8, 1.2), all of it above.
        double expected = 0.5 * (s.fractionBelowMass(1.2) - s.fractionBelowMass(0.8)) + 1 - s.fractionBelowMass(1.2);
        assertThat(integrateFine(s::qSquaredDensity, 0, s.parentMass() * s.parentMass()))
                .isCloseTo(expected, within(2e-3));
    }

    @Test
    void badArgumentsAreRejectedWhereTheFileIsRead() {
        String line = "Decay B+\n1.0 Xu0 e+ nu_e VUB %s;\nEnddecay\nEnd\n";
        for (String[] bad : new String[][] {
            {"4.8", "together"},
            {"5.4 1.3", "b-quark mass"},
            {"4.8 -2", "exponent"},
            {"4.8 1.29 0.22", "alpha_s"},
            {"4.8 1.29 0 1 0.28 1", "mXMin"},
            {"4.8 1.29 0 2 1.0 1", "number n"},
            {"4.8 1.29 0 2 1.2 1.0 1 1", "increase"}
        }) {
            assertThatThrownBy(
                            () -> DecFileParser.parse(new StringReader(String.format(line, bad[0])), "bad.dec", TABLE))
                    .as(bad[0])
                    .isInstanceOf(InputException.class)
                    .hasMessageContaining(bad[1]);
        }
        assertThatThrownBy(() -> DecFileParser.parse(
                        new StringReader("Decay B+\n1.0 Xu0 nu_e e+ VUB;\nEnddecay\nEnd\n"), "bad.dec", TABLE))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("charged lepton");
    }

    @Test
    void bundledTableKeepsTheTotalXuLNuRate() {
        DecFile generic = HadronDecayTables.bundled().orElseThrow();
        // PDG 2024 B -> X_u l nu 2.13e-3 scaled by tau(B) / <tau>: 2.2e-3 (B+), 2.0e-3 (B0) per lepton.
        for (Object[] c : new Object[][] {{"B+", "Xu0", 2.194e-3}, {"B0", "Xu-", 2.004e-3}}) {
            DecDecay d = generic.decay((String) c[0]).orElseThrow();
            double xu = 0;
            int vub = 0;
            for (DecChannel ch : d.channels()) {
                List<String> names =
                        ch.daughters().stream().map(DecParticle::name).toList();
                boolean light = names.stream().noneMatch(x -> x.contains("D") || x.contains("tau"));
                if (names.contains("e+") && light) {
                    xu += ch.rawBranchingFraction();
                }
                if (ch.model().equals("VUB")) {
                    vub++;
                    assertThat(names.get(0)).isEqualTo(c[1]);
                }
            }
            assertThat(xu).as(c[0] + " X_u e nu").isCloseTo((Double) c[2], within(1e-7));
            assertThat(vub).as(c[0] + " VUB lines (e, mu)").isEqualTo(2);
        }
    }
}
