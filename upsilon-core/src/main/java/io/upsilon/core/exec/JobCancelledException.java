package io.upsilon.core.exec;

/** Thrown when a job is cancelled (for example by Ctrl-C) before it finished. */
public final class JobCancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public JobCancelledException() {
        super("job cancelled");
    }
}
