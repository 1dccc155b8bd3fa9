package org.stancemap.importer.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * Reads a saved web page, or HTML a browser put on the clipboard, by its structure: one line per block (see
 * {@link HtmlWalk}), the site's furniture set aside (see {@link HtmlSurvey}), photo captions told from a name
 * under a portrait, and the title, date and address the page states in its metadata added where the text lacks
 * them (see {@link PageFacts}).
 *
 * <p>The shown text is the page as Markdown, and line numbers point into it.
 */
final class HtmlReader {

    /**
     * Real pages nest a few dozen elements deep. jsoup stops nesting at a depth limit, and its cost per tag grows
     * with the depth; half its default keeps hostile tag soup fast and loses nothing a page shows.
     */
    private static final int MAX_DEPTH = 256;
    /** How far below a caption its name may be repeated ("Jane Roe" under a portrait, then "Jane Roe, Fellow"). */
    private static final int REPEAT_LOOKAHEAD = 6;
    private static final int MAX_NAME_WORDS = 6;

    private HtmlReader() {
    }

    static SourceDocument read(String name, String text) {
        ClipboardHtml clipboard = ClipboardHtml.of(text);
        Document page = Jsoup.parse(clipboard.html(), "", Parser.htmlParser().setMaxDepth(MAX_DEPTH));
        HtmlSurvey survey = HtmlSurvey.of(page.body());
        HtmlWalk.Result walk = HtmlWalk.read(page.body(), survey);
        List<HtmlLine> lines = PageFacts.of(page, walk.firstTime(), clipboard.sourceUrl())
                .addTo(withCaptionsDecided(walk.lines()));
        return numbered(name, lines);
    }

    /**
     * A caption is dropped when it is a credit, repeats the name that follows it, or describes a photo; a caption
     * that could name a speaker (a portrait's "Jane Roe, Senior Fellow") is kept, since it may be the only place
     * the page names them.
     */
    private static List<HtmlLine> withCaptionsDecided(List<HtmlLine> lines) {
        List<HtmlLine> out = new ArrayList<>(lines);
        for (int i = 0; i < out.size(); i++) {
            HtmlLine line = out.get(i);
            if (!line.caption() || !line.isRead()) {
                continue;
            }
            Optional<String> credit = PageFurniture.credit(line.text());
            if (credit.isPresent()) {
                out.set(i, line.droppedAs(credit.get()));
            } else if (repeatedBelow(out, i) || !couldNameSpeaker(line.text())) {
                out.set(i, line.droppedAs(PageFurniture.CAPTION));
            } else {
                out.set(i, line.keptAsText());
            }
        }
        return out;
    }

    private static boolean repeatedBelow(List<HtmlLine> lines, int caption) {
        String name = lines.get(caption).text();
        for (int i = caption + 1; i < Math.min(lines.size(), caption + REPEAT_LOOKAHEAD); i++) {
            HtmlLine line = lines.get(i);
            if (!line.isRead()) {
                continue;
            }
            String text = line.text();
            boolean repeats = text.regionMatches(true, 0, name, 0, name.length())
                    && (text.length() == name.length() || !Character.isLetter(text.charAt(name.length())));
            return repeats || line.lead().equalsIgnoreCase(name);
        }
        return false;
    }

    /** An expert header ("Jane Roe, Senior Fellow") or a name alone ("Jane Roe"), not a description. */
    private static boolean couldNameSpeaker(String text) {
        if (ExpertHeader.read(text).isPresent()) {
            return true;
        }
        String[] words = Paragraphs.singleSpaced(text).split(" ");
        if (words.length < 2 || words.length > MAX_NAME_WORDS) {
            return false;
        }
        for (String word : words) {
            boolean nameWord = !word.isEmpty() && (Character.isUpperCase(word.charAt(0))
                    || word.equals("de") || word.equals("van") || word.equals("von") || word.equals("bin"));
            if (!nameWord || word.chars().anyMatch(Character::isDigit)) {
                return false;
            }
        }
        return ".!?".indexOf(text.charAt(text.length() - 1)) < 0;
    }

    /** The lines numbered from 1, with no blank line at either end or two blank lines in a row. */
    private static SourceDocument numbered(String name, List<HtmlLine> lines) {
        List<SourceLine> numbered = new ArrayList<>(lines.size());
        boolean previousBlank = true;
        for (HtmlLine line : lines) {
            if (line.isBlank() && previousBlank) {
                continue;
            }
            numbered.add(line.numbered(numbered.size() + 1));
            previousBlank = line.isBlank();
        }
        if (!numbered.isEmpty() && previousBlank) {
            numbered.remove(numbered.size() - 1);
        }
        return new SourceDocument(name, SourceFormat.HTML, numbered);
    }
}
