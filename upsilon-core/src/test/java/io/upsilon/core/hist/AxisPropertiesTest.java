package io.upsilon.core.hist;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Axis index lookup agrees with the published edges, for regular and variable axes: on seeded random
 * axes and points, and on the ends of the parameter ranges.
 */
class AxisPropertiesTest {
    /** Random cases per property, on top of the edge cases: as many as a property-test run's 1000 tries. */
    private static final int RANDOM_CASES = 1000;

    private static final int MAX_REGULAR_BINS = 500;
    private static final double MAX_ABS_LO = 1e6;
    private static final double MIN_WIDTH = 1e-6;
    private static final double MAX_WIDTH = 1e6;

    /** Points are drawn at lo + u * width with u in [U_MIN, U_MAX]: under- and overflow included. */
    private static final double U_MIN = -0.2;

    private static final double U_MAX = 1.2;

    private static final int MAX_VARIABLE_BINS = 50;
    private static final double MAX_ABS_X = 10;

    static Stream<Arguments> regularAxes() {
        // Every combination of the range ends: the narrowest axis far from zero (width 1e-6 at
        // lo = 1e6, a few thousand ulps over 500 bins) is where rounding in the lookup shows.
        List<Arguments> edges = new ArrayList<>();
        for (int bins : new int[] {1, MAX_REGULAR_BINS}) {
            for (double lo : new double[] {-MAX_ABS_LO, 0, MAX_ABS_LO}) {
                for (double width : new double[] {MIN_WIDTH, 1, MAX_WIDTH}) {
                    for (double u : new double[] {U_MIN, 0, 0.5, 1, U_MAX}) {
                        edges.add(Arguments.of(bins, lo, width, u));
                    }
                }
            }
        }
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(20240621L);
        // Widths log-uniform, so that every decade from 1e-6 to 1e6 is sampled alike.
        Stream<Arguments> random = Stream.generate(() -> Arguments.of(
                        rng.nextInt(1, MAX_REGULAR_BINS + 1),
                        rng.nextDouble(-MAX_ABS_LO, MAX_ABS_LO),
                        Math.pow(10, rng.nextDouble(Math.log10(MIN_WIDTH), Math.log10(MAX_WIDTH))),
                        rng.nextDouble(U_MIN, U_MAX)))
                .limit(RANDOM_CASES);
        return Stream.concat(edges.stream(), random);
    }

    @ParameterizedTest
    @MethodSource("regularAxes")
    void regularIndexAgreesWithEdges(int bins, double lo, double width, double u) {
        Axis a = Axis.regular(bins, lo, lo + width);
        double x = lo + u * width;
        AxisTest.checkConsistent(a, x);
        int k = (int) Math.min(bins, Math.max(0, Math.round(u * bins)));
        AxisTest.checkConsistent(a, a.edge(k));
        AxisTest.checkConsistent(a, Math.nextDown(a.edge(k)));
    }

    /** Edges start in [-5, -4) and step by 1e-3 plus a uniform [0, 1): narrow and wide bins alike. */
    private static double[] randomEdges(int bins, UniformRandomProvider rng) {
        double[] edges = new double[bins + 1];
        edges[0] = -5 + rng.nextDouble();
        for (int i = 1; i <= bins; i++) {
            edges[i] = edges[i - 1] + 1e-3 + rng.nextDouble();
        }
        return edges;
    }

    static Stream<Arguments> variableAxes() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(20240622L);
        List<Arguments> edges = new ArrayList<>();
        for (int bins : new int[] {1, MAX_VARIABLE_BINS}) {
            for (double x : new double[] {-MAX_ABS_X, 0, MAX_ABS_X}) {
                edges.add(Arguments.of(randomEdges(bins, rng), x));
            }
        }
        Stream<Arguments> random = Stream.generate(() -> Arguments.of(
                        randomEdges(rng.nextInt(1, MAX_VARIABLE_BINS + 1), rng), rng.nextDouble(-MAX_ABS_X, MAX_ABS_X)))
                .limit(RANDOM_CASES);
        return Stream.concat(edges.stream(), random);
    }

    @ParameterizedTest
    @MethodSource("variableAxes")
    void variableIndexAgreesWithEdges(double[] edges, double x) {
        Axis a = Axis.variable(edges);
        AxisTest.checkConsistent(a, x);
        for (double edge : edges) {
            AxisTest.checkConsistent(a, edge);
            AxisTest.checkConsistent(a, Math.nextDown(edge));
        }
    }
}
