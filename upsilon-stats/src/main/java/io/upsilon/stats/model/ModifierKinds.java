package io.upsilon.stats.model;

import io.upsilon.stats.workspace.Modifier;
import java.util.List;

/** The one place where modifier types are registered. Adding a type: one class plus one line here. */
final class ModifierKinds {

    private static final List<ModifierKind> KINDS = List.of(
            new NormFactorKind(),
            new ShapeFactorKind(),
            new LumiKind(),
            new NormSysKind(),
            new HistoSysKind(),
            new ShapeSysKind(),
            new StatErrorKind(),
            new FormulaKind());

    private ModifierKinds() {}

    /** The kind that compiles {@code m}. */
    static ModifierKind of(Modifier m) {
        for (ModifierKind k : KINDS) {
            if (k.modifierClass().isInstance(m)) {
                return k;
            }
        }
        throw new IllegalStateException("no kind registered for " + m.type());
    }
}
