package org.stancemap.importer.check;

import org.stancemap.model.CardQuote;
import org.stancemap.model.Citation;
import org.stancemap.model.DebateCard;
import org.stancemap.model.Person;
import org.stancemap.model.Project;
import org.stancemap.model.Voice;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.stancemap.importer.text.Paragraphs;

/**
 * Checks a debate card against the round-up it was cut from: finds, for every card quote, the source quote it
 * came from and reports where the card departs from it — another voice named, a citation changed, words altered,
 * or text the source does not hold.
 *
 * <p>Typography never counts as a departure: whitespace, case, accents, curly and straight quotes and
 * apostrophes, dashes and hyphens, punctuation, the same letters split into other words ({@code multipolar} for
 * {@code multi-polar}). Nor do the cutter's marked edits: an ellipsis ({@code …} or
 * {@code ...}) where source text is left out, bracketed insertions such as {@code [that]} or
 * {@code [Speaking to …:]}, brackets around a changed letter ({@code [T]he} for {@code the}), a {@code [sic]} kept
 * or dropped, and source text before the first or after the last word the card cuts. Words left out without an
 * ellipsis, added or changed are alterations.
 *
 * <p>Source quotes are found through an index of their three-word runs and only the best few are compared word by
 * word, so a check takes time roughly proportional to the card, whatever the size of the round-up. The index of
 * the last source checked against is kept, so checking several cards against one project builds it once. A
 * {@code CardCheck} may be shared between threads.
 */
public final class CardCheck {
    /** Below this share of its words found in order in a source quote, a card quote is not from it. */
    private static final double MIN_WORD_SHARE = 0.5;
    private static final int CANDIDATES = 4;
    /** A cite-only card's ends are a few common words; more passages may hold them. */
    private static final int ENDS_CANDIDATES = 64;
    /** Fewest unmatched words after a match that may be another source quote run on without its citation. */
    private static final int MIN_PART_WORDS = 8;
    private static final int MAX_ALTERATIONS_LISTED = 5;
    private static final int EXCERPT_CHARS = 120;

    private record Comparison(SourceQuotes.Entry entry, WordAlignment alignment, boolean sameVoice) {
    }

    private record Indexed(Project source, SourceQuotes quotes) {
    }

    /** The last source indexed: checking many cards, or one card again, against one project indexes it once. */
    private volatile Indexed last;

    /** Checks every quote of {@code card} against the quotes of {@code source}. */
    public CardReport check(DebateCard card, Project source) {
        Indexed indexed = last;
        if (indexed == null || indexed.source() != source) {
            indexed = new Indexed(source, new SourceQuotes(source));
            last = indexed;
        }
        SourceQuotes quotes = indexed.quotes();
        boolean citesRoundUp = CiteCheck.citesRoundUp(card.cite(), source.roundUp());
        Optional<String> otherSource = citesRoundUp ? Optional.empty() : CiteCheck.describe(card.cite());
        List<QuoteCheck> checks = new ArrayList<>();
        for (int k = 0; k < card.quotes().size(); k++) {
            checks.addAll(checkParts(k, card.quotes().get(k), quotes, otherSource));
        }
        if (!citesRoundUp && !card.cite().author().isBlank()) {
            checks.replaceAll(q -> withCreditChecked(q, card.cite().author()));
        }
        List<String> quoted = checks.stream().flatMap(q -> q.match().stream())
                .flatMap(m -> m.voice().people().stream()).map(Person::name).toList();
        List<CardFinding> cite = citesRoundUp ? CiteCheck.check(card.cite(), source.roundUp(), quoted) : List.of();
        return new CardReport(card, cite, checks);
    }

