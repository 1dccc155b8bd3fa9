package org.stancemap.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.stancemap.files.AtomicFile;
import org.stancemap.model.Project;

/**
 * The recovery folder: after every committed change the window writes the whole project here, atomically, so
 * that a crash loses nothing; a clean save or close discards it.
 *
 * <p>Each open project has its own pair of files, named by a hash of its path: {@code KEY.stancemap.json} (the
 * project, written by {@link ProjectStore#save}) and {@code KEY.source} (the path it belongs to, exactly,
 * with no line end; empty for an unsaved project), each replaced by an {@link AtomicFile} write. Both get the project file's permissions, or the owner's alone while there is
 * none, so that a crash copy is no easier to read than the project.
 *
 * <p>Anything can be put in the folder, so reading it trusts nothing there: only plain files of bounded size are
 * read, and a copy is offered only when its key is the hash of the path its {@code .source} names.
 */
public final class RecoveryStore {

    private static final String UNSAVED = "unsaved";
    /** Far above any path a file system takes (Linux: 4096 bytes), far below what could hurt to read. */
    private static final int MAX_SOURCE_BYTES = 16 * 1024;
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FOLDER = PosixFilePermissions.fromString("rwx------");

    private final Path folder;
    private final ProjectStore store = new ProjectStore();

    public RecoveryStore(Path folder) {
        this.folder = Objects.requireNonNull(folder, "folder");
    }

    /** Writes the project as the recovery copy of {@code projectFile}, replacing the previous copy atomically. */
    public void write(Optional<Path> projectFile, Project project) throws ProjectFileException {
        try {
            Files.createDirectories(folder);
            // A save writes its temporary with the default permissions before it gets the copy's: nobody else
            // may look into the folder meanwhile.
            setPermissions(folder, OWNER_ONLY_FOLDER);
            Set<PosixFilePermission> permissions = permissionsOf(projectFile);
            Path source = folder.resolve(key(projectFile) + ".source");
            String path = projectFile.map(p -> p.toAbsolutePath().toString()).orElse("");
            if (!readSource(source).equals(Optional.of(path))) {
                AtomicFile.of(source).withPermissions(permissions).write(path.getBytes(StandardCharsets.UTF_8));
            } else {
                setPermissions(source, permissions);
            }
            Path copy = projectFile(projectFile);
            if (Files.isRegularFile(copy, LinkOption.NOFOLLOW_LINKS)) {
                // The save gives its new file the permissions of the one it replaces: set them first.
                setPermissions(copy, permissions);
            }
            store.save(project, copy);
            // A first copy is new to the save, which gives it the default ones; set them now it exists.
            setPermissions(copy, permissions);
        } catch (IOException e) {
            throw new ProjectFileException("Cannot write the recovery copy to " + folder + ": " + e.getMessage(), e);
        }
    }

    /**
     * Every recovery copy left behind, e.g. by a crash, oldest first. A copy that cannot be read is skipped: it
     * can only be a write the crash interrupted, and the previous complete copy was replaced atomically; so is
     * anything else put in the folder, each on its own, so that it never hides a genuine copy.
     */
    public List<Recovery> findAll() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Recovery> found = new ArrayList<>();
        List<Path> sources;
        try (Stream<Path> files = Files.list(folder)) {
            sources = files.filter(f -> f.getFileName().toString().endsWith(".source")).toList();
        } catch (IOException e) {
            return List.of(); // an unreadable folder offers nothing to restore; the user's own files are untouched
        }
        for (Path source : sources) {
            try {
                read(source).ifPresent(found::add);
            } catch (OutOfMemoryError | StackOverflowError e) {
                // One copy too big or too deep for this machine must not hide the others from the user.
            }
        }
        found.sort(Comparator.comparing(Recovery::writtenAt));
        return found;
    }

    /**
     * One recovery copy, or none when it cannot be read (a write a crash interrupted) or is not one this store
     * wrote for the file its {@code .source} names: such a pair is left as it is, for the user to look at.
     */
    private Optional<Recovery> read(Path source) {
        String key = source.getFileName().toString().replaceFirst("\\.source$", "");
        Path copy = folder.resolve(key + ".stancemap.json");
        try {
            Optional<String> path = readSource(source);
            if (path.isEmpty() || !Files.isRegularFile(copy, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.empty();
            }
            Optional<Path> projectFile =
                    path.get().isEmpty() ? Optional.empty() : Optional.of(Path.of(path.get()));
            if (!key(projectFile).equals(key)) {
                // Offering it would let Save write the project over whatever file the .source names (~/.bashrc).
                return Optional.empty();
            }
            Project project = store.load(copy);
            return Optional.of(new Recovery(projectFile, project, Files.getLastModifiedTime(copy).toInstant()));
        } catch (IOException | ProjectFileException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Removes the recovery copy of {@code projectFile}: its work is safely saved, or the user chose to drop it. */
    public void discard(Optional<Path> projectFile) throws ProjectFileException {
        String key = key(projectFile);
        try {
            for (String suffix : new String[] {".stancemap.json", ".stancemap.json.bak", ".source"}) {
                Files.deleteIfExists(folder.resolve(key + suffix));
            }
            // The copy's save lock (see ProjectLock) would otherwise pile up, one per project ever edited. Removing
            // it could at worst let two writes of this one copy overlap, and each of those is atomic on its own.
            Files.deleteIfExists(folder.resolve("." + key + ".stancemap.json.lock"));
        } catch (IOException e) {
            throw new ProjectFileException("Cannot remove the recovery copy in " + folder + ": " + e.getMessage(), e);
        }
    }

    /**
     * The path a {@code .source} holds, exactly as written (a name may end in a space), or none when it is not a
     * plain file (a pipe would block the read for ever) or is larger than any path.
     */
    private static Optional<String> readSource(Path source) throws IOException {
        if (!Files.isRegularFile(source, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(source, LinkOption.NOFOLLOW_LINKS)) {
            bytes = in.readNBytes(MAX_SOURCE_BYTES + 1);
        }
        return bytes.length > MAX_SOURCE_BYTES
                ? Optional.empty()
                : Optional.of(new String(bytes, StandardCharsets.UTF_8));
    }

    /**
     * The project file's permissions, or the owner's alone for a project not saved yet (or not readable). The
     * owner may always read and write the copy: a read-only project still gets its next change saved here.
     */
    private static Set<PosixFilePermission> permissionsOf(Optional<Path> projectFile) {
        if (projectFile.isEmpty()
                || Files.getFileAttributeView(projectFile.get(), PosixFileAttributeView.class) == null) {
            return OWNER_ONLY;
        }
        try {
            Set<PosixFilePermission> permissions = EnumSet.copyOf(OWNER_ONLY);
            permissions.addAll(Files.getPosixFilePermissions(projectFile.get()));
            return permissions;
        } catch (IOException e) {
            return OWNER_ONLY; // not there yet, or hidden from us: the safe choice
        }
    }

    private static void setPermissions(Path file, Set<PosixFilePermission> permissions) throws IOException {
        if (Files.getFileAttributeView(file, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS) != null) {
            Files.setPosixFilePermissions(file, permissions);
        }
    }

    private Path projectFile(Optional<Path> projectFile) {
        return folder.resolve(key(projectFile) + ".stancemap.json");
    }

    private static String key(Optional<Path> projectFile) {
        return projectFile.map(RecoveryStore::hash).orElse(UNSAVED);
    }

    private static String hash(Path file) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(file.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
