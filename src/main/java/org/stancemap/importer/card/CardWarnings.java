package org.stancemap.importer.card;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.stancemap.importer.ImportWarning;

/** Collects what a card import could not read, placed by line and column of the card text. */
final class CardWarnings {
    private final int[] lineStarts;
    private final List<ImportWarning> warnings = new ArrayList<>();

    CardWarnings(String text) {
        int[] starts = new int[16];
        int count = 1;
        for (int k = 0; k < text.length(); k++) {
            if (text.charAt(k) == '\n') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = k + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, count);
    }

    void add(int offset, String message) {
        int found = Arrays.binarySearch(lineStarts, offset);
        int lineIndex = found >= 0 ? found : -found - 2;
        int column = offset - lineStarts[lineIndex] + 1;
        warnings.add(new ImportWarning(lineIndex + 1, "column " + column + ": " + message));
    }

    List<ImportWarning> list() {
        return List.copyOf(warnings);
    }
}
