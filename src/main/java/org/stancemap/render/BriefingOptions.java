package org.stancemap.render;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a briefing shows beyond the map itself.
 *
 * @param title           replaces the spectrum's question as the title when present
 * @param subtitle        a line under the title, when present
 * @param onlyVoices      when present, the ids of the voices to show (the map's filter); the rest are left out
 * @param highlighted     ids of voices to stand out; when not empty every other voice is greyed
 * @param colourAttribute the tag key chips are coloured by, e.g. "region"; blank for no colours
 * @param parts           what the slide adds to the map: counts, definitions, featured quotes, a takeaway
 */
public record BriefingOptions(Optional<String> title, Optional<String> subtitle, Optional<Set<String>> onlyVoices,
                              Set<String> highlighted, String colourAttribute, SlideParts parts) {

    public BriefingOptions {
        title = title.map(String::strip).filter(t -> !t.isEmpty());
        subtitle = subtitle.map(String::strip).filter(t -> !t.isEmpty());
        onlyVoices = onlyVoices.map(Set::copyOf);
        highlighted = Set.copyOf(highlighted);
        Objects.requireNonNull(parts, "parts");
    }

    /** The whole map, coloured by region, nothing highlighted. */
    public static BriefingOptions defaults() {
        return new BriefingOptions(Optional.empty(), Optional.empty(), Optional.empty(), Set.of(), "region", SlideParts.none());
    }

    public BriefingOptions withTitle(Optional<String> newTitle) {
        return new BriefingOptions(newTitle, subtitle, onlyVoices, highlighted, colourAttribute, parts);
    }

    public BriefingOptions withSubtitle(Optional<String> newSubtitle) {
        return new BriefingOptions(title, newSubtitle, onlyVoices, highlighted, colourAttribute, parts);
    }

    public BriefingOptions withOnlyVoices(Optional<Set<String>> ids) {
        return new BriefingOptions(title, subtitle, ids, highlighted, colourAttribute, parts);
    }

    public BriefingOptions withHighlighted(Set<String> ids) {
        return new BriefingOptions(title, subtitle, onlyVoices, ids, colourAttribute, parts);
    }

    public BriefingOptions withColourAttribute(String attribute) {
        return new BriefingOptions(title, subtitle, onlyVoices, highlighted, attribute, parts);
    }

    public BriefingOptions withParts(SlideParts newParts) {
        return new BriefingOptions(title, subtitle, onlyVoices, highlighted, colourAttribute, newParts);
    }
}
