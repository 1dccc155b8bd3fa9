package org.stancemap.cardcut;

import java.util.ArrayList;
import java.util.List;
import org.stancemap.wording.StanceWords;
import org.stancemap.wording.WordMark;

/**
 * How a card's parts are styled, in the names debaters' Word templates (Verbatim) give them: the tag is a
 * "Heading 4" paragraph (Verbatim calls it "Tag"), the short cite is in the "Cite" character style, the quoted
 * text in "Underline" (what the debater reads aloud), and within it the words that carry the stance in
 * "Emphasis".
 */
public enum CardStyle {
    /** Plain body text: headers, citations, the full cite. */
    PLAIN,
    /** The short cite. */
    CITE,
    /** A quote's words. */
    UNDERLINE,
    /** A word of a quote that carries its stance (as {@link StanceWords} finds them). */
    EMPHASIS;

    /** One run of text in one style. */
    public record Run(String text, CardStyle style) {
    }

    /** A cite line as runs: the short cite, then the full cite and initials plain. */
    public static List<Run> citeLine(CutCard card) {
        return List.of(new Run(card.shortCite(), CITE),
                new Run(card.citeLine().substring(card.shortCite().length()), PLAIN));
    }

    /** A body paragraph as runs: the header plain, the quote underlined with its stance words emphasised, the citation plain. */
    public static List<Run> paragraph(CutCard.Paragraph paragraph) {
        List<Run> runs = new ArrayList<>();
        if (!paragraph.header().isEmpty()) {
            runs.add(new Run(paragraph.header() + " ", PLAIN));
        }
        String text = paragraph.text();
        int at = 0;
        for (WordMark mark : StanceWords.find(text)) {
            if (mark.start() > at) {
                runs.add(new Run(text.substring(at, mark.start()), UNDERLINE));
            }
            runs.add(new Run(text.substring(mark.start(), mark.end()), EMPHASIS));
            at = mark.end();
        }
        if (at < text.length()) {
            runs.add(new Run(text.substring(at), UNDERLINE));
        }
        if (!paragraph.citation().isEmpty()) {
            runs.add(new Run(" (" + paragraph.citation() + ")", PLAIN));
        }
        return runs;
    }
}
