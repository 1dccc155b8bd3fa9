package org.stancemap.importer.check;

import org.stancemap.model.Citation;
import org.stancemap.model.Person;
import org.stancemap.model.Project;
import org.stancemap.model.RoundUp;
import org.stancemap.model.Quote;
import org.stancemap.model.Voice;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every passage of a source project — the paragraphs of the round-up's introduction and of its narrative between
 * the entries, then every quote — indexed by the runs of three consecutive words it holds, so that the quotes a
 * card quote may have been cut from are found in time proportional to the card quote, not to the source.
 */
final class SourceQuotes {
    /**
     * One source passage and its words.
     *
     * @param voice        who says it: the quote's voice, or for the round-up's own text the round-up's authors
     * @param introduction the round-up's own text — a paragraph of its introduction or its narrative — not a quote
     * @param where        "Sebastien Roblin’s quote 2", "the round-up's introduction, paragraph 3" or "the
     *                     round-up's narrative at line 57"
     */
    record Entry(Voice voice, int quoteIndex, Quote quote, QuoteWords words, boolean introduction, String where) {
        /** "Sebastien Roblin", or "the round-up's authors, Simon Saradzhyan and Angelina Flood". */
        String who() {
            return introduction ? "the round-up's authors, " + voice.displayName() : voice.displayName();
        }
    }

    /** The id of the voice standing for the round-up's authors; no imported voice id has this form. */
    static final String AUTHORS_ID = "(round-up authors)";

    private static final int RUN = 3;

    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, List<Integer>> byRun = new HashMap<>();
    private final Map<String, List<Integer>> byWord = new HashMap<>();

    SourceQuotes(Project project) {
        List<Voice> voices = new ArrayList<>();
        RoundUp roundUp = project.roundUp();
        authors(roundUp).ifPresent(voices::add);
        voices.addAll(project.voices());
        for (Voice voice : voices) {
            boolean own = voice.id().equals(AUTHORS_ID);
            for (int q = 0; q < voice.quotes().size(); q++) {
                Quote quote = voice.quotes().get(q);
                int id = entries.size();
                QuoteWords words = QuoteWords.of(quote.text());
                entries.add(new Entry(voice, q, quote, words, own, own ? ownPlace(roundUp, q)
                        : voice.displayName() + "’s quote " + (q + 1)));
                for (String run : runs(words, false)) {
                    byRun.computeIfAbsent(run, k -> new ArrayList<>()).add(id);
                }
                for (String word : new HashSet<>(ownWords(words))) {
                    byWord.computeIfAbsent(word, k -> new ArrayList<>()).add(id);
                }
            }
        }
    }

    /** Where the round-up's own paragraph {@code k} stands: the introduction's paragraphs come first, then the narrative's. */
    private static String ownPlace(RoundUp roundUp, int k) {
        return k < roundUp.intro().size() ? "the round-up's introduction, paragraph " + (k + 1)
                : "the round-up's narrative at line " + roundUp.narrative().get(k - roundUp.intro().size()).line();
    }

    /**
     * The introduction and the narrative as the words of the round-up's authors (or of its publisher or title when
     * it names none), each paragraph cited to the round-up itself.
     */
    private static Optional<Voice> authors(RoundUp roundUp) {
        if (roundUp.intro().isEmpty() && roundUp.narrative().isEmpty()) {
            return Optional.empty();
        }
        List<String> names = roundUp.authors().isEmpty()
                ? List.of(roundUp.publisher().orElse(roundUp.title().isBlank() ? "the round-up" : roundUp.title()))
                : roundUp.authors();
        List<Person> people = names.stream().map(n -> new Person(n, "")).toList();
        List<Quote> paragraphs = new ArrayList<>();
        roundUp.intro().forEach(p -> paragraphs.add(new Quote(p, Citation.unstated())));
        roundUp.narrative().forEach(p -> paragraphs.add(new Quote(p.text(), Citation.unstated())));
        return Optional.of(Voice.unplaced(AUTHORS_ID, people, paragraphs));
    }

    /**
     * Up to {@code max} source quotes sharing the most word runs with {@code card}, best first; for a card quote
     * too short to hold a run, the source quotes holding all its words.
     */
    List<Entry> candidates(QuoteWords card, int max) {
        Set<String> runs = runs(card, true);
        int[] hits = new int[entries.size()];
        if (runs.isEmpty()) {
            Set<String> own = new HashSet<>(ownWords(card));
            for (String word : own) {
                for (int id : byWord.getOrDefault(word, List.of())) {
                    hits[id]++;
                }
            }
            int needed = own.size();
            return ranked(hits, max, Math.max(1, needed));
        }
        for (String run : runs) {
            for (int id : byRun.getOrDefault(run, List.of())) {
                hits[id]++;
            }
        }
        int best = 0;
        for (int h : hits) {
            best = Math.max(best, h);
        }
        return ranked(hits, max, Math.max(1, best / 2));
    }

    private List<Entry> ranked(int[] hits, int max, int atLeast) {
        List<Integer> ids = new ArrayList<>();
        for (int id = 0; id < hits.length; id++) {
            if (hits[id] >= atLeast) {
                ids.add(id);
            }
        }
        ids.sort(Comparator.comparingInt((Integer id) -> -hits[id]).thenComparingInt(id -> id));
        return ids.stream().limit(max).map(entries::get).toList();
    }

    /** Distinct runs of consecutive own words; on the card side a run never spans an ellipsis. */
    private static Set<String> runs(QuoteWords words, boolean breakAtGaps) {
        Set<String> runs = new LinkedHashSet<>();
        List<String> window = new ArrayList<>();
        for (int k = 0; k < words.size(); k++) {
            QuoteWords.Word w = words.word(k);
            if (breakAtGaps && words.gapBefore(k)) {
                window.clear();
            }
            if (w.inserted()) {
                continue;
            }
            window.add(w.folded());
            if (window.size() > RUN) {
                window.remove(0);
            }
            if (window.size() == RUN) {
                runs.add(String.join(" ", window));
            }
        }
        return runs;
    }

    private static List<String> ownWords(QuoteWords words) {
        return words.words().stream().filter(w -> !w.inserted()).map(QuoteWords.Word::folded).toList();
    }
}
