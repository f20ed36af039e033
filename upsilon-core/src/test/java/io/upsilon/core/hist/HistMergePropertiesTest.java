package io.upsilon.core.hist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Merge properties. Floating-point addition is commutative but not associative, so: merging is
 * exactly commutative; with integer-valued weights (exact sums below 2^53) split-and-merge equals
 * the whole-sample fill bit for bit in any order; with arbitrary weights, merging the same parts in
 * the same order is bit-for-bit reproducible, and any other order or split agrees to 1e-12 relative.
 */
class HistMergePropertiesTest {
    private static final Axis AXIS = Axis.regular(8, -1.0, 1.0);

    record Fill(double x, double w) {}

    @Provide
    Arbitrary<List<Fill>> weightedFills() {
        Arbitrary<Double> x = Arbitraries.oneOf(
                Arbitraries.doubles().between(-1.5, 1.5),
                Arbitraries.of(Double.NaN, -1.0, 1.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY));
        Arbitrary<Double> w = Arbitraries.doubles().between(-2.0, 10.0);
        return Combinators.combine(x, w).as(Fill::new).list().ofMaxSize(200);
    }

    @Provide
    Arbitrary<List<Fill>> integerFills() {
        Arbitrary<Double> x =
                Arbitraries.doubles().between(-1.5, 1.5).injectNull(0.05).map(v -> v == null ? Double.NaN : v);
        Arbitrary<Double> w = Arbitraries.integers().between(-5, 20).map(Integer::doubleValue);
        return Combinators.combine(x, w).as(Fill::new).list().ofMaxSize(200);
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

    @Property
    void integerWeightsSplitMergeEqualsWholeBitForBit(
            @ForAll("integerFills") List<Fill> fills,
            @ForAll @Size(max = 5) List<@IntRange(min = 0, max = 200) Integer> cuts,
            @ForAll long shuffleSeed) {
        Hist1D whole = fill(fills);
        List<Hist1D> parts = parts(fills, cuts);
        assertThat(mergeAll(parts)).isEqualTo(whole);
        Collections.shuffle(parts, new Random(shuffleSeed));
        assertThat(mergeAll(parts)).isEqualTo(whole);
    }

    @Property
    void sameSplitSameOrderIsBitForBitReproducible(
            @ForAll("weightedFills") List<Fill> fills,
            @ForAll @Size(max = 5) List<@IntRange(min = 0, max = 200) Integer> cuts) {
        Hist1D first = mergeAll(parts(fills, cuts));
        Hist1D second = mergeAll(parts(fills, cuts));
        assertThat(second).isEqualTo(first);
        // A single part merged onto an empty histogram is the whole sample, exactly.
        assertThat(mergeAll(parts(fills, List.of()))).isEqualTo(fill(fills));
    }

    @Property
    void anySplitAnyOrderAgreesWithWholeWithin1e12(
            @ForAll("weightedFills") List<Fill> fills,
            @ForAll @Size(max = 5) List<@IntRange(min = 0, max = 200) Integer> cuts,
            @ForAll long shuffleSeed) {
        Hist1D whole = fill(fills);
        List<Hist1D> parts = parts(fills, cuts);
        assertClose(mergeAll(parts), whole);
        Collections.shuffle(parts, new Random(shuffleSeed));
        assertClose(mergeAll(parts), whole);
    }

    @Property
    void mergeIsCommutativeBitForBit(@ForAll("weightedFills") List<Fill> a, @ForAll("weightedFills") List<Fill> b) {
        assertThat(fill(a).merge(fill(b))).isEqualTo(fill(b).merge(fill(a)));
    }

    @Property
    void mergeIsAssociative(
            @ForAll("weightedFills") List<Fill> a,
            @ForAll("weightedFills") List<Fill> b,
            @ForAll("weightedFills") List<Fill> c) {
        Hist1D ha = fill(a);
        Hist1D hb = fill(b);
        Hist1D hc = fill(c);
        assertClose(ha.merge(hb).merge(hc), ha.merge(hb.merge(hc)));
    }

    @Property
    void mergeIsAssociativeBitForBitForIntegerWeights(
            @ForAll("integerFills") List<Fill> a,
            @ForAll("integerFills") List<Fill> b,
            @ForAll("integerFills") List<Fill> c) {
        Hist1D ha = fill(a);
        Hist1D hb = fill(b);
        Hist1D hc = fill(c);
        assertThat(ha.merge(hb).merge(hc)).isEqualTo(ha.merge(hb.merge(hc)));
    }

    @Property
    void emptyHistogramIsTheIdentity(@ForAll("weightedFills") List<Fill> a) {
        Hist1D h = fill(a);
        assertThat(h.merge(new Hist1D(AXIS))).isEqualTo(h);
    }

    @Property
    void sumw2IsSumOfSquaredWeightsAndIntegralCountsAllButNan(@ForAll("weightedFills") List<Fill> fills) {
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
        assertThat(h.integral(true))
                .isCloseTo(total, org.assertj.core.api.Assertions.within(1e-9 * (1 + fills.size())));
        assertThat(h.integralVariance(true))
                .isCloseTo(total2, org.assertj.core.api.Assertions.within(1e-9 * (1 + total2)));
    }

    @Property
    void jsonRoundTripIsExact(@ForAll("weightedFills") List<Fill> fills) {
        Hist1D h = fill(fills);
        assertThat(Hist1D.fromJson(h.toJson(), "prop.json")).isEqualTo(h);
    }

    @Property
    void hist2DMergeMatchesWholeForIntegerWeights(
            @ForAll("integerFills") List<Fill> fills, @ForAll @IntRange(min = 0, max = 200) int cut) {
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
