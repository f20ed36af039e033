package io.upsilon.stats.workspace;

import io.upsilon.core.error.InputException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** pyhf-style workspace operations: pruning, renaming and combining. Inputs are never modified. */
public final class WorkspaceOps {

    private WorkspaceOps() {}

    /**
     * Removes channels, samples, modifiers (by parameter name, everywhere) and measurements.
     * Observations of removed channels go too; removing every channel or measurement is an error.
     */
    public static Workspace prune(
            Workspace ws, Set<String> channels, Set<String> samples, Set<String> modifiers, Set<String> measurements) {
        requireBinnedOnly(ws, "prune");
        List<Channel> chans = new ArrayList<>();
        for (Channel c : ws.channels()) {
            if (channels.contains(c.name())) {
                continue;
            }
            List<Sample> ss = new ArrayList<>();
            for (Sample s : c.samples()) {
                if (samples.contains(s.name())) {
                    continue;
                }
                List<Modifier> ms = s.modifiers().stream()
                        .filter(m -> !modifiers.contains(m.name()))
                        .toList();
                ss.add(new Sample(s.name(), s.data(), ms));
            }
            if (ss.isEmpty()) {
                throw new InputException(
                        "prune", "/channels", "pruning leaves channel \"" + c.name() + "\" without samples");
            }
            chans.add(new Channel(c.name(), ss));
        }
        if (chans.isEmpty()) {
            throw new InputException("prune", "/channels", "pruning removes every channel");
        }
        Set<String> kept = new HashSet<>();
        chans.forEach(c -> kept.add(c.name()));
        List<Observation> obs =
                ws.observations().stream().filter(o -> kept.contains(o.name())).toList();
        List<Measurement> meas = new ArrayList<>();
        for (Measurement m : ws.measurements()) {
            if (measurements.contains(m.name())) {
                continue;
            }
            meas.add(m.withParameters(m.parameters().stream()
                            .filter(p -> !modifiers.contains(p.name()))
                            .toList())
                    .withCorrelations(withoutParameters(m.correlations(), modifiers)));
        }
        if (meas.isEmpty()) {
            throw new InputException("prune", "/measurements", "pruning removes every measurement");
        }
        return new Workspace(chans, obs, meas, ws.version());
    }

    /** Renames channels, samples, modifiers (parameters, also in measurements) and measurements. */
    public static Workspace rename(
            Workspace ws,
            Map<String, String> channels,
            Map<String, String> samples,
            Map<String, String> modifiers,
            Map<String, String> measurements) {
        requireBinnedOnly(ws, "rename");
        List<Channel> chans = new ArrayList<>();
        for (Channel c : ws.channels()) {
            List<Sample> ss = new ArrayList<>();
            for (Sample s : c.samples()) {
                List<Modifier> ms = new ArrayList<>();
                for (Modifier m : s.modifiers()) {
                    if (m instanceof Modifier.Formula f) {
                        // A formula's parameters are the names in its expression.
                        ms.add(new Modifier.Formula(f.name(), f.expression().renamed(modifiers)));
                    } else {
                        ms.add(renamed(m, modifiers.getOrDefault(m.name(), m.name())));
                    }
                }
                ss.add(new Sample(samples.getOrDefault(s.name(), s.name()), s.data(), ms));
            }
            chans.add(new Channel(channels.getOrDefault(c.name(), c.name()), ss));
        }
        List<Observation> obs = ws.observations().stream()
                .map(o -> new Observation(channels.getOrDefault(o.name(), o.name()), o.data()))
                .toList();
        List<Measurement> meas = new ArrayList<>();
        for (Measurement m : ws.measurements()) {
            List<ParameterConfig> ps = new ArrayList<>();
            for (ParameterConfig p : m.parameters()) {
                ps.add(new ParameterConfig(
                        modifiers.getOrDefault(p.name(), p.name()),
                        p.inits(),
                        p.bounds(),
                        p.fixed(),
                        p.auxdata(),
                        p.sigmas()));
            }
            List<String> pois =
                    m.pois().stream().map(p -> modifiers.getOrDefault(p, p)).toList();
            List<Correlation> corr = m.correlations().stream()
                    .map(c -> new Correlation(
                            c.name(),
                            c.parameters().stream()
                                    .map(p -> modifiers.getOrDefault(p, p))
                                    .toList(),
                            c.matrix(),
                            c.covariance()))
                    .toList();
            meas.add(new Measurement(
                    measurements.getOrDefault(m.name(), m.name()),
                    modifiers.getOrDefault(m.poi(), m.poi()),
                    ps,
                    pois,
                    corr));
        }
        try {
            return new Workspace(chans, obs, meas, ws.version());
        } catch (IllegalArgumentException e) {
            throw new InputException("rename", "", e.getMessage(), e);
        }
    }

