package org.stancemap.importer.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Walks a page's body once and writes its text as lines, one per block: a paragraph, heading, list item,
 * quote, table row, definition, or a run of text directly in a {@code <div>}; a {@code <br>} ends a line too.
 * Blocks are separated by a blank line, list items and table rows are not.
 *
 * <p>Whitespace is collapsed as a browser collapses it. Each line's shown form is Markdown ({@code ## }, {@code - },
 * {@code > }, {@code **bold**}, {@code _em_}, {@code [link](href)}, {@code | cell | cell |}); its text has the
 * words only, a table row's cells joined by a tab. Bold at the start of a block is its lead. Images are left out
 * (their alt text is not words on the page). Site furniture the {@link HtmlSurvey} found becomes one dropped
 * line each, so the user sees what was set aside; what is never shown is left out.
 */
final class HtmlWalk implements NodeFilter {

    private static final Set<String> MEDIA = Set.of("img", "picture", "video", "svg", "iframe", "canvas",
            "object", "embed", "audio");
    private static final Map<String, String> CAPTION_WORDS = Map.of("caption", "caption", "credit", "credit",
            "credits", "credit");
    private static final int MAX_SIBLINGS_LOOKED_AT = 20;

    private final HtmlSurvey survey;
    private final HtmlLineWriter line = new HtmlLineWriter();
    private final List<HtmlLine> lines = new ArrayList<>();
    private final List<HtmlLine> droppedInLine = new ArrayList<>();
    private final Deque<Frame> frames = new ArrayDeque<>();

    private int headingLevel;
    private Item item;
    private ListFrame list;
    private int quoteDepth;
    private int captionDepth;
    private int preDepth;
    private Element dataRow;
    private int cells;
    private String firstTime;

    /** What an element changed on entering, to be put back when it closes. */
    private record Frame(Element element, int headingLevel, Item item, ListFrame list, boolean quote,
                         boolean caption, boolean pre, HtmlLineWriter.Mark mark) {
    }

    private static final class ListFrame {
        final boolean ordered;
        int count;

        ListFrame(boolean ordered) {
            this.ordered = ordered;
        }
    }

    private static final class Item {
        final String marker;
        final int depth;
        boolean started;

        Item(String marker, int depth) {
            this.marker = marker;
            this.depth = depth;
        }
    }

    /**
     * @param lines     the page's lines, blank lines between blocks
     * @param firstTime the {@code datetime} of the first {@code <time>} in the article, if any
     */
    record Result(List<HtmlLine> lines, Optional<String> firstTime) {
    }

    private HtmlWalk(HtmlSurvey survey) {
        this.survey = survey;
    }

