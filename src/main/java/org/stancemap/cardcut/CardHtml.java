package org.stancemap.cardcut;

import java.util.List;

/**
 * A card as HTML for the clipboard, so that it pastes into Word as a formatted card: the tag as an {@code h4}
 * (Word maps it to "Heading 4", Verbatim's tag), the short cite bold at 13 pt, the quotes underlined and their
 * stance words bold. Every piece of article text is escaped: it is never markup.
 */
public final class CardHtml {

    private CardHtml() {
    }

    public static String of(CutCard card) {
        StringBuilder out = new StringBuilder("<html><body>\n");
        if (!card.tag().isBlank()) {
            out.append("<h4>").append(escape(card.tag().strip())).append("</h4>\n");
        }
        out.append("<p>").append(runs(CardStyle.citeLine(card))).append("</p>\n");
        for (CutCard.Paragraph paragraph : card.paragraphs()) {
            out.append("<p>").append(runs(CardStyle.paragraph(paragraph))).append("</p>\n");
        }
        return out.append("</body></html>\n").toString();
    }

    private static String runs(List<CardStyle.Run> runs) {
        StringBuilder out = new StringBuilder();
        for (CardStyle.Run run : runs) {
            String text = escape(run.text());
            out.append(switch (run.style()) {
                case PLAIN -> text;
                case CITE -> "<b style=\"font-size:13pt\">" + text + "</b>";
                case UNDERLINE -> "<u>" + text + "</u>";
                case EMPHASIS -> "<u><b>" + text + "</b></u>";
            });
        }
        return out.toString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(Character.isISOControl(c) && c != '\n' ? ' ' : c);
            }
        }
        return out.toString();
    }
}
