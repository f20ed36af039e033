package io.upsilon.searches;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.upsilon.core.hist.Axis;
import io.upsilon.core.hist.Hist1D;
import io.upsilon.stats.infer.AsymptoticCalculator;
import io.upsilon.stats.infer.HypotestResult;
import io.upsilon.stats.infer.TestStatistic;
import io.upsilon.stats.infer.ToyCalculator;
import io.upsilon.stats.model.Model;
import io.upsilon.stats.model.ModelCompiler;
import io.upsilon.stats.workspace.Channel;
import io.upsilon.stats.workspace.Measurement;
import io.upsilon.stats.workspace.Modifier;
import io.upsilon.stats.workspace.Observation;
import io.upsilon.stats.workspace.ParameterConfig;
import io.upsilon.stats.workspace.Sample;
import io.upsilon.stats.workspace.Workspace;
import io.upsilon.stats.workspace.WorkspaceReader;
import io.upsilon.stats.workspace.WorkspaceWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkspaceBuilderTest {
    private static final Axis AXIS = Axis.regular(6, 0, 6);

    /** A histogram with the given fine contents and variances. */
    private static Hist1D hist(double[] contents, double[] variances) {
        double[] w = new double[AXIS.bins() + 3];
        double[] w2 = new double[AXIS.bins() + 3];
        System.arraycopy(contents, 0, w, 1, contents.length);
        System.arraycopy(variances, 0, w2, 1, variances.length);
        return Hist1D.of(AXIS, w, w2, 100);
    }

    private static Hist1D hist(double... contents) {
        double[] v = new double[contents.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = contents[i]; // Poisson-like MC variance
        }
        return hist(contents, v);
    }

    /** Background empty in fine bins 2 and 3; signal everywhere; one background of zeros. */
    private static ChannelTemplate channel() {
        return ChannelTemplate.of("sr", BinGrouping.window(0, 6, 3))
                .mergingEmptyBackgroundBins()
                .droppingEmptyBackgrounds()
                .withSample(SampleTemplate.signal("signal", hist(1, 1, 1, 1, 1, 1))
                        .withNormFactor("mu")
                        .withNormSys("eff", 0.1)
                        .withStatError("mc"))
                .withSample(SampleTemplate.background("bkg", hist(4, 5, 0, 0, 6, 7))
                        .withNormSys("norm_bkg", 1.3, 0.8)
                        .withHistoSys("shape", hist(5, 5, 0, 0, 6, 8), hist(3, 5, 0, 0, 6, 6))
                        .withShapeSys("bkg_mc")
                        .withStatError("mc"))
                .withSample(SampleTemplate.background("nothing", hist(0, 0, 0, 0, 0, 0))
                        .withNormFactor("k"))
                .withObserved(hist(5, 6, 1, 0, 7, 9));
    }

    private static Workspace workspace() {
        return WorkspaceBuilder.measurement("meas", "mu")
                .parameter("mu", 1.0, 0, 50)
                .channel(channel())
                .build();
    }

    @Test
    void groupsMergesAndDropsAsDeclared() {
        // Window groups {0,1}, {2,3}, {4,5}; {2,3} has no background and joins {4,5}.
        assertThat(channel().fitBins().bounds()).containsExactly(0, 2, 6);
        assertThat(channel().edges()).containsExactly(0.0, 2.0, 6.0);
        Workspace ws = workspace();
        Channel c = ws.channels().get(0);
        assertThat(c.name()).isEqualTo("sr");
        // The all-zero background is dropped; the others keep their declaration order.
        assertThat(c.samples()).extracting(Sample::name).containsExactly("signal", "bkg");
        assertThat(c.samples().get(0).data()).containsExactly(2.0, 4.0);
        assertThat(c.samples().get(1).data()).containsExactly(9.0, 13.0);
        assertThat(ws.observation("sr").data()).containsExactly(11.0, 17.0);
    }

    @Test
    void modifiersKeepTheirOrderAndTakeTheGroupedValues() {
        List<Modifier> sig = workspace().channels().get(0).samples().get(0).modifiers();
        assertThat(sig)
                .containsExactly(
                        new Modifier.NormFactor("mu"),
                        new Modifier.NormSys("eff", 1.1, 0.9),
                        new Modifier.StatError("mc", new double[] {Math.sqrt(2), 2.0}));
        List<Modifier> bkg = workspace().channels().get(0).samples().get(1).modifiers();
        assertThat(bkg)
                .containsExactly(
                        new Modifier.NormSys("norm_bkg", 1.3, 0.8),
                        new Modifier.HistoSys("shape", new double[] {10, 14}, new double[] {8, 12}),
                        new Modifier.ShapeSys("bkg_mc", new double[] {3.0, Math.sqrt(13)}),
                        new Modifier.StatError("mc", new double[] {3.0, Math.sqrt(13)}));
        Measurement m = workspace().measurements().get(0);
        assertThat(m.name()).isEqualTo("meas");
        assertThat(m.poi()).isEqualTo("mu");
        assertThat(m.parameters())
                .containsExactly(
                        new ParameterConfig("mu", new double[] {1.0}, new double[][] {{0, 50}}, false, null, null));
    }

    @Test
    void theWorkspaceSurvivesARoundTripThroughPyhfJson() {
        Workspace ws = workspace();
        String json = WorkspaceWriter.toJson(ws);
        Workspace back = WorkspaceReader.parse("round trip", json);
        assertThat(back).isEqualTo(ws);
        assertThat(WorkspaceWriter.toJson(back)).isEqualTo(json);
    }

    @Test
    void aBuiltOneBinCountingWorkspaceIsTheHandMadeOneAndGivesTheSameCls() {
        Workspace built = WorkspaceBuilder.measurement("count", "s")
                .parameter("s", 1.0, 0, 100)
                .channel(ChannelTemplate.of("sr", BinGrouping.allBins(1))
                        .withSample(SampleTemplate.signal("signal", 1.0)
                                .withNormFactor("s")
                                .withNormSys("eff", 1.05, 1 / 1.05))
                        .withSample(SampleTemplate.background("background", 3.2).withNormSys("bkg", 1.2, 1 / 1.2))
                        .withObserved(5))
                .build();
        Workspace hand = new Workspace(
                List.of(new Channel(
                        "sr",
                        List.of(
                                new Sample(
                                        "signal",
                                        new double[] {1.0},
                                        List.of(
                                                new Modifier.NormFactor("s"),
                                                new Modifier.NormSys("eff", 1.05, 1 / 1.05))),
                                new Sample(
                                        "background",
                                        new double[] {3.2},
                                        List.of(new Modifier.NormSys("bkg", 1.2, 1 / 1.2)))))),
                List.of(new Observation("sr", new double[] {5})),
                List.of(new Measurement(
                        "count",
                        "s",
                        List.of(new ParameterConfig(
                                "s", new double[] {1.0}, new double[][] {{0, 100}}, false, null, null)))),
                "1.0.0");
        assertThat(built).isEqualTo(hand);
        Model mb = ModelCompiler.compile(built, "built");
        Model mh = ModelCompiler.compile(hand, "hand");
        HypotestResult ab = new AsymptoticCalculator(mb, mb.observedData(), TestStatistic.QTILDE).hypotest(4.0);
        HypotestResult ah = new AsymptoticCalculator(mh, mh.observedData(), TestStatistic.QTILDE).hypotest(4.0);
        assertThat(ab.clsObs()).isEqualTo(ah.clsObs()).isBetween(0.0, 1.0);
        assertThat(ab.clsExp()).containsExactly(ah.clsExp());
        HypotestResult tb = new ToyCalculator(mb, mb.observedData(), TestStatistic.QTILDE, 100, 11).hypotest(4.0);
        HypotestResult th = new ToyCalculator(mh, mh.observedData(), TestStatistic.QTILDE, 100, 11).hypotest(4.0);
        assertThat(tb.clsObs()).isEqualTo(th.clsObs());
        assertThat(tb.clsExp()).containsExactly(th.clsExp());
    }

    @Test
    void badDeclarationsAreRejectedWithTheirNames() {
        Hist1D h = hist(1, 1, 1, 1, 1, 1);
        assertThatThrownBy(() -> SampleTemplate.background("b", h).withNormSys("n", 1.0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sample b, normsys n");
        assertThatThrownBy(() -> SampleTemplate.background("b", h).withNormSys("n", 1.1, 0.0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("positive");
        assertThatThrownBy(() ->
                        SampleTemplate.background("b", h).withStatError("mc").withStatError("mc"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("declared twice");
        Hist1D other = Hist1D.of(Axis.regular(6, 0, 12), new double[9], new double[9], 0);
        assertThatThrownBy(() -> SampleTemplate.background("b", h).withHistoSys("s", other, h))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("histosys s");
        ChannelTemplate c = ChannelTemplate.of("sr", BinGrouping.allBins(6)).withSample(SampleTemplate.signal("s", h));
        assertThatThrownBy(() -> c.withSample(SampleTemplate.background("s", h)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("duplicate sample s");
        assertThatThrownBy(() -> c.withObserved(other))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("channel sr: the observation has axis");
        assertThatThrownBy(
                        () -> WorkspaceBuilder.measurement("m", "mu").channel(c).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("channel sr has no observation");
        ChannelTemplate complete = c.withObserved(h);
        assertThatThrownBy(() -> WorkspaceBuilder.measurement("m", "mu")
                        .channel(complete)
                        .build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("POI mu is not a normfactor");
        ChannelTemplate withMu = ChannelTemplate.of("sr", BinGrouping.allBins(6))
                .withSample(SampleTemplate.signal("s", h).withNormFactor("mu"))
                .withObserved(h);
        assertThatThrownBy(() -> WorkspaceBuilder.measurement("m", "mu")
                        .parameter("nu", 1, 0, 2)
                        .channel(withMu)
                        .build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("parameter nu is not a modifier");
        assertThatThrownBy(() -> WorkspaceBuilder.measurement("m", "mu").parameter("mu", 3, 0, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lo <= init <= hi");
        assertThatThrownBy(() -> ChannelTemplate.of("sr", BinGrouping.allBins(6))
                        .mergingEmptyBackgroundBins()
                        .withSample(SampleTemplate.signal("s", h))
                        .fitBins())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("needs a background");
    }

    @Test
    void templatesAreImmutable() {
        Hist1D h = hist(1, 2, 3, 4, 5, 6);
        SampleTemplate t = SampleTemplate.background("b", h);
        SampleTemplate withNorm = t.withNormFactor("k");
        h.fill(0.5, 100); // later changes of the caller's histogram do not leak in
        assertThat(t.modifierNames()).isEmpty();
        assertThat(withNorm.modifierNames()).containsExactly("k");
        assertThat(t.nominal().content(0)).isEqualTo(1.0);
    }
}
