package io.upsilon.stats.workspace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;

/** Writes a {@link Workspace} back as pyhf JSON (schema 1.0.0). */
public final class WorkspaceWriter {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private WorkspaceWriter() {}

    /** The workspace as a JSON tree. */
    public static JsonNode toTree(Workspace ws) {
        ObjectNode root = F.objectNode();
        ArrayNode chans = root.putArray("channels");
        for (Channel c : ws.channels()) {
            ObjectNode cn = chans.addObject();
            cn.put("name", c.name());
            ArrayNode ss = cn.putArray("samples");
            for (Sample s : c.samples()) {
                ObjectNode sn = ss.addObject();
                sn.put("name", s.name());
                numbers(sn.putArray("data"), s.data());
                modifiers(sn.putArray("modifiers"), s.modifiers());
            }
        }
        ArrayNode obs = root.putArray("observations");
        for (Observation o : ws.observations()) {
            ObjectNode on = obs.addObject();
            on.put("name", o.name());
            numbers(on.putArray("data"), o.data());
        }
        ArrayNode meas = root.putArray("measurements");
        for (Measurement m : ws.measurements()) {
            ObjectNode mn = meas.addObject();
            mn.put("name", m.name());
            ObjectNode cfg = mn.putObject("config");
            cfg.put("poi", m.poi());
            ArrayNode ps = cfg.putArray("parameters");
            for (ParameterConfig p : m.parameters()) {
                ObjectNode pn = ps.addObject();
                pn.put("name", p.name());
                if (p.inits() != null) {
                    numbers(pn.putArray("inits"), p.inits());
                }
                if (p.bounds() != null) {
                    ArrayNode b = pn.putArray("bounds");
                    for (double[] lh : p.bounds()) {
                        numbers(b.addArray(), lh);
                    }
                }
                if (p.fixed()) {
                    pn.put("fixed", true);
                }
                if (p.auxdata() != null) {
                    numbers(pn.putArray("auxdata"), p.auxdata());
                }
                if (p.sigmas() != null) {
                    numbers(pn.putArray("sigmas"), p.sigmas());
                }
            }
            if (!m.pois().isEmpty()) {
                ArrayNode pois = cfg.putArray("pois");
                m.pois().forEach(pois::add);
            }
            if (!m.correlations().isEmpty()) {
                ArrayNode cs = cfg.putArray("correlations");
                for (Correlation c : m.correlations()) {
                    ObjectNode cn = cs.addObject();
                    cn.put("name", c.name());
                    ArrayNode names = cn.putArray("parameters");
                    c.parameters().forEach(names::add);
                    ArrayNode rows = cn.putArray(c.covariance() ? "covariance" : "correlation");
                    for (double[] row : c.matrix()) {
                        numbers(rows.addArray(), row);
                    }
                }
            }
        }
        root.put("version", ws.version());
        if (!ws.unbinnedChannels().isEmpty()) {
            unbinned(root.putArray(UnbinnedChannelReader.KEY), ws);
        }
        return root;
    }

    /** The unbinned channels, their events inline (a file-backed channel is written self-contained). */
    private static void unbinned(ArrayNode out, Workspace ws) {
        for (UnbinnedChannel c : ws.unbinnedChannels()) {
            ObjectNode cn = out.addObject();
            cn.put("name", c.name());
            ObjectNode o = cn.putObject("observable");
            o.put("name", c.observable());
            o.put("min", c.lower());
            o.put("max", c.upper());
            ObjectNode d = cn.putObject("data");
            numbers(d.putArray("values"), c.values());
            if (c.weights() != null) {
                numbers(d.putArray("weights"), c.weights());
            }
            ArrayNode comps = cn.putArray("components");
            for (UnbinnedComponent k : c.components()) {
                ObjectNode kn = comps.addObject();
                kn.put("name", k.name());
                kn.put("pdf", k.pdf());
                ArrayNode ps = kn.putArray("parameters");
                k.parameters().forEach(ps::add);
                kn.put("yield", k.yield());
                modifiers(kn.putArray("modifiers"), k.modifiers());
            }
            ArrayNode sps = cn.putArray("shape_parameters");
            for (ShapeParameter p : c.shapeParameters()) {
                ObjectNode pn = sps.addObject();
                pn.put("name", p.name());
                pn.put("init", p.init());
                numbers(pn.putArray("bounds"), new double[] {p.lower(), p.upper()});
                if (p.fixed()) {
                    pn.put("fixed", true);
                }
                if (p.constrained()) {
                    ObjectNode cst = pn.putObject("constraint");
                    cst.put("mean", p.constraintMean());
                    cst.put("sigma", p.constraintSigma());
                }
            }
        }
    }

    private static void modifiers(ArrayNode ms, java.util.List<Modifier> modifiers) {
        for (Modifier m : modifiers) {
            ObjectNode mn = ms.addObject();
            mn.put("name", m.name());
            mn.put("type", m.type());
            if (m instanceof Modifier.NormSys n) {
                ObjectNode d = mn.putObject("data");
                d.put("hi", n.hi());
                d.put("lo", n.lo());
            } else if (m instanceof Modifier.HistoSys h) {
                ObjectNode d = mn.putObject("data");
                numbers(d.putArray("hi_data"), h.hiData());
                numbers(d.putArray("lo_data"), h.loData());
            } else if (m instanceof Modifier.ShapeSys sh) {
                numbers(mn.putArray("data"), sh.data());
            } else if (m instanceof Modifier.StatError se) {
                numbers(mn.putArray("data"), se.data());
            } else if (m instanceof Modifier.Formula f) {
                mn.putObject("data").put("expression", f.expression().text());
            } else {
                mn.putNull("data");
            }
        }
    }

    /** The workspace as pretty-printed JSON text. */
    public static String toJson(Workspace ws) {
        try {
            return WorkspaceReader.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(toTree(ws));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void numbers(ArrayNode a, double[] v) {
        for (double x : v) {
            a.add(x);
        }
    }
}
