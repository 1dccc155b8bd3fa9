package org.stancemap.importer.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A source as every round-up format reads it: its lines, numbered as the user is shown them, each with what its
 * markup says and whether cleaning kept it.
 *
 * <p>Whatever the source was (a text file, pasted text, Markdown, a saved web page), the formats see this one
 * shape, so a format is written once for all of them. Its paragraphs are cut once, on first use, and shared by
 * every format that looks at the document.
 */
public final class SourceDocument {

    private final String name;
    private final SourceFormat format;
    private final List<SourceLine> lines;
    private List<Paragraph> paragraphs;

    /**
     * @param name   how the user knows the source, e.g. the file's name or "pasted text"
     * @param format the markup it came in
     * @param lines  every line, numbered 1, 2, 3… in order
     */
    public SourceDocument(String name, SourceFormat format, List<SourceLine> lines) {
        this.name = Objects.requireNonNull(name, "name");
        this.format = Objects.requireNonNull(format, "format");
        this.lines = List.copyOf(lines);
        for (int i = 0; i < this.lines.size(); i++) {
            if (this.lines.get(i).number() != i + 1) {
                throw new IllegalArgumentException("line " + (i + 1) + " is numbered " + this.lines.get(i).number());
            }
        }
    }

    /** Plain text, every line kept: LF, CRLF and CR all end a line, and a leading byte order mark is dropped. */
    public static SourceDocument plainText(String name, String text) {
        List<String> raw = Paragraphs.lines(text);
        List<SourceLine> lines = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            lines.add(SourceLine.plain(i + 1, raw.get(i)));
        }
        return new SourceDocument(name, SourceFormat.PLAIN_TEXT, lines);
    }

    public String name() {
        return name;
    }

    public SourceFormat format() {
        return format;
    }

    /** Every line, kept or dropped; line {@code n} is at index {@code n - 1}. */
    public List<SourceLine> lines() {
        return lines;
    }

    /** The line numbered {@code number}, 1-based. */
    public SourceLine line(int number) {
        return lines.get(number - 1);
    }

    /** The lines cleaning left out, in order. */
    public List<SourceLine> dropped() {
        return lines.stream().filter(l -> !l.isKept()).toList();
    }

    /** The text the user is shown, one {@link SourceLine#shown()} a line, so that line numbers point into it. */
    public String shownText() {
        StringBuilder out = new StringBuilder();
        for (SourceLine line : lines) {
            out.append(line.shown()).append('\n');
        }
        return out.toString();
    }

    /** The kept lines cut into paragraphs (see {@link Paragraphs#split(SourceDocument)}), cut once and shared. */
    public synchronized List<Paragraph> paragraphs() {
        if (paragraphs == null) {
            paragraphs = List.copyOf(Paragraphs.split(this));
        }
        return paragraphs;
    }

    /** This document with the lines named in {@code reasons} (by number) dropped for the reason given. */
    public SourceDocument withDropped(Map<Integer, String> reasons) {
        if (reasons.isEmpty()) {
            return this;
        }
        List<SourceLine> changed = new ArrayList<>(lines);
        reasons.forEach((number, reason) -> changed.set(number - 1, changed.get(number - 1).droppedAs(reason)));
        return new SourceDocument(name, format, changed);
    }
}
