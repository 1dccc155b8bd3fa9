package org.stancemap.cardcut;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.stancemap.model.Person;
import org.stancemap.model.Project;
import org.stancemap.model.Quote;
import org.stancemap.model.RoundUp;
import org.stancemap.model.Voice;

/**
 * Cuts a card from a map's quotes. The cite credits the quote's real origin — the expert by family name and the
 * year of the original publication, with their qualifications, the original publication and its date — and then
 * the round-up the text was taken from (its authors, date, title, publisher and URL). A card of several experts is
 * credited to the round-up's authors, quoting each. The body keeps every quote verbatim under its voice's header
 * and with its own citation, as a card reader and the card check expect.
 */
public final class CardCutter {

    private CardCutter() {
    }

    /**
     * The card of {@code picks}, in the order given.
     *
     * @throws IllegalArgumentException when nothing is picked or a pick names no quote of {@code project}
     */
    public static CutCard cut(Project project, List<QuotePick> picks, String tag, String cutter) {
        if (picks.isEmpty()) {
            throw new IllegalArgumentException("Pick at least one quote to cut a card.");
        }
        List<Voice> voices = new ArrayList<>();
        List<CutCard.Paragraph> paragraphs = new ArrayList<>();
        Voice previous = null;
        Optional<LocalDate> firstDate = Optional.empty();
        for (QuotePick pick : picks) {
            Voice voice = project.voice(pick.voiceId()).orElseThrow(() ->
                    new IllegalArgumentException("The map has no expert " + pick.voiceId() + "."));
            if (pick.quoteIndex() >= voice.quotes().size()) {
                throw new IllegalArgumentException(voice.displayName() + " has no quote " + (pick.quoteIndex() + 1) + ".");
            }
            Quote quote = voice.quotes().get(pick.quoteIndex());
            if (firstDate.isEmpty()) {
                firstDate = quote.citation().date().start();
            }
            if (!voices.contains(voice)) {
                voices.add(voice);
            }
            paragraphs.add(new CutCard.Paragraph(voice == previous ? "" : header(voice), quote.text(),
                    quote.citation().raw()));
            previous = voice;
        }
        RoundUp roundUp = project.roundUp();
        String via = via(roundUp);
        if (voices.size() == 1) {
            Voice voice = voices.get(0);
            Quote first = voice.quotes().get(picks.get(0).quoteIndex());
            String origin = first.citation().isStated()
                    ? ", in " + first.citation().publication() + ", " + first.citation().date().text() : "";
            return new CutCard(tag, familyNames(voice.people(), voice.tags()) + year(firstDate.or(roundUp::date)),
                    header(voice) + origin + ", " + via, cutter, paragraphs);
        }
        String credited = roundUp.authors().isEmpty() ? roundUp.publisher().orElse(roundUp.title())
                : String.join(" and ", roundUp.authors());
        String shortName = roundUp.authors().isEmpty() ? credited
                : familyNames(roundUp.authors().stream().map(a -> new Person(a, "")).toList(), Map.of());
        String quoting = "quoting " + String.join("; ", voices.stream().map(CardCutter::header).toList());
        return new CutCard(tag, shortName + year(roundUp.date()), credited + ", " + quoting + ", "
                + via.replaceFirst("^via [^,]*, ", ""), cutter, paragraphs);
    }

    /** "Sebastien Roblin, Defense Writer" or "Simon Saradzhyan, Director; and Ali Wyne, Analyst". */
    static String header(Voice voice) {
        List<String> each = voice.people().stream()
                .map(p -> p.role().isEmpty() ? p.name() : p.name() + ", " + p.role()).toList();
        return each.size() == 1 ? each.get(0)
                : String.join("; ", each.subList(0, each.size() - 1)) + "; and " + each.get(each.size() - 1);
    }

    /** "via Simon Saradzhyan and Angelina Flood, 6-14-2019, "Expert Round-Up: …," Russia Matters, https://…". */
    private static String via(RoundUp roundUp) {
        List<String> parts = new ArrayList<>();
        parts.add("via " + (roundUp.authors().isEmpty() ? roundUp.publisher().orElse("the round-up")
                : String.join(" and ", roundUp.authors())));
        roundUp.date().ifPresent(d -> parts.add(d.getMonthValue() + "-" + d.getDayOfMonth() + "-" + d.getYear()));
        parts.add("\"" + roundUp.title() + ",\"");
        roundUp.publisher().ifPresent(parts::add);
        roundUp.url().ifPresent(parts::add);
        return String.join(", ", parts).replace(",\",", ",\"");
    }

    /** "Roblin", "Saradzhyan and Wyne", "Charap et al.", "Shi". */
    private static String familyNames(List<Person> people, Map<String, String> tags) {
        Set<String> names = new LinkedHashSet<>(people.stream().map(p -> FamilyNames.of(p, tags)).toList());
        List<String> list = List.copyOf(names);
        return list.size() == 1 ? list.get(0) : list.size() == 2 ? list.get(0) + " and " + list.get(1)
                : list.get(0) + " et al.";
    }

    private static String year(Optional<LocalDate> date) {
        return date.map(d -> String.format(Locale.ROOT, " %02d", d.getYear() % 100)).orElse("");
    }
}
