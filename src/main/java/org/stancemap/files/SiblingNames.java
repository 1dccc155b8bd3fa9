package org.stancemap.files;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Names of the files kept beside a file (its temporaries, its lock, its backup). A file name may have 255 bytes;
 * when the file's own name leaves no room, a hash of it stands in, so that a file with a long name can still be
 * written, locked and backed up, and the same file always gets the same names.
 */
public final class SiblingNames {

    private static final int MAX_NAME_BYTES = 255;
    /** Enough of a SHA-256 that two names in one folder never share it. */
    private static final int HASH_BYTES = 12;

    private SiblingNames() {
    }

    /**
     * {@code .NAME} followed by {@code suffix} when that leaves {@code reserve} bytes free (for a random part
     * added later), else {@code .stancemap-HASH.stancemap.json} followed by {@code suffix}.
     */
    public static String hidden(Path target, String suffix, int reserve) {
        String name = target.getFileName().toString();
        String readable = "." + name + suffix;
        if (bytes(readable) + reserve <= MAX_NAME_BYTES) {
            return readable;
        }
        return ".stancemap-" + hash(name) + ".stancemap.json" + suffix;
    }

    /**
     * {@code NAME} followed by {@code suffix} when that fits in a file name, else as much of the name as leaves room
     * for {@code -HASH} and the suffix: still recognisable to the user who looks for it beside the file.
     */
    public static String visible(Path target, String suffix) {
        String name = target.getFileName().toString();
        if (bytes(name + suffix) <= MAX_NAME_BYTES) {
            return name + suffix;
        }
        String tail = "-" + hash(name) + suffix;
        int room = MAX_NAME_BYTES - bytes(tail);
        StringBuilder start = new StringBuilder();
        for (int i = 0; i < name.length(); ) {
            int codePoint = name.codePointAt(i);
            if (bytes(start + Character.toString(codePoint)) > room) {
                break;
            }
            start.appendCodePoint(codePoint);
            i += Character.charCount(codePoint);
        }
        return start + tail;
    }

    private static int bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    private static String hash(String name) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, HASH_BYTES);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
