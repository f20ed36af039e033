package io.upsilon.generators.decay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.event.GenEvent;
import io.upsilon.core.event.GenParticle;
import io.upsilon.core.pdg.ParticleTable;
import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/**
 * Coherent Upsilon(4S) -&gt; B0 anti-B0 pairs ({@code VSS_BMIX}) and CP eigenstates ({@code SSD_CP})
 * in the decay engine: the generated Delta t and flavours are fitted back, as an analysis with
 * perfect flavour tagging would.
 *
 * <p>Reference values: Delta m_d = 0.5069 ps^-1 (PDG 2024, the value of the bundled table), tau_B0
 * from the particle table (PDG 2024: 1.517 ps); chi_d = x^2 / (2 (1 + x^2)) with x = Delta m tau
 * (the time integral of the mixed-pair rate). Tolerances are 3.5 standard errors of the fit or of
 * the binomial fraction, so a wrong Delta m, a wrong sign of S or a lost C fails (each is many
 * sigma away with these sample sizes).
 */
class CoherentBPairTest {
    private static final ParticleTable TABLE = ParticleTable.standard();
    private static final double DM_PS = 0.5069;
    private static final double TAU_B0_PS = TABLE.byId(511).lifetime() * 1e12;

    private static DecFile table(String b0Lines) {
        String text = """
                Define dm 0.5069e12
                Decay Upsilon(4S)
                0.514 B+ B- VSS;
                0.486 B0 anti-B0 VSS_BMIX dm;
                Enddecay
                Decay B0
                %s
                Enddecay
                CDecay anti-B0
                Decay B+
                1.0 anti-D0 pi+ PHSP;
                Enddecay
                CDecay B-
                End
                """.formatted(b0Lines);
        return DecFileParser.parse(new StringReader(text), "coherent-test.dec", TABLE);
    }

    /** e- e+ beams along +-z at 5.29 GeV and an Upsilon(4S) at rest made by them, decayed. */
    private static GenEvent decayUpsilonAtRest(HadronDecayer decayer, EventBuffer buf, RandomStream rng) {
        buf.clear();
        double e = 5.29;
        buf.add(11, GenParticle.BEAM, 0, 0, e, e);
        buf.add(-11, GenParticle.BEAM, 0, 0, -e, e);
        int u = buf.add(300553, GenParticle.FINAL, 0, 0, 0, 10.5794);
        buf.setMothers(u, 0, 1);
        decayer.decay(buf, rng, u);
        return buf.toEvent(0);
    }

    @Test
    void mixingAsymmetryReturnsDeltaMAndChiD() {
        HadronDecayer decayer = new HadronDecayer(table("1.0 D- pi+ PHSP;"));
        RandomStream rng = RandomStreams.of(401).stream("mixing");
        EventBuffer buf = new EventBuffer(64);
        int n = 0;
        int mixed = 0;
        int sameFlavourMismatch = 0;
        int events = 120_000;
        double[] dts = new double[events];
        boolean[] isMixed = new boolean[events];
        double maxFlightMismatch = 0;
        for (int k = 0; k < events; k++) {
            GenEvent ev = decayUpsilonAtRest(decayer, buf, rng);
            var truth = BPairTruth.find(ev);
            if (truth.isEmpty()) {
                continue; // a B+ B- event
            }
            BPairTruth t = truth.get();
            dts[n] = t.deltaTPs(t.first());
            isMixed[n] = t.mixed(ev);
            if (isMixed[n]) {
                mixed++;
            }
            // Each B decays to its own flavour's final state: B0 -> D- pi+, anti-B0 -> D+ pi-.
            for (int b : new int[] {t.first(), t.second()}) {
                GenParticle bp = ev.particle(b);
                int d = ev.particle(bp.firstDaughter()).pdgId();
                if (d != (bp.pdgId() > 0 ? -411 : 411)) {
                    sameFlavourMismatch++;
                }
                // The flight is (p/m) c t with the same t as the recorded time.
                double len = ev.particle(bp.firstDaughter())
                        .vertex()
                        .minus(bp.vertex())
                        .mag();
                double expected =
                        bp.momentum().p() / bp.momentum().m() * 2.99792458e-2 * BPairTruth.properTimePs(ev, b);
                maxFlightMismatch = Math.max(maxFlightMismatch, Math.abs(len - expected));
            }
            n++;
        }
        assertThat(sameFlavourMismatch).isZero();
        assertThat(maxFlightMismatch).isLessThan(1e-9);
        // B0 B0bar fraction of the Upsilon(4S) block: 0.486, binomial error.
        double f0 = (double) n / events;
        assertThat(Math.abs(f0 - 0.486)).isLessThan(3.5 * Math.sqrt(0.486 * 0.514 / events));

        double x = DM_PS * TAU_B0_PS;
        double chi = x * x / (2 * (1 + x * x));
        double chiHat = (double) mixed / n;
        assertThat(chi).isCloseTo(0.186, org.assertj.core.data.Offset.offset(0.002));
        assertThat(Math.abs(chiHat - chi)).isLessThan(3.5 * Math.sqrt(chi * (1 - chi) / n));

        // Unbinned likelihood of the mixed/unmixed tag given Delta t: P = (1 +- cos(dm dt)) / 2.
        double[] fit = fitDeltaM(dts, isMixed, n);
        assertThat(fit[1]).isBetween(0.001, 0.01);
        assertThat(Math.abs(fit[0] - DM_PS)).isLessThan(3.5 * fit[1]);
    }