    /**
     * The check of one card quote, or of each part of it when it runs on into another source quote: a card that
     * dropped the citation between two quotes is checked quote by quote, each by its own text, and the part the
     * dropped citation closed is reported as lacking it, rather than the whole matched to whichever quote is
     * longer under the first one's header.
     */
    private static List<QuoteCheck> checkParts(int index, CardQuote quote, SourceQuotes source,
                                               Optional<String> otherSource) {
        Optional<CardEnds> ends = CardEnds.of(quote.text());
        if (ends.isPresent()) {
            return List.of(checkEnds(index, quote, ends.get(), source, otherSource));
        }
        String text = quote.text();
        int split = runOnSplit(quote, source);
        if (split > 0) {
            Optional<Comparison> before = best(quote, QuoteWords.of(text.substring(0, split)), source);
            Optional<Comparison> after = best(quote, QuoteWords.of(text.substring(split)), source);
            if (found(before) && found(after) && before.get().entry() != after.get().entry()) {
                CardQuote first = new CardQuote(quote.speaker(), quote.people(), text.substring(0, split),
                        Citation.unstated());
                List<QuoteCheck> parts = new ArrayList<>(checkParts(index, first, source, otherSource));
                parts.addAll(checkParts(index, withOwnHeader(quote, text.substring(split), after.get()), source,
                        otherSource));
                return parts;
            }
        }
        return List.of(check(index, quote, source, otherSource));
    }

    /** Where a run of card words stands word for word in a source passage: its first source word. */
    private record Located(SourceQuotes.Entry entry, int from, int to) {
    }

    /**
     * A cite-only card's body, matched by its ends: the first words before the last, in one passage or in two
     * passages of one voice. It quotes nothing else, so only who said it and whether it is there can be wrong.
     */
    private static QuoteCheck checkEnds(int index, CardQuote quote, CardEnds ends, SourceQuotes source,
                                        Optional<String> otherSource) {
        for (Located first : verbatim(ends.first(), source)) {
            for (Located last : verbatim(ends.last(), source)) {
                SourceQuotes.Entry a = first.entry();
                SourceQuotes.Entry b = last.entry();
                boolean inOrder = a == b ? first.from() <= last.from() : a.voice() == b.voice() && a.quoteIndex() < b.quoteIndex();
                if (!inOrder) {
                    continue;
                }
                List<CardFinding> findings = new ArrayList<>();
                otherSource.ifPresent(cite -> {
                    String where = a == b ? a.where() + " (" + sentences(a.words(), first.from(), last.to()) + ")"
                            : a.where() + " to " + (a.introduction() ? b.where() : "quote " + (b.quoteIndex() + 1));
                    findings.add(new CardFinding(CardFinding.Kind.OTHER_SOURCE, "Found verbatim in " + where
                            + "; the card cites " + cite + ".", cite, where));
                });
                if (!quote.people().isEmpty() && !(a.introduction() || samePeople(quote.people(), a.voice().people()))) {
                    findings.add(attribution(quote, a));
                }
                return new QuoteCheck(index, quote, Optional.of(new SourceMatch(a.voice(), a.quoteIndex(), a.quote(), 1.0)),
                        findings);
            }
        }
        return new QuoteCheck(index, quote, Optional.empty(), List.of(new CardFinding(CardFinding.Kind.NOT_IN_SOURCE,
                "The card's first words “" + ends.first() + "” and last words “" + ends.last()
                        + "” are not found, in that order, in one passage or voice of the source.",
                quote.text(), "")));
    }

    /** Every source passage holding {@code text} word for word, where it starts and ends there. */
    private static List<Located> verbatim(String text, SourceQuotes source) {
        QuoteWords words = QuoteWords.of(text);
        List<Located> found = new ArrayList<>();
        for (SourceQuotes.Entry entry : source.candidates(words, ENDS_CANDIDATES)) {
            WordAlignment a = WordAlignment.of(words, entry.words());
            boolean whole = a.wordShare() == 1.0 && a.differences().isEmpty()
                    && a.markedCuts().stream().allMatch(c -> c.cardFrom() == 0 || c.cardTo() == words.size());
            if (whole) {
                found.add(new Located(entry, a.firstSourceWord(), a.lastSourceWord()));
            }
        }
        return found;
    }

    private static String sentences(QuoteWords words, int from, int to) {
        int first = words.sentenceOf(from);
        int last = words.sentenceOf(to);
        return first == last ? "sentence " + first : "sentences " + first + "–" + last;
    }

