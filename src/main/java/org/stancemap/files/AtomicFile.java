package org.stancemap.files;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The one way StanceMap replaces a file — project saves, recovery copies, exports — so that the file holds, at every
 * moment and after any crash or power cut, either its whole old content or its whole new content.
 *
 * <p>The content goes into a hidden temporary beside the target ({@code .NAME.tmpRANDOM}, a hashed name when the
 * target's leaves no room), locked while it is written; it is forced to disk, given its permissions before any
 * byte is written (the target's own, or those asked for), and renamed over the target in one atomic step, after
 * which the folder is forced to disk too. Until that rename the target is never opened for writing, so a failure
 * at any point leaves it as it was, and the temporary is removed. A temporary left by a writer that was killed
 * (unlocked, since locks die with their process) is removed by the next write of the same target.
 *
 * @param target      the file to replace or create
 * @param permissions the new file's permissions; when absent, those of the file it replaces, else the defaults
 * @param backup      where to keep the target's previous content, itself replaced atomically; no backup is kept when
 *                    something other than a plain file already holds that name (a folder of the user's)
 */
public record AtomicFile(Path target, Optional<Set<PosixFilePermission>> permissions, Optional<Path> backup) {

    /** Writes the new content; the stream is buffered and closed by the caller's {@link #write}. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * The steps of every write in this process, reported as they happen. Nothing listens in the application; the
     * crash tests listen in a child process, to aim their kills before, inside and after the write.
     */
    public interface Steps {
        /** Listens to nothing: how the application runs. */
        Steps NONE = new Steps() {
            @Override
            public void writing(Path target) {
            }

            @Override
            public void wrote(Path target, long bytes) {
            }

            @Override
            public void replaced(Path target) {
            }
        };

        /** The temporary exists and is locked; nothing is written yet. */
        void writing(Path target);

        /** {@code bytes} of the content are in the temporary (not yet forced to disk). */
        void wrote(Path target, long bytes);

        /** The temporary has been renamed over the target. */
        void replaced(Path target);
    }

    /** The most characters an unsigned long takes in base 36: a temporary's random part. */
    private static final int MAX_RANDOM_CHARS = 13;
    private static final int CHUNK_BYTES = 64 * 1024;
    private static final SecureRandom RANDOM = new SecureRandom();

    private static volatile Steps steps = Steps.NONE;

    public AtomicFile {
        target = target.toAbsolutePath();
        Objects.requireNonNull(permissions, "permissions");
        backup = backup.map(Path::toAbsolutePath);
    }

    /** A write of {@code target} with the permissions of the file it replaces and no backup. */
    public static AtomicFile of(Path target) {
        return new AtomicFile(target, Optional.empty(), Optional.empty());
    }

    /** This write, giving the new file these permissions whatever the old one had. */
    public AtomicFile withPermissions(Set<PosixFilePermission> newPermissions) {
        return new AtomicFile(target, Optional.of(Set.copyOf(newPermissions)), backup);
    }

    /** This write, keeping the target's previous content (when it has one) in {@code backupFile}. */
    public AtomicFile keepingBackup(Path backupFile) {
        return new AtomicFile(target, permissions, Optional.of(backupFile));
    }

    /** Reports every later write's steps to {@code observer}, in the thread that writes; {@link Steps#NONE} stops. */
    public static void observe(Steps observer) {
        steps = Objects.requireNonNull(observer, "observer");
    }

    /** What every temporary of {@code target} is named from: bounded for a target with a long name. */
    public static String temporaryPrefix(Path target) {
        return SiblingNames.hidden(target, ".tmp", MAX_RANDOM_CHARS);
    }

    /** Replaces the target with {@code bytes}. */
    public void write(byte[] bytes) throws IOException {
        write(out -> out.write(bytes));
    }

    /** Replaces the target with what {@code content} writes; if it throws, the target is left as it was. */
    public void write(Content content) throws IOException {
        removeAbandonedTemporaries();
        Optional<Set<PosixFilePermission>> newPermissions = permissions.isPresent() ? permissions : permissionsOf(target);
        replace(target, newPermissions, content, true);
        forceFolder(target.getParent());
    }

    /**
     * Writes a temporary of the target and renames it over {@code destination}: the target itself, or its backup,
     * whose temporary is named as the target's so that one clean-up and one ignore pattern cover both.
     */
    private void replace(Path destination, Optional<Set<PosixFilePermission>> newPermissions, Content content,
                         boolean keepBackup) throws IOException {
        Path temporary = createSibling();
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                // Held until the channel closes: marks the temporary as in use for any other writer's clean-up.
                channel.lock();
                if (!Files.exists(temporary, LinkOption.NOFOLLOW_LINKS)) {
                    // A clean-up took it between its creation and the lock: nothing is written yet, so start again.
                    replace(destination, newPermissions, content, keepBackup);
                    return;
                }
                if (newPermissions.isPresent()
                        && Files.getFileAttributeView(temporary, PosixFileAttributeView.class) != null) {
                    // Before any byte is written: a private project's content is never readable by others.
                    Files.setPosixFilePermissions(temporary, newPermissions.get());
                }
                boolean observed = destination.equals(target);
                if (observed) {
                    steps.writing(target);
                }
                try (OutputStream out = new BufferedOutputStream(new ChannelOutput(channel, observed), CHUNK_BYTES)) {
                    content.writeTo(out);
                }
                channel.force(true);
                if (keepBackup && backup.isPresent() && Files.isRegularFile(target)) {
                    keepBackup(backup.get());
                }
                Files.move(temporary, destination, StandardCopyOption.ATOMIC_MOVE);
                if (observed) {
                    steps.replaced(target);
                }
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private void keepBackup(Path backupFile) throws IOException {
        if (Files.exists(backupFile, LinkOption.NOFOLLOW_LINKS)
                && !Files.isRegularFile(backupFile, LinkOption.NOFOLLOW_LINKS)) {
            return; // the backup only spares the user a step back: not worth removing their folder or failing
        }
        replace(backupFile, permissionsOf(target), out -> Files.copy(target, out), false);
    }

    /**
     * A new empty hidden file beside the target, on the same file system so that renaming it is atomic, named
     * {@code .NAME.tmpRANDOM} so that an ignore pattern such as {@code *.stancemap.json.tmp*} covers it.
     */
    private Path createSibling() throws IOException {
        String name = temporaryPrefix(target) + Long.toUnsignedString(RANDOM.nextLong(), 36);
        return Files.createFile(target.resolveSibling(name));
    }

    /**
     * Removes the target's temporaries that no writer holds: each writer locks its own until it is renamed, and a
     * killed writer's lock dies with it. A temporary still locked, or one this process holds, is left alone.
     */
    private void removeAbandonedTemporaries() throws IOException {
        String prefix = temporaryPrefix(target);
        List<Path> candidates;
        try (Stream<Path> siblings = Files.list(target.getParent())) {
            candidates = siblings.filter(p -> p.getFileName().toString().startsWith(prefix)).toList();
        }
        for (Path temporary : candidates) {
            if (!Files.isRegularFile(temporary, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
                 FileLock lock = channel.tryLock()) {
                if (lock != null) {
                    Files.deleteIfExists(temporary);
                }
            } catch (IOException | OverlappingFileLockException e) {
                // Gone already, in use by this process, or not ours to remove: the write itself goes on.
            }
        }
    }

    private static Optional<Set<PosixFilePermission>> permissionsOf(Path file) throws IOException {
        if (!Files.exists(file) || Files.getFileAttributeView(file, PosixFileAttributeView.class) == null) {
            return Optional.empty();
        }
        return Optional.of(Files.getPosixFilePermissions(file));
    }

    /** Makes the rename itself durable. Some platforms (Windows) cannot open a folder for this; the write stands. */
    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // The new file is already in place; only its durability across a power cut is left to the system.
        }
    }

    /** Writes straight into the locked channel, reporting progress for the target's own temporary. */
    private final class ChannelOutput extends OutputStream {
        private final FileChannel channel;
        private final boolean observed;
        private long written;

        ChannelOutput(FileChannel channel, boolean observed) {
            this.channel = channel;
            this.observed = observed;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            for (int start = offset; start < offset + length; start += CHUNK_BYTES) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes, start, Math.min(CHUNK_BYTES, offset + length - start));
                while (buffer.hasRemaining()) {
                    written += channel.write(buffer);
                }
                if (observed) {
                    steps.wrote(target, written);
                }
            }
        }
    }
}
