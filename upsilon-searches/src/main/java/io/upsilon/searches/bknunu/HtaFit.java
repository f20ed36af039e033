package io.upsilon.searches.bknunu;

import io.upsilon.core.hist.Axis;
import io.upsilon.core.hist.Hist1D;
import io.upsilon.searches.BinGrouping;
import io.upsilon.searches.ChannelTemplate;
import io.upsilon.searches.SampleTemplate;
import io.upsilon.searches.WorkspaceBuilder;
import io.upsilon.stats.workspace.Workspace;
import java.util.List;

/**
 * The HTA channel and the ITA + HTA combination. The HTA channel (on-resonance only, as the HTA
 * channel of Belle II's published likelihood, HEPData 10.17182/hepdata.146803) is binned in
 * η(BDTh); its signal shares μ and the signal-efficiency normsys (kaon identification, tracking)
 * with the ITA, and adds the tag-calibration normsys; its backgrounds share the normalisation
 * nuisance parameters of the ITA backgrounds of the same sample (the same cross-sections and
 * branching fractions), the true-tag backgrounds add the tag-calibration normsys too; Monte Carlo
 * statistics are its own staterror set.
 */
final class HtaFit {
    /** The HTA channel's name. */
    static final String HTA = "hta_onres";

    /** The staterror set of the HTA channel. */
    static final String MC_STAT = "mcstat_hta";

    /** The normsys of the HTA's background η-tail model (as the ITA's, {@link BackgroundTail}). */
    static final String TAIL = "hta_background_eta_tail";

    /** The normsys of the FEI tag-efficiency calibration. */
    static final String TAG = "hta_tag_calibration";

    private HtaFit() {}

    /**
     * The HTA templates at the run's luminosity.
     *
     * @param axis the η(BDTh) fit bins (bin index = η bin)
     * @param signal the signal at μ = 1
     * @param backgrounds the backgrounds (name, histogram, normalisation nuisance, prior, whether
     *     from the η-tail model)
     * @param signalUncertainty the signal-efficiency prior (shared with the ITA)
     * @param tagUncertainty the tag-calibration prior
     * @param trueTags the backgrounds whose tags are mostly true B tags (B B̄): they carry the
     *     tag-calibration normsys
     * @param tailHi factor on every tail-model background at +1σ of the η-tail model
     * @param tailLo factor at −1σ
     */
    record Templates(
            Axis axis,
            Hist1D signal,
            List<BKnunuFit.Template> backgrounds,
            double signalUncertainty,
            double tagUncertainty,
            List<String> trueTags,
            double tailHi,
            double tailLo) {
        Templates {
            backgrounds = List.copyOf(backgrounds);
            trueTags = List.copyOf(trueTags);
        }

        /** These templates scaled to another luminosity. */
        Templates scaled(double f) {
            return new Templates(
                    axis,
                    signal.scaled(f),
                    backgrounds.stream()
                            .map(t -> new BKnunuFit.Template(
                                    t.name(), t.hist().scaled(f), t.normName(), t.normUncertainty(), t.fromTail()))
                            .toList(),
                    signalUncertainty,
                    tagUncertainty,
                    trueTags,
                    tailHi,
                    tailLo);
        }

        /** The expected yield per bin at signal strength {@code mu}. */
        Hist1D expected(double mu) {
            Hist1D h = signal.scaled(mu);
            backgrounds.forEach(t -> h.add(t.hist()));
            return h;
        }
    }

    /** The HTA channel with the observation {@code data}. */
    static ChannelTemplate channel(Templates t, Hist1D data) {
        ChannelTemplate c = ChannelTemplate.of(HTA, BinGrouping.allBins(t.axis().bins()))
                .mergingEmptyBackgroundBins()
                .droppingEmptyBackgrounds()
                .withSample(SampleTemplate.signal("signal", t.signal())
                        .withNormFactor(BKnunuFit.POI)
                        .withNormSys("signal_efficiency", t.signalUncertainty())
                        .withNormSys(TAG, t.tagUncertainty())
                        .withStatError(MC_STAT));
        for (BKnunuFit.Template b : t.backgrounds()) {
            SampleTemplate s =
                    SampleTemplate.background(b.name(), b.hist()).withNormSys(b.normName(), b.normUncertainty());
            if (t.trueTags().contains(b.name())) {
                s = s.withNormSys(TAG, t.tagUncertainty());
            }
            if (b.fromTail()) {
                s = s.withNormSys(TAIL, t.tailHi(), t.tailLo());
            }
            c = c.withSample(s.withStatError(MC_STAT));
        }
        return c.withObserved(data);
    }

    /** The HTA-only workspace. */
    static Workspace workspace(String name, Templates t, Hist1D data) {
        if (!(t.expected(0).integral() > 0)) {
            throw new IllegalStateException("no simulated background event in the HTA signal region: "
                    + "raise the backgrounds' luminosity fractions");
        }
        return WorkspaceBuilder.measurement(name, BKnunuFit.POI)
                .parameter(BKnunuFit.POI, 1.0, 0, 100)
                .channel(channel(t, data))
                .build();
    }

    /** The HTA-only workspace on Asimov data at {@code mu}. */
    static Workspace asimov(String name, Templates t, double mu) {
        return workspace(name, t, t.expected(mu));
    }

    /** The combined ITA + HTA workspace with the given observations. */
    static Workspace combined(
            String name, BKnunuFit.Templates ita, Templates hta, Hist1D dataOn, Hist1D dataOff, Hist1D dataHta) {
        WorkspaceBuilder b = WorkspaceBuilder.measurement(name, BKnunuFit.POI)
                .parameter(BKnunuFit.POI, 1.0, 0, 100)
                .channel(BKnunuFit.onChannel(ita, dataOn))
                .channel(channel(hta, dataHta));
        return BKnunuFit.hasOffResonance(ita)
                ? b.channel(BKnunuFit.offChannel(ita, dataOff)).build()
                : b.build();
    }

    /** The combined workspace on Asimov data at {@code mu}. */
    static Workspace combinedAsimov(String name, BKnunuFit.Templates ita, Templates hta, double mu) {
        return combined(name, ita, hta, ita.expectedOn(mu), ita.expectedOff(), hta.expected(mu));
    }
}
