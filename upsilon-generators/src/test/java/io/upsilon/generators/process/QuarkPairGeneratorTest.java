package io.upsilon.generators.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.core.beam.Beam;
import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.event.GenParticle;
import io.upsilon.core.pdg.ParticleTable;
import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import io.upsilon.generators.radiation.VacuumPolarization;
import io.upsilon.generators.shower.ColourOrderAssertions;
import io.upsilon.generators.shower.ColourSinglets;
import io.upsilon.generators.shower.PartonShower;
import io.upsilon.generators.shower.StrongCoupling;
import org.junit.jupiter.api.Test;

class QuarkPairGeneratorTest {
    private static final int[] ALL = {2, 1, 3, 4};
    private static final double ALPHA = 1 / 137.035999084;
    private static final double HBARC2_NB = 0.3893793721e6;
    private final Beam fixed = TestBeams.at1058();

    /**
     * sigma_q = N_c Q_q^2 (4 pi alpha^2/3s) beta (3 - beta^2)/2 (textbook QED Born, massive quarks),
     * written out here independently of FermionPairBorn; masses PDG 2024 (u 2.16 MeV, d 4.70 MeV, s
     * 93.5 MeV, c 1.273 GeV).
     */
    private static double born(double s, double charge, double mass) {
        double b2 = 1 - 4 * mass * mass / s;
        if (b2 <= 0) {
            return 0;
        }
        double b = Math.sqrt(b2);
        return 3 * charge * charge * 4 * Math.PI * ALPHA * ALPHA / (3 * s) * HBARC2_NB * b * (3 - b2) / 2;
    }

    private static double[] meanWeight(QuarkPairGenerator gen, long seed, int n) {
        return ProcessTestSupport.meanWeight(gen, seed, n, b -> {});
    }

    private QuarkPairGenerator bare(int[] flavours, boolean radiation, boolean qcd) {
        return new QuarkPairGenerator(
                fixed, flavours, radiation, qcd, null, PartonHadronizer.NONE, QuarkPairGenerator.DEFAULT_MIN_MASS);
    }

    /**
     * Born cross sections at sqrt(s) = 10.58 GeV: u 1.035, d = s 0.259, c 1.033 nb (the closed
     * formula above; rounded to the quoted digits), the sum 2.586 nb; times K_QCD = 1.058169
     * (StrongCouplingTest). The weights vary only through the mass term in the angular distribution
     * (charm: 1e-3), so 5 MC errors are a few 1e-6 nb.
     */
    @Test
    void bornCrossSectionOfEachFlavourAndTheMixture() {
        double s = fixed.s();
        ParticleTable pdg = ParticleTable.standard();
        double sum = 0;
        for (int q : ALL) {
            double expected = born(s, pdg.byId(q).charge(), pdg.byId(q).mass());
            double[] mc = meanWeight(bare(new int[] {q}, false, false), 3, 20_000);
            assertThat(mc[0]).isCloseTo(expected, within(5 * mc[1] + 1e-9));
            sum += expected;
        }
        assertThat(born(s, 2.0 / 3, 0.00216)).isCloseTo(1.035, within(5e-4));
        assertThat(born(s, -1.0 / 3, 0.0935)).isCloseTo(0.259, within(5e-4));
        assertThat(born(s, 2.0 / 3, 1.273)).isCloseTo(1.033, within(5e-4));
        double[] mix = meanWeight(bare(ALL, false, false), 4, 40_000);
        assertThat(mix[0]).isCloseTo(sum, within(5 * mix[1] + 1e-9));
        double[] qcd = meanWeight(bare(ALL, false, true), 4, 40_000);
        assertThat(qcd[0]).isCloseTo(sum * 1.058169, within(5 * qcd[1] + 2e-5 * sum));
        assertThat(bare(ALL, false, true).analyticCrossSection().getAsDouble())
                .isCloseTo(sum * 1.058169, within(2e-5 * sum));
    }

    /**
     * ISR-corrected cross sections against the quadrature of int dx F(x, s) sigma_q(s') K_QCD(s')
     * VP(s') from x = 0 to 1 - W_min^2/s (W_min = 2 GeV), for u quarks and for c quarks (whose
     * threshold 2 m_c = 2.55 GeV lies inside the range). Tolerance: 5 MC errors plus 3e-4 relative
     * for the quadrature (grid and resonance-window edges), as for mu mu.
     */
    @Test
    void isrCrossSectionEqualsTheQuadrature() {
        double s = fixed.s();
        VacuumPolarization vp = VacuumPolarization.standard();
        StrongCoupling as = StrongCoupling.standard();
        double xMax = 1 - 4.0 / s;
        ParticleTable pdg = ParticleTable.standard();
        for (int q : new int[] {2, 4}) {
            double charge = pdg.byId(q).charge();
            double mass = pdg.byId(q).mass();
            // Charm only above the open-charm threshold 2 m(D0).
            double open = q == 4 ? 2 * pdg.byId(421).mass() : 0;
            double total = IsrQuadrature.integrate(
                    sp -> sp > open * open
                            ? born(sp, charge, mass) * as.rRatioFactor(Math.sqrt(sp)) * vp.factor(sp)
                            : 0,
                    s,
                    xMax);
            double[] mc = meanWeight(bare(new int[] {q}, true, true), 11, 1_000_000);
            assertThat(mc[0]).isCloseTo(total, within(5 * mc[1] + 3e-4 * total));
            // ISR and VP raise sigma well above Born x K (u: 1.095 nb), the tail cut at W_min.
            assertThat(mc[0] / (born(s, charge, mass) * as.rRatioFactor(10.58))).isBetween(1.1, 1.5);
        }
    }

