package org.stancemap.importer.check;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.stancemap.model.CardCite;
import org.stancemap.model.RoundUp;

/**
 * Sets a card's full cite against the round-up's own metadata: author(s), title, publisher, date and URL. A
 * field is compared only when both sides give it, so a round-up imported from bare text (no publisher, no URL)
 * checks what it can.
 *
 * <p>A cite whose title and URL are both another article's does not cite the round-up at all: the card says it
 * was cut from elsewhere, and its quotes are then reported as found in the round-up's quotes rather than its
 * fields as wrong.
 */
final class CiteCheck {
    /** Share of the round-up title's words a cite's title must hold to name the same article. */
    private static final double SAME_TITLE = 0.6;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH);

    private CiteCheck() {
    }

    /** Whether {@code cite} names the round-up, if with errors, rather than another article. */
    static boolean citesRoundUp(CardCite cite, RoundUp roundUp) {
        if (cite.raw().isBlank()) {
            return true;
        }
        boolean sameUrl = cite.url().isPresent() && roundUp.url().isPresent()
                && url(cite.url().get()).equals(url(roundUp.url().get()));
        return sameUrl || titleShare(cite.title(), roundUp.title()) >= SAME_TITLE;
    }

    /**
     * One finding per field of the cite that differs from the round-up's; none for a card with no cite.
     *
     * @param quoted the names of the people whose quotes the card was found to hold: a card may credit the expert
     *               it quotes, "Kashin 17 (Vasily Kashin, quoted in …)"
     */
    static List<CardFinding> check(CardCite cite, RoundUp roundUp, List<String> quoted) {
        List<CardFinding> findings = new ArrayList<>();
        if (cite.raw().isBlank()) {
            return findings;
        }
        if (!cite.author().isBlank() && !roundUp.authors().isEmpty() && !authorMatches(cite, roundUp, quoted)) {
            findings.add(mismatch("author", cite.author(), String.join(" and ", roundUp.authors())
                    + roundUp.publisher().map(p -> " (" + p + ")").orElse("")));
        }
        if (!cite.title().isBlank() && !words(cite.title()).equals(words(roundUp.title()))) {
            findings.add(mismatch("title", cite.title(), roundUp.title()));
        }
        if (cite.publisher().isPresent() && roundUp.publisher().isPresent()
                && !name(cite.publisher().get()).equals(name(roundUp.publisher().get()))) {
            findings.add(mismatch("publisher", cite.publisher().get(), roundUp.publisher().get()));
        }
        if (cite.date().start().isPresent() && roundUp.date().isPresent() && !covers(cite, roundUp.date().get())) {
            findings.add(mismatch("date", cite.date().text(), DAY.format(roundUp.date().get())));
        }
        if (cite.url().isPresent() && roundUp.url().isPresent() && !url(cite.url().get()).equals(url(roundUp.url().get()))) {
            findings.add(mismatch("URL", cite.url().get(), roundUp.url().get()));
        }
        return findings;
    }

    private static CardFinding mismatch(String field, String card, String source) {
        return new CardFinding(CardFinding.Kind.CITE_MISMATCH,
                "The card's cite gives the " + field + " “" + card + "”; the round-up's is “" + source + "”.", card, source);
    }

    /**
     * An author's or quoted expert's family name, or the publisher's name or initials ("RM" for Russia Matters),
     * as cards credit institutional round-ups.
     */
    private static boolean authorMatches(CardCite cite, RoundUp roundUp, List<String> quoted) {
        Set<String> given = new HashSet<>(Arrays.asList(name(cite.author()).split(" ")));
        for (String author : Stream.concat(roundUp.authors().stream(), quoted.stream()).toList()) {
            String[] parts = name(author).split(" ");
            if (given.contains(parts[parts.length - 1])) {
                return true;
            }
        }
        List<String> publishers = new ArrayList<>();
        roundUp.publisher().ifPresent(publishers::add);
        cite.publisher().ifPresent(publishers::add);
        String author = name(cite.author());
        return publishers.stream().map(CiteCheck::name)
                .anyMatch(p -> p.equals(author) || initials(p).equals(author.replace(" ", "")));
    }

    private static boolean covers(CardCite cite, LocalDate day) {
        LocalDate start = cite.date().start().get();
        LocalDate end = cite.date().end().orElse(start);
        return !day.isBefore(start) && !day.isAfter(end);
    }

    private static double titleShare(String cite, String roundUp) {
        List<String> theirs = words(roundUp);
        if (theirs.isEmpty()) {
            return 0;
        }
        Set<String> ours = new HashSet<>(words(cite));
        return (double) theirs.stream().filter(ours::contains).count() / theirs.size();
    }

    private static List<String> words(String text) {
        return Arrays.stream(fold(text).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
    }

    private static String name(String text) {
        return String.join(" ", words(text)).replaceFirst("^the ", "");
    }

    private static String initials(String name) {
        StringBuilder out = new StringBuilder();
        for (String w : name.split(" ")) {
            if (!w.isEmpty()) {
                out.append(w.charAt(0));
            }
        }
        return out.toString();
    }

    /** Scheme, "www.", case and a closing slash are not part of what a URL names. */
    private static String url(String url) {
        return url.strip().toLowerCase(Locale.ROOT).replaceFirst("^https?://", "").replaceFirst("^www\\.", "")
                .replaceFirst("/+$", "");
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replace("’", "").replace("'", "");
    }

    static Optional<String> describe(CardCite cite) {
        return cite.raw().isBlank() ? Optional.empty() : Optional.of(cite.shortCite().isBlank()
                ? "(" + cite.raw() + ")" : cite.shortCite() + " (" + cite.raw() + ")");
    }
}