    /** Maximum-likelihood dm (ps^-1) and its error from Delta(-ln L) = 1/2, by a fine scan. */
    private static double[] fitDeltaM(double[] dts, boolean[] mixed, int n) {
        double best = Double.NaN;
        double bestNll = Double.POSITIVE_INFINITY;
        double[] grid = new double[801];
        double[] nll = new double[grid.length];
        for (int g = 0; g < grid.length; g++) {
            grid[g] = 0.40 + 0.2 * g / (grid.length - 1);
            double sum = 0;
            for (int i = 0; i < n; i++) {
                double c = Math.cos(grid[g] * dts[i]);
                sum -= Math.log(Math.max(1e-300, mixed[i] ? 1 - c : 1 + c));
            }
            nll[g] = sum;
            if (sum < bestNll) {
                bestNll = sum;
                best = grid[g];
            }
        }
        double lo = best;
        double hi = best;
        for (int g = 0; g < grid.length; g++) {
            if (nll[g] - bestNll <= 0.5) {
                lo = Math.min(lo, grid[g]);
                hi = Math.max(hi, grid[g]);
            }
        }
        return new double[] {best, 0.5 * (hi - lo)};
    }

    @Test
    void cpEigenstateWithPerfectTagReturnsSAndC() {
        // Default: arg(q/p) = -2 phi_1 with sin 2 phi_1 = 0.709 (HFLAV/PDG 2024), Abar/A = -1: S = 0.709, C = 0.
        checkSAndC(0.709, 0.0, "-0.7881 1.0 0.0 -1.0 0.0", 402);
        // A non-default point, so the test cannot pass by accident: S = 0.3, C = -0.2 (Belle's A = 0.2),
        // from |lambda| = r, arg lambda = phi: C = (1 - r^2)/(1 + r^2), S = 2 r sin(phi)/(1 + r^2).
        double r = Math.sqrt(1.2 / 0.8);
        double phi = Math.asin(0.3 * (1 + r * r) / (2 * r));
        checkSAndC(0.3, -0.2, phi + " 1.0 0.0 " + r + " 0.0", 403);
    }

