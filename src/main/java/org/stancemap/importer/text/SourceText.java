package org.stancemap.importer.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.stancemap.importer.UnreadableInputException;

/**
 * Reads a text file a user chose to import, refusing what is not a readable text file of sensible size.
 *
 * <p>The size is checked before anything is read, so a huge file costs nothing. Text is UTF-8 unless a byte
 * order mark says UTF-16 (either byte order); a UTF-8 byte order mark is dropped. Malformed bytes are refused
 * with their offset rather than silently replaced, since a replaced character in a quote would misquote.
 */
public final class SourceText {

    /** The largest file read: far above any article (the seed round-up is 86 KB), far below memory limits. */
    public static final long MAX_BYTES = 32L * 1024 * 1024;

    private SourceText() {
    }

    /** The text of {@code file}; refused with a message naming it when it is not a readable text file. */
    public static String read(Path file) throws UnreadableInputException {
        String name = nameOf(file);
        if (Files.isDirectory(file)) {
            throw new UnreadableInputException(name + " is a folder, not a text file.");
        }
        if (!Files.exists(file)) {
            throw new UnreadableInputException(name + " does not exist.");
        }
        if (!Files.isRegularFile(file)) {
            // A pipe or device would block the read or never end; only a plain file has a size to check first.
            throw new UnreadableInputException(name + " is not a plain file (it is a pipe or a device).");
        }
        if (!Files.isReadable(file)) {
            throw new UnreadableInputException(name + " cannot be read: permission denied.");
        }
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw tooLarge(name, size);
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) MAX_BYTES + 1); // the file may have grown since its size was read
            }
            if (bytes.length > MAX_BYTES) {
                throw tooLarge(name, bytes.length);
            }
            return decode(bytes, name);
        } catch (NoSuchFileException e) {
            throw new UnreadableInputException(name + " does not exist.", e);
        } catch (AccessDeniedException e) {
            throw new UnreadableInputException(name + " cannot be read: permission denied.", e);
        } catch (IOException e) {
            throw new UnreadableInputException(name + " could not be read: " + e.getMessage(), e);
        }
    }

    /**
     * {@code bytes} as text: UTF-8, or UTF-16 when a byte order mark says so; refused when empty or malformed.
     *
     * @param sourceName how the user knows the source, e.g. the file's name, for the message
     */
    public static String decode(byte[] bytes, String sourceName) throws UnreadableInputException {
        if (bytes.length == 0) {
            throw new UnreadableInputException(sourceName + " is empty.");
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return decode(bytes, 3, StandardCharsets.UTF_8, sourceName);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return decode(bytes, 2, StandardCharsets.UTF_16BE, sourceName);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return decode(bytes, 2, StandardCharsets.UTF_16LE, sourceName);
        }
        return decode(bytes, 0, StandardCharsets.UTF_8, sourceName);
    }

    private static String decode(byte[] bytes, int bomLength, Charset charset, String sourceName)
            throws UnreadableInputException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, bomLength, bytes.length - bomLength);
        CharBuffer out = CharBuffer.allocate((int) ((bytes.length - bomLength) * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new UnreadableInputException(sourceName + " is not valid " + charset.name()
                    + " text: the byte at offset " + in.position() + " cannot be decoded.");
        }
        return out.flip().toString();
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static UnreadableInputException tooLarge(String name, long size) {
        return new UnreadableInputException(String.format(Locale.ROOT, "%s is %.1f MiB, larger than the %d MiB a text to "
                + "import may be.", name, size / (1024.0 * 1024), MAX_BYTES / (1024 * 1024)));
    }

    private static String nameOf(Path file) {
        Path fileName = file.getFileName();
        return fileName == null ? file.toString() : fileName.toString();
    }
}
