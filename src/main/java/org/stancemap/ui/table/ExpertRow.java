package org.stancemap.ui.table;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.stancemap.model.Band;
import org.stancemap.model.Project;
import org.stancemap.model.Quote;
import org.stancemap.model.Voice;
import org.stancemap.render.CitationText;
import org.stancemap.render.PlacementBasis;

/**
 * One expert as the table shows it. Numbers are text with fixed decimals, so they sort as they read, and an
 * unplaced expert's empty cells sort first.
 *
 * @param band            the band the placement falls in; "Not yet placed" without one
 * @param position        "0.23", or empty
 * @param confidence      "0.80", or empty when not stated
 * @param phrase          the phrase from the expert's quotes that the placement rests on, or empty
 * @param latestCitation  the newest dated citation among the quotes, at its own precision
 */
public record ExpertRow(Voice voice, String name, BandCell band, String position, String confidence, String region,
                        String role, String phrase, int quotes, LatestCitation latestCitation) {

    /** A band that sorts in axis order, left to right, with unplaced experts last, and reads as its label. */
    public record BandCell(int index, String label) implements Comparable<BandCell> {

        @Override
        public int compareTo(BandCell other) {
            return Integer.compare(index, other.index);
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** A citation date that sorts by the day it ends and reads as written ("July 2017"). */
    public record LatestCitation(Optional<LocalDate> day, String text) implements Comparable<LatestCitation> {

        private static final Comparator<LatestCitation> ORDER =
                Comparator.comparing((LatestCitation c) -> c.day().orElse(LocalDate.MIN));

        @Override
        public int compareTo(LatestCitation other) {
            return ORDER.compare(this, other);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    static ExpertRow of(Voice voice, Project project) {
        List<Band> bands = project.spectrum().bands();
        BandCell band = voice.placement()
                .map(p -> project.spectrum().bandAt(p.position())
                        .map(b -> new BandCell(bands.indexOf(b), b.label())).orElse(new BandCell(-1, "")))
                .orElse(new BandCell(Integer.MAX_VALUE, "Not yet placed"));
        String position = voice.placement().map(p -> decimal(p.position())).orElse("");
        String confidence = voice.placement().filter(p -> p.confidence().isPresent())
                .map(p -> decimal(p.confidence().getAsDouble())).orElse("");
        Optional<Quote> latest = voice.quotes().stream().filter(q -> q.citation().date().end().isPresent())
                .max(Comparator.comparing(q -> q.citation().date().end().orElseThrow()));
        LatestCitation citation = new LatestCitation(latest.flatMap(q -> q.citation().date().end()),
                latest.map(q -> CitationText.date(q.citation().date())).orElse(""));
        return new ExpertRow(voice, voice.displayName(), band, position, confidence, tag(voice, "region"),
                tag(voice, "role"), PlacementBasis.phrase(voice).orElse(""), voice.quotes().size(), citation);
    }

    private static String tag(Voice voice, String key) {
        return voice.tags().getOrDefault(key, "").strip();
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
