package io.upsilon.generators.decay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.core.pdg.ParticleData;
import io.upsilon.core.pdg.ParticleTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Physics checks of the bundled hadron decay table {@code hadron-decays.dec}, read with the
 * independent test reader {@link HadronDecayTableText}: every block's raw branching-fraction sum,
 * coverage of every hadron that string fragmentation can make, known daughters, thresholds,
 * charge and flavour conservation per channel, model/daughter consistency, and the key branching
 * fractions the validation compares with measurements.
 */
class HadronDecayTableTest {
    private static final ParticleTable PDG = ParticleTable.standard();
    private static final HadronDecayTableText TABLE = HadronDecayTableText.bundled();

    /** Stable for the generator: left to the detector simulation (the engine's default set). */
    private static final Set<String> STABLE = Set.of(
            "gamma",
            "e-",
            "e+",
            "mu-",
            "mu+",
            "pi+",
            "pi-",
            "K+",
            "K-",
            "K_L0",
            "p+",
            "anti-p-",
            "n0",
            "anti-n0",
            "nu_e",
            "anti-nu_e",
            "nu_mu",
            "anti-nu_mu",
            "nu_tau",
            "anti-nu_tau");

    /** Decayed by the tau table (tau-decays.tsv), not by this one. */
    private static final Set<String> OWN_TABLE = Set.of("tau-", "tau+");

    /** The B mesons of the Upsilon(4S) block: their decays are in the separate B table (b-decays.dec). */
    private static final Set<String> B_TABLE = Set.of("B+", "B-", "B0", "anti-B0");

    /** Default tolerance on a block's raw sum: the brief's 1e-3 (the engine renormalises). */
    private static final double SUM_TOLERANCE = 1e-3;

    /**
     * Blocks whose PDG 2024 central values do not add up to 1 within 1e-3, with the bound on
     * |sum - 1| each is allowed; the reason is in the block's comment in the table (unidentified
     * or only bounded modes, or central values whose sum is off within their uncertainties).
     */
    private static final Map<String, Double> DOCUMENTED_SUM_DEVIATIONS = Map.ofEntries(
            Map.entry("omega", 0.0080), // "neutrals (excluding pi0 gamma)" without a final state
            Map.entry("phi", 0.0024), // K Kbar central values
            Map.entry("a_20", 0.0066), // 3 pi fraction 70.1 +- 2.7%
            Map.entry("a_2+", 0.0095),
            Map.entry("K_0*+", 0.0161), // K pi 93 +- 10%
            Map.entry("K_0*0", 0.0161),
            Map.entry("K_2*+", 0.0026), // PDG K2*(1430) modes sum to 0.9975
            Map.entry("K_2*0", 0.0026),
            Map.entry("D_s1+", 0.2601), // D_s*+ pi0 48 +- 11%: the listed modes add up to 0.74
            Map.entry("Lambda0", 0.0026), // n gamma and p e nu on top of p pi- + n pi0 = 1.000
            Map.entry("Omega-", 0.0057), // Xi0 e nu on top of the three hadronic modes
            Map.entry("Sigma*+", 0.0061), // Lambda pi 87.0 +- 1.5%, Sigma pi 11.7 +- 1.5%
            Map.entry("Sigma*-", 0.0131)); // its radiative mode is only bounded

    /**
     * Channels that are closed at the nominal masses and open only through the widths (parent or
     * daughters); each is named in its block's comment.
     */
    private static final Set<String> OPEN_THROUGH_WIDTH = Set.of(
            "f_0 -> K0 anti-K0",
            "a_00 -> K+ K-",
            "a_00 -> K0 anti-K0",
            "a_0+ -> K+ anti-K0",
            "K_1+ -> K+ rho0",
            "K_1+ -> K0 rho+",
            "K_1+ -> K+ omega",
            "K_10 -> K0 rho0",
            "K_10 -> K+ rho-",
            "K_10 -> K0 omega",
            "Lambda_c(2593)+ -> Sigma_c++ pi-",
            "Lambda_c(2593)+ -> Sigma_c0 pi+");

