package org.stancemap.importer.text;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.stancemap.model.Person;

/**
 * Gives each voice of one import a readable, unique id: the people's names as a lowercase ASCII slug joined
 * by "-and-" ("feng-zhongping-and-huang-jing"), diacritics folded ("Pierre Noël" → "pierre-noel"); a repeat
 * gets "-2", "-3" and so on.
 */
public final class VoiceIds {

    private final Set<String> taken = new HashSet<>();
    private final Map<String, Integer> nextSuffix = new HashMap<>();

    public String next(List<Person> people) {
        String base = people.stream().map(p -> slug(p.name())).filter(s -> !s.isEmpty())
                .collect(Collectors.joining("-and-"));
        if (base.isEmpty()) {
            base = "voice"; // a name in a script with no ASCII folding, e.g. Cyrillic
        }
        if (taken.add(base)) {
            return base;
        }
        int suffix = nextSuffix.getOrDefault(base, 2);
        while (!taken.add(base + "-" + suffix)) {
            suffix++;
        }
        nextSuffix.put(base, suffix + 1);
        return base + "-" + suffix;
    }

    /** "Graham T. Allison" → "graham-t-allison"; "O’Hanlon" → "ohanlon"; letters outside ASCII are folded. */
    public static String slug(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean pendingDash = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            String folded = fold(c);
            if (folded == null) {
                pendingDash = out.length() > 0;
            } else if (!folded.isEmpty()) {
                if (pendingDash) {
                    out.append('-');
                    pendingDash = false;
                }
                out.append(folded);
            }
        }
        return out.toString();
    }

    /** The ASCII letters {@code c} stands for, "" for a mark to drop, or null for a word break. */
    private static String fold(char c) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            return String.valueOf(c);
        }
        if (c >= 'A' && c <= 'Z') {
            return String.valueOf((char) (c + ('a' - 'A')));
        }
        if (Character.getType(c) == Character.NON_SPACING_MARK || c == '\'' || c == '\u2019' || c == '\u2018'
                || c == '\u02BC') {
            return "";
        }
        return switch (c) {
            case 'ø', 'Ø' -> "o";
            case 'ł', 'Ł' -> "l";
            case 'đ', 'Đ' -> "d";
            case 'ı' -> "i";
            case 'ß' -> "ss";
            case 'æ', 'Æ' -> "ae";
            case 'œ', 'Œ' -> "oe";
            case 'þ', 'Þ' -> "th";
            default -> null;
        };
    }
}
