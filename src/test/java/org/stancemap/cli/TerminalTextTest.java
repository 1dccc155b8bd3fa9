package org.stancemap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerminalTextTest {

    @Test
    void escapeSequencesAndBellAreShownAsEscapesNotObeyed() {
        assertThat(TerminalText.shown("a\u001B]0;title\u0007b\u001B[2Jc"))
                .isEqualTo("a\\u001B]0;title\\u0007b\\u001B[2Jc");
    }

    @Test
    void lineBreaksOfEveryKindBecomeOneSpace() {
        assertThat(TerminalText.shown("one\ntwo\r\nthree\rfour\u2028five\n\n\nsix")).isEqualTo("one two three four five six");
    }

    @Test
    void c1ControlsDeleteAndBidiOverridesAreShownAsEscapes() {
        assertThat(TerminalText.shown("\u009B31m\u007F\u202Eevil\u2066")).isEqualTo("\\u009B31m\\u007F\\u202Eevil\\u2066");
    }

    @Test
    void ordinaryTextIsTheSameString() {
        String text = "Noël Tîrgu-Mureș — “Round-Up”, 中俄 \\u001B";
        assertThat(TerminalText.shown(text)).isSameAs(text);
    }
}
