package org.stancemap.render;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PaletteTest {

    @Test
    void exportsUseTheSameChipColoursAsTheWindowsStylesheet() throws IOException {
        String css;
        try (InputStream in = PaletteTest.class.getResourceAsStream("/org/stancemap/ui/control/spectrum-view.css")) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Rgb> screen = new ArrayList<>();
        Matcher m = Pattern.compile("\\.color-(\\d) \\{ -chip-color: (#[0-9A-Fa-f]{6}); }").matcher(css);
        while (m.find()) {
            assertThat(Integer.parseInt(m.group(1))).isEqualTo(screen.size());
            screen.add(Rgb.of(m.group(2)));
        }
        assertThat(screen).containsExactlyElementsOf(Palette.OKABE_ITO);
        assertThat(css).containsIgnoringCase(".color-other { -chip-color: " + Palette.OTHER.hex())
                .containsIgnoringCase(".color-unset { -chip-color: " + Palette.UNSET.hex());
    }
}
