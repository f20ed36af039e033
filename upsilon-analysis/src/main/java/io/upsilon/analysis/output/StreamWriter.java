package io.upsilon.analysis.output;

import java.io.IOException;
import java.io.OutputStream;

/** Writes content to an output stream; used by {@link AtomicFiles#write(java.nio.file.Path, StreamWriter)}. */
@FunctionalInterface
public interface StreamWriter {
    /**
     * Writes the content. The stream is closed by the caller.
     *
     * @param out the stream to write to
     * @throws IOException when writing fails; the target is then left untouched
     */
    void writeTo(OutputStream out) throws IOException;
}
