package org.stancemap.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.stancemap.model.Project;
import org.stancemap.model.Voice;
import org.stancemap.render.BriefingExport;
import org.stancemap.render.BriefingOptions;
import org.stancemap.render.CanvasSize;
import org.stancemap.render.ExportFormat;
import org.stancemap.render.FeaturedQuote;
import org.stancemap.render.SlideParts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Draws a project's briefing to a file with no display: the same layout and writers as File › Export in the window. */
@Command(name = "render", mixinStandardHelpOptions = true,
        versionProvider = StanceMapCommand.Version.class, description = "Render a project's briefing to FILE.png, FILE.svg, FILE.pdf, FILE.pptx or FILE.csv, or its quote annex (--annex).")
final class RenderCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PROJECT", description = "A .stancemap.json project.")
    Path project;

    @Option(names = "--out", required = true, paramLabel = "FILE",
            description = "Where to write; the extension picks the format: png, svg, pdf, pptx or csv.")
    Path out;

    @Option(names = "--preset", paramLabel = "PRESET",
            description = "slide-16x9 (1920×1080) or slide-4x3 (1600×1200); default: the map's size, 1280×720.")
    String preset;

    @Option(names = "--scale", paramLabel = "N", defaultValue = "1",
            description = "Pixels per canvas pixel in a PNG or SVG, 1 to 4 (default: ${DEFAULT-VALUE}).")
    int scale;

    @Option(names = "--title", paramLabel = "TEXT", description = "Title (default: the spectrum's question).")
    String title;

    @Option(names = "--subtitle", paramLabel = "TEXT", description = "A line under the title.")
    String subtitle;

    @Option(names = "--only", paramLabel = "TAG=VALUE",
            description = "Show only voices with this tag value; repeat for more values (of one tag: either; of two tags: both).")
    List<String> only = new ArrayList<>();

    @Option(names = "--highlight", split = ",", paramLabel = "ID",
            description = "Voice ids to highlight, comma-separated; every other voice is greyed.")
    List<String> highlight = new ArrayList<>();

    @Option(names = "--annex",
            description = "With --out FILE.pdf: a handout of the map, then every expert's quotes in full, by band.")
    boolean annex;

    @Option(names = "--colour-by", paramLabel = "TAG", defaultValue = "region",
            description = "The tag chips are coloured by (default: ${DEFAULT-VALUE}).")
    String colourBy;

    @Option(names = "--counts", description = "Show how many voices sit in each band, and their share.")
    boolean counts;

    @Option(names = "--definitions", description = "Add a footnote with each band's definition.")
    boolean definitions;

    @Option(names = "--takeaway", paramLabel = "TEXT", description = "A line under the title saying what the map shows.")
    String takeaway;

    @Option(names = "--feature", paramLabel = "ID[:N]",
            description = "Feature a voice's quote N (from 1; default 1) in a pull-quote box; repeat for up to "
                    + SlideParts.MAX_FEATURED + ".")
    List<String> feature = new ArrayList<>();

    @Option(names = "--quote-slide", description = "In a .pptx, add a second slide with the featured quotes in full.")
    boolean quoteSlide;

    @Override
    public Integer call() {
        // Java2D draws the PNG; headless mode keeps it from looking for a display on a server.
        System.setProperty("java.awt.headless", "true");
        ExportFormat format = ExportFormat.ofFile(out).orElseThrow(() -> new UserError(
                "Cannot tell the format of " + out + ": name it .png, .svg, .pdf, .pptx or .csv."));
        if (annex) {
            if (format != ExportFormat.PDF) {
                throw new UserError("The quote annex is a PDF: name the output FILE.pdf.");
            }
            format = ExportFormat.ANNEX;
        }
        if (scale < 1 || scale > BriefingExport.MAX_SCALE) {
            throw new UserError("--scale must be 1 to " + BriefingExport.MAX_SCALE + ", not " + scale + ".");
        }
        // The export replaces its target, and a rename replaces an empty folder or the project file as readily.
        if (Files.isDirectory(out)) {
            throw new UserError("Cannot write " + out + ": it is a folder.");
        }
        if (isSameFile(project, out)) {
            throw new UserError(out + " is the project being rendered; name another file for --out.");
        }
        Project map = Inputs.loadProject(project);
        BriefingOptions options = BriefingOptions.defaults()
                .withTitle(Optional.ofNullable(title))
                .withSubtitle(Optional.ofNullable(subtitle))
                .withOnlyVoices(onlyVoices(map))
                .withHighlighted(highlighted(map))
                .withColourAttribute(colourBy)
                .withParts(new SlideParts(counts, definitions, featured(map), Optional.ofNullable(takeaway),
                        quoteSlide));
        write(map, new BriefingExport(format, canvas(), scale, options));
        spec.commandLine().getOut().println("Wrote " + out);
        return StanceMapCommand.OK;
    }

    private CanvasSize canvas() {
        if (preset == null) {
            return CanvasSize.MAP;
        }
        return switch (preset.toLowerCase(Locale.ROOT)) {
            case "slide-16x9" -> CanvasSize.SLIDE_16X9;
            case "slide-4x3" -> CanvasSize.SLIDE_4X3;
            default -> throw new UserError("Unknown preset '" + preset + "': use slide-16x9 or slide-4x3.");
        };
    }

    private Optional<Set<String>> onlyVoices(Project map) {
        if (only.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Set<String>> wanted = new LinkedHashMap<>();
        for (String filter : only) {
            int eq = filter.indexOf('=');
            if (eq <= 0) {
                throw new UserError("--only takes TAG=VALUE, e.g. region=Russian, not '" + filter + "'.");
            }
            String tag = filter.substring(0, eq).strip();
            String value = filter.substring(eq + 1).strip();
            if (map.voices().stream().noneMatch(v -> v.tags().containsKey(tag))) {
                throw new UserError("No voice in " + project + " has the tag '" + tag + "'.");
            }
            wanted.computeIfAbsent(tag, k -> new LinkedHashSet<>()).add(value.toLowerCase(Locale.ROOT));
        }
        Set<String> ids = map.voices().stream()
                .filter(v -> wanted.entrySet().stream().allMatch(e -> e.getValue().contains(
                        v.tags().getOrDefault(e.getKey(), "").strip().toLowerCase(Locale.ROOT))))
                .map(Voice::id).collect(Collectors.toCollection(LinkedHashSet::new));
        if (ids.isEmpty()) {
            throw new UserError("No voice matches " + String.join(" and ", only) + ".");
        }
        return Optional.of(ids);
    }

    private List<FeaturedQuote> featured(Project map) {
        if (feature.size() > SlideParts.MAX_FEATURED) {
            throw new UserError("At most " + SlideParts.MAX_FEATURED + " quotes can be featured, not " + feature.size()
                    + ".");
        }
        List<FeaturedQuote> quotes = new ArrayList<>();
        for (String spec : feature) {
            int colon = spec.lastIndexOf(':');
            String id = (colon < 0 ? spec : spec.substring(0, colon)).strip();
            int number;
            try {
                number = colon < 0 ? 1 : Integer.parseInt(spec.substring(colon + 1).strip());
            } catch (NumberFormatException e) {
                throw new UserError("--feature takes ID or ID:N with N a quote number, e.g. graham-t-allison:2, not '"
                        + spec + "'.");
            }
            Voice voice = map.voice(id).orElseThrow(() -> new UserError(
                    "No voice has the id '" + id + "'; 'stancemap inspect' lists them."));
            if (number < 1 || number > voice.quotes().size()) {
                throw new UserError(id + " has " + voice.quotes().size() + (voice.quotes().size() == 1 ? " quote" : " quotes")
                        + ", so --feature " + spec + " names none of them.");
            }
            quotes.add(new FeaturedQuote(id, number - 1));
        }
        return quotes;
    }

    private Set<String> highlighted(Project map) {
        Set<String> ids = new LinkedHashSet<>();
        for (String id : highlight) {
            String trimmed = id.strip();
            if (map.voice(trimmed).isEmpty()) {
                throw new UserError("No voice has the id '" + trimmed + "'; 'stancemap inspect' lists them.");
            }
            ids.add(trimmed);
        }
        return ids;
    }

    private void write(Project map, BriefingExport export) {
        try {
            export.writeTo(map, out);
        } catch (IOException e) {
            throw new UserError("Cannot write " + out + ": " + reason(e) + ".", e);
        }
    }

    private static boolean isSameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false; // unreadable either way: loading or writing says why in its own sentence
        }
    }

    private static String reason(IOException e) {
        String message = e.getMessage();
        return e instanceof java.nio.file.NoSuchFileException ? "its folder does not exist"
                : e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                : message == null ? e.getClass().getSimpleName() : message;
    }
}
