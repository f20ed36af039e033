package io.upsilon.stats.report;

import io.upsilon.stats.fit.FitResult;
import io.upsilon.stats.fit.Fitter;
import io.upsilon.stats.infer.ParallelTasks;
import io.upsilon.stats.model.Model;
import io.upsilon.stats.model.ParameterSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Impacts of groups of nuisance parameters on the POI, the way cabinetry and the ATLAS/CMS
 * "breakdown" of uncertainties define them: fix the group's parameters at their best-fit values,
 * refit the rest, and take the quadrature difference of the POI's Hessian error, {@code
 * sqrt(sigma_free^2 - sigma_fixed^2)} (cabinetry/fit/__init__.py, ranking and the grouped
 * breakdown; a difference that rounding makes negative gives 0). For one parameter in a linear
 * (Gaussian) model this is |rho| sigma_POI, the same as its +-1 sigma post-fit impact. The refits
 * run in parallel ({@link ParallelTasks}): the same result for any thread count.
 */
public final class GroupedImpacts {

    /**
     * One group.
     *
     * @param group group name
     * @param parameters the element indices it fixes
     * @param poiErrorFixed the POI error with the group fixed (NaN if the refit failed)
     * @param impact sqrt(sigma_free^2 - sigma_fixed^2), NaN if the refit failed
     * @param fit the refit
     */
    public record GroupImpact(
            String group, List<Integer> parameters, double poiErrorFixed, double impact, FitResult fit) {
        /** Copies. */
        public GroupImpact {
            parameters = List.copyOf(parameters);
        }
    }

    /**
     * The result.
     *
     * @param poiError the POI error of the free fit
     * @param groups the groups, by decreasing impact
     */
    public record Result(double poiError, List<GroupImpact> groups) {
        /** Copies. */
        public Result {
            groups = List.copyOf(groups);
        }
    }

    private GroupedImpacts() {}

    /** The group of every nuisance parameter: with all of them fixed only the statistical error remains. */
    public static final String ALL_NUISANCE = "all nuisance parameters (stat. only remains)";

    /**
     * The impacts of {@code groups} on the POI.
     *
     * @param model the model
     * @param data the data the nominal fit was made on
     * @param nominal the free fit with errors
     * @param groups group name -> element indices (the POI and fixed elements are left out)
     * @param threads worker threads
     */
    public static Result compute(
            Model model, double[] data, FitResult nominal, Map<String, List<Integer>> groups, int threads) {
        int poi = model.poiIndex();
        double[] errors = nominal.errors();
        if (errors == null) {
            throw new IllegalArgumentException("the nominal fit has no uncertainties");
        }
        double sigma = errors[poi];
        boolean[] fixed = model.suggestedFixed();
        List<Map.Entry<String, List<Integer>>> list = new ArrayList<>(groups.entrySet());
        List<GroupImpact> out = ParallelTasks.map("grouped-impacts", list.size(), threads, k -> {
            var e = list.get(k);
            boolean[] f = fixed.clone();
            for (int i : e.getValue()) {
                f[i] = true;
            }
            FitResult r = new Fitter(model).fit(data, nominal.values(), f, true);
            double fixedError = r.status().ok() && r.errors() != null ? r.errors()[poi] : Double.NaN;
            double impact = Double.isFinite(fixedError)
                    ? Math.sqrt(Math.max(sigma * sigma - fixedError * fixedError, 0.0))
                    : Double.NaN;
            return new GroupImpact(e.getKey(), e.getValue(), fixedError, impact, r);
        });
        List<GroupImpact> sorted = new ArrayList<>(out);
        sorted.sort(Comparator.comparingDouble((GroupImpact g) -> Double.isNaN(g.impact()) ? -1 : g.impact())
                .reversed());
        return new Result(sigma, sorted);
    }

    /** The nuisance parameters: every element that is neither the POI nor fixed. */
    public static List<Integer> nuisance(Model model) {
        boolean[] fixed = model.suggestedFixed();
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < model.size(); i++) {
            if (i != model.poiIndex() && !fixed[i]) {
                out.add(i);
            }
        }
        return out;
    }

    /** Groups by modifier kind ("normsys", "staterror", ...), plus the group of all nuisance parameters. */
    public static Map<String, List<Integer>> byModifierKind(Model model) {
        Map<String, List<Integer>> g = new LinkedHashMap<>();
        for (int i : nuisance(model)) {
            g.computeIfAbsent(model.parameterSetOf(i).modifierType(), k -> new ArrayList<>())
                    .add(i);
        }
        g.put(ALL_NUISANCE, nuisance(model));
        return g;
    }

    /**
     * Groups by regular expression on the parameter set's name (a parameter goes to the first
     * pattern that matches, the unmatched ones to "other"), plus the group of all nuisance
     * parameters.
     *
     * @param patterns group name -> regular expression (matched against the whole set name)
     */
    public static Map<String, List<Integer>> byNamePattern(Model model, Map<String, Pattern> patterns) {
        Map<String, List<Integer>> g = new LinkedHashMap<>();
        for (String name : patterns.keySet()) {
            g.put(name, new ArrayList<>());
        }
        List<Integer> other = new ArrayList<>();
        for (int i : nuisance(model)) {
            String set = model.parameterSetOf(i).name();
            String hit = null;
            for (var e : patterns.entrySet()) {
                if (e.getValue().matcher(set).matches()) {
                    hit = e.getKey();
                    break;
                }
            }
            (hit == null ? other : g.get(hit)).add(i);
        }
        g.values().removeIf(List::isEmpty);
        if (!other.isEmpty()) {
            g.put("other", other);
        }
        g.put(ALL_NUISANCE, nuisance(model));
        return g;
    }

    /**
     * Groups from a mapping group name -> parameter names (set names, which take all their
     * elements, or element names such as {@code staterror_SR[2]}); the POI and fixed parameters are
     * left out.
     *
     * @throws IllegalArgumentException naming a parameter the model does not have
     */
    public static Map<String, List<Integer>> fromMapping(Model model, Map<String, List<String>> mapping) {
        String[] names = model.parameterNames();
        List<Integer> nuisance = nuisance(model);
        Map<String, List<Integer>> g = new LinkedHashMap<>();
        for (var e : mapping.entrySet()) {
            List<Integer> idx = new ArrayList<>();
            for (String p : e.getValue()) {
                ParameterSet ps = model.parameterSet(p);
                List<Integer> hit = new ArrayList<>();
                if (ps != null) {
                    for (int j = 0; j < ps.size(); j++) {
                        hit.add(ps.offset() + j);
                    }
                } else {
                    for (int i = 0; i < names.length; i++) {
                        if (names[i].equals(p)) {
                            hit.add(i);
                        }
                    }
                }
                if (hit.isEmpty()) {
                    throw new IllegalArgumentException("group \"" + e.getKey() + "\" names parameter \"" + p
                            + "\", which the model does not have");
                }
                hit.stream().filter(nuisance::contains).forEach(idx::add);
            }
            g.put(e.getKey(), idx);
        }
        return g;
    }
}
