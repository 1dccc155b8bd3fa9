package org.stancemap.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import org.stancemap.model.Band;
import org.stancemap.model.Citation;
import org.stancemap.model.CitationDate;
import org.stancemap.model.DatePrecision;
import org.stancemap.model.Person;
import org.stancemap.model.Placement;
import org.stancemap.model.Project;
import org.stancemap.model.Quote;
import org.stancemap.model.Spectrum;
import org.stancemap.model.Voice;

/**
 * Projects of any number of voices that look like real ones: varied names (some voices co-authored), roles,
 * one to four quotes each with a citation whose date has any precision, region and role tags, and placements
 * clustered in the bands of the given spectrum. The same seed gives the same project.
 */
public final class SyntheticProjects {

    private static final String[] GIVEN = {"Anna", "Boris", "Chen", "Dana", "Emil", "Farah", "Goran", "Hana",
        "Ivan", "Jun", "Kemal", "Lena", "Marek", "Nadia", "Oleg", "Priya", "Qiu", "Rosa", "Sergei", "Tamar",
        "Ulrike", "Viktor", "Wen", "Xenia", "Yusuf", "Zofia", "Alexander", "Margarethe", "Jean-Baptiste", "Li"};
    private static final String[] FAMILY = {"Abe", "Brandt", "Costa", "Dvořák", "Eriksen", "Fischer", "García",
        "Horvat", "Ito", "Jansen", "Kowalski", "Lindqvist", "Moreau", "Novak", "Okafor", "Petrov", "Quinn",
        "Rossi", "Sato", "Tanaka", "Usman", "Vidal", "Weiss", "Xu", "Yilmaz", "Zhou", "Mearsheimer",
        "Krishnamurthy", "von Hippel", "O'Hanlon"};
    private static final String[] ROLES = {"Senior Fellow, Brookings Institution",
        "Professor of International Relations, Peking University", "Director, Carnegie Moscow Center",
        "Former U.S. Ambassador to Russia", "Columnist, The Diplomat", "Research Fellow, IISS",
        "Associate Professor of Political Science, MIT", "Editor, Russia in Global Affairs"};
    private static final String[] REGIONS = {"Western", "Chinese", "Russian", "Other"};
    private static final String[] ROLE_TAGS = {"scholar/think tank", "journalist", "official", "former official"};
    private static final String[] PUBLICATIONS = {"Foreign Affairs", "The National Interest", "War on the Rocks",
        "Global Times", "Valdai Discussion Club", "The Diplomat", "Financial Times", "RIAC"};
    private static final String[] SENTENCES = {
        "Beijing and Moscow share a grievance against the U.S.-led order, not a common vision of what replaces it.",
        "Joint exercises have grown in scale, yet neither side has offered the other a mutual-defence guarantee.",
        "Russia’s growing dependence on Chinese markets makes it the junior partner, and Moscow knows it.",
        "“An alliance is neither necessary nor desirable,” officials in both capitals keep repeating.",
        "Arms sales have resumed, including the S-400 and Su-35, which suggests a measure of trust.",
        "Central Asia remains a quiet arena of competition that a formal pact would have to paper over.",
        "The partnership is best described as an entente: close, pragmatic and without binding obligations.",
        "Sanctions push Moscow east faster than any treaty could."};

    private SyntheticProjects() {
    }

    /** A project with the base's round-up and spectrum and {@code voices} generated voices. */
    public static Project of(Project base, int voices, long seed) {
        Random random = new Random(seed);
        List<Voice> generated = new ArrayList<>(voices);
        for (int i = 0; i < voices; i++) {
            generated.add(voice(i, base.spectrum(), random));
        }
        return new Project(base.roundUp(), base.spectrum(), generated);
    }

    private static Voice voice(int index, Spectrum spectrum, Random random) {
        // About one voice in twelve is co-authored, as in the seed round-up.
        int peopleCount = random.nextInt(12) == 0 ? 2 : 1;
        List<Person> people = new ArrayList<>(peopleCount);
        for (int p = 0; p < peopleCount; p++) {
            people.add(new Person(name(index * 2 + p), ROLES[random.nextInt(ROLES.length)]));
        }
        int quoteCount = 1 + random.nextInt(4);
        List<Quote> quotes = new ArrayList<>(quoteCount);
        for (int q = 0; q < quoteCount; q++) {
            quotes.add(new Quote(text(random), citation(random), Optional.empty()));
        }
        Map<String, String> tags = Map.of("region", REGIONS[random.nextInt(REGIONS.length)],
                "role", ROLE_TAGS[random.nextInt(ROLE_TAGS.length)]);
        return new Voice("voice-" + index, people, quotes, tags, List.of(placement(spectrum, random)), "");
    }

    /** Distinct for every index: given × family names, then numbered generations ("Anna Abe 2"). */
    static String name(int index) {
        int combinations = GIVEN.length * FAMILY.length;
        String name = GIVEN[index % GIVEN.length] + " " + FAMILY[(index / GIVEN.length) % FAMILY.length];
        int generation = index / combinations;
        return generation == 0 ? name : name + " " + (generation + 1);
    }

    private static String text(Random random) {
        int sentences = 1 + random.nextInt(4);
        StringBuilder text = new StringBuilder();
        for (int s = 0; s < sentences; s++) {
            text.append(s == 0 ? "" : " ").append(SENTENCES[random.nextInt(SENTENCES.length)]);
        }
        return text.toString();
    }

    private static Citation citation(Random random) {
        String publication = PUBLICATIONS[random.nextInt(PUBLICATIONS.length)];
        LocalDate day = LocalDate.of(2014, 1, 1).plusDays(random.nextInt(365 * 6));
        DatePrecision precision = DatePrecision.values()[random.nextInt(DatePrecision.values().length)];
        CitationDate date = switch (precision) {
            case DAY -> CitationDate.day(day.getMonthValue() + "." + day.getDayOfMonth() + "." + day.getYear() % 100,
                    day);
            case MONTH -> CitationDate.period(day.getMonth() + " " + day.getYear(), DatePrecision.MONTH,
                    day.withDayOfMonth(1), YearMonth.from(day).atEndOfMonth());
            case YEAR -> CitationDate.period(Integer.toString(day.getYear()), DatePrecision.YEAR,
                    day.withDayOfYear(1), LocalDate.of(day.getYear(), 12, 31));
            case RANGE -> CitationDate.period(day.getYear() + "–" + (day.getYear() + 1), DatePrecision.RANGE,
                    day.withDayOfYear(1), LocalDate.of(day.getYear() + 1, 12, 31));
            case UNKNOWN -> CitationDate.unknown("n.d.");
        };
        return new Citation(publication, date, publication + ", " + date.text());
    }

    /** Near the centre of a random band, so that chips pile up the way real maps do. */
    private static Placement placement(Spectrum spectrum, Random random) {
        Band band = spectrum.bands().get(random.nextInt(spectrum.bands().size()));
        double centre = (band.from() + band.to()) / 2;
        double position = Math.max(0, Math.min(1, centre + random.nextGaussian() * (band.to() - band.from()) / 4));
        return new Placement(position, "synthetic", OptionalDouble.of(0.5 + random.nextInt(6) / 10.0),
                "benchmark", Instant.parse("2026-01-01T00:00:00Z"));
    }
}
