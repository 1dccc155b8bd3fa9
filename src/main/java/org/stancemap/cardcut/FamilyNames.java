package org.stancemap.cardcut;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.stancemap.model.Person;

/**
 * The family name a cite credits a person by. The model's family name when it knows one; else, for a name written
 * family name first, as Chinese names are ("Shi Jiangtao"), its first word; else its last word.
 *
 * <p>A name reads family name first when its voice's region is Chinese, unless only its last word is a common
 * Chinese family name ("Yun Sun", written in Western order), or, whatever the region, when its first word is a common
 * Chinese family name and its last word is not. Names of more than three words, or with an initial or a comma, are
 * Western in order ("Graham T. Allison").
 */
final class FamilyNames {

    /** The region tag a voice's names are read family name first for. */
    private static final String CHINESE = "chinese";

    /** The hundred commonest Chinese family names in pinyin, without tone marks (Lü also as Lyu). */
    private static final Set<String> COMMON_CHINESE = Set.of(
            "wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou",
            "xu", "sun", "ma", "zhu", "hu", "guo", "he", "gao", "lin", "luo",
            "zheng", "liang", "xie", "song", "tang", "han", "feng", "deng", "cao", "peng",
            "zeng", "xiao", "tian", "dong", "yuan", "pan", "yu", "jiang", "cai", "du",
            "ye", "cheng", "su", "wei", "lu", "lyu", "ding", "ren", "shen", "yao",
            "cui", "zhong", "tan", "fan", "jin", "shi", "liao", "jia", "xia", "fu",
            "fang", "bai", "zou", "meng", "xiong", "qin", "qiu", "yin", "xue", "yan",
            "duan", "lei", "hou", "long", "tao", "gu", "mao", "hao", "gong", "shao",
            "wan", "qian", "dai", "mo", "kong", "xiang", "chang", "kang", "wen", "yi",
            "niu", "qi", "ou", "lai", "geng", "zhan", "guan", "miao", "ji", "bao");

    private FamilyNames() {
    }

    /**
     * @param region the region tag of the person's voice, e.g. "Chinese"; empty when it has none
     */
    static String of(Person person, String region) {
        if (person.familyName().isPresent()) {
            return person.familyName().get();
        }
        String name = person.name().trim();
        String[] words = name.split("\\s+");
        if (words.length < 2 || words.length > 3 || name.contains(".") || name.contains(",")) {
            return words[words.length - 1];
        }
        boolean firstCommon = COMMON_CHINESE.contains(folded(words[0]));
        boolean lastCommon = COMMON_CHINESE.contains(folded(words[words.length - 1]));
        boolean chinese = region.trim().toLowerCase(Locale.ROOT).equals(CHINESE);
        boolean familyFirst = chinese ? firstCommon || !lastCommon : firstCommon && !lastCommon;
        return familyFirst ? words[0] : words[words.length - 1];
    }

    static String of(Person person, Map<String, String> tags) {
        return of(person, tags.getOrDefault("region", ""));
    }

    private static String folded(String word) {
        return word.toLowerCase(Locale.ROOT).replace("ü", "u").replace("ǚ", "u");
    }
}
