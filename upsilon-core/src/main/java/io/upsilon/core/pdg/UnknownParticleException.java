package io.upsilon.core.pdg;

/** A particle id or name that is not in the {@link ParticleTable} it was looked up in. */
public final class UnknownParticleException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** @param message what was looked up, in which table, and a hint if one exists */
    public UnknownParticleException(String message) {
        super(message);
    }
}
