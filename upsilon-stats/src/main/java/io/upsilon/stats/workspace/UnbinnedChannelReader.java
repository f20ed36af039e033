package io.upsilon.stats.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import io.upsilon.core.error.InputException;
import io.upsilon.stats.unbinned.Observable;
import io.upsilon.stats.unbinned.Parameter;
import io.upsilon.stats.unbinned.PdfKinds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the {@code "unbinned_channels"} extension of a workspace (see {@link UnbinnedChannel});
 * part of {@link WorkspaceReader}, whose helpers give every problem the file and JSON pointer.
 * Events come inline ({@code "values"}, optional {@code "weights"}) or from a CSV file with a
 * header line, resolved against the workspace file's directory.
 */
final class UnbinnedChannelReader {

    /** The top-level key; pyhf's schema forbids it (the workspace has additionalProperties: false). */
    static final String KEY = "unbinned_channels";

    /** Modifier types that need no bins, the only ones a component's yield may have. */
    private static final Set<String> YIELD_MODIFIERS = Set.of("normfactor", "normsys", "lumi", "formula");

    private final WorkspaceReader r;

    UnbinnedChannelReader(WorkspaceReader reader) {
        this.r = reader;
    }

    List<UnbinnedChannel> channels(JsonNode n) {
        String p = "/" + KEY;
        r.array(n, p);
        List<UnbinnedChannel> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Map<String, ShapeParameter> shared = new HashMap<>();
        Map<String, String> sharedAt = new HashMap<>();
        for (int i = 0; i < n.size(); i++) {
            String cp = p + "/" + i;
            UnbinnedChannel c = channel(n.get(i), cp);
            if (!names.add(c.name())) {
                throw r.bad(cp + "/name", "duplicate unbinned channel name \"" + c.name() + "\"");
            }
            for (int k = 0; k < c.shapeParameters().size(); k++) {
                ShapeParameter sp = c.shapeParameters().get(k);
                String at = cp + "/shape_parameters/" + k;
                ShapeParameter old = shared.putIfAbsent(sp.name(), sp);
                if (old != null && !old.equals(sp)) {
                    throw r.bad(
                            at,
                            "shape parameter \"" + sp.name() + "\" is declared differently at "
                                    + sharedAt.get(sp.name()) + " (" + describe(old) + " there, " + describe(sp)
                                    + " here)");
                }
                sharedAt.putIfAbsent(sp.name(), at);
            }
            out.add(c);
        }
        return out;
    }

    private static String describe(ShapeParameter p) {
        String s = p.fixed() ? "fixed" : p.constrained() ? "constrained" : "free";
        return s + ", init " + p.init() + ", bounds [" + p.lower() + ", " + p.upper() + "]";
    }

