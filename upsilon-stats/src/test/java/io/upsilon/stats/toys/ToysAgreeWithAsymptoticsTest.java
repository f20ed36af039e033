package io.upsilon.stats.toys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.stats.infer.AsymptoticCalculator;
import io.upsilon.stats.infer.HypotestResult;
import io.upsilon.stats.infer.Significance;
import io.upsilon.stats.infer.TestStatistic;
import io.upsilon.stats.infer.ToyCalculator;
import io.upsilon.stats.infer.ToyHypotest;
import io.upsilon.stats.model.Interpolation;
import io.upsilon.stats.model.Model;
import io.upsilon.stats.model.ModelCompiler;
import io.upsilon.stats.model.ModelOptions;
import io.upsilon.stats.workspace.WorkspaceReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Toys agree with the asymptotic formulae of Cowan, Cranmer, Gross and Vitells (arXiv:1007.1727)
 * where both apply: the pyhf validation workspaces of ../shared/pyhf_validation (pyhf's
 * validation suite, counts of tens of events per bin) whose CLs is large enough for 3000 toys to
 * resolve it. The tolerance is four binomial standard errors of the toy CLs ({@link
 * ToyHypotest#clsObsError()}); the asymptotic approximation itself is good to a few percent of
 * CLs at these counts, below that error.
 */
class ToysAgreeWithAsymptoticsTest {

    private static Model model(String file, boolean pyhfValidationInterpolation) {
        String shared = System.getProperty("upsilon.shared.dir");
        Path ws = shared == null ? null : Path.of(shared, "pyhf_validation", file);
        Assumptions.assumeTrue(ws != null && Files.isRegularFile(ws), "../shared/pyhf_validation is absent: skipped");
        // pyhf's validation cases are run with code1 / code0 interpolation (cases.json "args").
        ModelOptions opts = pyhfValidationInterpolation
                ? new ModelOptions(Interpolation.NormsysCode.CODE1, Interpolation.HistosysCode.CODE0)
                : ModelOptions.defaults();
        return ModelCompiler.compile(WorkspaceReader.read(ws), ws.toString(), null, opts);
    }

    @ParameterizedTest
    @CsvSource({
        "simple_hello_world.json, false, qtilde, 1.0",
        "val_2bin_2channel.json, true, q, 1.0",
        "val_2bin_histosys.json, true, qtilde, 1.0",
    })
    void clsFromToysMatchesTheAsymptoticCls(String file, boolean code1, String ts, double mu) {
        Model m = model(file, code1);
        TestStatistic t = TestStatistic.parse(ts);
        HypotestResult asym = new AsymptoticCalculator(m, m.observedData(), t).hypotest(mu);
        ToyHypotest toys = new ToyCalculator(m, m.observedData(), t, 3000, 19).toyHypotest(mu);
        assertThat(toys.failures()).isZero();
        double err = toys.clsObsError();
        assertThat(err).isPositive();
        assertThat(toys.result().clsObs())
                .as("%s: toys %s +- %s, asymptotic %s", file, toys.result().clsObs(), err, asym.clsObs())
                .isCloseTo(asym.clsObs(), within(4 * err));
    }

    @ParameterizedTest
    @CsvSource({"val_1bin_shapesys_q0.json"})
    void discoveryP0FromToysMatchesTheAsymptoticP0(String file) {
        Model m = model(file, true);
        Significance.Result asym = Significance.discovery(m, m.observedData());
        ToyHypotest q0 = new ToyCalculator(m, m.observedData(), TestStatistic.Q0, 6000, 23).toyHypotest(0.0);
        Significance.Result toys = Significance.fromToys(q0);
        int n = q0.sb().size() - q0.sb().failures();
        double err = Math.sqrt(asym.p0() * (1 - asym.p0()) / n);
        assertThat(toys.p0())
                .as("toys p0 %s, asymptotic %s +- %s", toys.p0(), asym.p0(), err)
                .isCloseTo(asym.p0(), within(4 * err));
    }
}
