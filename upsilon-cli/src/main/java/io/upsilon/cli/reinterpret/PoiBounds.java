package io.upsilon.cli.reinterpret;

import io.upsilon.stats.workspace.Measurement;
import io.upsilon.stats.workspace.ParameterConfig;
import io.upsilon.stats.workspace.Workspace;
import java.util.ArrayList;
import java.util.List;

/**
 * Sets the POI's range in a workspace's measurements. A re-weighted signal can be much smaller
 * than the original (a narrow B -&gt; K X peak where the efficiency is low), so its limit in units
 * of the template can lie far above pyhf's default normfactor range [0, 10].
 */
final class PoiBounds {
    private PoiBounds() {}

    /** The workspace with the POI {@code poi} bounded to [0, hi] in every measurement (other settings kept). */
    static Workspace withUpperBound(Workspace ws, String poi, double hi) {
        List<Measurement> ms = new ArrayList<>();
        for (Measurement m : ws.measurements()) {
            List<ParameterConfig> ps = new ArrayList<>();
            boolean found = false;
            for (ParameterConfig p : m.parameters()) {
                if (p.name().equals(poi)) {
                    found = true;
                    ps.add(new ParameterConfig(
                            p.name(), p.inits(), new double[][] {{0, hi}}, p.fixed(), p.auxdata(), p.sigmas()));
                } else {
                    ps.add(p);
                }
            }
            if (!found) {
                ps.add(new ParameterConfig(poi, null, new double[][] {{0, hi}}, false, null, null));
            }
            ms.add(new Measurement(m.name(), m.poi(), ps, m.pois(), m.correlations()));
        }
        return new Workspace(ws.channels(), ws.observations(), ms, ws.version());
    }
}
