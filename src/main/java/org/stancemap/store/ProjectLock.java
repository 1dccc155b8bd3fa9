package org.stancemap.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The exclusive right to read, change and write one project file, held from {@link ProjectStore#lock} until
 * {@link #close}: other holders — threads here or other StanceMap processes — wait, so that two read-modify-writes
 * of one file follow each other instead of one overwriting the other's change.
 *
 * <p>The lock is taken on a hidden {@code .FILE.lock} beside the project, never on the project itself, which every
 * save replaces by a rename. The last holder removes it, so the folder keeps only the project and its backup; a
 * waiter that then gets the lock of the removed file sees that its token is not in the file now at that path, and
 * starts again, so that two holders can never lock two different files of one name. A holder may lock the same
 * project again (a save inside a {@code move}); it is released when the outermost hold closes. Close it on the
 * thread that took it.
 */
public final class ProjectLock implements AutoCloseable {

    /**
     * Operating-system locks belong to the whole process, and Java refuses a second one on the same file from
     * the same process instead of waiting; so threads of this process queue on one lock per file first.
     */
    private static final Map<Path, Holder> HOLDERS = new ConcurrentHashMap<>();

    private static final SecureRandom RANDOM = new SecureRandom();

    private static final class Holder {
        final ReentrantLock inThisProcess = new ReentrantLock();
        // Set while held, and touched only by the thread holding inThisProcess.
        FileChannel channel;
        Path lockFile;
    }

    private final Holder holder;
    private boolean closed;

    private ProjectLock(Holder holder) {
        this.holder = holder;
    }

    /** Waits for and takes the lock of {@code target}, an absolute path with its folder resolved. */
    static ProjectLock acquire(Path target) throws IOException {
        Path lockFile = target.resolveSibling("." + target.getFileName() + ".lock");
        Holder holder = HOLDERS.computeIfAbsent(lockFile, key -> new Holder());
        holder.inThisProcess.lock();
        if (holder.inThisProcess.getHoldCount() == 1) {
            try {
                holder.channel = lockFileOf(lockFile);
                holder.lockFile = lockFile;
            } catch (IOException | RuntimeException e) {
                holder.inThisProcess.unlock();
                throw e;
            }
        }
        return new ProjectLock(holder);
    }

    /** The locked channel of the file now at {@code lockFile}, waiting for it and trying again if it was removed. */
    private static FileChannel lockFileOf(Path lockFile) throws IOException {
        while (true) {
            FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            try {
                // A byte far past the token: systems whose locks also bar reading (Windows) still let it be read.
                channel.lock(Long.MAX_VALUE - 1, 1, false);
                byte[] token = Long.toUnsignedString(RANDOM.nextLong(), 36).getBytes(StandardCharsets.US_ASCII);
                channel.truncate(0);
                channel.write(ByteBuffer.wrap(token), 0);
                if (Arrays.equals(readOrEmpty(lockFile), token)) {
                    return channel;
                }
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
            channel.close(); // the file waited on was removed by its last holder; lock the one there now
        }
    }

    private static byte[] readOrEmpty(Path file) throws IOException {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new byte[0];
        }
    }

    /** Lets the next waiting holder in. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (holder.inThisProcess.getHoldCount() == 1) {
            try {
                // Removed while still locked, so that whoever gets this file's lock next finds it gone and retries.
                Files.deleteIfExists(holder.lockFile);
            } catch (IOException e) {
                // Left behind (a system that refuses to remove an open file): the next holder simply uses it.
            }
            try {
                holder.channel.close(); // releases the operating-system lock
            } catch (IOException e) {
                // The system drops the lock with the descriptor whatever close reports; nothing written depends on it.
            } finally {
                holder.channel = null;
            }
        }
        holder.inThisProcess.unlock();
    }
}
