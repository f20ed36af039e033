package io.upsilon.analysis.output;

/**
 * Column names for variable names, as basf2 makes them safe for ROOT: letters, digits and '_' stay;
 * {@code (} becomes {@code __bo}, {@code )} {@code __bc}, {@code ,} {@code __cm}, a space is dropped,
 * and any other character {@code __} followed by its code point in hex. So {@code
 * daughter(0, useCMSFrame(p))} is written {@code daughter__bo0__cmuseCMSFrame__bop__bc__bc}.
 */
public final class ColumnNames {
    /** Event number column. */
    public static final String EVENT = "__event__";

    /** Event weight column. */
    public static final String WEIGHT = "__weight__";

    /** Candidate index within its event. */
    public static final String CANDIDATE = "__candidate__";

    /** Number of candidates in the candidate's event. */
    public static final String N_CANDIDATES = "__ncandidates__";

    /** Particle index within its event (generated-particle ntuples). */
    public static final String PARTICLE = "__particle__";

    /** Number of particles in the particle's event. */
    public static final String N_PARTICLES = "__nparticles__";

    private ColumnNames() {}

    /** The column name for a variable name. */
    public static String of(String variableName) {
        StringBuilder sb = new StringBuilder();
        variableName.codePoints().forEach(c -> {
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_') {
                sb.appendCodePoint(c);
            } else if (c == '(') {
                sb.append("__bo");
            } else if (c == ')') {
                sb.append("__bc");
            } else if (c == ',') {
                sb.append("__cm");
            } else if (c != ' ') {
                sb.append("__").append(Integer.toHexString(c));
            }
        });
        return sb.toString();
    }
}
