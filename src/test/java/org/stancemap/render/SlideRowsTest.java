package org.stancemap.render;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.stancemap.edit.MoveVoiceCommand;
import org.stancemap.layout.ChipBox;
import org.stancemap.model.Band;
import org.stancemap.model.ChipRows;
import org.stancemap.model.Placement;
import org.stancemap.model.Project;
import org.stancemap.model.Voice;
import org.stancemap.store.BundledMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rows every picture keeps, chosen on the 16:9 slide: a move leaves every other chip of the slide exactly where it
 * was, a row that empties makes no name larger, and only a move that outgrows the room the map makes sets every name
 * one step smaller, each chip keeping its row.
 */
class SlideRowsTest {

    private static final BriefingExport SLIDE =
            new BriefingExport(ExportFormat.PNG, CanvasSize.SLIDE_16X9, 1, BriefingOptions.defaults());
    private final Project bundled = BundledMap.load();

    @Test
    void theBundledMapKeepsItsTidyRowsWithASpareRowOfRoom() {
        assertThat(bundled.chipRows()).isEqualTo(SlideRows.tidy(bundled));
        assertThat(bundled.plotRows()).isEqualTo(rowsTaken(bundled) + ChipRows.SPARE);
    }

    @Test
    void movingAnyExpertToAnyOtherBandLeavesEveryOtherChipOfTheSlideWhereItWas() {
        Briefing before = SLIDE.layout(bundled);
        for (Voice voice : bundled.voices()) {
            for (Band band : bundled.spectrum().bands()) {
                if (!band.contains(voice.placement().orElseThrow().position())) {
                    Project after = moved(bundled, voice.id(), (band.from() + band.to()) / 2);
                    assertThat(othersBoxes(SLIDE.layout(after), voice.id()))
                            .as("%s moved to %s", voice.id(), band.label())
                            .isEqualTo(othersBoxes(before, voice.id()));
                }
            }
        }
    }

    @Test
    void aLongSessionOfRandomMovesMovesNoChipButTheOneMoved() {
        Random random = new Random(7);
        Project session = bundled;
        for (int k = 0; k < 200; k++) {
            Voice voice = bundled.voices().get(random.nextInt(bundled.voices().size()));
            Briefing was = SLIDE.layout(session);
            session = moved(session, voice.id(), random.nextInt(101) / 100.0);
            assertThat(othersBoxes(SLIDE.layout(session), voice.id())).as("move %d, of %s", k, voice.id())
                    .isEqualTo(othersBoxes(was, voice.id()));
        }
    }

    @Test
    void aRowThatEmptiesMakesNoNameLarger() {
        // Wei Fenghe is alone in the top row of the tallest column.
        String top = topmost(bundled);
        Briefing before = SLIDE.layout(bundled);

        Project after = moved(bundled, top, 0.95);

        assertThat(rowsTaken(after)).isLessThan(rowsTaken(bundled));
        assertThat(SLIDE.layout(after).nameSize()).isEqualTo(before.nameSize());
        assertThat(after.plotRows()).isEqualTo(bundled.plotRows());
    }

    @Test
    void aMoveThatOutgrowsTheRoomGrowsItByASpareRowAndEveryOtherChipKeepsItsRow() {
        Project full = bundled.withChipRows(new ChipRows(bundled.rows(), rowsTaken(bundled)));
        Briefing before = SLIDE.layout(full);
        Voice kotkin = bundled.voice("stephen-kotkin").orElseThrow();

        Project after = moved(full, kotkin.id(), 0.26);

        assertThat(after.row(kotkin.id()).orElseThrow()).isEqualTo(rowsTaken(full));
        assertThat(after.plotRows()).isEqualTo(rowsTaken(full) + 1 + ChipRows.SPARE);
        Map<String, Integer> others = new HashMap<>(after.rows());
        others.remove(kotkin.id());
        Map<String, Integer> othersBefore = new HashMap<>(full.rows());
        othersBefore.remove(kotkin.id());
        assertThat(others).isEqualTo(othersBefore);
        assertThat(SLIDE.layout(after).nameSize()).isLessThan(before.nameSize());
    }

    @Test
    void aNudgeKeepsTheExpertsRow() {
        Voice trenin = bundled.voice("dmitri-trenin").orElseThrow();
        double at = trenin.placement().orElseThrow().position();

        Project after = moved(bundled, trenin.id(), at + 0.01);

        assertThat(after.row(trenin.id())).isEqualTo(bundled.row(trenin.id()));
    }

    @Test
    void undoPutsBackTheRowsAndTheRoomAndSoTheSamePicture() {
        Project full = bundled.withChipRows(new ChipRows(bundled.rows(), rowsTaken(bundled)));
        Voice kotkin = full.voice("stephen-kotkin").orElseThrow();
        Placement placement = placement(0.26);
        MoveVoiceCommand move = MoveVoiceCommand.of(full, kotkin, placement,
                SlideRows.afterMove(full, kotkin.id(), placement));

        Project undone = move.undo(move.execute(full));

        assertThat(undone.chipRows()).isEqualTo(full.chipRows());
        assertThat(SLIDE.layout(undone).chips()).isEqualTo(SLIDE.layout(full).chips());
    }

    @Test
    void aMapThatKeepsNoRowsIsShownAndFirstMovedAsItsSlidePacksIt() {
        Project rowless = bundled.withChipRows(new ChipRows(Map.of(), 0));
        Briefing before = SLIDE.layout(rowless);
        Voice trenin = rowless.voice("dmitri-trenin").orElseThrow();

        assertThat(SlideRows.shown(rowless).byVoice()).isEqualTo(before.rows().byVoice());
        Project after = moved(rowless, trenin.id(), 0.7);
        assertThat(othersBoxes(SLIDE.layout(after), trenin.id())).isEqualTo(othersBoxes(before, trenin.id()));
    }

    private static Project moved(Project project, String voiceId, double position) {
        Placement placement = placement(position);
        return MoveVoiceCommand.of(project, project.voice(voiceId).orElseThrow(), placement,
                SlideRows.afterMove(project, voiceId, placement)).execute(project);
    }

    private static Placement placement(double position) {
        return new Placement(Math.round(position * 100) / 100.0, "test", OptionalDouble.empty(), "test",
                Instant.EPOCH);
    }

    private static int rowsTaken(Project project) {
        return SLIDE.layout(project.withChipRows(new ChipRows(project.rows(), 0))).rows().plotRows();
    }

    private static String topmost(Project project) {
        return project.rows().entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    private static Map<String, ChipBox> othersBoxes(Briefing briefing, String movedId) {
        Map<String, ChipBox> boxes = new HashMap<>();
        List<Briefing.Chip> chips = briefing.chips();
        chips.stream().filter(c -> !c.voiceId().equals(movedId)).forEach(c -> boxes.put(c.voiceId(), c.box()));
        return boxes;
    }
}
