/**
 * Replacing files safely: {@link org.stancemap.files.AtomicFile}, the one atomic write behind project saves,
 * recovery copies and exports, and the names of the files kept beside a file.
 */
package org.stancemap.files;
