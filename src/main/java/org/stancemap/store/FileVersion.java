package org.stancemap.store;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Which content a project file held when it was read or written: its size and a SHA-256 of its bytes. A save
 * that names the version it expects is refused when the file on disk is another one, so that a change made
 * meanwhile by another window, a {@code move} or a synced folder is not overwritten.
 *
 * <p>The modification time is deliberately not part of it: a sync tool rewriting the same bytes changes it
 * although nothing was lost, and two writes within the file system's clock resolution leave it unchanged
 * although something was.
 */
public record FileVersion(long size, String sha256) {

    /** The version of a file holding exactly {@code bytes}. */
    public static FileVersion of(byte[] bytes) {
        try {
            return new FileVersion(bytes.length,
                    HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
