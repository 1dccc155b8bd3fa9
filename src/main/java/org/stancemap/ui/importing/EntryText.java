package org.stancemap.ui.importing;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.stancemap.importer.roundup.DraftEntry;
import org.stancemap.importer.roundup.DraftQuote;
import org.stancemap.model.Person;

/** How the review words an entry: the same text in the list, in the merge and move choices, and for screen readers. */
final class EntryText {

    private EntryText() {
    }

    /** "Graham T. Allison", "Ann Ames, Ben Brook & Cai Chen", or "No speaker" for an entry read without one. */
    static String names(DraftEntry entry) {
        List<String> names = entry.people().stream().map(Person::name).toList();
        if (names.size() < 2) {
            return names.isEmpty() ? "No speaker" : names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " & " + names.get(names.size() - 1);
    }

    /** Each distinct role once, in order: co-authors often share one. */
    static String roles(DraftEntry entry) {
        Set<String> roles = new LinkedHashSet<>();
        entry.people().stream().map(Person::role).filter(r -> !r.isBlank()).forEach(roles::add);
        return String.join("; ", roles);
    }

    /** Why the entry stays off the map, or "" when it becomes a voice. */
    static String offTheMap(DraftEntry entry) {
        return switch (entry.role()) {
            case MODERATOR -> "Moderator · not on the map";
            case NOT_AN_EXPERT -> "Not an expert · not on the map";
            case EXPERT -> entry.people().isEmpty() ? "No speaker · not on the map"
                    : entry.becomesVoice() ? "" : "No quotes · not on the map";
        };
    }

    /** "line 28 · 4 quotes". */
    static String where(DraftEntry entry) {
        return "line " + entry.firstLine() + " · " + RoundUpReviewViewModel.plural(entry.quotes().size(), "quote");
    }

    /** "12. Leon Aron (line 44)": an entry among the others, as a choice names it. */
    static String choice(int index, DraftEntry entry) {
        return (index + 1) + ". " + names(entry) + " (line " + entry.firstLine() + ")";
    }

    /** "lines 30–31 · The National Interest, 12.14.18", or "line 30 · no citation". */
    static String quoteSource(DraftQuote quote) {
        String lines = quote.firstLine() == quote.lastLine() ? "line " + quote.firstLine()
                : "lines " + quote.firstLine() + "–" + quote.lastLine();
        return lines + " · " + (quote.citation().isStated() ? quote.citation().raw() : "no citation");
    }
}
