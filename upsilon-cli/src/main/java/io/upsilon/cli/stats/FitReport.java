package io.upsilon.cli.stats;

import io.upsilon.stats.fit.FitDiagnosis;
import io.upsilon.stats.fit.FitResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code fit_status} block every stats command prints: for each fit behind the numbers its
 * status, its diagnosis (findings naming parameters, and the retry-ladder steps that ran), and
 * whether all of them converged.
 */
final class FitReport {

    private FitReport() {}

    /** The block for the named fits (null entries are skipped). */
    static Map<String, Object> of(Map<String, FitResult> fits) {
        Map<String, Object> out = new LinkedHashMap<>();
        boolean ok = true;
        Map<String, Object> each = new LinkedHashMap<>();
        for (var e : fits.entrySet()) {
            FitResult r = e.getValue();
            if (r == null) {
                continue;
            }
            ok &= r.status().ok();
            each.put(e.getKey(), one(r));
        }
        out.put("ok", ok);
        out.put("fits", each);
        return out;
    }

    /** One fit: status, message, diagnosis summary, findings and ladder steps. */
    static Map<String, Object> one(FitResult r) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("status", r.status().name());
        f.put("message", r.message());
        FitDiagnosis d = r.diagnosis();
        f.put("diagnosis", d.summary());
        List<Map<String, Object>> findings = new ArrayList<>();
        for (FitDiagnosis.Finding x : d.findings()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("reason", x.reason().name());
            m.put("parameters", x.parameters());
            m.put("detail", x.detail());
            findings.add(m);
        }
        f.put("findings", findings);
        f.put(
                "attempts",
                d.attempts().stream().map(a -> a.step() + ": " + a.status()).toList());
        return f;
    }
}
