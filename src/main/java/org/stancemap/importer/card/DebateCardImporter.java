package org.stancemap.importer.card;

import org.stancemap.model.CardQuote;
import org.stancemap.model.Citation;
import org.stancemap.model.CitationDate;
import org.stancemap.model.DebateCard;
import org.stancemap.model.Person;
import org.stancemap.model.Project;
import org.stancemap.model.Voice;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.stancemap.importer.ImportResult;
import org.stancemap.importer.text.ExpertHeader;
import org.stancemap.importer.text.Paragraphs;
import org.stancemap.importer.ImportWarning;

/**
 * Reads a policy-debate evidence card: tag and short cite, the full cite in parentheses, the cutter's initials,
 * then the body, in which each voice's header ({@code Name, Role, Org}) runs inline into its first quote and every
 * quote ends with its citation, {@code (Publication, MM.DD.YY)} or {@code (Publication, Month YYYY)}.
 *
 * <p>The body is split into quotes at its citations. A quote is attributed to the voice whose header precedes it:
 * right after a citation (or at the start of the body) a header may open a new voice, whose end is found by its
 * shape (see {@link InlineHeaders}) or, exactly, by matching a header from a list of known ones, such as the
 * header lines of the round-up the card was cut from. A quote without a header of its own keeps the voice before
 * it, as cards write it.
 *
 * <p>Never throws on any text and takes time linear in its length: whatever cannot be read becomes an
 * {@link ImportWarning} with its line and column.
 */
public final class DebateCardImporter {
    /** Longest parenthesised text read as a citation; longer groups are asides within a quote. */
    private static final int MAX_CITATION_CHARS = 300;

    /** A card body citation: the parenthesised group from {@code open}, the body going on at {@code next}. */
    private record CitationSpan(int open, int next, Citation citation) {
    }

    /** Reads {@code text}, finding the end of each inline header by its shape alone. */
    public ImportResult<DebateCard> importText(String text) {
        return importText(text, List.of());
    }

