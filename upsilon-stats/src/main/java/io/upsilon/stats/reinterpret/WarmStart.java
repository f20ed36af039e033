package io.upsilon.stats.reinterpret;

import io.upsilon.stats.model.Model;
import io.upsilon.stats.model.ParameterSet;
import io.upsilon.stats.workspace.Measurement;
import io.upsilon.stats.workspace.ParameterConfig;
import io.upsilon.stats.workspace.Workspace;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Initial values for the fits of every model point: the nuisance parameters of one fit of the
 * unweighted workspace, written into a re-weighted workspace's measurements as {@code inits}.
 *
 * <p>Why: the fits of a point (free fit, the Asimov-defining fit at POI = 0, the free fit to the
 * Asimov data) start from the suggested init. The background-only fit at POI = 0 barely depends on
 * the signal's shape (only through the staterror widths, which the signal's template enters), so
 * starting there the optimiser has little left to do. The start is the same for every point (not
 * the previous point's fit), so a point's result does not depend on the order or the thread that
 * computes it. The minimum does not depend on the start beyond the fit's convergence tolerance.
 */
public final class WarmStart {
    private final Map<String, double[]> inits;
    private final String[] names;
    private final boolean[] fixed;

    private WarmStart(Map<String, double[]> inits, String[] names, boolean[] fixed) {
        this.inits = inits;
        this.names = names;
        this.fixed = fixed;
    }

    /**
     * The start taken from {@code values}, a fit of {@code model}: every parameter set except the
     * POI {@code poi} and sets with a fixed element (their init is their value).
     */
    public static WarmStart of(Model model, double[] values, String poi) {
        if (values.length != model.size()) {
            throw new IllegalArgumentException("expected " + model.size() + " values, got " + values.length);
        }
        Map<String, double[]> inits = new LinkedHashMap<>();
        for (ParameterSet p : model.parameterSets()) {
            boolean anyFixed = false;
            for (boolean f : p.fixed()) {
                anyFixed |= f;
            }
            if (p.name().equals(poi) || anyFixed) {
                continue;
            }
            double[] v = new double[p.size()];
            System.arraycopy(values, p.offset(), v, 0, v.length);
            inits.put(p.name(), v);
        }
        return new WarmStart(inits, model.parameterNames(), model.suggestedFixed());
    }

    /**
     * Whether {@code model}, compiled from a workspace this start was applied to, has the
     * parameters and the fixed elements of the model the start was taken from. A parameter that
     * is fixed only in {@code model} would be held at the start's value instead of its own init,
     * so the caller must compile without the start then.
     */
    public boolean matches(Model model) {
        return Arrays.equals(names, model.parameterNames()) && Arrays.equals(fixed, model.suggestedFixed());
    }

    /** Number of parameter sets this start sets. */
    public int parameterSets() {
        return inits.size();
    }

    /**
     * The workspace with these inits in every measurement; a parameter's other settings (bounds,
     * fixed, auxdata, sigmas) are kept.
     */
    public Workspace applyTo(Workspace ws) {
        List<Measurement> ms = new ArrayList<>();
        for (Measurement m : ws.measurements()) {
            Map<String, double[]> todo = new LinkedHashMap<>(inits);
            List<ParameterConfig> ps = new ArrayList<>();
            for (ParameterConfig p : m.parameters()) {
                double[] v = todo.remove(p.name());
                ps.add(
                        v == null || p.fixed()
                                ? p
                                : new ParameterConfig(p.name(), v, p.bounds(), false, p.auxdata(), p.sigmas()));
            }
            for (var e : todo.entrySet()) {
                ps.add(new ParameterConfig(e.getKey(), e.getValue(), null, false, null, null));
            }
            ms.add(new Measurement(m.name(), m.poi(), ps, m.pois(), m.correlations()));
        }
        return new Workspace(ws.channels(), ws.observations(), ms, ws.version());
    }
}
