package org.stancemap.render;

import java.util.ArrayList;
import java.util.List;

import org.stancemap.model.Band;
import org.stancemap.model.Project;
import org.stancemap.model.Spectrum;
import org.stancemap.model.Voice;

/**
 * What a slide deck says beyond the slide: the speaker notes (source line, how voices were placed, the bands'
 * definitions in full) and, when asked, the featured quotes in full for a second slide.
 *
 * @param speakerNotes paragraphs of the map slide's notes
 * @param quotes       the featured quotes in full, empty when no quote slide is wanted
 */
public record SlideNotes(List<String> speakerNotes, List<FullQuote> quotes) {

    public SlideNotes {
        speakerNotes = List.copyOf(speakerNotes);
        quotes = List.copyOf(quotes);
    }

    /** A featured quote in full: who, what, and the full citation. */
    public record FullQuote(String name, String role, String text, String citation) {
    }

    /** The notes for the project's briefing as the options shape it. */
    public static SlideNotes of(Project project, BriefingOptions options) {
        List<Voice> placed = project.voices().stream()
                .filter(v -> options.onlyVoices().map(ids -> ids.contains(v.id())).orElse(true))
                .filter(v -> v.placement().isPresent()).toList();
        Spectrum spectrum = project.spectrum();
        List<String> notes = new ArrayList<>();
        String source = SourceFooter.sourceLine(project, placed);
        if (!source.isEmpty()) {
            notes.add(source);
        }
        notes.add("Placement method: an analyst placed each voice on the axis from “" + spectrum.leftLabel().strip()
                + "” (left) to “" + spectrum.rightLabel().strip() + "” (right), reading its quotes and recording the "
                + "phrase each placement rests on. Only the left-right position carries meaning: chips are stacked "
                + "above and below the axis where positions crowd.");
        for (Band band : spectrum.bands()) {
            if (!band.definition().isBlank()) {
                notes.add(band.label().strip() + ": " + band.definition().strip());
            }
        }
        List<FullQuote> quotes = new ArrayList<>();
        if (options.parts().quoteSlide()) {
            for (FeaturedQuotes.Pick pick : FeaturedQuotes.picks(project, options.parts(), placed)) {
                quotes.add(new FullQuote(pick.voice().displayName(),
                        pick.voice().people().size() == 1 ? pick.voice().people().get(0).role().strip() : "",
                        pick.quote().text().strip(),
                        CitationText.citationWithUrl(pick.quote(), project.roundUp())));
            }
        }
        return new SlideNotes(notes, quotes);
    }
}
