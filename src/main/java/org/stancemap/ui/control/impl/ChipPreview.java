package org.stancemap.ui.control.impl;

import org.stancemap.model.Voice;

/** What hovering a chip shows; plain text, so it is built and tested without a toolkit. */
final class ChipPreview {

    private ChipPreview() {
    }

    /** The hover preview: full names, the first person's role, and the first sentence of the first quote. */
    static String of(Voice voice) {
        StringBuilder text = new StringBuilder(voice.displayName());
        String role = voice.people().get(0).role();
        if (!role.isBlank()) {
            text.append('\n').append(role);
        }
        if (!voice.quotes().isEmpty()) {
            text.append("\n\n“").append(firstSentence(voice.quotes().get(0).text())).append('”');
        }
        return text.toString();
    }

    private static String firstSentence(String quote) {
        int limit = 220;
        for (int i = 0; i < quote.length() - 1 && i < limit; i++) {
            char c = quote.charAt(i);
            // "U.S. military" is not a sentence end: the full stop must follow a lower-case word.
            if ((c == '.' || c == '?' || c == '!') && Character.isWhitespace(quote.charAt(i + 1))
                    && i > 0 && Character.isLowerCase(quote.charAt(i - 1))) {
                return quote.substring(0, i + 1);
            }
        }
        return quote.length() <= limit ? quote : quote.substring(0, limit).strip() + "…";
    }
}
