package io.upsilon.stats.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.stats.fit.FitResult;
import io.upsilon.stats.fit.Fitter;
import io.upsilon.stats.infer.Impacts;
import io.upsilon.stats.model.Model;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class GroupedImpactsTest {

    private static FitResult fit(Model m) {
        return new Fitter(m).fit(m.observedData(), m.suggestedInit(), m.suggestedFixed(), true);
    }

    /**
     * A group of one parameter: its quadrature impact sqrt(sigma^2 - sigma_fixed^2) = |rho| sigma_mu
     * in a Gaussian likelihood, which is also the shift of mu-hat when the parameter is moved by its
     * post-fit error (Impacts). The model is linear in its parameters with a million events per bin,
     * so the likelihood is Gaussian to ~0.1% and the two definitions must agree to 1%. (In a model
     * with normsys variations of 10% they differ by up to 10%, e.g. when the shifted refit crosses
     * alpha = +-1 where code4 changes form: the quadrature is local, the shift is not.)
     */
    @Test
    void singleParameterGroupEqualsThatParametersImpact() {
        Model m = ReportWorkspaces.compile(ReportWorkspaces.LINEAR);
        FitResult nominal = fit(m);
        Impacts.Result ranking = Impacts.compute(m, m.observedData(), 2);
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (String name : List.of("tilt", "scale", "staterror_SR[0]", "staterror_SR[2]")) {
            groups.put(
                    name,
                    GroupedImpacts.fromMapping(m, Map.of(name, List.of(name))).get(name));
        }
        GroupedImpacts.Result g = GroupedImpacts.compute(m, m.observedData(), nominal, groups, 2);
        assertThat(g.poiError()).isEqualTo(nominal.errors()[m.poiIndex()]);
        for (GroupedImpacts.GroupImpact gi : g.groups()) {
            Impacts.Impact single = ranking.ranking().stream()
                    .filter(i -> i.name().equals(gi.group()))
                    .findFirst()
                    .orElseThrow();
            double shifted = 0.5 * (Math.abs(single.postfitUp()) + Math.abs(single.postfitDown()));
            assertThat(gi.impact()).as(gi.group()).isPositive().isCloseTo(shifted, within(0.01 * shifted));
        }
    }

    /** Same groups, same numbers, bit for bit, for one and two threads. */
    @Test
    void sameResultForOneAndTwoThreads() {
        Model m = ReportWorkspaces.compile(ReportWorkspaces.SYSTEMATICS);
        FitResult nominal = fit(m);
        Map<String, List<Integer>> groups = GroupedImpacts.byModifierKind(m);
        GroupedImpacts.Result one = GroupedImpacts.compute(m, m.observedData(), nominal, groups, 1);
        GroupedImpacts.Result two = GroupedImpacts.compute(m, m.observedData(), nominal, groups, 2);
        assertThat(two.groups())
                .extracting(GroupedImpacts.GroupImpact::group)
                .containsExactlyElementsOf(one.groups().stream()
                        .map(GroupedImpacts.GroupImpact::group)
                        .toList());
        assertThat(two.groups())
                .extracting(GroupedImpacts.GroupImpact::impact)
                .containsExactlyElementsOf(one.groups().stream()
                        .map(GroupedImpacts.GroupImpact::impact)
                        .toList());
        Impacts.Result r1 = Impacts.compute(m, m.observedData(), 1);
        Impacts.Result r2 = Impacts.compute(m, m.observedData(), 2);
        assertThat(r2.ranking()).isEqualTo(r1.ranking());
    }

    /**
     * Grouping by kind: normsys, histosys, staterror and the group of all; fixing all nuisance
     * parameters leaves the statistical error, which is smaller than the total, and no single kind
     * has a larger impact than all of them together.
     */
    @Test
    void groupsByKindAndByPattern() {
        Model m = ReportWorkspaces.compile(ReportWorkspaces.SYSTEMATICS);
        Map<String, List<Integer>> kinds = GroupedImpacts.byModifierKind(m);
        assertThat(kinds.keySet())
                .containsExactlyInAnyOrder("normsys", "histosys", "staterror", GroupedImpacts.ALL_NUISANCE);
        assertThat(kinds.get("staterror")).hasSize(3);
        GroupedImpacts.Result r = GroupedImpacts.compute(m, m.observedData(), fit(m), kinds, 2);
        assertThat(r.groups().get(0).group()).isEqualTo(GroupedImpacts.ALL_NUISANCE);
        GroupedImpacts.GroupImpact all = r.groups().get(0);
        assertThat(all.poiErrorFixed()).isPositive().isLessThan(r.poiError());
        Map<String, List<Integer>> byName = GroupedImpacts.byNamePattern(
                m, new LinkedHashMap<>(Map.of("cross sections", Pattern.compile(".*_xs"))));
        assertThat(byName.get("cross sections")).hasSize(2);
        assertThat(byName.get("other")).hasSize(m.size() - 1 - 2);
        Map<String, List<Integer>> mapped =
                GroupedImpacts.fromMapping(m, Map.of("theory", List.of("ttbar_xs", "staterror_SR[0]")));
        assertThat(mapped.get("theory")).hasSize(2);
    }
}