    /**
     * Combines two workspaces with disjoint channels. Measurements of the same name are merged
     * (same POI required; parameter settings of {@code a} win where both set a parameter);
     * measurements in only one workspace are kept.
     */
    public static Workspace combine(Workspace a, Workspace b) {
        Set<String> names = new HashSet<>();
        a.channels().forEach(c -> names.add(c.name()));
        for (Channel c : b.channels()) {
            if (names.contains(c.name())) {
                throw new InputException(
                        "combine", "/channels", "both workspaces have a channel named \"" + c.name() + "\"");
            }
        }
        List<Channel> chans = new ArrayList<>(a.channels());
        chans.addAll(b.channels());
        List<Observation> obs = new ArrayList<>(a.observations());
        obs.addAll(b.observations());
        Map<String, Measurement> byName = new HashMap<>();
        List<String> order = new ArrayList<>();
        for (Measurement m : a.measurements()) {
            byName.put(m.name(), m);
            order.add(m.name());
        }
        for (Measurement m : b.measurements()) {
            Measurement prev = byName.get(m.name());
            if (prev == null) {
                byName.put(m.name(), m);
                order.add(m.name());
                continue;
            }
            if (!prev.poi().equals(m.poi())) {
                throw new InputException(
                        "combine",
                        "/measurements",
                        "measurement \"" + m.name() + "\" has POI \"" + prev.poi() + "\" in one workspace and \""
                                + m.poi() + "\" in the other");
            }
            List<ParameterConfig> ps = new ArrayList<>(prev.parameters());
            Set<String> have = new HashSet<>();
            ps.forEach(p -> have.add(p.name()));
            m.parameters().stream().filter(p -> !have.contains(p.name())).forEach(ps::add);
            byName.put(m.name(), prev.withParameters(ps));
        }
        List<Measurement> meas = order.stream().map(byName::get).toList();
        for (UnbinnedChannel u : b.unbinnedChannels()) {
            if (names.contains(u.name())
                    || a.unbinnedChannels().stream().anyMatch(x -> x.name().equals(u.name()))) {
                throw new InputException(
                        "combine", "/unbinned_channels", "both workspaces have a channel named \"" + u.name() + "\"");
            }
        }
        List<UnbinnedChannel> unbinned = new ArrayList<>(a.unbinnedChannels());
        unbinned.addAll(b.unbinnedChannels());
        try {
            return new Workspace(chans, obs, meas, a.version(), unbinned);
        } catch (IllegalArgumentException e) {
            throw new InputException("combine", "/unbinned_channels", e.getMessage(), e);
        }
    }

    /** Prune and rename do not know unbinned channels yet: refuse rather than drop them. */
    private static void requireBinnedOnly(Workspace ws, String op) {
        if (!ws.unbinnedChannels().isEmpty()) {
            throw new InputException(
                    op, "/unbinned_channels", op + " does not support workspaces with unbinned channels yet");
        }
    }

    /**
     * Correlation blocks without the removed parameters: the marginal of a multivariate normal is
     * its sub-matrix; a block left with fewer than two parameters is an ordinary constraint again.
     */
    static List<Correlation> withoutParameters(List<Correlation> blocks, Set<String> removed) {
        List<Correlation> out = new ArrayList<>();
        for (Correlation c : blocks) {
            List<String> keep =
                    c.parameters().stream().filter(p -> !removed.contains(p)).toList();
            if (keep.size() >= 2) {
                out.add(keep.size() == c.parameters().size() ? c : c.restrictedTo(keep));
            }
        }
        return out;
    }

    private static Modifier renamed(Modifier m, String name) {
        if (m.name().equals(name)) {
            return m;
        }
        if (m instanceof Modifier.NormFactor) {
            return new Modifier.NormFactor(name);
        } else if (m instanceof Modifier.ShapeFactor) {
            return new Modifier.ShapeFactor(name);
        } else if (m instanceof Modifier.Lumi) {
            return new Modifier.Lumi(name);
        } else if (m instanceof Modifier.NormSys n) {
            return new Modifier.NormSys(name, n.hi(), n.lo());
        } else if (m instanceof Modifier.HistoSys h) {
            return new Modifier.HistoSys(name, h.hiData(), h.loData());
        } else if (m instanceof Modifier.ShapeSys s) {
            return new Modifier.ShapeSys(name, s.data());
        } else if (m instanceof Modifier.Formula f) {
            return new Modifier.Formula(name, f.expression());
        } else {
            return new Modifier.StatError(name, ((Modifier.StatError) m).data());
        }
    }
}
