package org.stancemap.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import org.stancemap.model.Project;
import org.stancemap.store.ProjectFileFormat.ProjectJson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Project to JSON text and back, with Jackson configured strictly: no type coercion, no duplicate keys, bounded
 * nesting and value lengths. Every failure becomes a {@link FormatProblem} naming a line and column or a JSON path.
 */
final class ProjectJsonCodec {
    /** The format itself nests 7 levels deep; anything far deeper is not a project and is refused at once. */
    static final int MAX_NESTING_DEPTH = 20;
    /** Longer than any quote or intro paragraph a round-up could hold. */
    static final int MAX_TEXT_LENGTH = 1_000_000;
    static final int MAX_NAME_LENGTH = 10_000;
    static final int MAX_NUMBER_LENGTH = 100;

    private final ObjectMapper mapper;
    private final ObjectWriter writer;

    ProjectJsonCodec(long maxDocumentLength) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxStringLength(MAX_TEXT_LENGTH)
                        .maxNameLength(MAX_NAME_LENGTH)
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .maxDocumentLength(maxDocumentLength)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        mapper = JsonMapper.builder(factory)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                // A number where text belongs (or the reverse) is a mistake in the file, not something to guess at.
                .withCoercionConfig(LogicalType.Textual, config -> config
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Float, config -> config
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .defaultPropertyInclusion(JsonInclude.Value.construct(
                        JsonInclude.Include.NON_NULL, JsonInclude.Include.ALWAYS))
                .build();
        DefaultIndenter lineByLine = new DefaultIndenter("  ", "\n");
        writer = mapper.writer(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withObjectEmptySeparator("")
                        .withArrayEmptySeparator(""))
                .withObjectIndenter(lineByLine)
                .withArrayIndenter(lineByLine));
    }

    String write(Project project) {
        return write(writer, project);
    }

    /** The project on one line: for a project too large to be written indented within the size limit. */
    String writeCompact(Project project) {
        return write(mapper.writer(), project);
    }

    private static String write(ObjectWriter writer, Project project) {
        try {
            return escapeLoneSurrogates(writer.writeValueAsString(ProjectToJson.project(project))) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the project file shape cannot be written", e);
        }
    }

    /** @throws FormatProblem when the text is not a project file this version reads */
    Project read(String json) {
        JsonNode root = tree(json);
        if (!root.isObject()) {
            throw new FormatProblem("it holds " + describe(root) + " where a StanceMap project should be");
        }
        requireReadableVersion(root.get("formatVersion"));
        return JsonToProject.project(bind(root));
    }

    private JsonNode tree(String json) {
        try (JsonParser parser = mapper.createParser(json)) {
            try {
                JsonNode root = mapper.readTree(parser);
                if (root == null || root.isMissingNode()) {
                    throw new FormatProblem("the file is empty");
                }
                if (parser.nextToken() != null) {
                    throw new FormatProblem("more text follows the end of the project at "
                            + lineAndColumn(parser.currentTokenLocation()));
                }
                return root;
            } catch (StreamConstraintsException e) {
                throw new FormatProblem(exceededLimit(e) + " at " + lineAndColumn(parser.currentTokenLocation()), e);
            } catch (JsonEOFException e) {
                throw new FormatProblem("the JSON stops early at " + lineAndColumn(e.getLocation())
                        + ", as if the file were cut short", e);
            } catch (JsonProcessingException e) {
                throw new FormatProblem("the JSON is malformed at " + lineAndColumn(e.getLocation()) + ": "
                        + plainReason(e.getOriginalMessage()), e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading JSON from memory failed", e);
        }
    }

    private static void requireReadableVersion(JsonNode version) {
        if (version == null) {
            throw new FormatProblem("$.formatVersion is missing, so this is not a StanceMap project file");
        }
        if (!version.isIntegralNumber()) {
            throw new FormatProblem("$.formatVersion must be a whole number, but is " + describe(version));
        }
        BigInteger number = version.bigIntegerValue();
        int comparison = number.compareTo(BigInteger.valueOf(ProjectFileFormat.VERSION));
        if (comparison > 0) {
            throw new FormatProblem("it was written by a newer StanceMap (format " + number
                    + "); this version reads format " + ProjectFileFormat.VERSION);
        }
        if (comparison < 0) {
            throw new FormatProblem("its format " + number + " is unknown; this version reads format "
                    + ProjectFileFormat.VERSION);
        }
    }

    private ProjectJson bind(JsonNode root) {
        try {
            return mapper.treeToValue(root, ProjectJson.class);
        } catch (UnrecognizedPropertyException e) {
            throw new FormatProblem(path(e) + " is not a field of a format " + ProjectFileFormat.VERSION
                    + " project file", e);
        } catch (MismatchedInputException e) {
            String found = describe(nodeAt(root, e));
            Class<?> expected = e.getTargetType();
            throw new FormatProblem(expected == null
                    ? path(e) + " has the wrong type, " + found
                    : path(e) + " must be " + describe(expected) + ", but is " + found, e);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the project file shape cannot be read", e);
        }
    }

    private static JsonPath path(JsonMappingException e) {
        JsonPath path = JsonPath.ROOT;
        for (JsonMappingException.Reference step : e.getPath()) {
            path = step.getFieldName() != null ? path.field(step.getFieldName()) : path.index(step.getIndex());
        }
        return path;
    }

    private static JsonNode nodeAt(JsonNode root, JsonMappingException e) {
        JsonNode node = root;
        for (JsonMappingException.Reference step : e.getPath()) {
            node = step.getFieldName() != null ? node.path(step.getFieldName()) : node.path(step.getIndex());
        }
        return node;
    }

    private static String describe(Class<?> type) {
        if (CharSequence.class.isAssignableFrom(type)) {
            return "text";
        }
        if (Number.class.isAssignableFrom(type)) {
            return "a number";
        }
        return Collection.class.isAssignableFrom(type) ? "a list" : "an object";
    }

    private static String describe(JsonNode node) {
        if (node.isTextual()) {
            return "the text " + JsonToProject.quoted(node.textValue());
        }
        if (node.isNumber()) {
            return "the number " + node.asText();
        }
        if (node.isBoolean() || node.isNull()) {
            return node.asText();
        }
        if (node.isArray()) {
            return "a list";
        }
        return node instanceof MissingNode ? "missing" : "an object";
    }

    private static String exceededLimit(StreamConstraintsException e) {
        String message = String.valueOf(e.getOriginalMessage());
        if (message.contains("nesting depth")) {
            return "the JSON nests deeper than " + MAX_NESTING_DEPTH + " levels";
        }
        if (message.contains("String value length")) {
            return "a text value is longer than " + MAX_TEXT_LENGTH + " characters";
        }
        if (message.contains("Name length")) {
            return "a field name is longer than " + MAX_NAME_LENGTH + " characters";
        }
        if (message.contains("Number value length")) {
            return "a number is longer than " + MAX_NUMBER_LENGTH + " digits";
        }
        return "the JSON is larger than a project file may be";
    }

    private static String lineAndColumn(JsonLocation location) {
        return "line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    /**
     * The parser's own reason, first line only and without the clauses that name the library's settings
     * (Jackson puts those in backticks), so the user reads what is wrong and nothing about how we read it.
     */
    private static String plainReason(String message) {
        // Jackson explains a comment by naming the parser setting that would allow it; the user needs only the rule.
        if (String.valueOf(message).contains("ALLOW_COMMENTS")) {
            return "comments are not allowed in a project file";
        }
        String firstLine = String.valueOf(message).lines().findFirst().orElse("").replaceAll("\\s*at \\[Source.*", "");
        String reason = Arrays.stream(firstLine.split(": "))
                .filter(part -> !part.contains("`"))
                .collect(Collectors.joining(": "));
        return reason.isEmpty() ? "it is not valid JSON" : Character.toLowerCase(reason.charAt(0)) + reason.substring(1);
    }

    /**
     * A surrogate half with no partner cannot be encoded as UTF-8, so it is written as a {@code \}{@code uXXXX}
     * escape, which JSON reads back as the same char. It can only occur inside a string literal, since everything
     * else Jackson writes is ASCII.
     */
    static String escapeLoneSurrogates(String json) {
        StringBuilder out = null;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < json.length()
                    && Character.isLowSurrogate(json.charAt(i + 1));
            if (pair) {
                if (out != null) {
                    out.append(c).append(json.charAt(i + 1));
                }
                i++;
            } else if (Character.isSurrogate(c)) {
                if (out == null) {
                    out = new StringBuilder(json.length() + 16).append(json, 0, i);
                }
                out.append(String.format("\\u%04x", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? json : out.toString();
    }
}
