package io.upsilon.stats.toys;

import static org.assertj.core.api.Assertions.assertThat;

import io.upsilon.stats.infer.TestStatistic;
import io.upsilon.stats.infer.ToyCalculator;
import io.upsilon.stats.infer.ToyHypotest;
import io.upsilon.stats.model.Model;
import io.upsilon.stats.model.ModelCompiler;
import io.upsilon.stats.model.ModelOptions;
import io.upsilon.stats.workspace.WorkspaceReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Toys on the large published likelihood: Belle II B+ -> K+ nu nubar, 232 parameters (Belle II,
 * PRD 109 (2024) 112006; likelihood release arXiv:2507.12393), from
 * ../shared/published_likelihoods (skipped when absent). The same ensembles for 1 and 2 threads
 * and after merging two halves, every fit converged.
 */
class BelleIIToysTest {

    @Test
    void sameToysForAnyThreadCountAndAfterAMerge() {
        String shared = System.getProperty("upsilon.shared.dir");
        Path ws = shared == null
                ? null
                : Path.of(shared, "published_likelihoods", "belle2_bplus_kplus_nunu", "combined_ita_hta.json");
        Assumptions.assumeTrue(
                ws != null && Files.isRegularFile(ws), "../shared/published_likelihoods is absent: skipped");
        Model m = ModelCompiler.compile(WorkspaceReader.read(ws), ws.toString(), null, ModelOptions.defaults());
        double[] d = m.observedData();
        // mu = 5: above mu-hat (about 4.6), so most toys need both fits.
        double mu = 5.0;
        ToyHypotest one = new ToyCalculator(m, d, TestStatistic.QTILDE, 60, 2026)
                .withThreads(1)
                .toyHypotest(mu);
        ToyHypotest two = new ToyCalculator(m, d, TestStatistic.QTILDE, 60, 2026)
                .withThreads(2)
                .toyHypotest(mu);
        assertThat(two.sb()).isEqualTo(one.sb());
        assertThat(two.b()).isEqualTo(one.b());
        assertThat(one.failures()).isZero();
        ToyCalculator firstHalf = new ToyCalculator(m, d, TestStatistic.QTILDE, 30, 2026).withThreads(2);
        ToyCalculator secondHalf = new ToyCalculator(m, d, TestStatistic.QTILDE, 30, 2026)
                .withThreads(2)
                .withFirstToy(30);
        firstHalf.hypotest(mu);
        secondHalf.hypotest(mu);
        ToyHypotest merged = new ToyCalculator(m, d, TestStatistic.QTILDE, 1, 2026)
                .withEnsembles(firstHalf.ensembles())
                .withEnsembles(secondHalf.ensembles())
                .withoutNewToys()
                .toyHypotest(mu);
        assertThat(merged.sb()).isEqualTo(one.sb());
        assertThat(merged.b()).isEqualTo(one.b());
        assertThat(merged.result().clsObs()).isEqualTo(one.result().clsObs());
        assertThat(merged.result().clsExp()).containsExactly(one.result().clsExp());
    }
}
