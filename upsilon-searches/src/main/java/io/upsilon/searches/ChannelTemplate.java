package io.upsilon.searches;

import io.upsilon.core.hist.Axis;
import io.upsilon.core.hist.Hist1D;
import io.upsilon.stats.workspace.Channel;
import io.upsilon.stats.workspace.Observation;
import io.upsilon.stats.workspace.Sample;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One channel of a binned fit before grouping: its samples' fine histograms ({@link
 * SampleTemplate}), the observed fine histogram, a {@link BinGrouping} of the fine bins into fit
 * bins and two policies:
 *
 * <ul>
 *   <li>{@link #mergingEmptyBackgroundBins()}: fit bins whose summed background (every
 *       non-signal sample, fine bins added sample by sample in declaration order) is not positive
 *       are merged into a neighbour ({@link BinGrouping#mergeEmpty}), so every bin has a
 *       background Monte Carlo-statistics constraint;
 *   <li>{@link #droppingEmptyBackgrounds()}: a background sample with no positive total in the fit
 *       bins is left out of the channel (a sample of zeros only adds dead parameters).
 * </ul>
 *
 * <p>All histograms of a channel share one fine axis. Immutable: the {@code with...} methods
 * return new templates. {@link WorkspaceBuilder} assembles channels into a workspace.
 */
public final class ChannelTemplate {
    private final String name;
    private final BinGrouping grouping;
    private final boolean mergeEmpty;
    private final boolean dropEmpty;
    private final List<SampleTemplate> samples;
    private final Hist1D observed;

    private ChannelTemplate(
            String name,
            BinGrouping grouping,
            boolean mergeEmpty,
            boolean dropEmpty,
            List<SampleTemplate> samples,
            Hist1D observed) {
        this.name = name;
        this.grouping = grouping;
        this.mergeEmpty = mergeEmpty;
        this.dropEmpty = dropEmpty;
        this.samples = List.copyOf(samples);
        this.observed = observed;
    }

    /** An empty channel {@code name} whose fine bins are grouped by {@code grouping}. */
    public static ChannelTemplate of(String name, BinGrouping grouping) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("channel name must not be empty");
        }
        return new ChannelTemplate(name, Objects.requireNonNull(grouping, "grouping"), false, false, List.of(), null);
    }

    /** The channel name. */
    public String name() {
        return name;
    }

    /** The samples, in declaration order. */
    public List<SampleTemplate> samples() {
        return samples;
    }

    /** This channel with fit bins of no expected background merged into a neighbour. */
    public ChannelTemplate mergingEmptyBackgroundBins() {
        return new ChannelTemplate(name, grouping, true, dropEmpty, samples, observed);
    }

    /** This channel with background samples of no positive total in the fit bins left out. */
    public ChannelTemplate droppingEmptyBackgrounds() {
        return new ChannelTemplate(name, grouping, mergeEmpty, true, samples, observed);
    }

    /** This channel with one more sample (names unique, same fine axis as the others). */
    public ChannelTemplate withSample(SampleTemplate sample) {
        Objects.requireNonNull(sample, "sample");
        for (SampleTemplate s : samples) {
            if (s.name().equals(sample.name())) {
                throw new IllegalArgumentException("channel " + name + ": duplicate sample " + sample.name());
            }
        }
        checkAxis(sample.axis(), "sample " + sample.name());
        List<SampleTemplate> more = new ArrayList<>(samples);
        more.add(sample);
        return new ChannelTemplate(name, grouping, mergeEmpty, dropEmpty, more, observed);
    }

    /** This channel with the observed fine histogram (its contents are the counts). */
    public ChannelTemplate withObserved(Hist1D data) {
        Objects.requireNonNull(data, () -> "channel " + name + ": observed histogram");
        checkAxis(data.axis(), "the observation");
        return new ChannelTemplate(name, grouping, mergeEmpty, dropEmpty, samples, data.copy());
    }

    /** This channel with observed counts, one per fine bin (see {@link SampleTemplate#counts}). */
    public ChannelTemplate withObserved(double... counts) {
        return withObserved(SampleTemplate.counts(counts));
    }

    /**
     * The grouping of the fit: the declared one, with empty-background bins merged when that
     * policy is on.
     *
     * @throws IllegalStateException when the channel has no background sample to merge on
     */
    public BinGrouping fitBins() {
        if (!mergeEmpty) {
            return grouping;
        }
        List<SampleTemplate> backgrounds =
                samples.stream().filter(s -> !s.isSignal()).toList();
        if (backgrounds.isEmpty()) {
            throw new IllegalStateException("channel " + name + ": merging empty background bins needs a background");
        }
        int n = backgrounds.get(0).axis().bins();
        double[] fine = new double[n];
        for (SampleTemplate b : backgrounds) {
            for (int i = 0; i < n; i++) {
                fine[i] += b.content(i);
            }
        }
        return grouping.mergeEmpty(fine);
    }

    /** The fit-bin edges on the fine axis. */
    public double[] edges() {
        checkComplete();
        return fitBins().edges(samples.get(0).axis());
    }

    /** The workspace channel: samples grouped into {@link #fitBins()}, empty backgrounds dropped if asked. */
    public Channel channel() {
        checkComplete();
        BinGrouping g = fitBins();
        List<Sample> out = new ArrayList<>();
        for (SampleTemplate t : samples) {
            Sample s = t.toSample(g);
            // Summed as DoubleStream does, the convention of the searches' yields.
            if (dropEmpty && !t.isSignal() && !(Arrays.stream(s.data()).sum() > 0)) {
                continue;
            }
            out.add(s);
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("channel " + name + ": every sample is empty in the fit bins");
        }
        return new Channel(name, out);
    }

    /** The observation grouped into {@link #fitBins()}. */
    public Observation observation() {
        checkComplete();
        return new Observation(name, fitBins().contents(observed));
    }

    private void checkComplete() {
        if (samples.isEmpty()) {
            throw new IllegalStateException("channel " + name + " has no samples");
        }
        if (observed == null) {
            throw new IllegalStateException("channel " + name + " has no observation");
        }
    }

    private void checkAxis(Axis axis, String what) {
        Axis reference = !samples.isEmpty() ? samples.get(0).axis() : observed != null ? observed.axis() : null;
        if (reference != null && !reference.equals(axis)) {
            throw new IllegalArgumentException("channel " + name + ": " + what + " has axis " + axis
                    + ", the channel's fine axis is " + reference);
        }
        if (grouping.last() > axis.bins()) {
            throw new IllegalArgumentException("channel " + name + ": " + what + " has " + axis.bins()
                    + " fine bins, the grouping needs " + grouping.last());
        }
    }

    @Override
    public String toString() {
        return "ChannelTemplate[" + name + ", " + grouping + ", " + samples.size() + " samples]";
    }
}
