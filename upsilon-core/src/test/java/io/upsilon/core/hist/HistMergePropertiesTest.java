package io.upsilon.core.hist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.PermutationSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Merge properties. Floating-point addition is commutative but not associative, so: merging is
 * exactly commutative; with integer-valued weights (exact sums below 2^53) split-and-merge equals
 * the whole-sample fill bit for bit in any order; with arbitrary weights, merging the same parts in
 * the same order is bit-for-bit reproducible, and any other order or split agrees to 1e-12 relative.
 *
 * <p>Each property runs on edge cases (empty samples, single fills at NaN, the axis ends, the
 * infinities and the ends of the weight range, a sample of all of those; no cut, cuts at 0 and past
 * the end) and then on {@link #RANDOM_CASES} samples drawn from a seeded stream. A case is named by
 * its index only (a sample's fills would make a name of kilobytes); the streams are seeded, so the
 * index reproduces it.
 */
class HistMergePropertiesTest {
    private static final Axis AXIS = Axis.regular(8, -1.0, 1.0);

    /** Random cases per property, on top of the edge cases: as many as a property-test run's 1000 tries. */
    private static final int RANDOM_CASES = 1000;

    private static final String NAME = "case {index}";

    private static final int MAX_FILLS = 200;
    private static final int MAX_CUTS = 5;

    /** Positions drawn inside the axis [-1, 1) and a margin of under- and overflow. */
    private static final double X_RANGE = 1.5;

    private static final double W_MIN = -2.0;
    private static final double W_MAX = 10.0;
    private static final int INT_W_MIN = -5;
    private static final int INT_W_MAX = 20;

    /** Positions a weighted sample draws half of its fills from: NaN, the axis ends, the infinities. */
    private static final double[] SPECIAL_X = {Double.NaN, -1.0, 1.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY
    };

    /** Share of NaN positions in an integer-weight sample. */
    private static final double NAN_SHARE = 0.05;

    record Fill(double x, double w) {}

    private static List<Fill> randomWeightedFills(UniformRandomProvider rng) {
        int n = rng.nextInt(MAX_FILLS + 1);
        List<Fill> fills = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double x = rng.nextBoolean() ? rng.nextDouble(-X_RANGE, X_RANGE) : SPECIAL_X[rng.nextInt(SPECIAL_X.length)];
            fills.add(new Fill(x, rng.nextDouble(W_MIN, W_MAX)));
        }
        return fills;
    }

    private static List<Fill> randomIntegerFills(UniformRandomProvider rng) {
        int n = rng.nextInt(MAX_FILLS + 1);
        List<Fill> fills = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double x = rng.nextDouble() < NAN_SHARE ? Double.NaN : rng.nextDouble(-X_RANGE, X_RANGE);
            fills.add(new Fill(x, rng.nextInt(INT_W_MIN, INT_W_MAX + 1)));
        }
        return fills;
    }

    /** Up to five cut points in [0, MAX_FILLS]; past the sample's end they clamp to it. */
    private static List<Integer> randomCuts(UniformRandomProvider rng) {
        int n = rng.nextInt(MAX_CUTS + 1);
        List<Integer> cuts = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            cuts.add(rng.nextInt(MAX_FILLS + 1));
        }
        return cuts;
    }

    /** A random order of the parts that the cuts make. */
    private static int[] randomOrder(UniformRandomProvider rng, List<Integer> cuts) {
        int parts = cuts.size() + 1;
        return new PermutationSampler(rng, parts, parts).sample();
    }

    /** The parts in reverse: the edge cases' order. */
    private static int[] reverseOrder(List<Integer> cuts) {
        int parts = cuts.size() + 1;
        int[] order = new int[parts];
        for (int i = 0; i < parts; i++) {
            order[i] = parts - 1 - i;
        }
        return order;
    }

    /** Empty, one fill of each special kind, and one sample holding all of them. */
    private static List<List<Fill>> edgeSamples(double[] xs, double[] ws) {
        List<List<Fill>> samples = new ArrayList<>();
        samples.add(List.of());
        List<Fill> all = new ArrayList<>();
        for (double x : xs) {
            for (double w : ws) {
                samples.add(List.of(new Fill(x, w)));
                all.add(new Fill(x, w));
            }
        }
        samples.add(all);
        return samples;
    }

    private static List<List<Fill>> edgeWeightedSamples() {
        return edgeSamples(
                new double[] {
                    Double.NaN, -X_RANGE, -1.0, 0.0, 1.0, X_RANGE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY
                },
                new double[] {W_MIN, 0.0, W_MAX});
    }

    private static List<List<Fill>> edgeIntegerSamples() {
        return edgeSamples(new double[] {Double.NaN, -X_RANGE, 0.0, X_RANGE}, new double[] {INT_W_MIN, 0, INT_W_MAX});
    }

    /** No cut, a cut at the start, one past any sample's end, five at the start, five past the end. */
    private static List<List<Integer>> edgeCuts() {
        return List.of(
                List.of(),
                List.of(0),
                List.of(MAX_FILLS),
                Collections.nCopies(MAX_CUTS, 0),
                Collections.nCopies(MAX_CUTS, MAX_FILLS));
    }

    /** Few samples for the properties of two and three samples, whose edge cases are products. */
    private static List<List<Fill>> fewEdgeSamples(List<List<Fill>> samples) {
        return List.of(samples.get(0), samples.get(1), samples.get(samples.size() - 1));
    }

    /** The edge cases followed by {@link #RANDOM_CASES} draws from a stream with the given seed. */
    private static Stream<Arguments> cases(
            List<Arguments> edges, long seed, Function<UniformRandomProvider, Arguments> draw) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        return Stream.concat(
                edges.stream(), Stream.generate(() -> draw.apply(rng)).limit(RANDOM_CASES));
    }

    private static Stream<Arguments> samples(
            List<List<Fill>> edgeSamples, long seed, Function<UniformRandomProvider, List<Fill>> draw) {
        List<Arguments> edges = new ArrayList<>();
        for (List<Fill> s : edgeSamples) {
            edges.add(Arguments.of(s));
        }
        return cases(edges, seed, rng -> Arguments.of(draw.apply(rng)));
    }

    private static Stream<Arguments> samplesCutsAndOrders(
            List<List<Fill>> edgeSamples, long seed, Function<UniformRandomProvider, List<Fill>> draw) {
        List<Arguments> edges = new ArrayList<>();
        for (List<Fill> s : edgeSamples) {
            for (List<Integer> cuts : edgeCuts()) {
                edges.add(Arguments.of(s, cuts, reverseOrder(cuts)));
            }
        }
        return cases(edges, seed, rng -> {
            List<Fill> fills = draw.apply(rng);
            List<Integer> cuts = randomCuts(rng);
            return Arguments.of(fills, cuts, randomOrder(rng, cuts));
        });
    }

    private static Stream<Arguments> pairs(
            List<List<Fill>> edgeSamples, long seed, Function<UniformRandomProvider, List<Fill>> draw) {
        List<Arguments> edges = new ArrayList<>();
        for (List<Fill> a : fewEdgeSamples(edgeSamples)) {
            for (List<Fill> b : fewEdgeSamples(edgeSamples)) {
                edges.add(Arguments.of(a, b));
            }
        }
        return cases(edges, seed, rng -> Arguments.of(draw.apply(rng), draw.apply(rng)));
    }

    private static Stream<Arguments> triples(
            List<List<Fill>> edgeSamples, long seed, Function<UniformRandomProvider, List<Fill>> draw) {
        List<Arguments> edges = new ArrayList<>();
        for (List<Fill> a : fewEdgeSamples(edgeSamples)) {
            for (List<Fill> b : fewEdgeSamples(edgeSamples)) {
                for (List<Fill> c : fewEdgeSamples(edgeSamples)) {
                    edges.add(Arguments.of(a, b, c));
                }
            }
        }
        return cases(edges, seed, rng -> Arguments.of(draw.apply(rng), draw.apply(rng), draw.apply(rng)));
    }

    static Stream<Arguments> integerSplits() {
        return samplesCutsAndOrders(edgeIntegerSamples(), 20240631L, HistMergePropertiesTest::randomIntegerFills);
    }

    static Stream<Arguments> weightedSplits() {
        return samplesCutsAndOrders(edgeWeightedSamples(), 20240632L, HistMergePropertiesTest::randomWeightedFills);
    }

    static Stream<Arguments> weightedPairs() {
        return pairs(edgeWeightedSamples(), 20240633L, HistMergePropertiesTest::randomWeightedFills);
    }

    static Stream<Arguments> weightedTriples() {
        return triples(edgeWeightedSamples(), 20240634L, HistMergePropertiesTest::randomWeightedFills);
    }

    static Stream<Arguments> integerTriples() {
        return triples(edgeIntegerSamples(), 20240635L, HistMergePropertiesTest::randomIntegerFills);
    }

    static Stream<Arguments> weightedSamples() {
        return samples(edgeWeightedSamples(), 20240636L, HistMergePropertiesTest::randomWeightedFills);
    }

    static Stream<Arguments> integerSamplesAndCut() {
        List<Arguments> edges = new ArrayList<>();
        for (List<Fill> s : edgeIntegerSamples()) {
            for (int cut : new int[] {0, 1, MAX_FILLS}) {
                edges.add(Arguments.of(s, cut));
            }
        }
        return cases(edges, 20240637L, rng -> Arguments.of(randomIntegerFills(rng), rng.nextInt(MAX_FILLS + 1)));
    }

    private static Hist1D fill(List<Fill> fills) {
        Hist1D h = new Hist1D(AXIS);
        for (Fill f : fills) {
            h.fill(f.x(), f.w());
        }
        return h;
    }

    /** The sample cut at the given (sorted, clamped) points into consecutive parts. */
    private static List<Hist1D> parts(List<Fill> fills, List<Integer> cuts) {
        List<Integer> c = new ArrayList<>();
        for (int k : cuts) {
            c.add(Math.min(k, fills.size()));
        }
        Collections.sort(c);
        List<Hist1D> parts = new ArrayList<>();
        int from = 0;
        for (int k : c) {
            parts.add(fill(fills.subList(from, k)));
            from = k;
        }
        parts.add(fill(fills.subList(from, fills.size())));
        return parts;
    }

    private static List<Hist1D> reordered(List<Hist1D> parts, int[] order) {
        List<Hist1D> out = new ArrayList<>(parts.size());
        for (int i : order) {
            out.add(parts.get(i));
        }
        return out;
    }

    private static Hist1D mergeAll(List<Hist1D> parts) {
        Hist1D sum = new Hist1D(AXIS);
        for (Hist1D p : parts) {
            sum = sum.merge(p);
        }
        return sum;
    }

    private static void assertClose(Hist1D actual, Hist1D expected) {
        assertThat(actual.entries()).isEqualTo(expected.entries());
        double[] a = actual.contentsWithFlow();
        double[] e = expected.contentsWithFlow();
        double[] a2 = actual.variancesWithFlow();
        double[] e2 = expected.variancesWithFlow();
        for (int i = 0; i < a.length; i++) {
            // Relative to the scale of the sums involved (a bin can cancel to ~0 with signed weights).
            double scale = Math.max(1.0, Math.max(Math.abs(e[i]), e2[i]));
            assertThat(Math.abs(a[i] - e[i])).as("sumw[%d]", i).isLessThanOrEqualTo(1e-12 * scale * 100);
            assertThat(Math.abs(a2[i] - e2[i])).as("sumw2[%d]", i).isLessThanOrEqualTo(1e-12 * scale * 100);
        }
    }

    @ParameterizedTest(name = NAME)
    @MethodSource("integerSplits")
    void integerWeightsSplitMergeEqualsWholeBitForBit(List<Fill> fills, List<Integer> cuts, int[] order) {
        Hist1D whole = fill(fills);
        List<Hist1D> parts = parts(fills, cuts);
        assertThat(mergeAll(parts)).isEqualTo(whole);
        assertThat(mergeAll(reordered(parts, order))).isEqualTo(whole);
    }

    @ParameterizedTest(name = NAME)
    @MethodSource("weightedSplits")
    void sameSplitSameOrderIsBitForBitReproducible(List<Fill> fills, List<Integer> cuts, int[] order) {
        Hist1D first = mergeAll(parts(fills, cuts));
        Hist1D second = mergeAll(parts(fills, cuts));
        assertThat(second).isEqualTo(first);
        // The same holds in any fixed order.
        assertThat(mergeAll(reordered(parts(fills, cuts), order)))
                .isEqualTo(mergeAll(reordered(parts(fills, cuts), order)));
        // A single part merged onto an empty histogram is the whole sample, exactly.
        assertThat(mergeAll(parts(fills, List.of()))).isEqualTo(fill(fills));
    }

    @ParameterizedTest(name = NAME)
    @MethodSource("weightedSplits")
    void anySplitAnyOrderAgreesWithWholeWithin1e12(List<Fill> fills, List<Integer> cuts, int[] order) {
        Hist1D whole = fill(fills);
        List<Hist1D> parts = parts(fills, cuts);
        assertClose(mergeAll(parts), whole);
        assertClose(mergeAll(reordered(parts, order)), whole);
    }

    @ParameterizedTest(name = NAME)
    @MethodSource("weightedPairs")
    void mergeIsCommutativeBitForBit(List<Fill> a, List<Fill> b) {
        assertThat(fill(a).merge(fill(b))).isEqualTo(fill(b).merge(fill(a)));
    }

    @ParameterizedTest(name = NAME)
    @MethodSource("weightedTriples")
    void mergeIsAssociative(List<Fill> a, List<Fill> b, List<Fill> c) {
        Hist1D ha = fill(a);
        Hist1D hb = fill(b);
        Hist1D hc = fill(c);
        assertClose(ha.merge(hb).merge(hc), ha.merge(hb.merge(hc)));
    }

    @ParameterizedTest(name = NAME)
    @MethodSource("integerTriples")
    void mergeIsAssociativeBitForBitForIntegerWeights(List<Fill> a, List<Fill> b, List<Fill> c) {
        Hist1D ha = fill(a);
        Hist1D hb = fill(b);
        Hist1D hc = fill(c);
        assertThat(ha.merge(hb).merge(hc)).isEqualTo(ha.merge(hb.merge(hc)));
    }

    @ParameterizedTest(name = NAME)
    @MethodSource("weightedSamples")
    void emptyHistogramIsTheIdentity(List<Fill> a) {
        Hist1D h = fill(a);
        assertThat(h.merge(new Hist1D(AXIS))).isEqualTo(h);
    }

    @ParameterizedTest(name = NAME)
    @MethodSource("weightedSamples")
    void sumw2IsSumOfSquaredWeightsAndIntegralCountsAllButNan(List<Fill> fills) {
        Hist1D h = fill(fills);
        double total = 0;
        double total2 = 0;
        for (Fill f : fills) {
            if (!Double.isNaN(f.x())) {
                total += f.w();
                total2 += f.w() * f.w();
            }
        }
        assertThat(h.entries()).isEqualTo(fills.size());
        assertThat(h.integral(true)).isCloseTo(total, within(1e-9 * (1 + fills.size())));
        assertThat(h.integralVariance(true)).isCloseTo(total2, within(1e-9 * (1 + total2)));
    }

    @ParameterizedTest(name = NAME)
    @MethodSource("weightedSamples")
    void jsonRoundTripIsExact(List<Fill> fills) {
        Hist1D h = fill(fills);
        assertThat(Hist1D.fromJson(h.toJson(), "prop.json")).isEqualTo(h);
    }

    @ParameterizedTest(name = NAME)
    @MethodSource("integerSamplesAndCut")
    void hist2DMergeMatchesWholeForIntegerWeights(List<Fill> fills, int cut) {
        Axis y = Axis.variable(-1, 0, 5, 20);
        Hist2D whole = new Hist2D(AXIS, y);
        Hist2D p1 = new Hist2D(AXIS, y);
        Hist2D p2 = new Hist2D(AXIS, y);
        int k = Math.min(cut, fills.size());
        for (int i = 0; i < fills.size(); i++) {
            Fill f = fills.get(i);
            whole.fill(f.x(), f.w(), 1.0);
            (i < k ? p1 : p2).fill(f.x(), f.w(), 1.0);
        }
        assertThat(p1.merge(p2)).isEqualTo(whole);
        assertThat(p2.merge(p1)).isEqualTo(whole);
        assertThat(Hist2D.fromJson(whole.toJson(), "w.json")).isEqualTo(whole);
    }
}
