package org.stancemap.store;

/**
 * Why a project file's content cannot become a project: a sentence fragment that already says where, e.g.
 * "$.voices[3].id is missing". Unchecked so the mappers stay readable; {@link ProjectStore} turns it into a
 * {@link ProjectFileException} naming the file.
 */
final class FormatProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    FormatProblem(String detail) {
        super(detail, null, false, false);
    }

    FormatProblem(String detail, Throwable cause) {
        super(detail, cause, false, false);
    }
}