    private UnbinnedChannel channel(JsonNode n, String p) {
        r.object(n, p);
        r.onlyKeys(n, p, Set.of("name", "observable", "data", "components", "shape_parameters"));
        String name = r.string(r.field(n, p, "name"), p + "/name");
        if (name.isEmpty()) {
            throw r.bad(p + "/name", "expected a non-empty channel name");
        }
        String op = p + "/observable";
        JsonNode on = r.object(r.field(n, p, "observable"), op);
        r.onlyKeys(on, op, Set.of("name", "min", "max"));
        String obsName = r.string(r.field(on, op, "name"), op + "/name");
        double lo = r.number(r.field(on, op, "min"), op + "/min");
        double hi = r.number(r.field(on, op, "max"), op + "/max");
        if (obsName.isBlank() || !(lo < hi)) {
            throw r.bad(
                    op,
                    "expected a named observable with min < max, got \"" + obsName + "\" on [" + lo + ", " + hi + "]");
        }
        Observable x = new Observable(obsName, lo, hi);

        List<ShapeParameter> shapes = new ArrayList<>();
        Map<String, Integer> shapeIndex = new HashMap<>();
        if (n.has("shape_parameters")) {
            JsonNode sps = r.array(n.get("shape_parameters"), p + "/shape_parameters");
            for (int i = 0; i < sps.size(); i++) {
                String sp = p + "/shape_parameters/" + i;
                ShapeParameter s = shapeParameter(sps.get(i), sp);
                if (shapeIndex.put(s.name(), i) != null) {
                    throw r.bad(sp + "/name", "duplicate shape parameter \"" + s.name() + "\"");
                }
                shapes.add(s);
            }
        }
        boolean[] used = new boolean[shapes.size()];

        String csp = p + "/components";
        JsonNode cs = r.array(r.field(n, p, "components"), csp);
        if (cs.isEmpty()) {
            throw r.bad(csp, "expected at least one component, got an empty array");
        }
        List<UnbinnedComponent> comps = new ArrayList<>();
        Set<String> compNames = new HashSet<>();
        for (int i = 0; i < cs.size(); i++) {
            UnbinnedComponent c = component(cs.get(i), csp + "/" + i, x, shapes, shapeIndex, used);
            if (!compNames.add(c.name())) {
                throw r.bad(csp + "/" + i + "/name", "duplicate component name \"" + c.name() + "\"");
            }
            comps.add(c);
        }
        for (int i = 0; i < used.length; i++) {
            if (!used[i]) {
                throw r.bad(
                        p + "/shape_parameters/" + i,
                        "shape parameter \"" + shapes.get(i).name() + "\" is used by no component");
            }
        }
        double[][] events = data(r.field(n, p, "data"), p + "/data", x);
        try {
            return new UnbinnedChannel(name, obsName, lo, hi, events[0], events[1], comps, shapes);
        } catch (IllegalArgumentException e) {
            throw new InputException(r.source, p, e.getMessage(), e);
        }
    }

    private ShapeParameter shapeParameter(JsonNode n, String p) {
        r.object(n, p);
        r.onlyKeys(n, p, Set.of("name", "init", "bounds", "fixed", "constraint"));
        String name = r.string(r.field(n, p, "name"), p + "/name");
        if (name.isBlank()) {
            throw r.bad(p + "/name", "expected a non-empty parameter name");
        }
        double init = r.number(r.field(n, p, "init"), p + "/init");
        double[] b = r.numbers(r.field(n, p, "bounds"), p + "/bounds", 2, " [lo, hi]");
        if (!(b[0] < b[1])) {
            throw r.bad(p + "/bounds", "expected lo < hi, got [" + b[0] + ", " + b[1] + "]");
        }
        if (!(init >= b[0] && init <= b[1])) {
            throw r.bad(
                    p + "/init", "the initial value " + init + " is outside the bounds [" + b[0] + ", " + b[1] + "]");
        }
        boolean fixed = false;
        if (n.has("fixed")) {
            if (!n.get("fixed").isBoolean()) {
                throw r.bad(p + "/fixed", "expected a boolean, got " + WorkspaceReader.describe(n.get("fixed")));
            }
            fixed = n.get("fixed").asBoolean();
        }
        double mean = Double.NaN;
        double sigma = Double.NaN;
        if (n.has("constraint")) {
            String cp = p + "/constraint";
            JsonNode c = r.object(n.get("constraint"), cp);
            r.onlyKeys(c, cp, Set.of("mean", "sigma"));
            mean = r.number(r.field(c, cp, "mean"), cp + "/mean");
            sigma = r.number(r.field(c, cp, "sigma"), cp + "/sigma");
            if (!(sigma > 0)) {
                throw r.bad(cp + "/sigma", "expected a width > 0, got " + sigma);
            }
            if (fixed) {
                throw r.bad(
                        p,
                        "parameter \"" + name + "\" is both fixed and constrained: a constraint needs a parameter"
                                + " the fit may move");
            }
        }
        return new ShapeParameter(name, init, b[0], b[1], fixed, mean, sigma);
    }

