package org.homeward.app.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * An exclusive lock on {@code <data dir>/homeward.lock}, holding the pid of its owner and, once the
 * embedded PostgreSQL runs, its port (second line), so that a command can reach the running
 * server's database ({@link RunningHomeward}). The operating system releases the lock when the
 * process dies, so a crash never leaves the directory locked.
 */
@RequiredArgsConstructor(access = AccessLevel.PRIVATE)
final class DataDirectoryLock implements AutoCloseable {

    static final String FILE_NAME = "homeward.lock";

    private final FileChannel channel;
    private final FileLock lock;

    /** Takes the lock or throws {@link DataDirectoryInUseException} naming the holder. */
    static DataDirectoryLock acquire(Path dataDirectory) {
        Path file = dataDirectory.resolve(FILE_NAME);
        FileChannel channel = null;
        try {
            Files.createDirectories(dataDirectory);
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                String[] holder = Files.readString(file, StandardCharsets.US_ASCII).strip().split("\\s+");
                channel.close();
                throw new DataDirectoryInUseException(dataDirectory, holder[0].isEmpty() ? "unknown" : holder[0],
                        holder.length > 1 && holder[1].matches("\\d{1,5}") ? Integer.valueOf(holder[1]) : null);
            }
            DataDirectoryLock held = new DataDirectoryLock(channel, lock);
            held.describe("");
            return held;
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("Cannot lock data directory " + dataDirectory, e);
        }
    }

    /** Adds the embedded PostgreSQL's port to the lock file, for commands run while this process serves. */
    void recordDatabasePort(int port) {
        try {
            describe(port + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the lock file of the data directory", e);
        }
    }

    private void describe(String more) throws IOException {
        channel.truncate(0);
        channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n" + more).getBytes(StandardCharsets.US_ASCII)), 0);
        channel.force(false);
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException heldInThisProcess) {
            return null;
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // the channel is closed below, which releases the lock as well
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing left to release
        }
    }
}
