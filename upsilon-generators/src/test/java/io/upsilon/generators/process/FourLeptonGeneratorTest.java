package io.upsilon.generators.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.core.beam.Beam;
import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.event.GenParticle;
import io.upsilon.core.exec.Job;
import io.upsilon.core.exec.LocalExecutor;
import io.upsilon.core.kinematics.LorentzVector;
import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import io.upsilon.core.units.PhysicalConstants;
import io.upsilon.generators.amplitude.EeFourLeptonAmplitude;
import io.upsilon.generators.phasespace.NBodyPhaseSpace;
import org.junit.jupiter.api.Test;

class FourLeptonGeneratorTest {
    private static final double ME = 0.51099895e-3;
    private static final double MMU = 0.1056583755;
    private static final double MTAU = 1.77693;

    /** Mean weight and its standard error over n events after {@code skip} adaptation events. */
    private static double[] crossSection(EventGenerator g, long seed, int skip, int n) {
        RandomStreams rs = RandomStreams.of(seed);
        RandomStream beamRng = rs.stream("beam");
        RandomStream rng = rs.stream("process");
        EventBuffer b = new EventBuffer(32);
        for (int i = 0; i < skip; i++) {
            g.generate(beamRng, rng, b);
        }
        double s = 0;
        double s2 = 0;
        for (int i = 0; i < n; i++) {
            double w = g.generate(beamRng, rng, b);
            s += w;
            s2 += w * w;
        }
        double mean = s / n;
        return new double[] {mean, Math.sqrt((s2 / n - mean * mean) / n)};
    }

    @Test
    void registeredEventsConserveMomentumChargeAndPassTheCuts() {
        Beam beam = Beam.preset("Y4S");
        String[] names = {"ee-eemumu-exact", "ee-eeee-exact", "ee-mumumumu", "ee-mumutautau", "ee-eetautau"};
        for (String name : names) {
            EventGenerator g = ProcessRegistry.standard()
                    .get(name)
                    .newGenerator(beam, ProcessParameters.none(), GeneratorOptions.DEFAULT);
            RandomStreams rs = RandomStreams.of(31);
            RandomStream beamRng = rs.stream("beam");
            RandomStream rng = rs.stream("process");
            EventBuffer b = new EventBuffer(64);
            int kept = 0;
            for (int i = 0; i < 3000; i++) {
                if (g.generate(beamRng, rng, b) == 0) {
                    continue;
                }
                kept++;
                LorentzVector in = b.momentum(0).plus(b.momentum(1));
                LorentzVector out = new LorentzVector(0, 0, 0, 0);
                int charge = 0;
                for (int k = 2; k < b.size(); k++) {
                    if (b.status(k) == GenParticle.FINAL) {
                        out = out.plus(b.momentum(k));
                        int id = b.pdgId(k);
                        int a = Math.abs(id);
                        if (a == 11 || a == 13 || a == 15) {
                            charge += id > 0 ? -1 : 1;
                        }
                    }
                }
                assertThat(out.minus(in).p()).as(name).isLessThan(1e-7);
                assertThat(out.e() - in.e()).as(name).isCloseTo(0, within(1e-7));
                if (!name.contains("tau")) {
                    assertThat(charge).isZero();
                    assertThat(b.size()).isEqualTo(6);
                    if (name.equals("ee-eemumu-exact")) {
                        assertThat(b.momentum(4).plus(b.momentum(5)).m()).isGreaterThan(0.5);
                    }
                    if (name.equals("ee-eeee-exact")) {
                        for (int[] pr : new int[][] {{2, 3}, {2, 5}, {4, 3}, {4, 5}}) {
                            assertThat(b.momentum(pr[0]).plus(b.momentum(pr[1])).m())
                                    .isGreaterThan(0.5);
                        }
                    }
                } else {
                    // both taus decayed: status 2 with daughters
                    assertThat(b.status(4)).isEqualTo(GenParticle.DECAYED);
                    assertThat(b.status(5)).isEqualTo(GenParticle.DECAYED);
                }
            }
            assertThat(kept).as(name).isGreaterThan(300);
        }
    }

    /**
     * Normalisation check with an independent phase space: sigma(e+e- -&gt; mu+mu- tau+tau-) from
     * the generator (multi-channel) against flat GENBOD phase space times the same |M|^2, flux
     * 1/(2 lambda^(1/2)) and spin average 1/4 written out here; 4 combined standard errors.
     */
    @Test
    void muMuTauTauAgreesWithFlatPhaseSpace() {
        Beam beam = TestBeams.at1058();
        double sqrtS = beam.sqrtS();
        double[] gen = crossSection(new FourLeptonGenerator(beam, 13, 15, 0), 41, 64_000, 100_000);
        EeFourLeptonAmplitude amp = new EeFourLeptonAmplitude(13, MMU, 15, MTAU, ME);
        NBodyPhaseSpace ps = new NBodyPhaseSpace(sqrtS, MMU, MMU, MTAU, MTAU);
        RandomStream rng = RandomStreams.of(42).stream("test/genbod");
        double[] p = new double[24];
        double[] f = new double[16];
        double e = sqrtS / 2;
        double pb = Math.sqrt(e * e - ME * ME);
        p[2] = pb;
        p[3] = e;
        p[6] = -pb;
        p[7] = e;
        double e8 = Math.pow(4 * Math.PI * PhysicalConstants.ALPHA, 4);
        double flux = 1 / (4 * sqrtS * pb);
        int n = 300_000;
        double s = 0;
        double s2 = 0;
        for (int i = 0; i < n; i++) {
            double w = ps.generate(rng, f);
            System.arraycopy(f, 0, p, 8, 16);
            w *= amp.summedSquared(p) * e8 / 4 * flux * PhysicalConstants.HBARC2_GEV2_NB;
            s += w;
            s2 += w * w;
        }
        double mean = s / n;
        double err = Math.sqrt((s2 / n - mean * mean) / n);
        double combined = Math.hypot(err, gen[1]);
        assertThat(combined / mean).isLessThan(0.05);
        assertThat(Math.abs(gen[0] - mean)).isLessThan(4 * combined);
    }

