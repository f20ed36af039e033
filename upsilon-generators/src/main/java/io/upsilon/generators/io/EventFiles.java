package io.upsilon.generators.io;

import io.upsilon.core.error.InputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.BiFunction;
import java.util.zip.GZIPInputStream;

/** Opening event files for reading: gzip by extension, missing files as bad input. */
final class EventFiles {
    private static final int BUFFER = 1 << 16;

    private EventFiles() {}

    /**
     * Opens {@code path} and hands the reader and the file name to {@code reader} (a reader's
     * constructor, which reads the header); the file is closed if that fails.
     */
    static <T> T openWith(Path path, BiFunction<BufferedReader, String, T> reader) {
        BufferedReader r = open(path);
        try {
            return reader.apply(r, path.toString());
        } catch (RuntimeException e) {
            try {
                r.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /**
     * A buffered UTF-8 reader of {@code path}, decompressed when its name ends in {@code .gz}. A
     * missing or unreadable file is bad input, not an internal error.
     */
    static BufferedReader open(Path path) {
        String source = path.toString();
        try {
            InputStream in = Files.newInputStream(path);
            if (source.endsWith(".gz")) {
                try {
                    in = new GZIPInputStream(in, BUFFER);
                } catch (IOException e) {
                    in.close();
                    throw new InputException(source, "", "not a gzip file: " + e.getMessage(), e);
                }
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), BUFFER);
        } catch (NoSuchFileException e) {
            throw new InputException(source, "", "no such file", e);
        } catch (AccessDeniedException e) {
            throw new InputException(source, "", "permission denied", e);
        } catch (IOException e) {
            throw new InputException(source, "", "cannot open: " + e.getMessage(), e);
        }
    }
}
