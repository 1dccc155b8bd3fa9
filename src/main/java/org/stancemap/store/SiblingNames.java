package org.stancemap.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Names of the hidden files a save keeps beside a project (its temporaries, its lock). A file name may have 255
 * bytes; when the project's own name leaves no room, a hash of it stands in, so that a project with a long name
 * can still be saved and locked, and the same project always gets the same names.
 */
final class SiblingNames {

    private static final int MAX_NAME_BYTES = 255;

    private SiblingNames() {
    }

    /**
     * {@code .NAME} followed by {@code suffix} when that leaves {@code reserve} bytes free (for a random part
     * added later), else {@code .stancemap-HASH.stancemap.json} followed by {@code suffix}.
     */
    static String hidden(Path target, String suffix, int reserve) {
        String name = target.getFileName().toString();
        String readable = "." + name + suffix;
        if (readable.getBytes(StandardCharsets.UTF_8).length + reserve <= MAX_NAME_BYTES) {
            return readable;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return ".stancemap-" + HexFormat.of().formatHex(digest, 0, 12) + ".stancemap.json" + suffix;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
