package io.upsilon.generators.decay;

import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.event.GenEvent;
import io.upsilon.core.event.GenParticle;
import io.upsilon.core.pdg.ParticleData;
import io.upsilon.core.pdg.ParticleTable;
import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Test support: where the charm of the bundled B table goes, line by line. Each decay line of the
 * B+ or B0 block is decayed on its own (the block replaced by that one line, everything downstream
 * from the bundled tables), and the mean numbers of D0 + anti-D0, D+-, D_s+-, D*(2010)+-, Lambda_c+-,
 * Xi_c, charmonium states (not from a charmonium) and charm quarks per decay are weighted with the
 * line's share of the block. Lines are grouped by the comment block above them (the file's line
 * families); quark-level lines are kept one by one, because their charm content depends on the
 * string, not on the line.
 */
final class BCharmAudit {
    private static final ParticleTable TABLE = ParticleTable.standard();
    private static final Set<Integer> OPEN_CHARM_GROUND = Set.of(421, 411, 431, 4122, 4232, 4132, 4332);
    private static final Set<Integer> CHARMONIUM = Set.of(443, 100443, 441, 100441, 10441, 20443, 445, 10443);

    /** The quantities counted per decay, in this order. */
    static final List<String> QUANTITIES =
            List.of("D0", "D+", "D_s", "D*+", "Lambda_c", "Xi_c", "ccbar", "n_c", "D (c)", "D (anti-c)");

    static final int D0 = 0;
    static final int D_PLUS = 1;
    static final int D_S = 2;
    static final int D_STAR_PLUS = 3;
    static final int LAMBDA_C = 4;
    static final int XI_C = 5;
    static final int CHARMONIA = 6;
    static final int N_CHARM = 7;
    static final int D_CHARM = 8;
    static final int D_ANTICHARM = 9;

    /** One decay line of the B block: its text after the branching fraction and its raw fraction. */
    record Line(String group, String text, double rawFraction, boolean quarkLevel) {}

    /** The per-line result: the line, its share of the block, and the mean counts per decay. */
    record LineYield(Line line, double share, double[] perDecay, double[] error) {
        /** The contribution per B of quantity {@code q}: share x mean count per decay. */
        double perB(int q) {
            return share * perDecay[q];
        }
    }

    private BCharmAudit() {}