    private UnbinnedComponent component(
            JsonNode n,
            String p,
            Observable x,
            List<ShapeParameter> shapes,
            Map<String, Integer> shapeIndex,
            boolean[] used) {
        r.object(n, p);
        r.onlyKeys(n, p, Set.of("name", "pdf", "parameters", "yield", "modifiers"));
        String name = r.string(r.field(n, p, "name"), p + "/name");
        String kindName = r.string(r.field(n, p, "pdf"), p + "/pdf");
        PdfKinds.Kind kind = PdfKinds.byName(kindName)
                .orElseThrow(() ->
                        r.bad(p + "/pdf", "unknown PDF \"" + kindName + "\"; expected one of " + PdfKinds.names()));
        JsonNode ps = r.array(r.field(n, p, "parameters"), p + "/parameters");
        if (!kind.accepts(ps.size())) {
            throw r.bad(
                    p + "/parameters",
                    "a " + kindName + " takes " + kind.signature() + ", got " + ps.size() + " parameter(s)");
        }
        List<String> names = new ArrayList<>();
        List<Parameter> declared = new ArrayList<>();
        for (int i = 0; i < ps.size(); i++) {
            String pn = r.string(ps.get(i), p + "/parameters/" + i);
            Integer k = shapeIndex.get(pn);
            if (k == null) {
                throw r.bad(
                        p + "/parameters/" + i,
                        "\"" + pn + "\" is not a shape parameter of this channel (declare it in \"shape_parameters\")");
            }
            used[k] = true;
            names.add(pn);
            ShapeParameter sp = shapes.get(k);
            declared.add(Parameter.of(pn, sp.init(), sp.lower(), sp.upper()));
        }
        try {
            // Built once here so that a PDF outside its domain at the declared values is reported
            // with its JSON pointer; the model builds its own.
            kind.factory().create(x, declared);
        } catch (IllegalArgumentException e) {
            throw new InputException(r.source, p + "/parameters", e.getMessage(), e);
        }
        double yield = r.number(r.field(n, p, "yield"), p + "/yield");
        if (!(yield > 0)) {
            throw r.bad(p + "/yield", "expected a nominal yield > 0, got " + yield);
        }
        List<Modifier> mods = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        if (n.has("modifiers")) {
            JsonNode ms = r.array(n.get("modifiers"), p + "/modifiers");
            for (int j = 0; j < ms.size(); j++) {
                String mp = p + "/modifiers/" + j;
                JsonNode type = ms.get(j) == null ? null : ms.get(j).get("type");
                if (type != null && type.isTextual() && !YIELD_MODIFIERS.contains(type.asText())) {
                    throw r.bad(
                            mp + "/type",
                            "a " + type.asText() + " modifier acts on bins; an unbinned component's yield takes "
                                    + new java.util.TreeSet<>(YIELD_MODIFIERS));
                }
                Modifier m = r.modifier(ms.get(j), mp, 1);
                if (!keys.add(m.type() + "/" + m.name())) {
                    throw r.bad(
                            mp,
                            "duplicate " + m.type() + " modifier \"" + m.name() + "\" on component \"" + name + "\"");
                }
                if (shapeIndex.containsKey(m.name()) || (m instanceof Modifier.Formula f && usesShape(f, shapeIndex))) {
                    throw r.bad(
                            mp,
                            "modifier \"" + m.name() + "\" uses a shape parameter of this channel; a parameter"
                                    + " is either a shape parameter or a yield modifier's");
                }
                mods.add(m);
            }
        }
        return new UnbinnedComponent(name, kindName, names, yield, mods);
    }

    private static boolean usesShape(Modifier.Formula f, Map<String, Integer> shapeIndex) {
        return f.expression().variables().stream().anyMatch(shapeIndex::containsKey);
    }

