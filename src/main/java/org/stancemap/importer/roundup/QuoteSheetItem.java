package org.stancemap.importer.roundup;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.stancemap.importer.text.CitationDateReader;
import org.stancemap.importer.text.CitedQuote;
import org.stancemap.importer.text.ExpertHeader;
import org.stancemap.importer.text.Paragraphs;
import org.stancemap.importer.text.SpeakerNames;
import org.stancemap.importer.text.TrailingCitation;
import org.stancemap.model.Citation;
import org.stancemap.model.CitationDate;
import org.stancemap.model.DatePrecision;
import org.stancemap.model.Person;

/**
 * One bullet of a quote sheet, read: {@code Speaker[, role][ in 2016]: “quote” (Source: Publication)}, or the
 * speaker after the quote, {@code “quote” — Speaker, role}. The speaker is only ever what the bullet names before
 * its colon or spaced dash, or after its dash; "Unknown", "attributed to several people" or a sentence ("In 2016, officials
 * warned that …") name nobody, and the bullet is then read without one.
 *
 * @param people   who the bullet names, empty when it names nobody
 * @param text     the quotation without its quote marks, or the whole bullet when it quotes no one
 * @param quoted   the bullet holds a quotation (in quote marks, or after a speaker's colon)
 * @param citation the source and date the bullet gives, or {@link Citation#unstated()}
 * @param doubt    why the speaker is uncertain ("only attributed to …"), or empty
 * @param nobody   what the bullet wrote where a speaker would go when it names nobody ("Unknown"), or ""
 */
