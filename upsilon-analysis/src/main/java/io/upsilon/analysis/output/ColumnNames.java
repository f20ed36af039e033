package io.upsilon.analysis.output;

/**
 * Column names for variable names, as basf2 makes them safe for ROOT: letters, digits and '_' stay;
 * {@code (} becomes {@code __bo}, {@code )} {@code __bc}, {@code ,} {@code __cm}, a space is dropped,
 * and any other character {@code __} followed by its code point in hex. So {@code
 * daughter(0, useCMSFrame(p))} is written {@code daughter__bo0__cmuseCMSFrame__bop__bc__bc}.
 *
 * <p>The bookkeeping columns have plain names ({@code event}, {@code weight}, ...), the names pandas,
 * awkward and SQL users type; a variable whose column name equals one of them is refused by the
 * writers ({@link #requireDistinct}).
 */
public final class ColumnNames {
    /** Event number column. */
    public static final String EVENT = "event";

    /** Event weight column. */
    public static final String WEIGHT = "weight";

    /** Candidate index within its event. */
    public static final String CANDIDATE = "candidate";

    /** Number of candidates in the candidate's event. */
    public static final String N_CANDIDATES = "ncandidates";

    /** Particle index within its event (generated-particle ntuples). */
    public static final String PARTICLE = "particle";

    /** Number of particles in the particle's event. */
    public static final String N_PARTICLES = "nparticles";

    private ColumnNames() {}

    /**
     * Throws unless the column names are distinct (a variable named like a bookkeeping column, or
     * the same variable twice, would make the table unreadable by name).
     *
     * @throws IllegalArgumentException naming the repeated column
     */
    public static void requireDistinct(java.util.List<String> columns) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String c : columns) {
            if (!seen.add(c)) {
                throw new IllegalArgumentException("column '" + c + "' appears twice in the ntuple");
            }
        }
    }

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
