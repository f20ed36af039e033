package io.upsilon.analysis.output.report;

import io.upsilon.core.error.InputException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The bytes of a PNG file and its size in pixels, read from the IHDR chunk (PNG specification,
 * W3C Recommendation 2003, sections 5.2 and 11.2.2: the 8-byte signature, then IHDR with width and
 * height as 4-byte big-endian integers at bytes 16 and 20 of the file).
 */
final class PngImage {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] IHDR = {'I', 'H', 'D', 'R'};

    private final byte[] bytes;
    private final int width;
    private final int height;

    private PngImage(byte[] bytes, int width, int height) {
        this.bytes = bytes;
        this.width = width;
        this.height = height;
    }

    /**
     * Reads and checks a PNG file.
     *
     * @throws InputException if the file cannot be read or is not a PNG image
     */
    static PngImage read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputException(file.toString(), "", "cannot read the figure: " + e, e);
        }
        if (bytes.length < 24
                || !Arrays.equals(bytes, 0, 8, SIGNATURE, 0, 8)
                || !Arrays.equals(bytes, 12, 16, IHDR, 0, 4)) {
            throw new InputException(
                    file.toString(), "byte 0", "expected a PNG image (signature 89 50 4E 47 0D 0A 1A 0A, then IHDR)");
        }
        ByteBuffer b = ByteBuffer.wrap(bytes);
        int width = b.getInt(16);
        int height = b.getInt(20);
        if (width <= 0 || height <= 0) {
            throw new InputException(
                    file.toString(), "IHDR", "expected a positive image size, got " + width + "x" + height);
        }
        return new PngImage(bytes, width, height);
    }

    /** The file's bytes (not a copy: package-private, read only by the renderer). */
    byte[] bytes() {
        return bytes;
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }
}
