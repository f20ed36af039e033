package io.upsilon.generators.decay;

import static org.assertj.core.api.Assertions.assertThat;

import io.upsilon.core.random.RandomStreams;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The charm audit of the B table (docs/b-decay-table.md, "Where the D mesons come from"): the
 * line-by-line contributions add up to what the whole table gives. Prints the table per line
 * family; run with {@code -Dupsilon.audit.decays=N} for larger samples (the docs' numbers).
 */
class BCharmAuditTest {
    private static final int EXCLUSIVE = Integer.getInteger("upsilon.audit.decays", 150);
    private static final int QUARK = 10 * EXCLUSIVE;

    @Test
    void lineByLineContributionsAddUpToTheWholeTable() {
        for (String parent : List.of("B+", "B0")) {
            List<BCharmAudit.LineYield> yields = BCharmAudit.audit(parent, EXCLUSIVE, QUARK, 71);
            Map<String, double[]> groups = BCharmAudit.byGroup(yields);
            System.out.println(parent + " (per " + parent + "):\n" + BCharmAudit.markdown(groups));
            double shares =
                    yields.stream().mapToDouble(BCharmAudit.LineYield::share).sum();
            assertThat(shares).as("shares of the block").isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
            double[] sum = BCharmAudit.total(yields);
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
    }
}