    /** Weakly decaying parents (strangeness or charm may change by one unit). */
    private static final Set<String> WEAK_PARENTS = Set.of(
            "K_S0",
            "Lambda0",
            "Sigma+",
            "Sigma-",
            "Xi0",
            "Xi-",
            "Omega-",
            "D0",
            "D+",
            "D_s+",
            "Lambda_c+",
            "Xi_c+",
            "Xi_c0",
            "Omega_c0");

    private static String describe(String parent, HadronDecayTableText.Channel c) {
        return parent + " -> " + String.join(" ", c.daughters());
    }

    @Test
    void theTableIsComplete() {
        assertThat(TABLE.endSeen()).as("file ends with End").isTrue();
        assertThat(TABLE.blocks()).hasSizeGreaterThan(80);
    }

    @Test
    void everyBlocksRawSumIsOneWithinItsDocumentedTolerance() {
        List<String> failures = new ArrayList<>();
        for (HadronDecayTableText.Block b : TABLE.blocks().values()) {
            double sum = b.rawSum();
            double deviation = Math.abs(sum - 1);
            Double documented = DOCUMENTED_SUM_DEVIATIONS.get(b.parent());
            System.out.printf("raw BR sum %-16s %.6f%s%n", b.parent(), sum, documented == null ? "" : "  (documented)");
            if (documented == null && deviation > SUM_TOLERANCE) {
                failures.add(b.parent() + ": sum " + sum + " off by more than " + SUM_TOLERANCE);
            }
            if (documented != null && (deviation > documented || deviation <= SUM_TOLERANCE)) {
                // A documented block that now sums to 1 must leave the list (keeps the list honest).
                failures.add(b.parent() + ": sum " + sum + " does not match its documented deviation " + documented);
            }
        }
        assertThat(failures).isEmpty();
        assertThat(TABLE.blocks().keySet()).containsAll(DOCUMENTED_SUM_DEVIATIONS.keySet());
    }

    @Test
    void everyHadronTheStringCanMakeHasADecayOrIsStable() {
        Set<String> decayed = new HashSet<>(TABLE.blocks().keySet());
        decayed.addAll(TABLE.chargeConjugates().keySet());
        List<String> missing = new ArrayList<>();
        int hadrons = 0;
        for (ParticleData p : PDG.all()) {
            if (!isHadron(p.id()) || hasBottom(p.id())) {
                continue;
            }
            hadrons++;
            if (!decayed.contains(p.name()) && !STABLE.contains(p.name())) {
                missing.add(p.name());
            }
        }
        assertThat(missing)
                .as("hadrons of particles.tsv with neither a decay nor a place in the stable set")
                .isEmpty();
        // particles.tsv has the light, strange and charm hadrons and their antiparticles (>= 150 names).
        assertThat(hadrons).isGreaterThan(150);
    }

