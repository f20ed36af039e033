package io.upsilon.analysis.output;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.SeekableInputStream;

/**
 * A local file as parquet-hadoop's {@link InputFile}, read in blocks. parquet-hadoop's own {@code
 * LocalInputFile} (1.18.1) inherits {@code InputStream.read(byte[], int, int)}, which reads one byte
 * per system call; copying row groups through it ({@link ParquetConcatenation}) spent more time in
 * the kernel than the whole event generation.
 */
final class RandomAccessInputFile implements InputFile {
    private final Path path;

    RandomAccessInputFile(Path path) {
        this.path = path;
    }

    @Override
    public long getLength() throws IOException {
        return Files.size(path);
    }

    @Override
    public SeekableInputStream newStream() throws IOException {
        RandomAccessFile file = new RandomAccessFile(path.toFile(), "r");
        return new SeekableInputStream() {
            @Override
            public int read() throws IOException {
                return file.read();
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return file.read(b, off, len);
            }

            @Override
            public long getPos() throws IOException {
                return file.getFilePointer();
            }

            @Override
            public void seek(long newPos) throws IOException {
                file.seek(newPos);
            }

            @Override
            public void readFully(byte[] bytes) throws IOException {
                file.readFully(bytes);
            }

            @Override
            public void readFully(byte[] bytes, int start, int len) throws IOException {
                file.readFully(bytes, start, len);
            }

            @Override
            public int read(ByteBuffer buf) throws IOException {
                return file.getChannel().read(buf);
            }

            @Override
            public void readFully(ByteBuffer buf) throws IOException {
                while (buf.hasRemaining()) {
                    if (file.getChannel().read(buf) < 0) {
                        throw new java.io.EOFException(
                                "end of " + path + " with " + buf.remaining() + " bytes to read");
                    }
                }
            }

            @Override
            public void close() throws IOException {
                file.close();
            }
        };
    }
}
