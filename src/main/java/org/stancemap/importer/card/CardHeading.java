package org.stancemap.importer.card;

import org.stancemap.model.CardCite;
import org.stancemap.model.CitationDate;
import org.stancemap.model.DatePrecision;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stancemap.importer.text.Paragraphs;
import org.stancemap.importer.text.CitationDateReader;

/**
 * Reads what a card says before its body: the tag, the short cite, the full cite in parentheses and the cutter's
 * initials, as in {@code RM 6/14 (RM, citing …, 6-14-2019, "Expert Round-Up: …," Russia Matters, https://…) ank}.
 */
final class CardHeading {
    /** What the heading gave; the body starts at {@code bodyStart}. */
    record Heading(String tag, CardCite cite, String cutter, int bodyStart) {
    }

    private record Parentheses(int open, int close) {
    }

    private record TagAndShortCite(String tag, String shortCite) {
    }

    private static final Pattern NON_SPACE = Pattern.compile("\\S+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern CITE_PART_SEPARATOR = Pattern.compile(",(?=\\s|$)", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern INITIALS = Pattern.compile("[a-z]{1,5}|[A-Z]{2,4}");

    private CardHeading() {
    }

    /** How far into a line a card's heading (tag, short cite and full cite) is looked for. */
    private static final int MAX_HEADING_CHARS = 2_000;
    /** A tag and short cite longer than this before the parenthesis is prose, not a heading. */
    private static final int MAX_TAG_CHARS = 400;

    /**
     * True when {@code line} opens a card: within its start, a short cite ending in a date-like word ("Meick 18",
     * "RM 6/14") right before a full cite in parentheses, as a card's cite line or one-line card has.
     */
    static boolean opensCard(String line) {
        String start = line.length() > MAX_HEADING_CHARS ? line.substring(0, MAX_HEADING_CHARS) : line;
        Optional<Parentheses> parens = fullCiteParentheses(start);
        if (parens.isEmpty() || parens.get().open() > MAX_TAG_CHARS) {
            return false;
        }
        String before = Paragraphs.trim(start.substring(0, parens.get().open()));
        int wordStart = before.length();
        while (wordStart > 0 && !Paragraphs.isBlank(before.charAt(wordStart - 1))) {
            wordStart--;
        }
        return wordStart > 0 && before.substring(wordStart).chars().anyMatch(Character::isDigit);
    }

    static Heading read(String text, CardWarnings warnings) {
        Optional<Parentheses> parens = fullCiteParentheses(text);
        if (parens.isEmpty()) {
            warnings.add(0, "no full cite in parentheses before the body; the whole text is read as the card body");
            return new Heading("", CardCite.missing(), "", 0);
        }
        int open = parens.get().open();
        int close = parens.get().close();
        String raw = Paragraphs.trim(text.substring(open + 1, close));
        TagAndShortCite heading = tagAndShortCite(text.substring(0, open), warnings);
        CardCite cite = fullCite(raw, heading.shortCite(), open + 1, warnings);

        int afterCite = skipWhitespace(text, close + 1);
        int wordEnd = afterCite;
        while (wordEnd < text.length() && !Paragraphs.isBlank(text.charAt(wordEnd))) {
            wordEnd++;
        }
        String word = text.substring(afterCite, wordEnd);
        if (INITIALS.matcher(word).matches()) {
            return new Heading(heading.tag(), cite, word, skipWhitespace(text, wordEnd));
        }
        warnings.add(afterCite, "no cutter's initials after the full cite");
        return new Heading(heading.tag(), cite, "", afterCite);
    }

    /**
     * The first parenthesised group that reads as a full cite (a URL, or three or more parts); parenthesised
     * words without commas before it belong to the tag. A two-part group such as {@code (TASS, 04.03.18)} is a
     * quote's citation: the card then has no heading.
     */
    private static Optional<Parentheses> fullCiteParentheses(String text) {
        int open = text.indexOf('(');
        while (open >= 0) {
            int depth = 0;
            int close = -1;
            for (int k = open; k < text.length() && close < 0; k++) {
                char c = text.charAt(k);
                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
                if (depth == 0) {
                    close = k;
                }
            }
            if (close < 0) {
                return Optional.empty();
            }
            String inner = text.substring(open + 1, close);
            if (inner.contains("http") || inner.contains("www.") || parts(inner).size() >= 3) {
                return Optional.of(new Parentheses(open, close));
            }
            if (inner.indexOf(',') >= 0) {
                return Optional.empty();
            }
            open = text.indexOf('(', close);
        }
        return Optional.empty();
    }

    /** The short cite is the heading's last word when it holds a digit, with its author; the tag is what precedes. */
    private static TagAndShortCite tagAndShortCite(String heading, CardWarnings warnings) {
        List<String> words = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        Matcher m = NON_SPACE.matcher(heading);
        while (m.find()) {
            words.add(m.group());
            starts.add(m.start());
        }
        String lastWord = words.isEmpty() ? "" : words.get(words.size() - 1);
        if (!lastWord.chars().anyMatch(Character::isDigit)) {
            warnings.add(0, "no short cite (author and date) before the full cite");
            return new TagAndShortCite(Paragraphs.trim(heading), "");
        }
        int first = Math.max(0, words.size() - 2);
        if (first >= 2 && words.get(first).equals("al.") && words.get(first - 1).equals("et")) {
            first -= 2; // "Smith et al. 19"
        }
        if (first >= 2 && List.of("and", "&").contains(words.get(first - 1))) {
            first -= 2; // "Saradzhyan and Wyne 18"
        }
        int cut = starts.get(first);
        return new TagAndShortCite(Paragraphs.trim(heading.substring(0, cut)), Paragraphs.trim(heading.substring(cut)));
    }

    /**
     * The title without the commas, full stops and blanks a cite puts before its closing quote; a loop, since a
     * regex anchored at the end retries from every start of a long run and took minutes on a hostile card.
     */
    private static String withoutTrailingPunctuation(String title) {
        int end = title.length();
        while (end > 0 && (title.charAt(end - 1) == ',' || title.charAt(end - 1) == '.'
                || Paragraphs.isBlank(title.charAt(end - 1)))) {
            end--;
        }
        return Paragraphs.trim(title.substring(0, end));
    }

    /** Author, description, date, "title," publisher, URL — the parts a full cite gives, in that order. */
    private static CardCite fullCite(String raw, String shortCite, int offset, CardWarnings warnings) {
        int titleOpen = indexOfAny(raw, "\"“", 0);
        int titleClose = titleOpen < 0 ? -1 : indexOfAny(raw, raw.charAt(titleOpen) == '“' ? "”\"" : "\"”", titleOpen + 1);
        String title = "";
        List<String> before = parts(raw);
        List<String> after = List.of();
        if (titleClose > 0) {
            title = withoutTrailingPunctuation(raw.substring(titleOpen + 1, titleClose));
            before = parts(raw.substring(0, titleOpen));
            after = parts(raw.substring(titleClose + 1));
        }
        String author = before.isEmpty() ? "" : before.get(0);
        int dateFrom = -1;
        int dateTo = -1;
        CitationDate date = CitationDate.unknown("");
        for (int k = before.size() - 1; k >= 1 && dateFrom < 0; k--) {
            Optional<CitationDate> withComma = k >= 2
                    ? readableDate(before.get(k - 1) + ", " + before.get(k)) : Optional.empty();
            Optional<CitationDate> alone = readableDate(before.get(k));
            if (withComma.isPresent() || alone.isPresent()) {
                dateFrom = withComma.isPresent() ? k - 1 : k; // "June 14, 2019" spans two parts
                dateTo = k;
                date = withComma.orElseGet(alone::get);
            }
        }
        String description = dateFrom > 1 ? String.join(", ", before.subList(1, dateFrom)) : "";
        List<String> rest = new ArrayList<>(titleClose > 0 ? after : before.subList(Math.max(1, dateTo + 1), before.size()));
        if (titleClose < 0 && dateFrom < 0) {
            rest.clear();
            description = String.join(", ", before.subList(Math.min(1, before.size()), before.size()));
        }
        Optional<String> url = rest.stream().filter(CardHeading::isUrl).findFirst();
        rest.removeIf(p -> isUrl(p) || readableDate(p).isPresent());
        if (titleClose < 0 && rest.size() >= 2) {
            title = rest.remove(0);
        }
        Optional<String> publisher = rest.isEmpty() ? Optional.empty() : Optional.of(rest.get(0));
        if (date.precision() == DatePrecision.UNKNOWN) {
            warnings.add(offset, "the full cite gives no date that can be read");
        }
        if (title.isEmpty()) {
            warnings.add(offset, "the full cite gives no title");
        }
        return new CardCite(shortCite, author, description, date, title, publisher, url, raw);
    }

    /** The date {@code text} denotes, when it reads as one. */
    static Optional<CitationDate> readableDate(String text) {
        return Optional.of(CitationDateReader.read(Paragraphs.trim(text))).filter(d -> d.precision() != DatePrecision.UNKNOWN);
    }

    private static List<String> parts(String s) {
        List<String> out = new ArrayList<>();
        for (String p : CITE_PART_SEPARATOR.split(s, -1)) {
            if (!p.isBlank()) {
                out.add(Paragraphs.trim(p));
            }
        }
        return out;
    }

    private static boolean isUrl(String part) {
        return part.startsWith("http://") || part.startsWith("https://") || part.startsWith("www.");
    }

    private static int indexOfAny(String s, String chars, int from) {
        for (int k = from; k < s.length(); k++) {
            if (chars.indexOf(s.charAt(k)) >= 0) {
                return k;
            }
        }
        return -1;
    }

    private static int skipWhitespace(String text, int from) {
        int k = from;
        while (k < text.length() && Paragraphs.isBlank(text.charAt(k))) {
            k++;
        }
        return k;
    }
}
