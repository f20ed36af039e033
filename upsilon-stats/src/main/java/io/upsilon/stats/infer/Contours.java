package io.upsilon.stats.infer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Iso-lines of a function sampled on a rectangular grid by marching squares (W. E. Lorensen and H.
 * E. Cline, "Marching cubes", SIGGRAPH 1987, in two dimensions): each cell's corners are classified
 * above or below the level, the crossings on its edges are placed by linear interpolation, and the
 * segments are joined into polylines through the edges they share. Saddle cells are resolved by the
 * cell-centre average. Cells with a non-finite corner are skipped (the line opens there).
 */
public final class Contours {

    private Contours() {}

    /**
     * The polylines where {@code f} crosses {@code level}; closed lines repeat their first point at
     * the end.
     *
     * @param x grid abscissae (increasing)
     * @param y grid ordinates (increasing)
     * @param f values, {@code f[i][j]} at {@code (x[i], y[j])}
     */
    public static List<List<double[]>> lines(double[] x, double[] y, double[][] f, double level) {
        int nx = x.length;
        int ny = y.length;
        List<long[]> segments = new ArrayList<>(); // pairs of edge keys
        for (int i = 0; i + 1 < nx; i++) {
            for (int j = 0; j + 1 < ny; j++) {
                double f00 = f[i][j];
                double f10 = f[i + 1][j];
                double f11 = f[i + 1][j + 1];
                double f01 = f[i][j + 1];
                if (!(Double.isFinite(f00) && Double.isFinite(f10) && Double.isFinite(f11) && Double.isFinite(f01))) {
                    continue;
                }
                // Edges: bottom (i,j)-(i+1,j), right (i+1,j)-(i+1,j+1), top (i,j+1)-(i+1,j+1), left (i,j)-(i,j+1).
                long bottom = key(i, j, true, ny);
                long right = key(i + 1, j, false, ny);
                long top = key(i, j + 1, true, ny);
                long left = key(i, j, false, ny);
                int c = (f00 > level ? 1 : 0) | (f10 > level ? 2 : 0) | (f11 > level ? 4 : 0) | (f01 > level ? 8 : 0);
                switch (c) {
                    case 0, 15 -> {}
                    case 1, 14 -> segments.add(new long[] {left, bottom});
                    case 2, 13 -> segments.add(new long[] {bottom, right});
                    case 3, 12 -> segments.add(new long[] {left, right});
                    case 4, 11 -> segments.add(new long[] {right, top});
                    case 6, 9 -> segments.add(new long[] {bottom, top});
                    case 7, 8 -> segments.add(new long[] {left, top});
                    default -> {
                        // Saddles 5 (f00, f11 above) and 10 (f10, f01 above).
                        boolean centreAbove = 0.25 * (f00 + f10 + f11 + f01) > level;
                        if ((c == 5) == centreAbove) {
                            segments.add(new long[] {left, top});
                            segments.add(new long[] {bottom, right});
                        } else {
                            segments.add(new long[] {left, bottom});
                            segments.add(new long[] {right, top});
                        }
                    }
                }
            }
        }
        return join(segments, x, y, f, level);
    }

    private static long key(int i, int j, boolean horizontal, int ny) {
        return ((long) i * ny + j) * 2 + (horizontal ? 0 : 1);
    }

    private static double[] point(long key, double[] x, double[] y, double[][] f, double level) {
        int ny = y.length;
        boolean horizontal = key % 2 == 0;
        long cell = key / 2;
        int i = (int) (cell / ny);
        int j = (int) (cell % ny);
        int i2 = horizontal ? i + 1 : i;
        int j2 = horizontal ? j : j + 1;
        double a = f[i][j];
        double b = f[i2][j2];
        double t = (level - a) / (b - a);
        return new double[] {x[i] + t * (x[i2] - x[i]), y[j] + t * (y[j2] - y[j])};
    }

    private static List<List<double[]>> join(
            List<long[]> segments, double[] x, double[] y, double[][] f, double level) {
        Map<Long, List<Integer>> byEdge = new HashMap<>();
        for (int s = 0; s < segments.size(); s++) {
            for (long k : segments.get(s)) {
                byEdge.computeIfAbsent(k, z -> new ArrayList<>(2)).add(s);
            }
        }
        boolean[] used = new boolean[segments.size()];
        List<List<double[]>> out = new ArrayList<>();
        for (int s0 = 0; s0 < segments.size(); s0++) {
            if (used[s0]) {
                continue;
            }
            used[s0] = true;
            Deque<Long> keys = new ArrayDeque<>();
            keys.add(segments.get(s0)[0]);
            keys.add(segments.get(s0)[1]);
            // Extend forwards from the last key, then backwards from the first.
            for (boolean forward : new boolean[] {true, false}) {
                while (true) {
                    long end = forward ? keys.peekLast() : keys.peekFirst();
                    int next = -1;
                    for (int s : byEdge.getOrDefault(end, List.of())) {
                        if (!used[s]) {
                            next = s;
                            break;
                        }
                    }
                    if (next < 0) {
                        break;
                    }
                    used[next] = true;
                    long[] seg = segments.get(next);
                    long other = seg[0] == end ? seg[1] : seg[0];
                    if (forward) {
                        keys.addLast(other);
                    } else {
                        keys.addFirst(other);
                    }
                }
            }
            List<double[]> line = new ArrayList<>(keys.size());
            for (long k : keys) {
                line.add(point(k, x, y, f, level));
            }
            out.add(line);
        }
        return out;
    }
}
