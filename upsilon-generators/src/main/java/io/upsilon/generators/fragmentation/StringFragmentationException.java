package io.upsilon.generators.fragmentation;

/**
 * A colour-singlet system that could not be fragmented into hadrons: after the bounded number of
 * refragmentations the iterative breaking never closed with two on-shell hadrons (for example a
 * system lighter than the lightest hadron its flavours allow). The event should be dropped (or
 * regenerated) by the caller; the message names the system.
 */
public final class StringFragmentationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** An exception with the given message. */
    public StringFragmentationException(String message) {
        super(message);
    }
}