    /**
     * Reads {@code text}, matching {@code knownHeaders} exactly where they open a quote and falling back on the
     * header's shape elsewhere (with a warning, since such a header is not among the known ones).
     *
     * @param knownHeaders headers as the source writes them, e.g.
     *                     "Ethan Meick, Policy Analyst, U.S.-China Economic and Security Review Commission"
     */
    public ImportResult<DebateCard> importText(String text, List<String> knownHeaders) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(knownHeaders, "knownHeaders");
        CardWarnings warnings = new CardWarnings(text);
        CardHeading.Heading heading = CardHeading.read(text, warnings);
        List<CardQuote> quotes = body(text, heading.bodyStart(), new InlineHeaders(knownHeaders), warnings);
        return new ImportResult<>(new DebateCard(heading.tag(), heading.cite(), heading.cutter(), quotes), warnings.list());
    }

    /**
     * The headers a round-up prints for its voices, rebuilt from their people in the shapes round-ups use
     * ({@code Name, Role}; {@code A, R1; and B, R2}; {@code A and B, Role};
     * {@code A and B, R1 and R2, respectively, Org}), to pass as known headers when a card is cut from
     * {@code source}.
     */
    public static List<String> headersOf(Project source) {
        Set<String> headers = new LinkedHashSet<>();
        for (Voice voice : source.voices()) {
            List<Person> people = voice.people();
            List<String> names = people.stream().map(Person::name).toList();
            List<String> each = people.stream()
                    .map(p -> p.role().isEmpty() ? p.name() : p.name() + ", " + p.role()).toList();
            headers.add(people.size() == 1 ? each.get(0) : String.join("; ", each.subList(0, each.size() - 1))
                    + "; and " + each.get(each.size() - 1));
            if (people.size() > 1) {
                String joinedNames = String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
                Set<String> roles = people.stream().map(Person::role).collect(Collectors.toSet());
                if (roles.size() == 1) {
                    headers.add(joinedNames + ", " + people.get(0).role());
                }
                respectively(people, joinedNames).ifPresent(headers::add);
            }
        }
        return List.copyOf(headers);
    }

    /** "A and B, R1 and R2, respectively, Org" when every role is "own role, Org" with one shared Org. */
    private static Optional<String> respectively(List<Person> people, String joinedNames) {
        List<String> own = new ArrayList<>();
        Set<String> organisations = new LinkedHashSet<>();
        for (Person p : people) {
            int comma = p.role().indexOf(", ");
            if (comma < 0) {
                return Optional.empty();
            }
            own.add(p.role().substring(0, comma));
            organisations.add(p.role().substring(comma + 2));
        }
        if (organisations.size() != 1) {
            return Optional.empty();
        }
        String roles = String.join(", ", own.subList(0, own.size() - 1)) + " and " + own.get(own.size() - 1);
        return Optional.of(joinedNames + ", " + roles + ", respectively, " + organisations.iterator().next());
    }

    private static List<CardQuote> body(String text, int bodyStart, InlineHeaders headers, CardWarnings warnings) {
        List<CardQuote> quotes = new ArrayList<>();
        String speaker = "";
        List<Person> people = List.of();
        int segment = skipWhitespace(text, bodyStart);
        while (segment < text.length()) {
            Optional<CitationSpan> citation = nextCitation(text, segment);
            int end = citation.map(CitationSpan::open).orElse(text.length());
            Optional<InlineHeaders.Found> header = headers.at(text, segment, end);
            int quoteStart = segment;
            if (header.isPresent()) {
                speaker = Paragraphs.trim(header.get().text(text));
                people = ExpertHeader.read(speaker).orElse(List.of());
                if (people.isEmpty()) {
                    warnings.add(segment, "header “" + speaker + "” names no one that can be read");
                }
                quoteStart = header.get().quoteStart();
                if (headers.hasKnownHeaders() && !header.get().known()) {
                    warnings.add(segment, "header “" + speaker + "” is not among the known headers; split by its shape");
                }
            } else if (quotes.isEmpty()) {
                warnings.add(segment, "the body opens without a voice's header; its first quote names no one");
            }
            String quote = Paragraphs.trim(text.substring(quoteStart, end));
            if (citation.isEmpty()) {
                warnings.add(segment, "text after the last citation has no citation of its own");
            } else if (quote.isEmpty()) {
                warnings.add(end, "citation (" + citation.get().citation().raw() + ") follows no quote text");
            }
            if (!quote.isEmpty()) {
                quotes.add(new CardQuote(speaker, people, quote,
                        citation.map(CitationSpan::citation).orElseGet(() -> new Citation("", CitationDate.unknown(""), ""))));
            }
            segment = citation.map(c -> skipWhitespace(text, c.next())).orElse(text.length());
        }
        if (quotes.isEmpty()) {
            warnings.add(bodyStart, "the card has no body");
        }
        return quotes;
    }

    /** The next citation from {@code from}: a publication, a readable date, and a sentence start (or end) after. */
    private static Optional<CitationSpan> nextCitation(String text, int from) {
        int open = text.indexOf('(', from);
        while (open >= 0) {
            Optional<CitationSpan> span = citationAt(text, open);
            if (span.isPresent()) {
                return span;
            }
            open = text.indexOf('(', open + 1);
        }
        return Optional.empty();
    }

    private static Optional<CitationSpan> citationAt(String text, int open) {
        int close = -1;
        for (int k = open + 1; k < text.length() && k <= open + MAX_CITATION_CHARS && close < 0; k++) {
            char c = text.charAt(k);
            if (c == '(') {
                return Optional.empty();
            }
            if (c == ')') {
                close = k;
            }
        }
        if (close < 0) {
            return Optional.empty();
        }
        int next = close + 1;
        if (next < text.length() && ".,;".indexOf(text.charAt(next)) >= 0) {
            next++;
        }
        int after = skipWhitespace(text, next);
        if ((next < text.length() && !Paragraphs.isBlank(text.charAt(next)))
                || (after < text.length() && Character.isLowerCase(text.charAt(after)))) {
            return Optional.empty(); // "(the summit, June 2019) was …": an aside inside the sentence
        }
        String inner = Paragraphs.trim(text.substring(open + 1, close));
        int last = inner.lastIndexOf(',');
        int secondLast = last > 0 ? inner.lastIndexOf(',', last - 1) : -1;
        for (int comma : new int[] {secondLast, last}) {
            if (comma > 0) {
                String publication = Paragraphs.trim(inner.substring(0, comma));
                Optional<CitationDate> date = CardHeading.readableDate(inner.substring(comma + 1));
                if (date.isPresent() && !publication.isEmpty()) {
                    return Optional.of(new CitationSpan(open, next, new Citation(publication, date.get(), inner)));
                }
            }
        }
        return Optional.empty();
    }

    private static int skipWhitespace(String text, int from) {
        int k = from;
        while (k < text.length() && Paragraphs.isBlank(text.charAt(k))) {
            k++;
        }
        return k;
    }
}
