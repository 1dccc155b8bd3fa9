package org.stancemap.ui.importing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;

import org.stancemap.importer.roundup.DraftEntry;
import org.stancemap.importer.roundup.DraftQuote;
import org.stancemap.importer.text.SourceDocument;

/** Which source lines an entry, or one quote of it, was read from: what the review highlights. */
final class EntryLines {

    /** How many lines after an entry's first line can still be its header (a name, then a role on the next). */
    private static final int MAX_HEADER_LINES = 3;

    private EntryLines() {
    }

    /**
     * The entry's header (with a role on the lines right after it), each quote, and the blank lines between them,
     * so the highlight reads as one block where the entry is one.
     */
    static NavigableSet<Integer> of(DraftEntry entry, SourceDocument source) {
        int lastLine = source.lines().size();
        TreeSet<Integer> lines = new TreeSet<>();
        int firstQuote = entry.quotes().isEmpty() ? entry.firstLine() + 1 : entry.quotes().get(0).firstLine();
        lines.add(entry.firstLine());
        for (int line = entry.firstLine() + 1; line < firstQuote && line <= entry.firstLine() + MAX_HEADER_LINES
                && !isBlank(source, line); line++) {
            lines.add(line);
        }
        for (DraftQuote quote : entry.quotes()) {
            lines.addAll(of(quote));
        }
        List<Integer> gaps = new ArrayList<>();
        Integer previous = null;
        for (int line : lines) {
            if (previous != null && line > previous + 1 && onlyBlankBetween(source, previous, line)) {
                for (int gap = previous + 1; gap < line; gap++) {
                    gaps.add(gap);
                }
            }
            previous = line;
        }
        lines.addAll(gaps);
        lines.removeIf(line -> line < 1 || line > lastLine);
        return Collections.unmodifiableNavigableSet(lines);
    }

    static NavigableSet<Integer> of(DraftQuote quote) {
        TreeSet<Integer> lines = new TreeSet<>();
        for (int line = quote.firstLine(); line <= quote.lastLine(); line++) {
            lines.add(line);
        }
        return Collections.unmodifiableNavigableSet(lines);
    }

    private static boolean onlyBlankBetween(SourceDocument source, int from, int to) {
        for (int line = from + 1; line < to; line++) {
            if (!isBlank(source, line)) {
                return false;
            }
        }
        return true;
    }

    /** A line past the end counts as not blank, so that nothing beyond the source is highlighted. */
    private static boolean isBlank(SourceDocument source, int line) {
        return line >= 1 && line <= source.lines().size() && source.line(line).shown().isBlank();
    }
}