    /**
     * e+e- -&gt; e+e- mu+mu- (W_mumu &gt; 0.5 GeV) and e+e- -&gt; e+e- e+e- (every e+e- mass &gt;
     * 0.5 GeV) at sqrt(s) = 10.58 GeV against the Belle II Physics Book table (E. Kou et al.,
     * PTEP 2019 123C01, arXiv:1808.10567, cross sections of the MC samples, AAFH generator, W_ll
     * &gt; 0.5 GeV): 18.9 nb and 39.7 nb. AAFH is tree level like this generator, so the tolerance
     * is 4 standard errors of our estimate plus 2% for the different W_ll definitions of e e e e
     * and the AAFH matrix-element approximations; the EPA generator comes out 10-30% lower, the
     * size of the approximation it documents.
     */
    @Test
    void twoPhotonCrossSectionsMatchThePhysicsBookAndExceedTheEpa() {
        Beam beam = TestBeams.at1058();
        double[] eeMuMu = crossSection(new FourLeptonGenerator(beam, 11, 13, 0.5), 51, 64_000, 150_000);
        assertThat(Math.abs(eeMuMu[0] - 18.9)).isLessThan(4 * eeMuMu[1] + 0.02 * 18.9);
        assertThat(eeMuMu[1] / eeMuMu[0]).isLessThan(0.03);
        double[] eeee = crossSection(new FourLeptonGenerator(beam, 11, 11, 0.5), 52, 64_000, 150_000);
        assertThat(Math.abs(eeee[0] - 39.7)).isLessThan(4 * eeee[1] + 0.02 * 39.7);
        assertThat(eeee[1] / eeee[0]).isLessThan(0.03);
        double[] epaMuMu = crossSection(new TwoPhotonPairEpa(beam, 13, 0.5), 53, 0, 200_000);
        double ratio = epaMuMu[0] / eeMuMu[0];
        assertThat(ratio).isBetween(0.7, 0.9);
    }

    /**
     * The registered process through the partitioned cross-section run (every partition's generator
     * adapts its own channel weights, its early events included: unbiased) at the Y4S preset (sqrt(s) = 10.5796 GeV, beam-energy
     * spread): consistent with the 18.84 +- 0.04 nb of docs/four-leptons.md at 10.58 GeV (the
     * energy difference changes sigma by ~1e-4), within 4 standard errors plus 0.5%.
     */
    @Test
    void crossSectionRunOfTheRegisteredProcess() {
        CrossSectionEstimate est = CrossSectionRun.run(
                ProcessRegistry.standard().get("ee-eemumu-exact"),
                ProcessParameters.none(),
                GeneratorOptions.DEFAULT,
                Beam.preset("Y4S"),
                Job.of("eemumu", 2, 300_000),
                LocalExecutor.ofThreads(2));
        assertThat(est.error() / est.sigma()).isLessThan(0.02);
        assertThat(Math.abs(est.sigma() - 18.84)).isLessThan(4 * Math.hypot(est.error(), 0.04) + 0.005 * 18.84);
    }

    @Test
    void unweightedEventsComeThroughTheUnweighter() {
        EventGenerator g = ProcessRegistry.standard()
                .get("ee-eemumu-exact")
                .newGenerator(Beam.preset("Y4S"), ProcessParameters.none(), GeneratorOptions.DEFAULT);
        RandomStreams rs = RandomStreams.of(61);
        RandomStream beamRng = rs.stream("beam");
        RandomStream rng = rs.stream("process");
        RandomStream accept = rs.stream("accept");
        EventBuffer b = new EventBuffer(16);
        Unweighter u = Unweighter.prescan(g, beamRng, rng, b, 20_000, 1.5);
        for (int i = 0; i < 200; i++) {
            double w = u.next(beamRng, rng, accept, b);
            assertThat(w).isGreaterThanOrEqualTo(u.maxWeight());
            assertThat(b.size()).isEqualTo(6);
        }
        assertThat(u.accepted()).isEqualTo(200);
        assertThat(u.overweightFraction()).isLessThan(0.05);
    }

    @Test
    void rejectsMissingCutsAndUnknownLeptons() {
        Beam beam = TestBeams.at1058();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new FourLeptonGenerator(beam, 11, 13, 0))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new FourLeptonGenerator(beam, 11, 12, 0.5))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new FourLeptonGenerator(beam, 13, 11, 0.5))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
