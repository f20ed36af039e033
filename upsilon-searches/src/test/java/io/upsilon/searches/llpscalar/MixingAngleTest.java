package io.upsilon.searches.llpscalar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.generators.decay.DarkScalar;
import java.util.List;
import org.junit.jupiter.api.Test;

class MixingAngleTest {
    @Test
    void theMuonBranchingFractionMatchesForeseesTable() {
        // FORESEE Models/DarkHiggs/model/br/mu_mu.txt gives 0.086 at 1.5 GeV; docs/b-physics.md
        // records 0.087 from the same widths (two digits).
        assertThat(MixingAngle.branchingFractionMuMu(1.5)).isCloseTo(0.086, within(0.003));
        assertThat(MixingAngle.branchingFractionMuMu(0.1)).isZero(); // below 2 m_mu
    }

    @Test
    void theLowerEdgeFollowsTheRateAndTheUpperEdgeTheLifetimeReach() {
        // Every recorded event selected: efficiency 0.8 at every lifetime the reweighting reaches
        // (c tau_0 / 10 to 10 c tau_0).
        double ct0 = 1.0;
        EfficiencyMap map = new EfficiencyMap(List.of(
                new EfficiencyMap.Sample(1.0, ct0, EfficiencyMapTest.sample(ct0, -1, 1e9, "a")),
                new EfficiencyMap.Sample(2.0, ct0, EfficiencyMapTest.sample(ct0, -1, 1e9, "b"))));
        double mS = 1.5;
        double bPairs = 1e8;
        double limit = 5.0;
        LlpScalarConfig.Interpretation grid = new LlpScalarConfig.Interpretation(1e-6, 1e-2, 801);
        MixingAngle.Interval in = MixingAngle.excluded(mS, limit, bPairs, map, grid);
        double eff = map.efficiency(mS, ct0);
        double rate = DarkScalar.branchingFractionBToKOverSin2(mS) * MixingAngle.branchingFractionMuMu(mS);
        double low = Math.sqrt(limit / (2 * bPairs * rate * eff));
        // The upper edge: the shortest lifetime reached, c tau_0 / 10 = c tau(theta = 1) / theta^2.
        double high = Math.sqrt(DarkScalar.cTauCm(mS, 1.0) / (ct0 / EfficiencyMap.MAX_REWEIGHT_FACTOR));
        double step = Math.pow(1e4, 1.0 / 800); // grid spacing factor
        assertThat(in.excludes()).isTrue();
        assertThat(in.low() / low).isBetween(1.0, step * 1.0001);
        assertThat(in.high() / high).isBetween(1 / (step * 1.0001), 1.0);
    }
}