    /**
     * Where a card quote that holds two source quotes divides: after the words found in its best source quote
     * when many follow them, or, when many precede them, after the words of the source quote those precede —
     * so that a header left between the two goes with the second. 0 when it holds one source quote.
     */
    private static int runOnSplit(CardQuote quote, SourceQuotes source) {
        QuoteWords words = QuoteWords.of(quote.text());
        Optional<Comparison> best = best(quote, words, source);
        if (!found(best)) {
            return 0;
        }
        WordAlignment alignment = best.get().alignment();
        int tail = alignment.lastCardWord() + 1;
        if (words.size() - tail >= MIN_PART_WORDS) {
            return words.word(tail).start();
        }
        int first = alignment.firstCardWord();
        if (first < MIN_PART_WORDS) {
            return 0;
        }
        QuoteWords head = QuoteWords.of(quote.text().substring(0, words.word(first).start()));
        Optional<Comparison> before = best(quote, head, source);
        if (!found(before)) {
            return 0;
        }
        int after = before.get().alignment().lastCardWord() + 1;
        return after < head.size() ? head.word(after).start() : words.word(first).start();
    }

    private static boolean found(Optional<Comparison> comparison) {
        return comparison.isPresent() && comparison.get().alignment().wordShare() >= MIN_WORD_SHARE;
    }

    /**
     * The rest of a run-on quote, under the header it opens with when that header names the voice it was found
     * in (the header a dropped citation left inside the text), else under the quote's own.
     */
    private static CardQuote withOwnHeader(CardQuote quote, String rest, Comparison found) {
        QuoteWords words = QuoteWords.of(rest);
        int first = found.alignment().firstCardWord();
        String lead = first == 0 ? "" : foldName(rest.substring(0, words.word(first).start()));
        boolean named = !lead.isEmpty() && found.entry().voice().people().stream()
                .allMatch(p -> lead.contains(foldName(p.name())));
        return named
                ? new CardQuote(Paragraphs.trim(rest.substring(0, words.word(first).start())),
                found.entry().voice().people(), rest.substring(words.word(first).start()), quote.citation())
                : new CardQuote(quote.speaker(), quote.people(), rest, quote.citation());
    }

    private static Optional<Comparison> best(CardQuote quote, QuoteWords words, SourceQuotes source) {
        Optional<Comparison> best = Optional.empty();
        for (SourceQuotes.Entry entry : source.candidates(words, CANDIDATES)) {
            Comparison c = new Comparison(entry, WordAlignment.of(words, entry.words()),
                    (entry.introduction() && quote.people().isEmpty()) || samePeople(quote.people(), entry.voice().people()));
            if (best.isEmpty() || better(c, best.get())) {
                best = Optional.of(c);
            }
        }
        return best;
    }

    /**
     * @param otherSource the card's cite, when it names another article than the round-up: the quote is then
     *                    reported as found in the round-up, and a quote the card gives no header or citation of its
     *                    own is not faulted for it, since the cite stands for both
     */
    private static QuoteCheck check(int index, CardQuote quote, SourceQuotes source, Optional<String> otherSource) {
        QuoteWords words = QuoteWords.of(quote.text());
        Optional<Comparison> best = best(quote, words, source);
        if (best.isEmpty() || best.get().alignment().wordShare() < MIN_WORD_SHARE) {
            return new QuoteCheck(index, quote, Optional.empty(), List.of(notInSource(words, best)));
        }
        Comparison match = best.get();
        SourceQuotes.Entry entry = match.entry();
        List<CardFinding> findings = new ArrayList<>();
        otherSource.ifPresent(cite -> findings.add(foundElsewhere(entry, match.alignment(), cite)));
        if (!match.sameVoice() && (otherSource.isEmpty() || !quote.people().isEmpty())) {
            findings.add(attribution(quote, entry));
        }
        findings.addAll(alterations(words, entry.words(), match.alignment()));
        if (!entry.introduction() && (otherSource.isEmpty() || quote.citation().isStated())) {
            citationMismatch(quote.citation(), entry.quote().citation()).ifPresent(findings::add);
        }
        SourceMatch found = new SourceMatch(entry.voice(), entry.quoteIndex(), entry.quote(), match.alignment().wordShare());
        return new QuoteCheck(index, quote, Optional.of(found), findings);
    }

