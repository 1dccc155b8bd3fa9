package org.stancemap.importer.check;

import org.stancemap.model.Project;
import org.stancemap.model.Quote;
import org.stancemap.model.Voice;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every quote of a source project, indexed by the runs of three consecutive words it holds, so that the quotes a
 * card quote may have been cut from are found in time proportional to the card quote, not to the source.
 */
final class SourceQuotes {
    /** One source quote and its words. */
    record Entry(Voice voice, int quoteIndex, Quote quote, QuoteWords words) {
    }

    private static final int RUN = 3;

    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, List<Integer>> byRun = new HashMap<>();
    private final Map<String, List<Integer>> byWord = new HashMap<>();

    SourceQuotes(Project project) {
        for (Voice voice : project.voices()) {
            for (int q = 0; q < voice.quotes().size(); q++) {
                Quote quote = voice.quotes().get(q);
                int id = entries.size();
                QuoteWords words = QuoteWords.of(quote.text());
                entries.add(new Entry(voice, q, quote, words));
                List<String> own = ownWords(words);
                for (String run : runs(words, false)) {
                    byRun.computeIfAbsent(run, k -> new ArrayList<>()).add(id);
                }
                for (String word : new HashSet<>(own)) {
                    byWord.computeIfAbsent(word, k -> new ArrayList<>()).add(id);
                }
            }
        }
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
