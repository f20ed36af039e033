package io.upsilon.core.hist;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

/** Axis index lookup agrees with the published edges, for regular and variable axes. */
class AxisPropertiesTest {

    @Property
    void regularIndexAgreesWithEdges(
            @ForAll @IntRange(min = 1, max = 500) int bins,
            @ForAll @DoubleRange(min = -1e6, max = 1e6) double lo,
            @ForAll @DoubleRange(min = 1e-6, max = 1e6) @Scale(9) double width,
            @ForAll @DoubleRange(min = -0.2, max = 1.2) double u) {
        Axis a = Axis.regular(bins, lo, lo + width);
        double x = lo + u * width;
        AxisTest.checkConsistent(a, x);
        int k = (int) Math.min(bins, Math.max(0, Math.round(u * bins)));
        AxisTest.checkConsistent(a, a.edge(k));
        AxisTest.checkConsistent(a, Math.nextDown(a.edge(k)));
    }

    @Property
    void variableIndexAgreesWithEdges(
            @ForAll @IntRange(min = 1, max = 50) int bins,
            @ForAll @DoubleRange(min = -10, max = 10) double x,
            @ForAll long seed) {
        java.util.Random r = new java.util.Random(seed);
        double[] edges = new double[bins + 1];
        edges[0] = -5 + r.nextDouble();
        for (int i = 1; i <= bins; i++) {
            edges[i] = edges[i - 1] + 1e-3 + r.nextDouble();
        }
        Axis a = Axis.variable(edges);
        AxisTest.checkConsistent(a, x);
        for (int i = 0; i <= bins; i++) {
            AxisTest.checkConsistent(a, edges[i]);
            AxisTest.checkConsistent(a, Math.nextDown(edges[i]));
        }
    }
}
