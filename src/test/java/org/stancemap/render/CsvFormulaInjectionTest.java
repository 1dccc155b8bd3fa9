package org.stancemap.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.stancemap.model.Citation;
import org.stancemap.model.CitationDate;
import org.stancemap.model.Person;
import org.stancemap.model.Placement;
import org.stancemap.model.Project;
import org.stancemap.model.Quote;
import org.stancemap.model.RoundUp;
import org.stancemap.model.Voice;

/** Text from an imported article must never reach a spreadsheet as a formula (OWASP "CSV injection"). */
class CsvFormulaInjectionTest {

    @ParameterizedTest
    @ValueSource(strings = {"=", "+", "-", "@", "\t", "\r"})
    void cellOpeningAsAFormulaGetsAQuoteBeforeIt(String lead) {
        String cell = CsvWriter.cell(lead + "SUM(A1:A9)");

        String unquoted = cell.startsWith("\"") ? cell.substring(1, cell.length() - 1) : cell;
        assertThat(unquoted).isEqualTo("'" + lead + "SUM(A1:A9)");
    }

    @Test
    void neutralisedCellIsStillQuotedTheRfc4180Way() {
        assertThat(CsvWriter.cell("=HYPERLINK(\"http://x.test\",\"open\")"))
                .isEqualTo("\"'=HYPERLINK(\"\"http://x.test\"\",\"\"open\"\")\"");
        assertThat(CsvWriter.cell("\rline")).isEqualTo("\"'\rline\"");
    }

    @Test
    void formulaCharactersInsideACellAreLeftAlone() {
        assertThat(CsvWriter.cell("A=B")).isEqualTo("A=B");
        assertThat(CsvWriter.cell("e-mail")).isEqualTo("e-mail");
    }

    @Test
    void everyTextColumnOfAHostileRowReadsBackNeutralised() throws IOException {
        Placement placement = new Placement(0.3, "+rationale", OptionalDouble.empty(), "analyst",
                Instant.parse("2026-01-01T10:00:00Z"));
        Voice voice = new Voice("v", List.of(new Person("=name", "@role", Optional.empty())),
                List.of(new Quote("=HYPERLINK(\"http://x.test\",\"open\")",
                        new Citation("-publication", CitationDate.unknown("@date"), "raw"), Optional.empty())),
                Map.of("\rkey", "value"), List.of(placement), "");
        Project base = BriefingProjects.bundled();
        RoundUp roundUp = new RoundUp("title", Optional.empty(), List.of(), Optional.of("=publisher"),
                Optional.of("@url"), List.of(), Optional.empty());
        Project hostile = new Project(roundUp, base.spectrum(), List.of(voice));
        String band = base.spectrum().bandAt(0.3).orElseThrow().label();

        StringWriter out = new StringWriter();
        CsvWriter.write(hostile, BriefingOptions.defaults(), out);

        List<List<String>> rows = parse(out.toString().substring(1));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).isEqualTo(CsvWriter.HEADER);
        assertThat(rows.get(1)).containsExactly("'=name", "'=name", "'@role", "'\rkey=value", band, "0.30",
                "'+rationale", "'=HYPERLINK(\"http://x.test\",\"open\")", "'-publication", "'@date",
                "'=publisher, “title”", "'@url");
    }

    /** An RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks; rows end in CRLF. */
    private static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        return rows;
    }
}
