package io.upsilon.generators.decay;

import static org.assertj.core.api.Assertions.assertThat;

import io.upsilon.core.random.RandomStreams;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * The charm audit of the B table (docs/b-decay-table.md, "The D count audit"): the
 * line-by-line contributions add up to what the whole table gives, and the Xi_c per B stays at the
 * measured rate. Prints the table per line
 * family; run with {@code -Dupsilon.audit.decays=N} for larger samples (the docs' numbers).
 */
class BCharmAuditTest {
    private static final int EXCLUSIVE = Integer.getInteger("upsilon.audit.decays", 150);
    private static final int QUARK = 10 * EXCLUSIVE;

    /** The Upsilon(4S) share of B+ B- (PDG 2024), as in {@link BInclusiveRatesTest}. */
    private static final double CHARGED_SHARE = 0.514;

    @Test
    void lineByLineContributionsAddUpToTheWholeTable() {
        double[] mixed = new double[BCharmAudit.QUANTITIES.size()];
        for (String parent : List.of("B+", "B0")) {
            List<BCharmAudit.LineYield> yields = BCharmAudit.audit(parent, EXCLUSIVE, QUARK, 71);
            Map<String, double[]> groups = BCharmAudit.byGroup(yields);
            System.out.println(parent + " (per " + parent + "):\n" + BCharmAudit.markdown(groups));
            double shares =
                    yields.stream().mapToDouble(BCharmAudit.LineYield::share).sum();
            assertThat(shares).as("shares of the block").isCloseTo(1.0, Offset.offset(1e-12));
            double[] sum = BCharmAudit.total(yields);
            double weight = parent.equals("B+") ? CHARGED_SHARE : 1 - CHARGED_SHARE;
            for (int q = 0; q < mixed.length; q++) {
                mixed[q] += weight * sum[q];
            }
            double[] sumError = BCharmAudit.totalError(yields);
            int n = 20 * EXCLUSIVE;
            double[][] whole = BCharmAudit.count(
                    HadronDecayTables.bundled().orElseThrow(),
                    parent,
                    n,
                    RandomStreams.of(72).stream("b-charm-audit-whole-" + parent));
            for (int q : new int[] {BCharmAudit.D0, BCharmAudit.D_PLUS, BCharmAudit.D_S, BCharmAudit.N_CHARM}) {
                double sigma = Math.hypot(sumError[q], whole[1][q]);
                System.out.printf(
                        Locale.ROOT,
                        "%s %s: lines %.4f +- %.4f, whole table %.4f +- %.4f%n",
                        parent,
                        BCharmAudit.QUANTITIES.get(q),
                        sum[q],
                        sumError[q],
                        whole[0][q],
                        whole[1][q]);
                // Closure: the same table decayed whole or line by line; 4 sigma of the two samples.
                assertThat(Math.abs(sum[q] - whole[0][q]))
                        .as(parent + " " + BCharmAudit.QUANTITIES.get(q) + " summed over lines vs whole table")
                        .isLessThan(4 * sigma);
            }
        }
        System.out.printf(
                Locale.ROOT,
                "Y(4S) mix: D0 + D+ %.4f, Xi_c %.4f, n_c %.4f%n",
                mixed[BCharmAudit.D0] + mixed[BCharmAudit.D_PLUS],
                mixed[BCharmAudit.XI_C],
                mixed[BCharmAudit.N_CHARM]);
        // Xi_c per B against CLEO's inclusive products over the absolute Xi_c fractions of the table
        // (2.6 +- 0.9 %, hep-ex/9705005; docs/b-decay-table.md): circular, the anti-Xi_c lines were
        // sized with it, so this guards the lines, not the physics. Two standard deviations.
        assertThat(Math.abs(mixed[BCharmAudit.XI_C] - 0.026)).as("Xi_c per B").isLessThan(2 * 0.009);
    }
}