    /** Flavour of each event by cross section: charm never below its threshold, otherwise the Born shares. */
    @Test
    void mixtureChoosesFlavoursByCrossSection() {
        QuarkPairGenerator gen = bare(ALL, true, true);
        RandomStreams rs = RandomStreams.of(5);
        RandomStream beamRng = rs.stream("beam");
        RandomStream rng = rs.stream("gen");
        EventBuffer b = new EventBuffer(16);
        double[] weightByFlavour = new double[5];
        double total = 0;
        double mc = ParticleTable.standard().byId(4).mass();
        for (int i = 0; i < 200_000; i++) {
            double w = gen.generate(beamRng, rng, b);
            ColourSinglets singlets = gen.singlets();
            int quark = b.pdgId(singlets.first(0));
            double mPair = b.momentum(singlets.first(0))
                    .plus(b.momentum(singlets.last(0)))
                    .m();
            if (quark == 4) {
                assertThat(mPair)
                        .isGreaterThan(2 * ParticleTable.standard().byId(421).mass());
            }
            assertThat(mPair).isGreaterThanOrEqualTo(QuarkPairGenerator.DEFAULT_MIN_MASS - 1e-9);
            weightByFlavour[quark] += w;
            total += w;
        }
        // Shares of the weight follow N_c Q^2: u : d : s : c ~ 4 : 1 : 1 : 4 (Born shares 0.400/0.100/0.100/0.400),
        // charm a few % lower than u because its threshold 2 m_c = 2.55 GeV cuts the radiative tail that the
        // light flavours keep down to W_min = 2 GeV (ISR raises u by 27%, c by 22%: docs/cross-sections.md).
        assertThat(weightByFlavour[2] / total).isBetween(0.40, 0.44);
        assertThat(weightByFlavour[1] / total).isBetween(0.10, 0.11);
        assertThat(weightByFlavour[3] / total).isBetween(0.10, 0.11);
        assertThat(weightByFlavour[4] / total).isBetween(0.34, 0.40);
    }

    /**
     * Every event: partons status 3 in colour-singlet systems (quark first, antiquark last, gluons
     * between), contiguous after the ISR photon; final photon + partons carry the beams'
     * four-momentum; the hadronizer is called with the same singlets; same seed, same events.
     */
    @Test
    void eventsConserveFourMomentumAndKeepTheColourContract() {
        int[] calls = {0};
        PartonHadronizer check = (event, singlets, rng) -> {
            calls[0]++;
            assertThat(singlets.last(singlets.count() - 1)).isEqualTo(event.size() - 1);
        };
        QuarkPairProcess process = new QuarkPairProcess("ee-qqbar-test", "test", ALL, o -> check);
        QuarkPairGenerator gen =
                process.newGenerator(Beam.preset("Y4S"), ProcessParameters.none(), GeneratorOptions.DEFAULT);
        QuarkPairGenerator twin =
                process.newGenerator(Beam.preset("Y4S"), ProcessParameters.none(), GeneratorOptions.DEFAULT);
        RandomStreams rs = RandomStreams.of(8);
        RandomStreams rs2 = RandomStreams.of(8);
        RandomStream beamRng = rs.stream("beam");
        RandomStream rng = rs.stream("gen");
        RandomStream beamRng2 = rs2.stream("beam");
        RandomStream rng2 = rs2.stream("gen");
        EventBuffer b = new EventBuffer(16);
        EventBuffer b2 = new EventBuffer(16);
        int events = 30_000;
        int nonZero = 0;
        for (int i = 0; i < events; i++) {
            double w = gen.generate(beamRng, rng, b);
            assertThat(twin.generate(beamRng2, rng2, b2)).isEqualTo(w);
            assertThat(b2.size()).isEqualTo(b.size());
            if (w == 0) {
                continue;
            }
            nonZero++;
            int firstParton = -1;
            for (int k = 2; k < b.size(); k++) {
                assertThat(b2.px(k)).isEqualTo(b.px(k));
                if (b.status(k) == GenParticle.FINAL) {
                    assertThat(b.pdgId(k)).isEqualTo(22);
                    assertThat(firstParton).isEqualTo(-1);
                } else {
                    assertThat(b.status(k)).isEqualTo(GenParticle.DOCUMENTATION);
                    if (firstParton < 0) {
                        firstParton = k;
                    }
                }
            }
            ProcessTestSupport.assertSumEqualsBeams(b, k -> true);
            ColourOrderAssertions.assertTiledInColourOrder(b, gen.singlets(), firstParton);
        }
        assertThat(calls[0]).isEqualTo(2 * nonZero); // both generators share the process's hadronizer
        assertThat(nonZero).isGreaterThan(events * 9 / 10);
    }

    @Test
    void refusesBadFlavoursAndMinimumMass() {
        assertThatThrownBy(() -> bare(new int[] {5}, true, true)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> bare(new int[] {2, 2}, true, true)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new QuarkPairGenerator(
                        fixed, ALL, true, true, PartonShower.standard(), PartonHadronizer.NONE, 0.5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new QuarkPairProcess("x", "y", ALL, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