    private static void checkSAndC(double sIn, double cIn, String lastArgs, long seed) {
        DecFile file = table("0.5 J/psi K_S0 SSD_CP dm 0.0 1.0 " + lastArgs + ";\n0.5 D- pi+ PHSP;");
        SsdCpModel model = (SsdCpModel) new HadronDecayerProbe(file).cpModel();
        assertThat(model.s()).isCloseTo(sIn, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(model.c()).isCloseTo(cIn, org.assertj.core.data.Offset.offset(1e-4));
        HadronDecayer decayer = new HadronDecayer(file);
        RandomStream rng = RandomStreams.of(seed).stream("cp");
        EventBuffer buf = new EventBuffer(64);
        int events = 150_000;
        double[] dt = new double[events];
        double[] q = new double[events];
        int n = 0;
        int labelMismatch = 0;
        for (int k = 0; k < events; k++) {
            GenEvent ev = decayUpsilonAtRest(decayer, buf, rng);
            var truth = BPairTruth.find(ev);
            if (truth.isEmpty()) {
                continue;
            }
            BPairTruth t = truth.get();
            int sig = -1;
            int tag = -1;
            for (int b : new int[] {t.first(), t.second()}) {
                int d = ev.particle(ev.particle(b).firstDaughter()).pdgId();
                if (d == 443) {
                    sig = b;
                } else {
                    tag = b;
                }
            }
            if (sig < 0 || tag < 0) {
                continue; // both flavour-specific, or both CP
            }
            if (ev.particle(sig).pdgId() != -ev.particle(tag).pdgId()) {
                labelMismatch++;
            }
            dt[n] = t.deltaTPs(sig);
            q[n] = ev.particle(tag).pdgId() > 0 ? 1 : -1; // perfect tag: the other B's flavour at decay
            n++;
        }
        assertThat(labelMismatch).isZero();
        assertThat(n).isGreaterThan(events / 5);
        double[] fit = fitSAndC(dt, q, n);
        assertThat(Math.abs(fit[0] - sIn)).as("S").isLessThan(3.5 * fit[2]);
        assertThat(Math.abs(fit[1] - cIn)).as("C").isLessThan(3.5 * fit[3]);
        assertThat(fit[2]).isLessThan(0.03);
    }

    /**
     * Unbinned maximum likelihood of P(dt, q) proportional to 1 + q (S sin(dm dt) - C cos(dm dt))
     * (the e^-|dt|/tau factor does not depend on S, C); Newton's method on the concave log
     * likelihood; returns S, C and their errors from the inverse Hessian.
     */
    private static double[] fitSAndC(double[] dt, double[] q, int n) {
        double s = 0;
        double c = 0;
        double hss = 0;
        double hcc = 0;
        double hsc = 0;
        for (int iter = 0; iter < 30; iter++) {
            double gs = 0;
            double gc = 0;
            hss = 0;
            hcc = 0;
            hsc = 0;
            for (int i = 0; i < n; i++) {
                double a = q[i] * Math.sin(DM_PS * dt[i]);
                double b = -q[i] * Math.cos(DM_PS * dt[i]);
                double p = 1 + s * a + c * b;
                gs += a / p;
                gc += b / p;
                hss += a * a / (p * p);
                hcc += b * b / (p * p);
                hsc += a * b / (p * p);
            }
            double det = hss * hcc - hsc * hsc;
            s += (hcc * gs - hsc * gc) / det;
            c += (hss * gc - hsc * gs) / det;
        }
        double det = hss * hcc - hsc * hsc;
        return new double[] {s, c, Math.sqrt(hcc / det), Math.sqrt(hss / det)};
    }

    @Test
    void upsilonFromAnnihilationDecaysWithSinSquaredAboutTheBeam() {
        HadronDecayer decayer = new HadronDecayer(table("1.0 D- pi+ PHSP;"));
        RandomStream rng = RandomStreams.of(404).stream("angle");
        EventBuffer buf = new EventBuffer(64);
        int events = 40_000;
        double sumCos2 = 0;
        for (int k = 0; k < events; k++) {
            GenEvent ev = decayUpsilonAtRest(decayer, buf, rng);
            GenParticle b = ev.particle(ev.particle(2).firstDaughter());
            sumCos2 += b.momentum().cosTheta() * b.momentum().cosTheta();
        }
        // sin^2 theta: <cos^2> = 1/5 (isotropic would be 1/3); variance of cos^2 under sin^2 = 2/35 - 1/25.
        double sigma = Math.sqrt((2.0 / 35 - 1.0 / 25) / events);
        assertThat(Math.abs(sumCos2 / events - 0.2)).isLessThan(3.5 * sigma);
    }

    @Test
    void jpsiFromSsdCpIsLongitudinallyPolarised() {
        // B0 -> J/psi K_S0 leaves the J/psi in helicity 0: J/psi -> mu+ mu- (VLL) follows 1 - beta^2
        // cos^2 theta_hel, <cos^2> = (1/3 - beta^2/5)/(1 - beta^2/3) ~ 0.201 (unpolarised: 1/3).
        DecFile file = DecFileParser.parse(new StringReader("""
                        Decay Upsilon(4S)
                        1.0 B0 anti-B0 VSS_BMIX 0.5069e12;
                        Enddecay
                        Decay B0
                        1.0 J/psi K_S0 SSD_CP 0.5069e12 0.0 1.0 -0.7881 1.0 0.0 -1.0 0.0;
                        Enddecay
                        CDecay anti-B0
                        Decay J/psi
                        1.0 mu+ mu- VLL;
                        Enddecay
                        End
                        """), "jpsi.dec", TABLE);
        HadronDecayer decayer = new HadronDecayer(file);
        RandomStream rng = RandomStreams.of(405).stream("helicity");
        EventBuffer buf = new EventBuffer(64);
        double sum = 0;
        int n = 0;
        for (int k = 0; k < 20_000; k++) {
            GenEvent ev = decayUpsilonAtRest(decayer, buf, rng);
            for (int i = 0; i < ev.size(); i++) {
                GenParticle j = ev.particle(i);
                if (j.pdgId() != 443 || j.firstDaughter() < 0) {
                    continue;
                }
                GenParticle b = ev.particle(j.mother1());
                GenParticle mu = ev.particle(j.firstDaughter()).pdgId() == -13
                        ? ev.particle(j.firstDaughter())
                        : ev.particle(j.lastDaughter());
                double[] jp = toArray(j.momentum());
                double[] mp = toArray(mu.momentum());
                LorentzVectorOps.boostToRest(b.momentum(), jp);
                LorentzVectorOps.boostToRest(b.momentum(), mp);
                double[] jRest = jp.clone();
                LorentzVectorOps.boostToRestArray(jRest, mp);
                double pj = Math.sqrt(jp[0] * jp[0] + jp[1] * jp[1] + jp[2] * jp[2]);
                double pm = Math.sqrt(mp[0] * mp[0] + mp[1] * mp[1] + mp[2] * mp[2]);
                double c = (jp[0] * mp[0] + jp[1] * mp[1] + jp[2] * mp[2]) / (pj * pm);
                sum += c * c;
                n++;
            }
        }
        double mMu = TABLE.byId(13).mass();
        double beta2 = 1 - 4 * mMu * mMu / Math.pow(TABLE.byId(443).mass(), 2);
        double expected = (1.0 / 3 - beta2 / 5) / (1 - beta2 / 3);
        assertThat(n).isEqualTo(40_000);
        // Standard error of <cos^2> below sqrt(Var)/sqrt(n) with Var(cos^2) < 0.09.
        assertThat(Math.abs(sum / n - expected)).isLessThan(3.5 * Math.sqrt(0.09 / n));
    }

    private static double[] toArray(io.upsilon.core.kinematics.LorentzVector v) {
        return new double[] {v.px(), v.py(), v.pz(), v.e()};
    }

    /** Boosts into a particle's rest frame (in place). */
    private static final class LorentzVectorOps {
        static void boostToRest(io.upsilon.core.kinematics.LorentzVector frame, double[] v) {
            io.upsilon.core.kinematics.Boost.apply(
                    -frame.px() / frame.e(), -frame.py() / frame.e(), -frame.pz() / frame.e(), v, 0);
        }

        static void boostToRestArray(double[] frame, double[] v) {
            io.upsilon.core.kinematics.Boost.apply(
                    -frame[0] / frame[3], -frame[1] / frame[3], -frame[2] / frame[3], v, 0);
        }
    }

    @Test
    void badArgumentsAreRejectedWithTheExpectedForm() {
        assertThatThrownBy(() -> new HadronDecayer(DecFileParser.parse(new StringReader("""
                                Decay Upsilon(4S)
                                1.0 B0 anti-B0 VSS_BMIX 0.5e12 0.1;
                                Enddecay
                                End
                                """), "bad.dec", TABLE)))
                .hasMessageContaining("Delta Gamma");
        assertThatThrownBy(() -> new HadronDecayer(table("1.0 J/psi K_S0 SSD_CP 0.5e12 0.0 1.0 0.7;")))
                .hasMessageContaining("8 arguments");
    }

    /** Reaches the SSD_CP model of the B0 table through the public DEC model registry. */
    private record HadronDecayerProbe(DecFile file) {
        DecModel cpModel() {
            DecDecay d = file.decay("B0").orElseThrow();
            for (DecChannel ch : d.channels()) {
                if (ch.model().equals("SSD_CP")) {
                    return DecModels.create(
                            "SSD_CP",
                            file.effective(d.parent()),
                            ch.daughters().stream().map(file::effective).toList(),
                            ch.argArray(),
                            TABLE);
                }
            }
            throw new AssertionError("no SSD_CP line");
        }
    }
}