    /** The events: {values, weights or null}. */
    private double[][] data(JsonNode n, String p, Observable x) {
        r.object(n, p);
        r.onlyKeys(n, p, Set.of("values", "weights", "file", "column", "weights_column"));
        if (n.has("values") == n.has("file")) {
            throw r.bad(p, "expected exactly one of \"values\" (inline events) and \"file\" (a CSV file)");
        }
        if (n.has("values")) {
            if (n.has("column") || n.has("weights_column")) {
                throw r.bad(p, "\"column\" and \"weights_column\" belong to a \"file\"");
            }
            double[] v = r.numbers(n.get("values"), p + "/values", -1, "");
            for (int i = 0; i < v.length; i++) {
                if (!x.contains(v[i])) {
                    throw r.bad(
                            p + "/values/" + i,
                            "event " + v[i] + " is outside the observable's range [" + x.lower() + ", " + x.upper()
                                    + "]");
                }
            }
            double[] w =
                    n.has("weights") ? r.numbers(n.get("weights"), p + "/weights", v.length, " (one per event)") : null;
            return new double[][] {v, w};
        }
        if (n.has("weights")) {
            throw r.bad(p + "/weights", "with a \"file\", give the weights as its \"weights_column\"");
        }
        String file = r.string(n.get("file"), p + "/file");
        String column = r.string(r.field(n, p, "column"), p + "/column");
        String weightsColumn =
                n.has("weights_column") ? r.string(n.get("weights_column"), p + "/weights_column") : null;
        return csv(file, column, weightsColumn, p, x);
    }

    private Path resolve(String file, String p) {
        try {
            Path f = Path.of(file);
            if (f.isAbsolute()) {
                return f;
            }
            Path dir = Path.of(r.source).toAbsolutePath().getParent();
            return dir == null ? f : dir.resolve(f);
        } catch (InvalidPathException e) {
            throw r.bad(p + "/file", "invalid path \"" + file + "\": " + e.getMessage());
        }
    }

    private double[][] csv(String file, String column, String weightsColumn, String p, Observable x) {
        Path path = resolve(file, p);
        List<String> lines;
        if (!Files.isRegularFile(path)) {
            // Also refuses devices and pipes, which could be read forever.
            throw r.bad(p + "/file", "events file " + path + " does not exist or is not a regular file");
        }
        try {
            if (Files.size(path) > WorkspaceReader.MAX_FILE_BYTES) {
                throw r.bad(
                        p + "/file",
                        "events file " + path + " is larger than " + (WorkspaceReader.MAX_FILE_BYTES >> 20) + " MiB");
            }
            lines = Files.readAllLines(path);
        } catch (IOException e) {
            throw r.bad(p + "/file", "cannot read events file " + path + ": " + e);
        }
        if (lines.isEmpty()) {
            throw r.bad(p + "/file", "events file " + path + " is empty: expected a header line");
        }
        List<String> header =
                List.of(lines.get(0).split(",", -1)).stream().map(String::strip).toList();
        int vc = header.indexOf(column);
        if (vc < 0) {
            throw r.bad(
                    p + "/column", "events file " + path + " has no column \"" + column + "\" (has " + header + ")");
        }
        int wc = -1;
        if (weightsColumn != null) {
            wc = header.indexOf(weightsColumn);
            if (wc < 0) {
                throw r.bad(
                        p + "/weights_column",
                        "events file " + path + " has no column \"" + weightsColumn + "\" (has " + header + ")");
            }
        }
        double[] v = new double[lines.size() - 1];
        double[] w = wc < 0 ? null : new double[v.length];
        int n = 0;
        for (int l = 1; l < lines.size(); l++) {
            String line = lines.get(l);
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split(",", -1);
            if (cells.length != header.size()) {
                throw r.bad(
                        p + "/file",
                        path + " line " + (l + 1) + ": expected " + header.size() + " cells, got " + cells.length);
            }
            v[n] = cell(cells[vc], path, l, p);
            if (!x.contains(v[n])) {
                throw r.bad(
                        p + "/file",
                        path + " line " + (l + 1) + ": event " + v[n] + " is outside the observable's range ["
                                + x.lower() + ", " + x.upper() + "]");
            }
            if (w != null) {
                w[n] = cell(cells[wc], path, l, p);
            }
            n++;
        }
        return new double[][] {java.util.Arrays.copyOf(v, n), w == null ? null : java.util.Arrays.copyOf(w, n)};
    }

    private double cell(String text, Path path, int l, String p) {
        try {
            double d = Double.parseDouble(text.strip());
            if (Double.isFinite(d)) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw r.bad(p + "/file", path + " line " + (l + 1) + ": expected a finite number, got \"" + text + "\"");
    }
}
