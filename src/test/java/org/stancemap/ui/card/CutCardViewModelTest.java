package org.stancemap.ui.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancemap.model.Project;
import org.stancemap.store.ProjectFileException;
import org.stancemap.store.ProjectStore;

/** Cut Card's state: which quotes start picked, what the preview shows, and the .docx export. */
class CutCardViewModelTest {

    private static Project map() throws ProjectFileException {
        return new ProjectStore().load(Path.of("seeds", "china-russia-alliance.stancemap.json"));
    }

    @Test
    void theSelectedExpertsQuotesStartPickedAndListedFirst() throws ProjectFileException {
        CutCardViewModel model = new CutCardViewModel(map(), Optional.of("dimitri-k-simes"));
        assertThat(model.getChoices().subList(0, 4)).allSatisfy(c -> {
            assertThat(c.isPicked()).isTrue();
            assertThat(c.pick().voiceId()).isEqualTo("dimitri-k-simes");
        });
        assertThat(model.getChoices().stream().filter(QuoteChoice::isPicked)).hasSize(4);
        assertThat(model.citeProperty().get()).startsWith("Simes 18 (Dimitri K. Simes, President and CEO");
        assertThat(model.canCutProperty().get()).isTrue();
    }

    @Test
    void pickingAnotherExpertsQuoteAndTypingTheTagUpdateThePreview() throws ProjectFileException {
        CutCardViewModel model = new CutCardViewModel(map(), Optional.of("shi-jiangtao"));
        model.getChoices().stream().filter(c -> c.pick().voiceId().equals("shi-ze")).findFirst().orElseThrow().setPicked(true);
        model.tagProperty().set("Few analysts expect an alliance");
        model.cutterProperty().set("ank");
        assertThat(model.previewProperty().get()).startsWith("Few analysts expect an alliance\n")
                .contains("Shi Ze, Former Chinese Diplomat in Moscow").contains(") ank\n");
        assertThat(model.citeProperty().get()).startsWith("Saradzhyan and Flood 19 (");
    }

    @Test
    void withNothingPickedThereIsNoCardToCopyOrExport(@TempDir Path folder) throws ProjectFileException {
        CutCardViewModel model = new CutCardViewModel(map(), Optional.empty());
        assertThat(model.canCutProperty().get()).isFalse();
        assertThat(model.previewProperty().get()).isEmpty();
        assertThat(model.html()).isEmpty();
        assertThat(model.exportDocx(folder.resolve("card.docx"))).contains("Pick at least one quote to cut a card.");
    }

    @Test
    void exportWritesADocxAndCopyGivesHtml(@TempDir Path folder) throws ProjectFileException, IOException {
        CutCardViewModel model = new CutCardViewModel(map(), Optional.of("sebastien-roblin"));
        Path file = folder.resolve("card.docx");
        assertThat(model.exportDocx(file)).isEmpty();
        assertThat(Files.size(file)).isPositive();
        try (var listing = Files.list(folder)) {
            assertThat(listing).containsExactly(file);
        }
        assertThat(model.html()).hasValueSatisfying(html -> assertThat(html).contains("<b style=\"font-size:13pt\">Roblin 18</b>"));
    }
}