record QuoteSheetItem(List<Person> people, String text, boolean quoted, Citation citation, Optional<String> doubt,
                      String nobody) {

    /** An attribution is a name and a role, not a paragraph; a longer one is narrative. */
    private static final int MAX_ATTRIBUTION_LENGTH = 250;
    private static final String OPENING_MARKS = "“\"«„";
    private static final List<String> VERBS = List.of("said", "says", "wrote", "writes", "argued", "argues",
            "noted", "notes", "warned", "warns", "added", "adds", "stated", "states", "remarked", "explained",
            "explains", "predicted", "predicts", "insisted", "insists", "asked", "asks", "observed", "observes",
            "told reporters", "told");
    private static final List<String> DASHES = List.of("—", "–", "―", "--", "-", "~");

    /** True when this bullet names a speaker and quotes them. */
    boolean isAttributed() {
        return !people.isEmpty() && quoted && !text.isEmpty();
    }

    /** True when {@code text} starts with an opening quote mark: "“We will…", a quotation, not an answer. */
    static boolean opensWithQuoteMark(String text) {
        return !text.isEmpty() && OPENING_MARKS.indexOf(text.charAt(0)) >= 0;
    }

    /** True when {@code text} holds an opening quote mark anywhere. */
    static boolean hasQuoteMarks(String text) {
        return firstOpeningMark(text) >= 0;
    }

    /** Reads one bullet's text, its bullet mark already removed. Never fails: a bullet that names no one says so. */
    static QuoteSheetItem read(String bullet) {
        String s = Paragraphs.singleSpaced(bullet);
        int open = firstOpeningMark(s);
        int close = open < 0 ? -1 : closingMark(s, open);
        if (close < 0) {
            return unquoted(s);
        }
        String prefix = Paragraphs.trim(s.substring(0, open));
        String quote = Paragraphs.trim(s.substring(open + 1, close));
        String suffix = Paragraphs.trim(s.substring(close + 1));
        if (quote.isEmpty()) {
            return narrative(s);
        }
        String attribution;
        String source;
        if (prefix.isEmpty()) {
            String after = withoutLeading(suffix, List.of(",", "."));
            Optional<String> afterDash = afterAny(after, DASHES);
            Optional<String> afterVerb = afterAny(after, List.of("said ", "says ", "wrote ", "writes ", "according to "));
            String rest = afterDash.or(() -> afterVerb).orElse("");
            String[] split = splitSource(rest);
            attribution = split[0];
            source = afterDash.isEmpty() && afterVerb.isEmpty() ? sourceOnly(suffix) : split[1];
        } else {
            attribution = attributionBefore(prefix);
            source = sourceOnly(suffix);
        }
        return attributed(attribution, quote, source);
    }

    /**
     * {@code Jane Roe, role: The alliance is a myth.} or {@code Jane Roe, role — The alliance is a myth.}, no quote
     * marks; narrative when no speaker opens it.
     */
    private static QuoteSheetItem unquoted(String s) {
        int speakerEnd = s.indexOf(':');
        int wordsFrom = speakerEnd + 1;
        String opening = s.substring(0, Math.min(s.length(), MAX_ATTRIBUTION_LENGTH + 3));
        for (String dash : List.of(" — ", " – ")) {
            int at = opening.indexOf(dash);
            if (at > 0 && (speakerEnd < 0 || at < speakerEnd)) {
                speakerEnd = at;
                wordsFrom = at + dash.length();
            }
        }
        if (speakerEnd <= 0 || speakerEnd > MAX_ATTRIBUTION_LENGTH || wordsFrom >= s.length()) {
            return narrative(s);
        }
        String[] split = splitSource(Paragraphs.trim(s.substring(wordsFrom)));
        Optional<List<Person>> people = people(s.substring(0, speakerEnd));
        boolean named = people.isPresent() && (people.get().size() > 1 || !people.get().get(0).role().isEmpty()
                || people.get().get(0).name().indexOf(' ') > 0);
        if (!named || split[0].isEmpty()) {
            return narrative(s);
        }
        return new QuoteSheetItem(people.get(), split[0], true, citation(split[1], Optional.empty()),
                Optional.empty(), "");
    }

    private static QuoteSheetItem narrative(String s) {
        return new QuoteSheetItem(List.of(), s, false, Citation.unstated(), Optional.empty(), "");
    }

    /** The speaker and date in {@code attribution}, the source given apart. */
    private static QuoteSheetItem attributed(String attribution, String quote, String source) {
        String rest = Paragraphs.trim(attribution);
        Optional<CitationDate> date = Optional.empty();
        String[] dated = trailingDate(rest);
        if (dated != null) {
            rest = dated[0];
            date = Optional.of(CitationDateReader.read(dated[1]));
        }
        rest = withoutTrailingVerb(withoutTrailing(rest, ",:"));
        Citation citation = citation(source, date);
        if (rest.isEmpty()) {
            return new QuoteSheetItem(List.of(), quote, true, citation, Optional.empty(), "");
        }
        if (SpeakerNames.isNobody(rest)) {
            return new QuoteSheetItem(List.of(), quote, true, citation, Optional.empty(), rest);
        }
        Optional<String> doubt = Optional.empty();
        String lower = rest.toLowerCase(Locale.ROOT);
        for (String hedge : List.of("attributed to ", "often attributed to ", "widely attributed to ")) {
            if (lower.startsWith(hedge)) {
                rest = Paragraphs.trim(rest.substring(hedge.length()));
                doubt = Optional.of("The source only attributes this quote to " + rest + ".");
            }
        }
        if (lower.startsWith("according to ")) {
            rest = Paragraphs.trim(rest.substring("according to ".length()));
        }
        Optional<List<Person>> people = people(rest);
        return people.isEmpty() ? new QuoteSheetItem(List.of(), quote, true, citation, Optional.empty(), "")
                : new QuoteSheetItem(people.get(), quote, true, citation, doubt, "");
    }

    /**
     * "Jane Roe, Senior Fellow" and "Jane Roe and John Doe, Fellows" as {@link ExpertHeader} reads them, each name
     * a person's; "Jane Roe of the Institute" is Jane Roe, "Institute"; anything else names nobody.
     */
    static Optional<List<Person>> people(String attribution) {
        String text = Paragraphs.trim(attribution);
        if (text.isEmpty() || text.length() > MAX_ATTRIBUTION_LENGTH) {
            return Optional.empty();
        }
        Optional<List<Person>> read = ExpertHeader.read(withoutTrailing(text, "."));
        if (read.isEmpty()) {
            return Optional.empty();
        }
        List<Person> people = new ArrayList<>();
        for (Person person : read.get()) {
            String name = person.name();
            String role = person.role();
            if (!SpeakerNames.isPlausible(name)) {
                int cut = connective(name);
                if (cut < 0) {
                    return Optional.empty();
                }
                String of = Paragraphs.trim(name.substring(cut));
                of = Paragraphs.trim(of.substring(of.indexOf(' ') + 1));
                name = Paragraphs.trim(name.substring(0, cut));
                role = role.isEmpty() ? of : of + ", " + role;
                if (!SpeakerNames.isPlausible(name)) {
                    return Optional.empty();
                }
            }
            String withoutTitle = SpeakerNames.withoutTitle(name);
            people.add(new Person(SpeakerNames.displayed(withoutTitle.indexOf(' ') > 0 ? withoutTitle : name), role));
        }
        return Optional.of(people);
    }

    /** Where " of ", " from " or " at " ends a name and starts an affiliation, or -1. */
    private static int connective(String name) {
        int best = -1;
        for (String word : List.of(" of ", " from ", " at ")) {
            int at = name.indexOf(word);
            best = at > 0 && (best < 0 || at < best) ? at : best;
        }
        return best;
    }

    /** The attribution before a quote: it ends with a colon, a dash or a speech verb, or it is not one. */
    private static String attributionBefore(String prefix) {
        if (prefix.length() > MAX_ATTRIBUTION_LENGTH) {
            return "";
        }
        char last = prefix.charAt(prefix.length() - 1);
        if (last == ':' || last == ',') {
            return prefix.substring(0, prefix.length() - 1);
        }
        for (String dash : DASHES) {
            if (prefix.endsWith(" " + dash) || prefix.endsWith(dash) && !dash.equals("-")) {
                return prefix.substring(0, prefix.length() - dash.length());
            }
        }
        String lower = prefix.toLowerCase(Locale.ROOT);
        for (String verb : VERBS) {
            if (lower.endsWith(" " + verb)) {
                return prefix;
            }
        }
        return "";
    }

    /** {@code [attribution, source]} of what follows a dash: "Jane Roe, Fellow (Source: X)" or "… Source: X". */
    private static String[] splitSource(String text) {
        String t = withoutTrailing(Paragraphs.trim(text), "");
        int close = t.endsWith(")") ? t.length() - 1 : t.endsWith(").") ? t.length() - 2 : -1;
        if (close > 0) {
            int open = t.lastIndexOf('(', close);
            if (open >= 0 && close - open <= TrailingCitation.MAX_CITATION_LENGTH) {
                return new String[] {Paragraphs.trim(t.substring(0, open)), Paragraphs.trim(t.substring(open + 1, close))};
            }
        }
        String lower = t.toLowerCase(Locale.ROOT);
        int at = lower.lastIndexOf("source:");
        if (at >= 0) {
            return new String[] {withoutTrailing(Paragraphs.trim(t.substring(0, at)), ".,;—–-"), Paragraphs.trim(t.substring(at))};
        }
        return new String[] {t, ""};
    }

    /** What follows a quote when the speaker came before it: "(Source: X)", "Source: X", "(X, 2016)", "— X". */
    private static String sourceOnly(String suffix) {
        String s = withoutLeading(Paragraphs.trim(suffix), List.of(",", "."));
        String[] split = splitSource(s);
        if (!split[1].isEmpty()) {
            return split[1];
        }
        return afterAny(s, DASHES).or(() -> afterAny(s, List.of("via "))).map(x -> withoutTrailing(x, ".")).orElse("");
    }

    /** The citation a source gives, the date from the attribution when the source has none. */
    private static Citation citation(String source, Optional<CitationDate> attributedDate) {
        String raw = Paragraphs.trim(source);
        String publication = raw;
        for (String label : List.of("source:", "sources:", "via ")) {
            if (publication.toLowerCase(Locale.ROOT).startsWith(label)) {
                publication = Paragraphs.trim(publication.substring(label.length()));
            }
        }
        if (!publication.isEmpty()) {
            Optional<CitedQuote> cited = TrailingCitation.read("(" + publication + ")");
            if (cited.isPresent()) {
                Citation c = cited.get().citation();
                return new Citation(c.publication(), c.date(), raw);
            }
            CitationDate alone = CitationDateReader.read(publication);
            if (alone.precision() != DatePrecision.UNKNOWN) {
                return new Citation("", alone, raw);
            }
        }
        CitationDate date = attributedDate.orElse(CitationDate.unknown(""));
        return publication.isEmpty() && date.text().isEmpty() ? Citation.unstated() : new Citation(publication, date, raw);
    }

    /**
     * {@code [before, date]} when {@code attribution} ends with a date: "Jane Roe in 2016", "Jane Roe, in March
     * 2016", "Jane Roe (2016)", "Jane Roe, 2016"; null otherwise.
     */
    private static String[] trailingDate(String attribution) {
        String t = withoutTrailing(attribution, ",:");
        if (t.endsWith(")")) {
            int open = t.lastIndexOf('(');
            if (open > 0 && readable(t.substring(open + 1, t.length() - 1))) {
                return new String[] {Paragraphs.trim(t.substring(0, open)), Paragraphs.trim(t.substring(open + 1, t.length() - 1))};
            }
        }
        int from = Math.max(0, t.length() - CitationDateReader.MAX_DATE_LENGTH - 4);
        String lower = t.toLowerCase(Locale.ROOT);
        for (String connector : List.of(" in ", " on ", ", ")) {
            for (int at = lower.indexOf(connector, from); at > 0; at = lower.indexOf(connector, at + 1)) {
                String tail = Paragraphs.trim(t.substring(at + connector.length()));
                if (readable(tail)) {
                    return new String[] {withoutTrailing(Paragraphs.trim(t.substring(0, at)), ","), tail};
                }
            }
        }
        return null;
    }

    private static boolean readable(String date) {
        return CitationDateReader.read(Paragraphs.trim(date)).precision() != DatePrecision.UNKNOWN;
    }

    private static int firstOpeningMark(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (OPENING_MARKS.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** The mark closing the quotation opened at {@code open}: the first one not followed by a letter. */
    private static int closingMark(String s, int open) {
        char opening = s.charAt(open);
        String closing = switch (opening) {
            case '“' -> "”\"";
            case '«' -> "»";
            case '„' -> "“”";
            default -> "\"”";
        };
        for (int i = open + 1; i < s.length(); i++) {
            if (closing.indexOf(s.charAt(i)) >= 0 && (i + 1 == s.length() || !Character.isLetterOrDigit(s.charAt(i + 1)))) {
                return i;
            }
        }
        return -1;
    }

    private static Optional<String> afterAny(String text, List<String> starts) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String start : starts) {
            if (lower.startsWith(start)) {
                return Optional.of(Paragraphs.trim(text.substring(start.length())));
            }
        }
        return Optional.empty();
    }

    private static String withoutLeading(String text, List<String> marks) {
        for (String mark : marks) {
            if (text.startsWith(mark)) {
                return Paragraphs.trim(text.substring(mark.length()));
            }
        }
        return text;
    }

    private static String withoutTrailing(String text, String marks) {
        int end = text.length();
        while (end > 0 && (marks.indexOf(text.charAt(end - 1)) >= 0 || Paragraphs.isBlank(text.charAt(end - 1)))) {
            end--;
        }
        return text.substring(0, end);
    }

    private static String withoutTrailingVerb(String attribution) {
        String lower = attribution.toLowerCase(Locale.ROOT);
        for (String verb : VERBS) {
            if (lower.endsWith(" " + verb)) {
                return withoutTrailing(attribution.substring(0, attribution.length() - verb.length() - 1), ",");
            }
        }
        return attribution;
    }
}