    /** More of the card's words found wins; on a tie, the voice the card names, then the fewer alterations. */
    private static boolean better(Comparison c, Comparison best) {
        int byShare = Double.compare(c.alignment().wordShare(), best.alignment().wordShare());
        if (byShare != 0) {
            return byShare > 0;
        }
        if (c.sameVoice() != best.sameVoice()) {
            return c.sameVoice();
        }
        return c.alignment().differences().size() < best.alignment().differences().size();
    }

    private static CardFinding notInSource(QuoteWords words, Optional<Comparison> closest) {
        String excerpt = words.excerpt(0, Math.min(words.size(), 12), 0, EXCERPT_CHARS);
        if (closest.isPresent() && closest.get().alignment().wordShare() > 0) {
            SourceQuotes.Entry e = closest.get().entry();
            long percent = Math.round(closest.get().alignment().wordShare() * 100);
            return new CardFinding(CardFinding.Kind.NOT_IN_SOURCE, "No passage of the source holds this text; the closest, "
                    + e.where() + (e.quote().citation().isStated() ? " (" + e.quote().citation().raw() + ")" : "")
                    + ", has only " + percent
                    + "% of its words.", excerpt, e.words().excerpt(0, Math.min(e.words().size(), 12), 0, EXCERPT_CHARS));
        }
        return new CardFinding(CardFinding.Kind.NOT_IN_SOURCE, "No passage of the source holds this text.", excerpt, "");
    }

    private static CardFinding attribution(CardQuote quote, SourceQuotes.Entry entry) {
        String source = entry.who();
        if (quote.people().isEmpty()) {
            return new CardFinding(CardFinding.Kind.MISSING_HEADER,
                    "The card gives this quote under no header; the source has it from " + source + ".", "", source);
        }
        return new CardFinding(CardFinding.Kind.WRONG_HEADER, "The card puts this quote under " + quote.speakerNames()
                + "; the source has it from " + source + ".", quote.speakerNames(), source);
    }

    /**
     * A quote under no header of a card citing another article is credited by the cite's author: when that author
     * is not who the round-up has the text from, the card's credit is wrong, as a wrong header would be.
     */
    private static QuoteCheck withCreditChecked(QuoteCheck check, String author) {
        if (check.match().isEmpty() || !check.quote().people().isEmpty()) {
            return check;
        }
        Voice voice = check.match().get().voice();
        List<String> given = List.of(foldName(author).split(" "));
        boolean credited = voice.people().stream().anyMatch(p -> {
            String[] name = foldName(p.name()).split(" ");
            return given.contains(name[name.length - 1]);
        });
        if (credited) {
            return check;
        }
        String who = voice.id().equals(SourceQuotes.AUTHORS_ID) ? "the round-up's authors, " + voice.displayName()
                : voice.displayName();
        List<CardFinding> findings = new ArrayList<>(check.findings());
        findings.add(new CardFinding(CardFinding.Kind.WRONG_HEADER, "The card's cite credits " + author
                + " for this quote; the source has it from " + who + ".", author, who));
        return new QuoteCheck(check.index(), check.quote(), check.match(), findings);
    }

    /** "Found verbatim in Sebastien Roblin's quote 2 (sentences 1–3); the card cites Roblin 18 (…)." */
    private static CardFinding foundElsewhere(SourceQuotes.Entry entry, WordAlignment alignment, String cite) {
        String where = entry.where() + " (" + sentences(entry.words(), alignment.firstSourceWord(),
                alignment.lastSourceWord()) + ")";
        String how = alignment.differences().isEmpty() ? "Found verbatim in " : "Found, with the changes listed, in ";
        return new CardFinding(CardFinding.Kind.OTHER_SOURCE, how + where + "; the card cites " + cite + ".", cite, where);
    }

