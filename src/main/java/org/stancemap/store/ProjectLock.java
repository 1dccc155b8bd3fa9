package org.stancemap.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

import org.stancemap.files.SiblingNames;

/**
 * The exclusive right to read, change and write one project file, held from {@link ProjectStore#lock} until
 * {@link #close}: other holders — threads here or other StanceMap processes — wait, so that two read-modify-writes
 * of one file follow each other instead of one overwriting the other's change.
 *
 * <p>The lock is taken on a hidden, empty {@code .FILE.lock} beside the project, never on the project itself,
 * which every save replaces by a rename. That file stays: were the last holder to remove it, a process already
 * waiting on the removed file and one creating a new file of that name would both hold "the" lock. (Checking
 * which file the name now denotes would mean opening it a second time, and on POSIX systems closing that second
 * descriptor drops the lock.) A holder may lock the same project again (a save inside a {@code move}); it is
 * released when the outermost hold closes. Close it on the thread that took it.
 */
public final class ProjectLock implements AutoCloseable {

    /**
     * Operating-system locks belong to the whole process, and Java refuses a second one on the same file from
     * the same process instead of waiting; so threads of this process queue on one lock per file first.
     */
    private static final Map<Path, Holder> HOLDERS = new ConcurrentHashMap<>();

    private static final class Holder {
        final ReentrantLock inThisProcess = new ReentrantLock();
        FileChannel channel; // open while held; touched only by the thread holding inThisProcess
    }

    private final Holder holder;
    private boolean closed;

    private ProjectLock(Holder holder) {
        this.holder = holder;
    }

    /** Waits for and takes the lock of {@code target}, an absolute path with its folder resolved. */
    static ProjectLock acquire(Path target) throws IOException {
        Path lockFile = target.resolveSibling(SiblingNames.hidden(target, ".lock", 0));
        Holder holder = HOLDERS.computeIfAbsent(lockFile, key -> new Holder());
        holder.inThisProcess.lock();
        if (holder.inThisProcess.getHoldCount() == 1) {
            try {
                FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                try {
                    channel.lock();
                } catch (IOException | RuntimeException e) {
                    channel.close();
                    throw e;
                }
                holder.channel = channel;
            } catch (IOException | RuntimeException e) {
                holder.inThisProcess.unlock();
                throw e;
            }
        }
        return new ProjectLock(holder);
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
