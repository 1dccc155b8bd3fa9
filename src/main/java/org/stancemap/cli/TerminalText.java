package org.stancemap.cli;

/**
 * Text from a file as the terminal may show it. Names, titles and messages come from articles and cards anyone
 * can write, and a terminal obeys what they hold: {@code ESC]0;…BEL} sets its title, {@code ESC[2J} clears the
 * screen, U+202E reverses what follows, and a line break fakes lines of a listing. So line breaks become one
 * space and every other control or bidirectional formatting character is shown as its escape, {@code \u001B}.
 */
final class TerminalText {

    private TerminalText() {
    }

    static String shown(String text) {
        StringBuilder shown = null; // built only when the text needs a change: most text is printed as it is
        boolean lastWasBreak = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineBreak = isLineBreak(c);
            if (shown == null && (lineBreak || isControl(c))) {
                shown = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (shown != null) {
                if (lineBreak) {
                    if (!lastWasBreak) {
                        shown.append(' '); // CRLF and blank lines alike make one space
                    }
                } else if (isControl(c)) {
                    shown.append(String.format("\\u%04X", (int) c));
                } else {
                    shown.append(c);
                }
            }
            lastWasBreak = lineBreak;
        }
        return shown == null ? text : shown.toString();
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u000B' || c == '\u000C' || c == '\u0085'
                || c == '\u2028' || c == '\u2029';
    }

    /** C0, DEL and C1 controls, and the marks and overrides that change the direction of what follows. */
    private static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u061C' || c == '\u200E' || c == '\u200F'
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }
}
