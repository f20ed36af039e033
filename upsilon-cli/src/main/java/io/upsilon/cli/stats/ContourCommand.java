package io.upsilon.cli.stats;

import io.upsilon.core.error.InputException;
import io.upsilon.stats.fit.FitResult;
import io.upsilon.stats.fit.Fitter;
import io.upsilon.stats.infer.ProfileContour;
import io.upsilon.stats.infer.UpperLimit;
import io.upsilon.stats.model.Model;
import io.upsilon.stats.model.ParameterSet;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code upsilon stats contour}: the 68.27% and 95% CL regions of two parameters of interest from
 * the profile likelihood on a grid ({@link ProfileContour}), as JSON and PNG.
 */
@Command(
        name = "contour",
        mixinStandardHelpOptions = true,
        description = "2D profile-likelihood contours (68.27%% and 95%% CL, chi2 with 2 dof) of two parameters"
                + " on a grid; writes contour.json and contour.png. Exit status 2: bad input; 3: the fit failed.")
final class ContourCommand implements Callable<Integer> {
    /** The two confidence levels drawn: 1 sigma of a Gaussian in one dimension, and 95%. */
    static final double[] LEVELS = {0.6827, 0.95};

    static final List<String> LEVEL_NAMES = List.of("68.27% CL", "95% CL");

    @Mixin
    WorkspaceOptions ws;

    @Option(
            names = "--pois",
            split = ",",
            paramLabel = "A,B",
            description = "the two parameters (default: the measurement's first two \"pois\")")
    List<String> pois;

    @Option(names = "--grid", defaultValue = "41", description = "grid points per axis (default ${DEFAULT-VALUE})")
    int grid;

    @Option(
            names = "--x-range",
            paramLabel = "LO:HI",
            description = "range of the first parameter (default: best fit +- 3 sigma, within bounds)")
    String xRange;

    @Option(names = "--y-range", paramLabel = "LO:HI", description = "range of the second parameter")
    String yRange;

    @Option(names = "--threads", description = "threads (default: available processors; same result for any)")
    Integer threads;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "output directory")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (grid < 3 || grid > 401) {
            throw new InputException("--grid", "", "expected 3 to 401 points per axis, got " + grid);
        }
        int nThreads = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (nThreads < 1) {
            throw new InputException("--threads", "", "expected at least 1, got " + nThreads);
        }
        Model m = ws.compile(spec.commandLine().getErr());
        List<String> names = pois != null ? pois : m.poiNames();
        if (names.size() != 2) {
            throw new InputException(
                    pois != null ? "--pois" : ws.workspace.toString(),
                    "",
                    "expected two parameters (--pois A,B or a measurement with two \"pois\"), got " + names);
        }
        for (String n : names) {
            ParameterSet p = m.parameterSet(n);
            if (p == null || p.size() != 1) {
                throw new InputException("--pois", "", "\"" + n + "\" is not a scalar parameter of the model");
            }
        }
        if (names.get(0).equals(names.get(1))) {
            throw new InputException("--pois", "", "expected two different parameters, got " + names);
        }
        FitResult best = new Fitter(m).fit(m.observedData(), m.suggestedInit(), m.suggestedFixed(), true);
        if (!best.status().ok()) {
            PrintWriter e = spec.commandLine().getErr();
            e.println("upsilon: error: the best fit did not converge ("
                    + best.diagnosis().summary() + ")");
            e.flush();
            return StatsCommand.EXIT_COMPUTATION_FAILED;
        }
        double[] xr = range(m, best, names.get(0), xRange, "--x-range");
        double[] yr = range(m, best, names.get(1), yRange, "--y-range");
        double[] xs = UpperLimit.linspace(xr[0], xr[1], grid);
        double[] ys = UpperLimit.linspace(yr[0], yr[1], grid);
        ProfileContour.Result r =
                ProfileContour.scan(m, m.observedData(), names.get(0), names.get(1), xs, ys, nThreads);

        Map<String, Object> json = new LinkedHashMap<>();
        json.put("pois", names);
        json.put("bestfit", List.of(r.best().value(r.xIndex()), r.best().value(r.yIndex())));
        json.put("twice_nll_min", r.best().twiceNll());
        json.put("failed_fits", r.failed());
        List<Map<String, Object>> contours = new ArrayList<>();
        for (int l = 0; l < LEVELS.length; l++) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("cl", LEVELS[l]);
            c.put("delta_twice_nll", ProfileContour.deltaQ(LEVELS[l]));
            c.put("lines", r.contour(LEVELS[l]));
            contours.add(c);
        }
        json.put("contours", contours);
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("x", r.x());
        g.put("y", r.y());
        g.put("delta_twice_nll", r.q());
        json.put("grid", g);
        try {
            Files.createDirectories(out);
        } catch (java.io.IOException e) {
            throw new InputException(out.toString(), "", "cannot create the output directory: " + e.getMessage(), e);
        }
        Path jsonFile = out.resolve("contour.json");
        Path pngFile = out.resolve("contour.png");
        PruneCommand.write(jsonFile, Json.write(json));
        ContourPlots.writePng(r, LEVELS, LEVEL_NAMES, pngFile);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("pois", names);
        summary.put("bestfit", json.get("bestfit"));
        summary.put("failed_fits", r.failed());
        summary.put("files", List.of(jsonFile.toString(), pngFile.toString()));
        PrintWriter w = spec.commandLine().getOut();
        w.println(Json.write(summary));
        w.flush();
        return 0;
    }

    /** LO:HI from the option, or best fit +- 3 sigma clipped to the parameter's bounds. */
    private static double[] range(Model m, FitResult best, String name, String option, String optionName) {
        int i = m.parameterSet(name).offset();
        double lo;
        double hi;
        if (option != null) {
            String[] parts = option.split(":", -1);
            try {
                if (parts.length != 2) {
                    throw new NumberFormatException();
                }
                lo = Double.parseDouble(parts[0].trim());
                hi = Double.parseDouble(parts[1].trim());
            } catch (NumberFormatException e) {
                throw new InputException(optionName, "", "expected LO:HI, got \"" + option + "\"");
            }
        } else {
            double err = best.errors() == null ? Double.NaN : best.errors()[i];
            if (!(err > 0) || !Double.isFinite(err)) {
                throw new InputException(
                        optionName,
                        "",
                        "no uncertainty of " + name + " from the fit to set a default range; give " + optionName);
            }
            // +-3 sigma covers the 95% region, which reaches sqrt(5.99) = 2.45 sigma in each parameter.
            lo = Math.max(m.lowerBounds()[i], best.value(i) - 3 * err);
            hi = Math.min(m.upperBounds()[i], best.value(i) + 3 * err);
        }
        if (!(lo < hi) || !Double.isFinite(lo) || !Double.isFinite(hi)) {
            throw new InputException(optionName, "", String.format(Locale.ROOT, "expected LO < HI, got %s:%s", lo, hi));
        }
        if (lo < m.lowerBounds()[i] || hi > m.upperBounds()[i]) {
            throw new InputException(
                    optionName,
                    "",
                    "the range of " + name + " leaves its bounds [" + m.lowerBounds()[i] + ", " + m.upperBounds()[i]
                            + "]");
        }
        return new double[] {lo, hi};
    }
}
