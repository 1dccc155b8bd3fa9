package org.stancemap.store;

/**
 * A save refused because the file was changed on disk since it was read or last saved (by a {@code move}, another
 * window, a synced folder): the file is left as it is, and the user can save under another name or reload it.
 */
public final class FileChangedOnDiskException extends ProjectFileException {
    private static final long serialVersionUID = 1L;

    FileChangedOnDiskException(String message) {
        super(message);
    }
}
