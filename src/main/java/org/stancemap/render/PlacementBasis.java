package org.stancemap.render;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.stancemap.model.Placement;
import org.stancemap.model.Voice;

/**
 * What a voice's placement rests on, told apart from what the analyst said about it: a placement's rationale is
 * either a phrase from the expert's own quotes (the evidence) or the analyst's reason for a move (an opinion), and a
 * reader must never take the one for the other. The table view and the quote annex both ask here.
 */
public final class PlacementBasis {

    private PlacementBasis() {
    }

    /** The latest placement rationale that the voice's quotes contain word for word: the expert's own words. */
    public static Optional<String> phrase(Voice voice) {
        List<Placement> placements = voice.placement().map(current -> {
            List<Placement> all = new java.util.ArrayList<>(voice.placements());
            if (all.isEmpty()) {
                all.add(current); // placed through a quote's own placement
            }
            return all;
        }).orElse(List.of());
        for (int i = placements.size() - 1; i >= 0; i--) {
            String rationale = placements.get(i).rationale().strip();
            if (!rationale.isEmpty() && quoted(voice, rationale)) {
                return Optional.of(rationale);
            }
        }
        return Optional.empty();
    }

    /** The current placement's rationale when it is the analyst's own words rather than a phrase from the quotes. */
    public static Optional<String> analystReason(Voice voice) {
        return voice.placement().map(p -> p.rationale().strip())
                .filter(r -> !r.isEmpty() && !quoted(voice, r));
    }

    private static boolean quoted(Voice voice, String phrase) {
        String wanted = normalise(phrase);
        return voice.quotes().stream().anyMatch(q -> normalise(q.text()).contains(wanted));
    }

    /** Whitespace and curly quotes differ between an article and a phrase typed or pasted from it. */
    private static String normalise(String text) {
        return text.replaceAll("[‘’]", "'").replaceAll("[“”]", "\"").replaceAll("\\s+", " ").strip()
                .toLowerCase(Locale.ROOT);
    }
}
