package org.stancemap.cardcut;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.stancemap.model.Person;

/** Which word of a name a cite credits: the family name, first in Chinese order, last in Western order. */
class FamilyNamesTest {

    private static String of(String name, String region) {
        return FamilyNames.of(new Person(name, ""), region);
    }

    @Test
    void aChineseNameIsCreditedByItsFirstWordWhateverTheRegion() {
        assertThat(of("Shi Jiangtao", "")).isEqualTo("Shi");
        assertThat(of("Shi Ze", "Western")).isEqualTo("Shi");
        assertThat(of("Yan Xuetong", "Chinese")).isEqualTo("Yan");
        assertThat(of("Ma Ying-jeou", "")).isEqualTo("Ma");
    }

    @Test
    void aVoiceOfTheChineseRegionIsReadFamilyNameFirstEvenForAnUncommonFamilyName() {
        assertThat(of("Xi Jinping", "Chinese")).isEqualTo("Xi");
        assertThat(of("Xi Jinping", "")).isEqualTo("Jinping");
    }

    @Test
    void aChineseNameWrittenInWesternOrderKeepsItsLastWord() {
        assertThat(of("Yun Sun", "Chinese")).isEqualTo("Sun");
        assertThat(of("Minxin Pei", "Western")).isEqualTo("Pei");
    }

    @Test
    void westernHyphenatedAndSingleWordNamesKeepTheirLastWord() {
        assertThat(of("Sebastien Roblin", "Western")).isEqualTo("Roblin");
        assertThat(of("Graham T. Allison", "Western")).isEqualTo("Allison");
        assertThat(of("Andrea Kendall-Taylor", "")).isEqualTo("Kendall-Taylor");
        assertThat(of("Jean-Pierre Cabestan", "")).isEqualTo("Cabestan");
        assertThat(of("Xinhua", "Chinese")).isEqualTo("Xinhua");
        assertThat(of("Putin", "Russian")).isEqualTo("Putin");
    }

    @Test
    void theFamilyNameTheModelKnowsWins() {
        assertThat(FamilyNames.of(new Person("Feng Zhongping", "").withFamilyName("Feng"), "")).isEqualTo("Feng");
        assertThat(FamilyNames.of(new Person("Li Wang", "").withFamilyName("Li"), "")).isEqualTo("Li");
    }
}