    static Result read(Element body, HtmlSurvey survey) {
        HtmlWalk walk = new HtmlWalk(survey);
        NodeTraversor.filter(walk, body);
        walk.endLine(true);
        return new Result(walk.lines, Optional.ofNullable(walk.firstTime));
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode textNode) {
            line.append(textNode.getWholeText(), preDepth > 0, captionDepth > 0, () -> endLine(false));
            return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element element)) {
            return FilterResult.CONTINUE;
        }
        if (survey.isHidden(element)) {
            return FilterResult.SKIP_ENTIRELY;
        }
        Optional<String> furniture = survey.droppedAs(element);
        if (furniture.isPresent()) {
            setAside(element, furniture.get());
            return FilterResult.SKIP_ENTIRELY;
        }
        open(element);
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (node instanceof Element element) {
            close(element);
        }
        return FilterResult.CONTINUE;
    }

    private void setAside(Element element, String reason) {
        if (dataRow != null) {
            return; // a widget inside a table cell: the row stays whole
        }
        String words = visibleText(element);
        if (words.isEmpty()) {
            return;
        }
        if (HtmlSurvey.BLOCKS.contains(element.normalName())) {
            endLine(true);
            lines.add(HtmlLine.dropped(words, reason));
            blank();
        } else {
            droppedInLine.add(HtmlLine.dropped(words, reason)); // listed once the line around it ends
        }
    }

    /** The words of {@code element} a reader of the page sees: not a button's label nor a hidden element's text. */
    private String visibleText(Element element) {
        StringBuilder words = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode textNode) {
                    words.append(textNode.getWholeText());
                } else if (node instanceof Element e) {
                    if (e != element && survey.isHidden(e)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    separate(e);
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e) {
                    separate(e);
                }
                return FilterResult.CONTINUE;
            }

            private void separate(Element e) {
                if (HtmlSurvey.BLOCKS.contains(e.normalName()) || e.normalName().equals("br")) {
                    words.append(' ');
                }
            }
        }, element);
        return Paragraphs.singleSpaced(words.toString());
    }

    private void open(Element element) {
        String name = element.normalName();
        if (name.equals("br")) {
            if (dataRow != null) {
                line.space();
            } else {
                endLine(false);
            }
            return;
        }
        if (name.equals("time") && firstTime == null && element.hasAttr("datetime")) {
            firstTime = element.attr("datetime");
        }
        boolean caption = isCaption(element);
        if ((name.equals("td") || name.equals("th")) && dataRow != null) {
            line.nextCell(cells++ == 0);
        } else if (HtmlSurvey.BLOCKS.contains(name)) {
            openBlock(element, name, caption);
            return;
        }
        HtmlLineWriter.Mark mark = line.open(element);
        if (mark != null || caption) {
            push(element, caption, mark);
        }
    }

    private void openBlock(Element element, String name, boolean caption) {
        if (dataRow != null) {
            line.space();
            if (caption) {
                push(element, true, null);
            }
            return;
        }
        boolean nestedList = (name.equals("ul") || name.equals("ol")) && item != null;
        endLine(!isTight(name) && !nestedList);
        Frame frame = new Frame(element, headingLevel, item, list, name.equals("blockquote"), caption,
                name.equals("pre"), null);
        frames.push(frame);
        if (HtmlSurvey.isHeading(name)) {
            headingLevel = name.charAt(1) - '0';
        } else if (name.equals("ul") || name.equals("ol") || name.equals("menu")) {
            list = new ListFrame(name.equals("ol"));
        } else if (name.equals("li")) {
            int depth = item == null ? 1 : item.depth + 1;
            ListFrame owner = list == null ? new ListFrame(false) : list;
            owner.count++;
            item = new Item(owner.ordered ? owner.count + ". " : "- ", depth);
        } else if (name.equals("tr") && !survey.isLayoutRow(element)) {
            dataRow = element;
            cells = 0;
        }
        quoteDepth += frame.quote() ? 1 : 0;
        captionDepth += caption ? 1 : 0;
        preDepth += frame.pre() ? 1 : 0;
    }

    /** The frame of an inline element (or a block inside a table row): it may be a caption, bold, a link. */
    private void push(Element element, boolean caption, HtmlLineWriter.Mark mark) {
        frames.push(new Frame(element, headingLevel, item, list, false, caption, false, mark));
        captionDepth += caption ? 1 : 0;
    }

    private void close(Element element) {
        String name = element.normalName();
        boolean cellOfRow = (name.equals("td") || name.equals("th")) && dataRow != null;
        boolean block = HtmlSurvey.BLOCKS.contains(name) && !cellOfRow;
        if (element == dataRow) {
            endLine(false);
            dataRow = null;
        } else if (block && dataRow != null) {
            line.space();
            block = false;
        } else if (block) {
            endLine(false);
        }
        if (frames.isEmpty() || frames.peek().element() != element) {
            return;
        }
        Frame frame = frames.pop();
        headingLevel = frame.headingLevel();
        item = frame.item();
        list = frame.list();
        quoteDepth -= frame.quote() ? 1 : 0;
        captionDepth -= frame.caption() ? 1 : 0;
        preDepth -= frame.pre() ? 1 : 0;
        if (frame.mark() != null) {
            line.close(frame.mark());
        }
        boolean nestedList = (name.equals("ul") || name.equals("ol")) && item != null;
        if (block && !isTight(name) && !nestedList) {
            blank();
        }
    }

    /** List items and table rows follow each other without a blank line, as in Markdown. */
    private static boolean isTight(String name) {
        return name.equals("li") || name.equals("tr") || name.equals("tbody") || name.equals("thead")
                || name.equals("tfoot");
    }

    /** A figure's caption when the figure shows an image (not a quote), or an element its class calls a caption. */
    private boolean isCaption(Element element) {
        if (element.normalName().equals("figcaption")) {
            Element figure = element.parent();
            return figure != null && figure.normalName().equals("figure") && showsMedia(figure);
        }
        return HtmlSurvey.firstWord(element.className(), CAPTION_WORDS) != null;
    }

    private static boolean showsMedia(Element figure) {
        boolean media = false;
        int looked = 0;
        for (Element child : figure.children()) {
            if (looked++ > MAX_SIBLINGS_LOOKED_AT || child.normalName().equals("blockquote")) {
                return false;
            }
            media |= MEDIA.contains(child.normalName());
            for (int g = 0; g < Math.min(child.childrenSize(), MAX_SIBLINGS_LOOKED_AT) && !media; g++) {
                media = MEDIA.contains(child.child(g).normalName());
            }
        }
        return media;
    }

    /** Ends the line being written, if it has words, then a blank line when {@code separate}. */
    private void endLine(boolean separate) {
        if (line.hasWords()) {
            HtmlLineWriter.Written written = line.take();
            String shown = dataRow == null ? written.shown() : "| " + written.shown() + " |";
            lines.add(new HtmlLine(prefix() + shown, written.text(), kind(), written.lead(), Optional.empty(),
                    dataRow == null ? headingLevel : 0, written.caption()));
            if (item != null && dataRow == null && headingLevel == 0) {
                item.started = true;
            }
        } else {
            line.discard();
        }
        cells = 0;
        lines.addAll(droppedInLine);
        droppedInLine.clear();
        if (separate) {
            blank();
        }
    }

    private void blank() {
        if (!lines.isEmpty() && !lines.get(lines.size() - 1).isBlank()) {
            lines.add(HtmlLine.BLANK);
        }
    }

    private LineKind kind() {
        if (dataRow != null) {
            return LineKind.TABLE_ROW;
        }
        if (headingLevel > 0) {
            return LineKind.HEADING;
        }
        if (item != null) {
            return LineKind.LIST_ITEM;
        }
        return quoteDepth > 0 ? LineKind.BLOCK_QUOTE : LineKind.TEXT;
    }

    private String prefix() {
        StringBuilder prefix = new StringBuilder("> ".repeat(quoteDepth));
        if (dataRow != null) {
            return prefix.toString();
        }
        if (headingLevel > 0) {
            return prefix.append("#".repeat(headingLevel)).append(' ').toString();
        }
        if (item != null) {
            prefix.append("  ".repeat(item.depth - 1)).append(item.started ? "  " : item.marker);
        }
        return prefix.toString();
    }

}