    @Test
    void everyDaughterIsKnownAndDecaysOrIsStable() {
        Set<String> decayed = new HashSet<>(TABLE.blocks().keySet());
        decayed.addAll(TABLE.chargeConjugates().keySet());
        Set<String> problems = new TreeSet<>();
        for (HadronDecayTableText.Block b : TABLE.blocks().values()) {
            assertThat(PDG.findByName(b.parent())).as("parent " + b.parent()).isPresent();
            for (HadronDecayTableText.Channel c : b.channels()) {
                for (String d : c.daughters()) {
                    if (PDG.findByName(d).isEmpty()) {
                        problems.add("unknown daughter " + d + " in " + describe(b.parent(), c));
                    } else if (!decayed.contains(d)
                            && !STABLE.contains(d)
                            && !OWN_TABLE.contains(d)
                            && !B_TABLE.contains(d)) {
                        problems.add("daughter " + d + " has no decay (" + describe(b.parent(), c) + ")");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void chargeConjugateBlocksMirrorADecayBlock() {
        for (Map.Entry<String, Integer> cc : TABLE.chargeConjugates().entrySet()) {
            ParticleData p = PDG.byName(cc.getKey());
            ParticleData anti = PDG.antiparticle(p);
            assertThat(p.isSelfConjugate())
                    .as("CDecay of a self-conjugate particle, line " + cc.getValue())
                    .isFalse();
            assertThat(TABLE.blocks())
                    .as("CDecay " + p.name() + " needs Decay " + anti.name())
                    .containsKey(anti.name());
            assertThat(TABLE.blocks())
                    .as("both Decay and CDecay for " + p.name())
                    .doesNotContainKey(p.name());
        }
        for (String parent : TABLE.blocks().keySet()) {
            ParticleData p = PDG.byName(parent);
            if (!p.isSelfConjugate()) {
                String anti = PDG.antiparticle(p).name();
                assertThat(TABLE.chargeConjugates().containsKey(anti)
                                || TABLE.blocks().containsKey(anti))
                        .as("antiparticle " + anti + " of " + parent + " decays")
                        .isTrue();
            }
        }
    }

    @Test
    void everyChannelIsAboveThresholdOrDocumentedAsOpenThroughTheWidth() {
        Set<String> throughWidth = new TreeSet<>();
        List<String> closed = new ArrayList<>();
        for (HadronDecayTableText.Block b : TABLE.blocks().values()) {
            ParticleData parent = PDG.byName(b.parent());
            double width = parent.hasKnownWidth() ? parent.width() : 0;
            for (HadronDecayTableText.Channel c : b.channels()) {
                double sum = c.daughters().stream()
                        .mapToDouble(d -> PDG.byName(d).mass())
                        .sum();
                boolean oneBodyMixing = c.daughters().size() == 1 && sum == parent.mass(); // K0 -> K_S0
                if (sum < parent.mass() || oneBodyMixing) {
                    continue;
                }
                if (sum < parent.mass() + 2 * width) {
                    throughWidth.add(describe(b.parent(), c));
                } else {
                    closed.add(describe(b.parent(), c)
                            + String.format(" (%.4f > %.4f + 2 x %.4f GeV)", sum, parent.mass(), width));
                }
            }
        }
        assertThat(closed).as("channels above the parent mass + 2 widths").isEmpty();
        assertThat(throughWidth)
                .as("channels open only through the width")
                .isEqualTo(new TreeSet<>(OPEN_THROUGH_WIDTH));
    }

    @Test
    void everyChannelConservesChargeBaryonAndLeptonNumbers() {
        List<String> bad = new ArrayList<>();
        for (HadronDecayTableText.Block b : TABLE.blocks().values()) {
            ParticleData parent = PDG.byName(b.parent());
            FlavourContent before = FlavourContent.of(parent.id());
            for (HadronDecayTableText.Channel c : b.channels()) {
                double charge = c.daughters().stream()
                        .mapToDouble(d -> PDG.byName(d).charge())
                        .sum();
                FlavourContent after = FlavourContent.sum(ids(c));
                if (Math.abs(charge - parent.charge()) > 1e-9) {
                    bad.add("charge " + parent.charge() + " -> " + charge + ": " + describe(b.parent(), c));
                }
                if (after.baryonNumberTimes3() != before.baryonNumberTimes3()
                        || after.electron() != 0
                        || after.muon() != 0
                        || after.tau() != 0) {
                    bad.add("baryon or lepton number: " + describe(b.parent(), c));
                }
            }
        }
        assertThat(bad).isEmpty();
    }

    @Test
    void strongAndElectromagneticDecaysConserveFlavourAndWeakDecaysChangeItByOneUnit() {
        List<String> bad = new ArrayList<>();
        for (HadronDecayTableText.Block b : TABLE.blocks().values()) {
            ParticleData parent = PDG.byName(b.parent());
            if (b.parent().equals("K0")) {
                continue; // K0 -> K_S0 / K_L0 is the change of basis, not a decay
            }
            FlavourContent before = FlavourContent.of(parent.id());
            for (HadronDecayTableText.Channel c : b.channels()) {
                FlavourContent after = FlavourContent.sum(ids(c));
                // K_S0 / K_L0 are strangeness mixtures: check strangeness only without them.
                boolean strangenessDefined = !b.parent().equals("K_S0")
                        && c.daughters().stream().noneMatch(d -> d.equals("K_S0") || d.equals("K_L0"));
                int dC = after.charm() - before.charm();
                int dS = after.strangeness() - before.strangeness();
                boolean ok;
                if (!WEAK_PARENTS.contains(b.parent())) {
                    ok = dC == 0 && (!strangenessDefined || dS == 0);
                } else if (before.charm() != 0) {
                    ok = dC == -Integer.signum(before.charm()) && (!strangenessDefined || Math.abs(dS) <= 1);
                } else {
                    // Hadronic weak decays of strange particles change S by one unit; semileptonic
                    // ones may also keep it (Sigma- -> Lambda e- nu, the d -> u vector current).
                    boolean semileptonic = c.daughters().stream()
                            .anyMatch(d -> Math.abs(PDG.byName(d).id()) >= 11
                                    && Math.abs(PDG.byName(d).id()) <= 16);
                    ok = dC == 0 && (!strangenessDefined || Math.abs(dS) == 1 || (semileptonic && dS == 0));
                }
                if (!ok) {
                    bad.add("dC = " + dC + ", dS = " + dS + ": " + describe(b.parent(), c));
                }
            }
        }
        assertThat(bad).isEmpty();
    }

    @Test
    void noBlockListsTheSameFinalStateTwice() {
        // EvtGen treats a repeated daughter list in one block as a fatal error.
        for (HadronDecayTableText.Block b : TABLE.blocks().values()) {
            Set<List<String>> seen = new HashSet<>();
            for (HadronDecayTableText.Channel c : b.channels()) {
                List<String> sorted = new ArrayList<>(c.daughters());
                sorted.sort(null);
                assertThat(seen.add(sorted))
                        .as("repeated final state, line " + c.line())
                        .isTrue();
                assertThat(c.branchingFraction()).as("line " + c.line()).isPositive();
            }
        }
    }

    @Test
    void everyModelGetsTheDaughtersItIsMadeFor() {
        List<String> bad = new ArrayList<>();
        for (HadronDecayTableText.Block b : TABLE.blocks().values()) {
            ParticleData parent = PDG.byName(b.parent());
            for (HadronDecayTableText.Channel c : b.channels()) {
                List<ParticleData> d = c.daughters().stream().map(PDG::byName).toList();
                boolean ok = switch (c.model()) {
                    case "PHSP" -> c.args().isEmpty();
                    case "VSS" -> parent.twoJ() == 2 && d.size() == 2 && spins(d, 0, 0);
                    case "SVS" -> parent.twoJ() == 0 && d.size() == 2 && spins(d, 2, 0);
                    case "VSP_PWAVE" ->
                        parent.twoJ() == 2
                                && d.size() == 2
                                && d.get(0).twoJ() == 0
                                && d.get(1).id() == 22;
                    case "VLL" ->
                        parent.twoJ() == 2
                                && d.size() == 2
                                && (Math.abs(d.get(0).id()) == 11
                                        || Math.abs(d.get(0).id()) == 13)
                                && d.get(1).id() == -d.get(0).id();
                    case "PI0_DALITZ" -> c.daughters().equals(List.of("e+", "e-", "gamma"));
                    case "ETA_DALITZ" ->
                        b.parent().equals("eta") && c.daughters().equals(List.of("pi+", "pi-", "pi0"));
                    case "OMEGA_DALITZ" -> parent.twoJ() == 2 && c.daughters().equals(List.of("pi+", "pi-", "pi0"));
                    case "SLBKPOLE" -> slbkPoleOk(parent, d, c.args());
                    case "VSS_BMIX" ->
                        b.parent().equals("Upsilon(4S)")
                                && c.daughters().equals(List.of("B0", "anti-B0"))
                                && c.args().equals(List.of(0.5069e12)); // Delta m_d, PDG 2024, hbar/s
                    default -> false;
                };
                if (!ok) {
                    bad.add(c.model() + " " + c.args() + " on line " + c.line() + ": " + describe(b.parent(), c));
                }
                if (!c.model().equals("SLBKPOLE")
                        && !c.model().equals("VSS_BMIX")
                        && !c.args().isEmpty()) {
                    bad.add("unexpected arguments on line " + c.line());
                }
            }
        }
        assertThat(bad).isEmpty();
    }

    /**
     * SLBKPOLE (EvtGen's EvtSLBKPoleFF argument order f+(0), alpha, beta, pole mass): a pseudoscalar
     * D decaying to a pseudoscalar, a charged lepton and its neutrino, with the pole above the
     * physical q^2 range (m_pole > m_D - m_P) and 0 <= alpha < 1, beta > 0.
     */
    private static boolean slbkPoleOk(ParticleData parent, List<ParticleData> d, List<Double> args) {
        if (parent.twoJ() != 0 || d.size() != 3 || args.size() != 4) {
            return false;
        }
        int lepton = Math.abs(d.get(1).id());
        boolean leptons = (lepton == 11 || lepton == 13)
                && d.get(2).id() == -(Integer.signum(d.get(1).id())) * (lepton + 1);
        double qMax = parent.mass() - d.get(0).mass();
        return d.get(0).twoJ() == 0
                && leptons
                && args.get(0) > 0
                && args.get(1) >= 0
                && args.get(1) < 1
                && args.get(2) > 0
                && args.get(3) > qMax;
    }

    @Test
    void keyBranchingFractionsAreThePdg2024Values() {
        // PDG 2024 (S. Navas et al., Phys. Rev. D 110, 030001) values the validation compares with;
        // exact equality of the text (they are typed in, not derived).
        Map<String, Double> expected = new HashMap<>();
        expected.put("D0 -> K- pi+", 0.03947);
        expected.put("D+ -> K- pi+ pi+", 0.0938);
        expected.put("D*+ -> D0 pi+", 0.677);
        expected.put("D*+ -> D+ pi0", 0.307);
        expected.put("D*+ -> D+ gamma", 0.016);
        expected.put("K_S0 -> pi+ pi-", 0.6920);
        expected.put("Lambda0 -> p+ pi-", 0.641);
        expected.put("J/psi -> mu+ mu-", 0.05961);
        expected.put("J/psi -> e+ e-", 0.05971);
        expected.put("eta -> gamma gamma", 0.3936);
        expected.put("eta -> pi0 pi0 pi0", 0.3256);
        expected.put("eta -> pi+ pi- pi0", 0.2302);
        expected.put("eta -> pi+ pi- gamma", 0.0428);
        expected.put("eta -> e+ e- gamma", 0.0069);
        expected.put("pi0 -> gamma gamma", 0.98823);
        expected.put("pi0 -> e+ e- gamma", 0.01174);
        expected.put("omega -> pi+ pi- pi0", 0.892);
        expected.put("omega -> pi0 gamma", 0.0833);
        expected.put("omega -> pi+ pi-", 0.0153);
        expected.put("phi -> K+ K-", 0.491);
        expected.put("phi -> K_L0 K_S0", 0.339);
        expected.put("phi -> pi+ pi- pi0", 0.1524);
        expected.put("phi -> eta gamma", 0.01303);
        Map<String, Double> actual = new HashMap<>();
        TABLE.blocks()
                .values()
                .forEach(b -> b.channels().forEach(c -> actual.put(describe(b.parent(), c), c.branchingFraction())));
        expected.forEach(
                (channel, br) -> assertThat(actual.get(channel)).as(channel).isEqualTo(br));
        // The models the brief names for these channels.
        assertThat(channel("pi0", "e+ e- gamma").model()).isEqualTo("PI0_DALITZ");
        assertThat(channel("omega", "pi+ pi- pi0").model()).isEqualTo("OMEGA_DALITZ");
        assertThat(channel("eta", "pi+ pi- pi0").model()).isEqualTo("ETA_DALITZ");
        assertThat(channel("D*+", "D0 pi+").model()).isEqualTo("VSS");
        assertThat(channel("D*+", "D+ gamma").model()).isEqualTo("VSP_PWAVE");
        assertThat(channel("J/psi", "mu+ mu-").model()).isEqualTo("VLL");
        assertThat(channel("D0", "K- e+ nu_e").model()).isEqualTo("SLBKPOLE");
        // K0 and anti-K0 become K_S0 or K_L0 with equal probability.
        assertThat(channel("K0", "K_S0").branchingFraction()).isCloseTo(0.5, within(0.0));
        assertThat(channel("K0", "K_L0").branchingFraction()).isCloseTo(0.5, within(0.0));
    }

    @Test
    void charmMesonInclusiveRatesMatchThePdgInclusiveModes() {
        // PDG 2024 inclusive modes of D0, D+ and D_s+ ("K- anything", ...: the mean number per decay,
        // through all intermediate resonances). The D remainders were fitted to these, so this
        // checks the whole table (listed modes, remainders and the resonance decays) at 3 sigma.
        record Inclusive(String parent, Set<String> species, double value, double sigma) {}
        List<Inclusive> rates = List.of(
                new Inclusive("D0", Set.of("K-"), 0.547, 0.028),
                new Inclusive("D0", Set.of("K+"), 0.034, 0.004),
                new Inclusive("D0", Set.of("K0", "anti-K0"), 0.47, 0.04),
                new Inclusive("D0", Set.of("eta"), 0.095, 0.009),
                new Inclusive("D0", Set.of("eta'"), 0.0248, 0.0027),
                new Inclusive("D+", Set.of("K-"), 0.257, 0.014),
                new Inclusive("D+", Set.of("K+"), 0.059, 0.008),
                new Inclusive("D+", Set.of("K0", "anti-K0"), 0.61, 0.05),
                new Inclusive("D+", Set.of("eta"), 0.063, 0.007),
                new Inclusive("D+", Set.of("eta'"), 0.0104, 0.0018),
                new Inclusive("D_s+", Set.of("K-"), 0.187, 0.005),
                new Inclusive("D_s+", Set.of("K+"), 0.289, 0.007),
                // K_S0 X = 19.0%: K0 + anti-K0 = 2 x 19.0%, uncertainty taken as 3% (about 1.5 x 2 x 1.1%).
                new Inclusive("D_s+", Set.of("K0", "anti-K0"), 0.38, 0.03),
                new Inclusive("D_s+", Set.of("eta"), 0.299, 0.008),
                new Inclusive("D_s+", Set.of("eta'"), 0.103, 0.014),
                new Inclusive("D_s+", Set.of("phi"), 0.157, 0.010));
        List<String> bad = new ArrayList<>();
        for (Inclusive r : rates) {
            double n = meanMultiplicity(r.parent(), r.species());
            System.out.printf(
                    "inclusive %s -> %s X: table %.4f, PDG %.4f +- %.4f%n",
                    r.parent(), r.species(), n, r.value(), r.sigma());
            if (Math.abs(n - r.value()) > 3 * r.sigma()) {
                bad.add(r.parent() + " -> " + r.species() + " X: " + n + " vs " + r.value() + " +- " + r.sigma());
            }
        }
        assertThat(bad).isEmpty();
    }

    /**
     * Mean number of particles named in {@code species} per decay of {@code parent}, following every
     * decaying daughter (CDecay tables are the conjugates of their Decay tables); the fractions are
     * divided by the block's raw sum, as the engine does.
     */
    private static double meanMultiplicity(String parent, Set<String> species) {
        HadronDecayTableText.Block block = TABLE.blocks().get(parent);
        boolean conjugate = false;
        if (block == null && TABLE.chargeConjugates().containsKey(parent)) {
            block = TABLE.blocks().get(PDG.antiparticle(PDG.byName(parent)).name());
            conjugate = true;
        }
        if (block == null) {
            return 0;
        }
        double sum = block.rawSum();
        double n = 0;
        for (HadronDecayTableText.Channel c : block.channels()) {
            double perDecay = 0;
            for (String d : c.daughters()) {
                String daughter = conjugate ? PDG.antiparticle(PDG.byName(d)).name() : d;
                perDecay += species.contains(daughter) ? 1 : meanMultiplicity(daughter, species);
            }
            n += c.branchingFraction() / sum * perDecay;
        }
        return n;
    }

    private static HadronDecayTableText.Channel channel(String parent, String daughters) {
        return TABLE.blocks().get(parent).channels().stream()
                .filter(c -> String.join(" ", c.daughters()).equals(daughters))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no channel " + parent + " -> " + daughters));
    }

    private static boolean spins(List<ParticleData> d, int... twoJ) {
        for (int i = 0; i < twoJ.length; i++) {
            if (d.get(i).twoJ() != twoJ[i]) {
                return false;
            }
        }
        return true;
    }

    private static int[] ids(HadronDecayTableText.Channel c) {
        return c.daughters().stream().mapToInt(d -> PDG.byName(d).id()).toArray();
    }

    /** A meson or baryon by the PDG numbering scheme (two non-zero quark digits). */
    private static boolean isHadron(int id) {
        int a = Math.abs(id);
        return (a / 100) % 10 != 0 && (a / 10) % 10 != 0;
    }

    private static boolean hasBottom(int id) {
        int a = Math.abs(id);
        return (a / 1000) % 10 == 5 || (a / 100) % 10 == 5 || (a / 10) % 10 == 5;
    }
}
