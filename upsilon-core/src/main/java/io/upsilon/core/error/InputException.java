package io.upsilon.core.error;

import java.util.Objects;

/**
 * Bad input from a user: a malformed file, an unknown name, a number out of range.
 *
 * <p>The message always names where the problem is ({@link #source()}: a file path, an option or
 * "stdin"), the location inside it ({@link #location()}: a line number, a JSON pointer, a YAML
 * path; may be empty) and what was expected. The command line prints {@link #getMessage()} as one
 * line on stderr and exits with status 2.
 */
public class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final String location;
    private final String problem;

    /**
     * @param source where the input came from (file path, option name, "stdin")
     * @param location where inside it (line number, JSON pointer, YAML path); empty if not known
     * @param problem what is wrong and what was expected
     */
    public InputException(String source, String location, String problem) {
        this(source, location, problem, null);
    }

    /** As {@link #InputException(String, String, String)}, keeping the low-level cause. */
    public InputException(String source, String location, String problem, Throwable cause) {
        super(format(source, location, problem), cause);
        this.source = Objects.requireNonNull(source, "source");
        this.location = location == null ? "" : location;
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    private static String format(String source, String location, String problem) {
        StringBuilder sb = new StringBuilder(String.valueOf(source));
        if (location != null && !location.isEmpty()) {
            sb.append(": ").append(location);
        }
        return sb.append(": ").append(problem).toString();
    }

    /** Where the input came from. */
    public String source() {
        return source;
    }

    /** Where inside the input the problem is; empty if not known. */
    public String location() {
        return location;
    }

    /** What is wrong and what was expected. */
    public String problem() {
        return problem;
    }
}
