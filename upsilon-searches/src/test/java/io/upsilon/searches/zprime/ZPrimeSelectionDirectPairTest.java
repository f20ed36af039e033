package io.upsilon.searches.zprime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.upsilon.core.beam.Beam;
import io.upsilon.core.config.ConfigNode;
import io.upsilon.core.exec.LocalExecutor;
import io.upsilon.detector.FastSimulation;
import io.upsilon.generators.process.GeneratorOptions;
import io.upsilon.generators.process.Process;
import io.upsilon.generators.process.ProcessParameters;
import io.upsilon.generators.process.ProcessRegistry;
import io.upsilon.searches.SampleProduction;
import io.upsilon.searches.Searches;
import io.upsilon.searches.SelectionResult;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The direct mu+ mu- pair of {@link ZPrimeSelection} (built without the candidate combiner where
 * there is one candidate of each flavour) selects exactly the events, observables, weights,
 * features and cut flow of the combiner path, on mu mu and tau tau events through the detector.
 */
class ZPrimeSelectionDirectPairTest {
    private static ZPrimeConfig bundled() throws Exception {
        String yaml = new String(Searches.bundled("zprime-invisible"), StandardCharsets.UTF_8);
        return ZPrimeConfig.read(ConfigNode.root(new YAMLMapper().readTree(yaml), "test.yaml", "the bundled file"));
    }

    private static SelectionResult run(String process, ZPrimeSelection selection, Beam beam) {
        Process p = ProcessRegistry.standard().get(process);
        ProcessParameters values = ProcessParameters.parse(p.name(), p.parameters(), Map.of(), "test");
        SampleProduction.Sample sample =
                new SampleProduction.Sample(process, p, values, GeneratorOptions.DEFAULT, 15_000);
        return SampleProduction.run(
                "direct-pair-test/" + process,
                sample,
                beam,
                FastSimulation.belle2(),
                79.7,
                5,
                selection,
                LocalExecutor.ofThreads(1));
    }

    @Test
    void directPairsSelectExactlyWhatTheCombinerSelects() throws Exception {
        ZPrimeConfig cfg = bundled();
        Beam beam = Beam.preset("Y4S");
        for (String process : new String[] {"ee-mumu", "ee-tautau"}) {
            SelectionResult direct = run(process, new ZPrimeSelection(cfg, beam, true), beam);
            SelectionResult combiner = run(process, new ZPrimeSelection(cfg, beam, false), beam);
            assertThat(direct.events().size())
                    .as(process)
                    .isEqualTo(combiner.events().size());
            assertThat(direct.events().size())
                    .as(process + ": some events selected")
                    .isPositive();
            for (int i = 0; i < direct.events().size(); i++) {
                assertThat(direct.events().eventNumber(i))
                        .isEqualTo(combiner.events().eventNumber(i));
                assertThat(direct.events().observable(i))
                        .isEqualTo(combiner.events().observable(i));
                assertThat(direct.events().weight(i))
                        .isEqualTo(combiner.events().weight(i));
                assertThat(direct.events().features(i))
                        .isEqualTo(combiner.events().features(i));
            }
            for (int s = 0; s < direct.flow().steps().size(); s++) {
                assertThat(direct.flow().count(s))
                        .as(process + " step " + s)
                        .isEqualTo(combiner.flow().count(s));
            }
        }
    }
}