    /**
     * Unmarked edits, each a plain alteration or, when it swaps, drops or adds a stance word, a change of
     * meaning; then the marked cuts that change the meaning, so that an ellipsis cannot hide a dropped "not".
     */
    private static List<CardFinding> alterations(QuoteWords card, QuoteWords source, WordAlignment alignment) {
        List<CardFinding> findings = new ArrayList<>();
        List<WordAlignment.Difference> differences = alignment.differences();
        for (int k = 0; k < differences.size() && k < MAX_ALTERATIONS_LISTED; k++) {
            WordAlignment.Difference d = differences.get(k);
            findings.add(MeaningCheck.ofAlteration(card, source, d).orElseGet(() -> altered(card, source, d)));
        }
        int unlisted = differences.size() - MAX_ALTERATIONS_LISTED;
        if (unlisted > 0) {
            findings.add(new CardFinding(CardFinding.Kind.ALTERED, "The card differs from the source in " + unlisted
                    + " more places.", "", ""));
        }
        for (WordAlignment.Difference cut : alignment.markedCuts()) {
            MeaningCheck.ofMarkedCut(card, source, cut).ifPresent(findings::add);
        }
        return findings;
    }

    private static CardFinding altered(QuoteWords card, QuoteWords source, WordAlignment.Difference d) {
        String cardExcerpt = card.excerpt(d.cardFrom(), d.cardTo(), 2, EXCERPT_CHARS);
        String sourceExcerpt = source.excerpt(d.sourceFrom(), d.sourceTo(), 2, EXCERPT_CHARS);
        String message;
        if (d.cardAddsWords() && d.sourceLosesWords()) {
            message = "The card reads “" + cardExcerpt + "” where the source reads “" + sourceExcerpt + "”.";
        } else if (d.cardAddsWords()) {
            message = "The card adds words the source does not have: “" + cardExcerpt + "”.";
        } else {
            message = "The card leaves out words without an ellipsis: the source reads “" + sourceExcerpt + "”.";
        }
        return new CardFinding(CardFinding.Kind.ALTERED, message, cardExcerpt, sourceExcerpt);
    }

    private static Optional<CardFinding> citationMismatch(Citation card, Citation source) {
        boolean samePublication = foldName(card.publication()).replaceFirst("^the ", "")
                .equals(foldName(source.publication()).replaceFirst("^the ", ""));
        boolean sameDate = Paragraphs.trim(card.date().text()).equals(Paragraphs.trim(source.date().text()))
                || (card.date().start().isPresent() && card.date().precision() == source.date().precision()
                && card.date().start().equals(source.date().start()) && card.date().end().equals(source.date().end()));
        if (samePublication && sameDate) {
            return Optional.empty();
        }
        String message = card.raw().isBlank()
                ? "The card gives no citation for this quote; the source cites (" + source.raw() + ")."
                : "The card cites (" + card.raw() + "); the source cites (" + source.raw() + ").";
        return Optional.of(new CardFinding(CardFinding.Kind.CITATION_MISMATCH, message, card.raw(), source.raw()));
    }

    /**
     * The same people, in any order: each card name is a source name, allowing a middle initial to be present on one
     * side only ("Dimitri Simes" is "Dimitri K. Simes").
     */
    private static boolean samePeople(List<Person> card, List<Person> source) {
        if (card.size() != source.size()) {
            return false;
        }
        return card.stream().allMatch(c -> source.stream().anyMatch(s -> samePerson(c.name(), s.name())));
    }

    private static boolean samePerson(String a, String b) {
        String[] x = foldName(a).split(" ");
        String[] y = foldName(b).split(" ");
        return String.join(" ", x).equals(String.join(" ", y))
                || (x.length > 1 && y.length > 1 && x[0].equals(y[0]) && x[x.length - 1].equals(y[y.length - 1]));
    }

    private static String foldName(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return Paragraphs.trim(decomposed.toLowerCase(Locale.ROOT).replaceAll("[.’'‘]", "").replaceAll("(?U)[\\s\\-–—]+", " "));
    }
}
