package org.stancemap.render;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * A font the system has for the scripts DejaVu Sans lacks, above all Chinese, Japanese and Korean names. It is
 * found, not shipped: a CJK font is many megabytes, and a desktop that shows such names has one. Only TrueType
 * outlines qualify (WenQuanYi Zen Hei, Droid Sans Fallback, AR PL UMing), since PDFBox embeds those and Java2D draws
 * them; Noto CJK's CFF outlines are passed over.
 *
 * @param file       the font file, a .ttf or a .ttc collection
 * @param postScript the PostScript name of the font chosen in that file
 * @param family     its family name, as an SVG's font-family names it
 */
public record FallbackFont(Path file, String postScript, String family) {

    /** 中, a character every Chinese, Japanese or Korean font has and no Latin font does. */
    private static final int PROBE = 0x4E2D;

    /** Debian's places for TrueType CJK fonts, tried when fontconfig is absent or proposes none that qualifies. */
    private static final List<String> KNOWN = List.of(
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
            "/usr/share/fonts/truetype/arphic/uming.ttc");

    /** The first qualifying font fontconfig proposes for Chinese, Japanese or Korean, else one at a known path. */
    public static Optional<FallbackFont> find() {
        Set<Path> candidates = new LinkedHashSet<>();
        for (String lang : List.of("zh", "ja", "ko")) {
            fontconfigFile(lang).ifPresent(candidates::add);
        }
        KNOWN.forEach(p -> candidates.add(Path.of(p)));
        for (Path candidate : candidates) {
            Optional<FallbackFont> font = of(candidate);
            if (font.isPresent()) {
                return font;
            }
        }
        return Optional.empty();
    }

    /** This file's first TrueType-outlined font that has CJK glyphs, if it has one and can be read. */
    public static Optional<FallbackFont> of(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        List<FallbackFont> found = new ArrayList<>();
        try {
            if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".ttc")) {
                try (TrueTypeCollection collection = new TrueTypeCollection(file.toFile())) {
                    collection.processAllFonts(font -> {
                        if (qualifies(font)) {
                            found.add(new FallbackFont(file, font.getName(), family(font)));
                        }
                    });
                }
            } else {
                try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()))) {
                    if (qualifies(font)) {
                        found.add(new FallbackFont(file, font.getName(), family(font)));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // a broken or unusual font file is simply not a candidate
        }
        return found.stream().findFirst();
    }

    /** Opens the font for reading; the caller closes what it gets ({@link Opened#close()}). */
    Opened open() throws IOException {
        if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".ttc")) {
            TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
            TrueTypeFont font = collection.getFontByName(postScript);
            if (font == null) {
                collection.close();
                throw new IOException(file + " no longer holds " + postScript);
            }
            return new Opened(font, collection);
        }
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
        return new Opened(font, font);
    }

    /** The font's bytes, for a writer that loads a whole file (Java2D takes the first font of a collection). */
    InputStream stream() throws IOException {
        return Files.newInputStream(file);
    }

    /** A parsed font and what must be closed to release its file. */
    record Opened(TrueTypeFont font, java.io.Closeable owner) implements java.io.Closeable {
        @Override
        public void close() throws IOException {
            owner.close();
        }
    }

    private static boolean qualifies(TrueTypeFont font) throws IOException {
        return font.getTableMap().containsKey("glyf") && font.getUnicodeCmapLookup(false) != null
                && font.getUnicodeCmapLookup(false).getGlyphId(PROBE) > 0;
    }

    private static String family(TrueTypeFont font) throws IOException {
        String family = font.getNaming() == null ? null : font.getNaming().getFontFamily();
        return family == null || family.isBlank() ? font.getName() : family.strip();
    }

    private static Optional<Path> fontconfigFile(String lang) {
        try {
            Process process = new ProcessBuilder("fc-match", "-f", "%{file}", ":lang=" + lang)
                    .redirectErrorStream(true).start();
            process.getOutputStream().close();
            // A path is far shorter than a pipe's buffer, so waiting before reading cannot deadlock.
            if (!process.waitFor(5, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                return Optional.empty();
            }
            byte[] output;
            try (InputStream in = process.getInputStream()) {
                output = in.readNBytes(4096);
            }
            String path = new String(output, StandardCharsets.UTF_8).strip();
            return path.isEmpty() ? Optional.empty() : Optional.of(Path.of(path));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // no fontconfig (Windows, macOS): the known paths remain
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
