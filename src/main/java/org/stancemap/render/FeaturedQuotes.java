package org.stancemap.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.stancemap.layout.ChipBox;
import org.stancemap.model.Project;
import org.stancemap.model.Quote;
import org.stancemap.model.Voice;

/**
 * The featured quotes: a row of pull-quote boxes under the plot, each with the quote (cut to a few lines), the
 * expert's name and the quote's citation, and a leader line up to the expert's chip. Boxes go left to right in the
 * order of their chips, so leaders do not cross.
 */
final class FeaturedQuotes {

    /** A featured quote resolved against the project: only quotes of voices the slide shows. */
    record Pick(Voice voice, Quote quote) {
    }

    private final SlideDrawing drawing;
    private final BriefingMetrics m;
    private final List<Pick> picks;
    private final List<List<String>> texts = new ArrayList<>();
    private final List<String> cites = new ArrayList<>();
    private final double boxWidth;
    private final double height;

    /** The quotes in boxes side by side, each cut to {@code maxLines} lines of text above its citation. */
    FeaturedQuotes(SlideDrawing drawing, BriefingMetrics metrics, List<Pick> picks, int maxLines) {
        this.drawing = drawing;
        this.m = metrics;
        this.picks = picks;
        int n = picks.size();
        this.boxWidth = n == 0 ? 0 : (m.contentWidth() - (n - 1) * m.quoteGap()) / n;
        double textWidth = boxWidth - 2 * m.quotePad() - m.quoteBar();
        int lines = 0;
        for (Pick pick : picks) {
            List<String> text = drawing.fit().lines("“" + pick.quote().text().strip() + "”", m.quoteSize(),
                    m.quoteSize(), false, textWidth, maxLines);
            texts.add(text);
            lines = Math.max(lines, text.size());
            String cite = String.join(", ", List.of(pick.voice().displayName(), CitationText.original(pick.quote()))
                    .stream().filter(s -> !s.isBlank()).toList());
            cites.add(drawing.fit().ellipsize(drawing.measure().displayable("— " + cite, false), m.quoteCiteSize(),
                    false, textWidth));
        }
        this.height = n == 0 ? 0 : 2 * m.quotePad() + lines * m.quoteSize() * BriefingMetrics.LINE_HEIGHT
                + m.quoteCiteSize() * BriefingMetrics.LINE_HEIGHT;
    }

    /** The quotes the options feature, of voices shown and placed, in the order picked; unknown ones left out. */
    static List<Pick> picks(Project project, SlideParts parts, List<Voice> placed) {
        Map<String, Voice> byId = placed.stream().collect(Collectors.toMap(Voice::id, Function.identity()));
        List<Pick> picks = new ArrayList<>();
        for (FeaturedQuote featured : parts.featured()) {
            Voice voice = byId.get(featured.voiceId());
            if (voice != null && featured.quoteIndex() < voice.quotes().size()) {
                picks.add(new Pick(voice, voice.quotes().get(featured.quoteIndex())));
            }
        }
        return picks;
    }

    boolean isEmpty() {
        return picks.isEmpty();
    }

    double height() {
        return height;
    }

    /**
     * Paints the boxes with their tops at top, and the leaders beneath the chips: {@code leaderMark} is where the
     * chips start in the drawing, so a leader never hides a name.
     */
    List<Briefing.Featured> draw(double top, List<Briefing.Chip> chips, int leaderMark) {
        Map<String, Briefing.Chip> chipOf = chips.stream().collect(Collectors.toMap(Briefing.Chip::voiceId,
                Function.identity()));
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < picks.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble(i -> chipOf.get(picks.get(i).voice().id()).box().centreX()));
        List<Briefing.Featured> featured = new ArrayList<>();
        List<Drawable> leaders = new ArrayList<>();
        for (int slot = 0; slot < order.size(); slot++) {
            int i = order.get(slot);
            Pick pick = picks.get(i);
            Briefing.Chip chip = chipOf.get(pick.voice().id());
            ChipBox box = new ChipBox(pick.voice().id(), m.margin() + slot * (boxWidth + m.quoteGap()), top, boxWidth,
                    height);
            Rgb colour = chip.greyed() ? SlideColours.GREY_BAR : chip.colour();
            drawing.add(new Drawable.Box(box.x(), box.y(), box.width(), box.height(), m.quotePad() / 2,
                    SlideColours.WHITE, Optional.of(colour), BriefingMetrics.outline(m.quoteSize())));
            drawing.add(new Drawable.Box(box.x(), box.y(), m.quoteBar(), box.height(), m.quoteBar() / 2, colour,
                    Optional.empty(), 0));
            double x = box.x() + m.quoteBar() + m.quotePad();
            double y = drawing.textBlock(texts.get(i), x, box.y() + m.quotePad(), m.quoteSize(), false,
                    SlideColours.INK, "quote");
            drawing.textBlock(List.of(cites.get(i)), x, y, m.quoteCiteSize(), false, SlideColours.MUTED, "quote-cite");
            double fromX = Math.max(box.x() + m.quotePad(), Math.min(box.maxX() - m.quotePad(), chip.box().centreX()));
            Drawable.Line leader = new Drawable.Line(fromX, box.y(), chip.box().centreX(), chip.box().maxY(), colour,
                    m.leaderWidth());
            leaders.add(leader);
            featured.add(new Briefing.Featured(pick.voice().id(), String.join(" ", texts.get(i)), cites.get(i), box,
                    leader));
        }
        drawing.insert(leaderMark, leaders);
        return featured;
    }
}
