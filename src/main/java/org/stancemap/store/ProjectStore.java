package org.stancemap.store;

import org.stancemap.files.AtomicFile;
import org.stancemap.files.SiblingNames;
import org.stancemap.model.Project;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads and writes {@code *.stancemap.json} project files.
 *
 * <p>Reading is bounded ({@value #MAX_FILE_BYTES} bytes, nesting and value lengths) and strict: anything that is
 * not a well-formed project of the format this version writes is refused with a {@link ProjectFileException}
 * whose one-sentence message names the file and the place (line and column, or JSON path). Saving is atomic:
 * the file on disk is either the old project or the new one, and the previous version is kept beside it as
 * {@code FILE.bak}. The JSON written is UTF-8, two-space indented, in a fixed field order with {@code \n} line
 * endings, so that saving an unchanged project gives the same bytes and files diff line by line.
 *
 * <p>Instances hold no state beyond their configuration and may be shared between threads.
 */
public final class ProjectStore {
    /** The largest project file {@link #load} opens: far above any real round-up, far below trouble. */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    private final ProjectJsonCodec codec = new ProjectJsonCodec(MAX_FILE_BYTES);

    /** Reads the project in {@code file}. */
    public Project load(Path file) throws ProjectFileException {
        String where = file.toString();
        return read(utf8(readBounded(file, where), where), where); // no version: hashing a large file costs
    }

    /**
     * Reads the project in {@code file} with the version of the file read, for a later
     * {@link #save(Project, Path, FileVersion)} that must not overwrite a change made meanwhile.
     */
    public LoadedProject loadWithVersion(Path file) throws ProjectFileException {
        String where = file.toString();
        byte[] bytes = readBounded(file, where);
        return new LoadedProject(read(utf8(bytes, where), where), FileVersion.of(bytes));
    }

    /** The file's bytes, refused as {@link #load} refuses them: not a plain file, missing, over the size limit. */
    private static byte[] readBounded(Path file, String where) throws ProjectFileException {
        requirePlainFileOrNone(file, where);
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw cannotOpen(where, tooLarge(size));
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                // The file may have grown since it was measured; never read more than the limit allows.
                bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
            }
            if (bytes.length > MAX_FILE_BYTES) {
                throw cannotOpen(where, tooLarge(bytes.length));
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw cannotOpen(where, "the file does not exist", e);
        } catch (AccessDeniedException e) {
            throw cannotOpen(where, "permission to read it was denied", e);
        } catch (IOException e) {
            throw cannotOpen(where, "the file could not be read (" + reason(e) + ")", e);
        }
    }

    private static void requirePlainFileOrNone(Path file, String where) throws ProjectFileException {
        if (Files.isDirectory(file)) {
            throw cannotOpen(where, "it is a folder, not a project file");
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            // A pipe or device would block the read or never end; only a plain file has a size to check first.
            throw cannotOpen(where, "it is not a plain file (it is a pipe or a device)");
        }
    }

    /**
     * Takes the exclusive right to read, change and save the existing project {@code file}, waiting while another
     * thread or StanceMap process holds it: load, change and save inside it, so that no other change made at the
     * same moment is lost. Saves take it too. The lock is a hidden, empty {@code .FILE.lock} left beside the project.
     */
    public ProjectLock lock(Path file) throws ProjectFileException {
        String where = file.toString();
        requirePlainFileOrNone(file, where);
        if (!Files.exists(file)) {
            throw cannotOpen(where, "the file does not exist");
        }
        try {
            return ProjectLock.acquire(target(file, where));
        } catch (AccessDeniedException e) {
            throw cannotOpen(where, "permission to lock it against other changes was denied", e);
        } catch (IOException e) {
            throw cannotOpen(where, "it could not be locked against other changes (" + reason(e) + ")", e);
        }
    }

    /**
     * Reads a project from JSON text held in memory.
     *
     * @param sourceName what the user knows the text as, e.g. a file name; it starts every error message
     */
    public Project read(String json, String sourceName) throws ProjectFileException {
        // Editors on some systems start UTF-8 files with a byte order mark; it is not part of the JSON.
        String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
        try {
            return codec.read(text);
        } catch (FormatProblem problem) {
            throw cannotOpen(sourceName, problem.getMessage(), problem);
        }
    }

    /** The project as the JSON text {@link #save} writes, ending in a newline. */
    public String write(Project project) {
        return codec.write(project);
    }

    /**
     * Writes {@code project} to {@code file} atomically, keeping the file's previous content as {@code FILE.bak}.
     * When the file already holds exactly these bytes nothing is written, so the backup still holds the version
     * before it. A project whose indented form would pass the size limit is written on one line instead, so that
     * a compact file that opens can always be saved again. A project that {@link #load} would refuse (over the
     * size limit even so, or a text too long) is not written. A read-only file is not replaced. On failure the
     * file and its backup are as they were and no temporary file is left.
     *
     * @return the version of the file now on disk
     */
    public FileVersion save(Project project, Path file) throws ProjectFileException {
        return save(project, file, Optional.empty());
    }

    /**
     * Saves as {@link #save(Project, Path)} does, unless the file on disk is no longer {@code expected}, the
     * version it was read as or last saved as: then it is refused and left as it is, so that what another window
     * or program wrote meanwhile is not lost. A file removed meanwhile is written again: nothing is lost by that.
     *
     * @throws FileChangedOnDiskException when the file on disk is no longer {@code expected}
     * @return the version of the file now on disk
     */
    public FileVersion save(Project project, Path file, FileVersion expected) throws ProjectFileException {
        return save(project, file, Optional.of(expected));
    }

    private FileVersion save(Project project, Path file, Optional<FileVersion> expected) throws ProjectFileException {
        String where = file.toString();
        String json = write(project);
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > MAX_FILE_BYTES) {
            // Indenting can nearly double a project written compact by another tool: what opened must save again.
            json = codec.writeCompact(project);
            bytes = json.getBytes(StandardCharsets.UTF_8);
        }
        requireLoadable(json, bytes.length, where);
        FileVersion written = FileVersion.of(bytes);
        try {
            Path target = target(file, where);
            // Held across check and rename so that no other save or move of this file can come in between.
            try (ProjectLock unused = ProjectLock.acquire(target)) {
                if (expected.isPresent() && Files.isRegularFile(target)
                        && !FileVersion.of(Files.readAllBytes(target)).equals(expected.get())) {
                    throw new FileChangedOnDiskException(sentence(where + " was changed on disk since it was opened"
                            + " (by another window or program); save under another name or reload it"));
                }
                if (holdsExactly(target, bytes)) {
                    return written;
                }
                if (isReadOnly(target)) {
                    // The rename would replace it all the same: the file's permission, not the folder's, is the
                    // user's word.
                    throw cannotSave(where, where + " is read-only; save it under another name, or make it "
                            + "writable first");
                }
                replaceAtomically(target, bytes);
            }
            return written;
        } catch (AccessDeniedException e) {
            throw cannotSave(where, "permission to write in its folder was denied", e);
        } catch (IOException e) {
            throw cannotSave(where, "the file could not be written (" + reason(e) + ")", e);
        }
    }

    /** The file a save replaces: the one a symbolic link points to, else {@code file} in its real folder. */
    private static Path target(Path file, String where) throws IOException, ProjectFileException {
        if (Files.isSymbolicLink(file) && !Files.exists(file)) {
            // Resolving it fails with only the path as message; what the user needs is where it points.
            throw cannotSave(where, "it is a symbolic link to " + Files.readSymbolicLink(file) + ", which does not exist");
        }
        Path absolute = Files.isSymbolicLink(file) ? file.toRealPath() : file.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            throw cannotSave(where, "it is a folder");
        }
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw cannotSave(where, "its folder does not exist");
        }
        // One lock per file, however the path to it is spelled (a/../b, a symbolic link to the folder).
        return folder.toRealPath().resolve(absolute.getFileName());
    }

    /** A file {@link #load} would refuse is not written: the previous version stays the one that opens. */
    private void requireLoadable(String json, long size, String where) throws ProjectFileException {
        if (size > MAX_FILE_BYTES) {
            throw cannotSave(where, "the project would be " + tooLarge(size).substring("the file is ".length()));
        }
        try {
            codec.read(json);
        } catch (FormatProblem problem) {
            throw cannotSave(where, "it could not be opened again once written, because " + problem.getMessage(),
                    problem);
        }
    }

    /**
     * The previous version is kept as {@code FILE.bak}; when that name would pass the 255 bytes a file name may have,
     * as the start of the name, a hash and {@code .bak}, so that a project with a long name still saves.
     */
    private static void replaceAtomically(Path target, byte[] bytes) throws IOException {
        AtomicFile.of(target).keepingBackup(target.resolveSibling(SiblingNames.visible(target, ".bak"))).write(bytes);
    }

    /**
     * A project whose owner has no write permission. The owner's write bit decides, not {@link Files#isWritable}:
     * that says yes to root for every file, and a read-only project must stay so whoever saves.
     */
    private static boolean isReadOnly(Path target) throws IOException {
        if (!Files.exists(target)) {
            return false;
        }
        if (Files.getFileAttributeView(target, PosixFileAttributeView.class) != null) {
            return !Files.getPosixFilePermissions(target).contains(PosixFilePermission.OWNER_WRITE);
        }
        return !Files.isWritable(target);
    }

    private static boolean holdsExactly(Path target, byte[] bytes) throws IOException {
        return Files.isRegularFile(target) && Files.size(target) == bytes.length
                && Arrays.equals(Files.readAllBytes(target), bytes);
    }

    private static String utf8(byte[] bytes, String where) throws ProjectFileException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            throw cannotOpen(where, String.format(Locale.ROOT,
                    "it is not UTF-8 text (byte 0x%02X at line %s cannot start or continue a character)",
                    bytes[offset] & 0xFF, lineAndColumn(bytes, offset)));
        }
        return out.flip().toString();
    }

    /** "3, column 7" for a byte offset, counting columns in characters as an editor does. */
    private static String lineAndColumn(byte[] bytes, int offset) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                column = 1;
            } else if ((bytes[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        return line + ", column " + column;
    }

    private static String tooLarge(long size) {
        return String.format(Locale.ROOT, "the file is %.1f MiB, more than the %d MiB a project file may be",
                size / (1024.0 * 1024), MAX_FILE_BYTES / (1024 * 1024));
    }

    private static String reason(IOException e) {
        String reason = e instanceof FileSystemException fse ? fse.getReason() : e.getMessage();
        return reason == null || reason.isBlank() ? "the system gave no reason" : reason;
    }

    private static ProjectFileException cannotOpen(String where, String detail) {
        return cannotOpen(where, detail, null);
    }

    private static ProjectFileException cannotOpen(String where, String detail, Throwable cause) {
        return new ProjectFileException(sentence("Cannot open " + where + ": " + detail), cause);
    }

    private static ProjectFileException cannotSave(String where, String detail) {
        return cannotSave(where, detail, null);
    }

    private static ProjectFileException cannotSave(String where, String detail, Throwable cause) {
        return new ProjectFileException(sentence("Cannot save " + where + ": " + detail), cause);
    }

    /** One line ending in a full stop, whatever text from the file or the model went into it. */
    private static String sentence(String text) {
        String line = text.replaceAll("\\p{Cntrl}+", " ").strip();
        return line.endsWith(".") ? line : line + ".";
    }
}
