package org.stancemap.render;

import java.util.Locale;

/**
 * Writes a briefing as SVG: real {@code <text>} elements (searchable, editable in a slide tool), in DejaVu Sans and
 * the system's CJK fallback, the fonts the layout measured. A viewer without that font substitutes another, so chip names also carry their laid-out
 * width as {@code textLength}, which keeps them inside their chips whatever the font.
 */
public final class SvgWriter {

    private SvgWriter() {
    }

    /** The SVG document; width and height are the canvas times scale, the drawing itself is in canvas units. */
    public static String svg(Briefing briefing, double scale) {
        int w = briefing.size().width();
        int h = briefing.size().height();
        StringBuilder svg = new StringBuilder(64 * 1024);
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(num(w * scale))
                .append("\" height=\"").append(num(h * scale)).append("\" viewBox=\"0 0 ").append(w).append(' ').append(h)
                .append("\" font-family=\"").append(fontFamily()).append("\">\n")
                .append("<title>").append(escape(briefing.title())).append("</title>\n");
        TextMeasure measure = BriefingFonts.get();
        for (Drawable drawable : briefing.drawables()) {
            if (drawable instanceof Drawable.Box box) {
                svg.append("<rect x=\"").append(num(box.x())).append("\" y=\"").append(num(box.y()))
                        .append("\" width=\"").append(num(box.width())).append("\" height=\"").append(num(box.height()));
                if (box.radius() > 0) {
                    svg.append("\" rx=\"").append(num(box.radius()));
                }
                svg.append("\" fill=\"").append(box.fill().hex());
                box.stroke().ifPresent(stroke -> svg.append("\" stroke=\"").append(stroke.hex())
                        .append("\" stroke-width=\"").append(num(box.strokeWidth())));
                svg.append("\"/>\n");
            } else if (drawable instanceof Drawable.Line line) {
                svg.append("<line x1=\"").append(num(line.x1())).append("\" y1=\"").append(num(line.y1()))
                        .append("\" x2=\"").append(num(line.x2())).append("\" y2=\"").append(num(line.y2()))
                        .append("\" stroke=\"").append(line.colour().hex()).append("\" stroke-width=\"")
                        .append(num(line.width())).append("\"/>\n");
            } else if (drawable instanceof Drawable.Text text) {
                svg.append("<text class=\"").append(text.role()).append("\" x=\"").append(num(text.x()))
                        .append("\" y=\"").append(num(text.baseline())).append("\" font-size=\"").append(num(text.size()));
                if (text.bold()) {
                    svg.append("\" font-weight=\"bold");
                }
                if (text.role().equals("chip-label")) {
                    svg.append("\" textLength=\"").append(num(measure.width(text.text(), text.size(), text.bold())))
                            .append("\" lengthAdjust=\"spacingAndGlyphs");
                }
                svg.append("\" fill=\"").append(text.colour().hex()).append("\">").append(escape(text.text()))
                        .append("</text>\n");
            }
        }
        return svg.append("</svg>\n").toString();
    }

    /** DejaVu Sans, then the CJK font the layout measured its other characters in, as an SVG viewer should pick. */
    private static String fontFamily() {
        String fallback = BriefingFonts.get().fallback()
                .map(f -> "'" + escape(f.family().replace("'", "")) + "', ").orElse("");
        return "'DejaVu Sans', " + fallback + "Verdana, sans-serif";
    }

    private static String num(double value) {
        return String.format(Locale.ROOT, "%.2f", value).replaceAll("\\.?0+$", "");
    }

    /** Escapes the five XML specials and drops control characters XML 1.0 forbids. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            switch (cp) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&apos;");
                default -> {
                    if (cp >= 0x20 || cp == '\t' || cp == '\n' || cp == '\r') {
                        escaped.appendCodePoint(cp);
                    }
                }
            }
        });
        return escaped.toString();
    }
}
