package org.stancemap.ui.control;

import org.stancemap.model.Band;
import org.stancemap.model.Citation;
import org.stancemap.model.CitationDate;
import org.stancemap.model.Person;
import org.stancemap.model.Placement;
import org.stancemap.model.Quote;
import org.stancemap.model.Spectrum;
import org.stancemap.model.Voice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/** Hand-built spectra and voices for the control's tests: five equal bands, names of every length. */
final class MapFixtures {

    static final Spectrum SPECTRUM = new Spectrum("How likely is a China-Russia military alliance?",
            "No alliance", "De facto alliance", List.of(
            new Band("No alliance", 0.0, 0.2, "The two will not ally."),
            new Band("Partnership with limits", 0.2, 0.4, "Close ties, but each keeps its freedom."),
            new Band("Alliance possible", 0.4, 0.6, "An alliance could come under some conditions."),
            new Band("Entente / functional alliance", 0.6, 0.8, "They act as allies without a treaty."),
            new Band("De facto alliance", 0.8, 1.0, "They are allies in all but name.")));

    private static final String[] NAMES = {
        "Graham T. Allison", "Alexander Gabuev", "Vasily Kashin", "Bobo Lo", "Dmitri Trenin",
        "Fu Ying", "Yan Xuetong", "Michael Kofman", "Paul Stronski", "Angela Stent",
        "Alexander Korolev", "Artyom Lukin", "Yu Bin", "Feng Zhongping", "Huang Jing",
        "Samuel Charap", "John Drennan", "Pierre Noël", "Andrea Kendall-Taylor", "David Shullman",
        "Richard Weitz", "Ely Ratner", "Elizabeth Wishnick", "Vassily Kashin", "Timofei Bordachev",
        "Andrei Kortunov", "Fyodor Lukyanov", "Ivan Timofeev", "Sergey Karaganov", "Vasily Mikheev",
        "Zhao Huasheng", "Wang Haiyun", "Li Shuyin", "Sun Zhuangzhi", "Liu Fenghua",
        "Jeffrey Mankoff", "Eugene Rumer", "Richard Sokolsky", "Andrew Radin", "Clint Reach",
        "Lyle J. Goldstein", "Stephen Blank", "Ankit Panda", "Mathieu Duchâtel", "Marcin Kaczmarski",
        "Alexander Lukin", "Nadège Rolland", "Bonnie Glaser", "Maximilian Ernst Hohenberg-Ostrowski", "Xi"
    };
    private static final String[] REGIONS = {"Russian", "Chinese", "Western", "Western", "Russian", "Other"};
    private static final String[] ROLES = {"scholar", "official", "think tank", "journalist"};

    private MapFixtures() {
    }

    static Voice voice(String id, String name, double position) {
        return voice(id, name, position, Map.of("region", "Western", "role", "scholar"));
    }

    static Voice voice(String id, String name, double position, Map<String, String> tags) {
        return unplaced(id, name, tags).withPlacementAdded(placement(position));
    }

    static Voice unplaced(String id, String name, Map<String, String> tags) {
        Quote quote = new Quote("They will not ally.", new Citation("The National Interest",
                CitationDate.day("12.14.18", LocalDate.of(2018, 12, 14)), "The National Interest, 12.14.18"));
        return new Voice(id, List.of(new Person(name, "Professor, " + name.length() + " University")),
                List.of(quote), tags, List.of(), "");
    }

    static Placement placement(double position) {
        return new Placement(position, "", OptionalDouble.empty(), "test", Instant.parse("2019-06-14T00:00:00Z"));
    }

    /** Fifty voices with names of every length, clustered as real maps are, the last three unplaced. */
    static List<Voice> fifty() {
        List<Voice> voices = new ArrayList<>();
        double[] centres = {0.08, 0.3, 0.31, 0.5, 0.52, 0.7, 0.9};
        for (int i = 0; i < NAMES.length; i++) {
            Map<String, String> tags = Map.of("region", REGIONS[i % REGIONS.length], "role", ROLES[i % ROLES.length]);
            String id = "v" + i;
            if (i >= NAMES.length - 3) {
                voices.add(unplaced(id, NAMES[i], tags));
            } else {
                double position = Math.min(1, centres[i % centres.length] + (i % 5) * 0.013);
                voices.add(voice(id, NAMES[i], position, tags));
            }
        }
        voices.add(new Voice("co", List.of(new Person("Samuel Charap", "RAND"), new Person("John Drennan", "IISS"),
                new Person("Pierre Noël", "IISS")), List.of(), Map.of("region", "Western"),
                List.of(placement(0.33)), ""));
        return voices;
    }
}