    /** The decay lines of block {@code parent} of the bundled b-decays.dec, with their groups. */
    static List<Line> lines(String parent) {
        List<Line> out = new ArrayList<>();
        InputStream in = HadronDecayTables.class.getResourceAsStream(HadronDecayTables.B_RESOURCE);
        if (in == null) {
            throw new IllegalStateException("no bundled " + HadronDecayTables.B_RESOURCE);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            boolean inBlock = false;
            boolean lastWasDecay = true;
            String group = "";
            String line;
            while ((line = r.readLine()) != null) {
                String t = line.strip();
                if (t.equals("Decay " + parent)) {
                    inBlock = true;
                    continue;
                }
                if (!inBlock) {
                    continue;
                }
                if (t.equals("Enddecay")) {
                    break;
                }
                if (t.startsWith("#")) {
                    if (lastWasDecay) {
                        group = groupLabel(t.substring(1).strip());
                    }
                    lastWasDecay = false;
                    continue;
                }
                if (t.isEmpty()) {
                    continue;
                }
                lastWasDecay = true;
                int space = t.indexOf(' ');
                double br = Double.parseDouble(t.substring(0, space));
                String rest = t.substring(space).strip();
                boolean quark = rest.contains("QUARK_STRING");
                out.add(new Line(
                        quark ? "quark level: " + rest.replaceAll("\\s+QUARK_STRING.*", "") : group, rest, br, quark));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The group label: the comment's text up to the first colon (e.g. "B0 -> D(*) e+ nu_e"). */
    private static String groupLabel(String comment) {
        int colon = comment.indexOf(':');
        return colon > 0 ? comment.substring(0, colon) : comment;
    }

    /**
     * Decays {@code parent} at rest through each of its lines alone; {@code exclusiveDecays} per
     * exclusive line, {@code quarkDecays} per quark-level line.
     */
    static List<LineYield> audit(String parent, int exclusiveDecays, int quarkDecays, long seed) {
        DecFile bundled = HadronDecayTables.bundled().orElseThrow();
        List<Line> lines = lines(parent);
        double rawSum = lines.stream().mapToDouble(Line::rawFraction).sum();
        List<LineYield> out = new ArrayList<>();
        RandomStreams streams = RandomStreams.of(seed);
        int index = 0;
        for (Line l : lines) {
            String text = "Decay " + parent + "\n1.0 " + l.text() + "\nEnddecay\nEnd\n";
            DecFile one = DecFileParser.parse(new StringReader(text), "audit:" + parent + ":" + index, bundled);
            int n = l.quarkLevel() ? quarkDecays : exclusiveDecays;
            double[][] counts = count(one, parent, n, streams.stream("b-charm-audit-" + parent + "-" + index));
            out.add(new LineYield(l, l.rawFraction() / rawSum, counts[0], counts[1]));
            index++;
        }
        return out;
    }

    /**
     * Mean counts per decay of {@code parent} (at rest) with {@code table} (see {@link #QUANTITIES})
     * and their standard errors: {@code {means, errors}}.
     */
    static double[][] count(DecFile table, String parent, int n, RandomStream rng) {
        HadronDecayer decayer = new HadronDecayer(table, HadronDecayer.DEFAULT_LEFT_TO_DETECTOR, new TauDecayer());
        ParticleData b = TABLE.byName(parent);
        EventBuffer ev = new EventBuffer(256);
        long[] sums = new long[QUANTITIES.size()];
        long[] squares = new long[QUANTITIES.size()];
        long[] before = new long[QUANTITIES.size()];
        for (int event = 0; event < n; event++) {
            System.arraycopy(sums, 0, before, 0, sums.length);
            ev.clear();
            ev.add(b.id(), GenParticle.FINAL, 0, 0, 0, b.mass());
            decayer.decay(ev, rng);
            GenEvent record = ev.toEvent(event);
            for (int i = 1; i < ev.size(); i++) {
                int id = ev.pdgId(i);
                int a = Math.abs(id);
                switch (a) {
                    case 421 -> sums[D0]++;
                    case 411 -> sums[D_PLUS]++;
                    case 431 -> sums[D_S]++;
                    case 413 -> sums[D_STAR_PLUS]++;
                    case 4122 -> sums[LAMBDA_C]++;
                    case 4132, 4232 -> sums[XI_C]++;
                    default -> {}
                }
                if (a == 421 || a == 411) {
                    sums[id > 0 ? D_CHARM : D_ANTICHARM]++;
                }
                if (OPEN_CHARM_GROUND.contains(a)) {
                    sums[N_CHARM]++;
                }
                GenParticle p = record.particles().get(i);
                if (CHARMONIUM.contains(a) && !CHARMONIUM.contains(Math.abs(ev.pdgId(p.mother1())))) {
                    sums[N_CHARM] += 2;
                    sums[CHARMONIA]++;
                }
            }
            for (int q = 0; q < sums.length; q++) {
                long k = sums[q] - before[q];
                squares[q] += k * k;
            }
        }
        double[] mean = new double[sums.length];
        double[] error = new double[sums.length];
        for (int q = 0; q < sums.length; q++) {
            mean[q] = sums[q] / (double) n;
            double variance = Math.max(0, squares[q] / (double) n - mean[q] * mean[q]);
            error[q] = Math.sqrt(variance / n);
        }
        return new double[][] {mean, error};
    }

    /** Sums the per-B contributions by group (file order). */
    static Map<String, double[]> byGroup(List<LineYield> yields) {
        Map<String, double[]> groups = new LinkedHashMap<>();
        for (LineYield y : yields) {
            double[] g = groups.computeIfAbsent(y.line().group(), k -> new double[QUANTITIES.size() + 1]);
            for (int q = 0; q < QUANTITIES.size(); q++) {
                g[q] += y.perB(q);
            }
            g[QUANTITIES.size()] += y.share();
        }
        return groups;
    }

    /** The total per B of each quantity. */
    static double[] total(List<LineYield> yields) {
        double[] t = new double[QUANTITIES.size()];
        for (LineYield y : yields) {
            for (int q = 0; q < t.length; q++) {
                t[q] += y.perB(q);
            }
        }
        return t;
    }

    /** The statistical error of {@link #total}: the lines' errors times their shares, in quadrature. */
    static double[] totalError(List<LineYield> yields) {
        double[] t = new double[QUANTITIES.size()];
        for (LineYield y : yields) {
            for (int q = 0; q < t.length; q++) {
                t[q] += Math.pow(y.share() * y.error()[q], 2);
            }
        }
        for (int q = 0; q < t.length; q++) {
            t[q] = Math.sqrt(t[q]);
        }
        return t;
    }

    /** A Markdown table: group, share of the width, and the per-B contribution of each quantity. */
    static String markdown(Map<String, double[]> groups) {
        StringBuilder sb = new StringBuilder("| group | share | ");
        sb.append(String.join(" | ", QUANTITIES)).append(" |\n|---|---|");
        sb.append("---|".repeat(QUANTITIES.size())).append('\n');
        double[] total = new double[QUANTITIES.size() + 1];
        for (Map.Entry<String, double[]> e : groups.entrySet()) {
            double[] g = e.getValue();
            sb.append("| ").append(e.getKey()).append(" | ").append(fmt(g[QUANTITIES.size()]));
            for (int q = 0; q < QUANTITIES.size(); q++) {
                sb.append(" | ").append(fmt(g[q]));
            }
            sb.append(" |\n");
            for (int q = 0; q < total.length; q++) {
                total[q] += g[q];
            }
        }
        sb.append("| total | ").append(fmt(total[QUANTITIES.size()]));
        for (int q = 0; q < QUANTITIES.size(); q++) {
            sb.append(" | ").append(fmt(total[q]));
        }
        return sb.append(" |\n").toString();
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
