package org.stancemap.importer.roundup;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.stancemap.importer.text.VoiceIds;
import org.stancemap.model.ImportRecord;
import org.stancemap.model.Placement;
import org.stancemap.model.Project;
import org.stancemap.model.Quote;
import org.stancemap.model.RoundUp;
import org.stancemap.model.Spectrum;
import org.stancemap.model.Voice;

/**
 * Makes the project a reviewed draft stands for: one voice per expert entry, in source order, with readable
 * unique ids; the draft's warnings kept in the round-up so that they can be read again later.
 *
 * <p>An entry whose expert stated a stance (a vote) is placed where they put themselves, with their stated
 * confidence and "stated by the expert" as its basis; every other voice starts unplaced.
 */
public final class DraftAssembly {

    /** Who placed a voice that placed itself. */
    public static final String STATED_BY_THE_EXPERT = "stated by the expert";

    private DraftAssembly() {
    }

    /**
     * @param spectrum the question and axis the user confirmed
     * @param now      when the stated stances are recorded as placed
     */
    public static Project project(RoundUpDraft draft, Spectrum spectrum, Instant now) {
        VoiceIds ids = new VoiceIds();
        List<Voice> voices = new ArrayList<>();
        for (DraftEntry entry : draft.voices()) {
            List<Quote> quotes = entry.quotes().stream().map(q -> new Quote(q.text(), q.citation())).toList();
            List<Placement> placements = entry.stance()
                    .map(s -> List.of(new Placement(s.position(), "Stated by the expert: " + s.answer(),
                            s.confidence(), STATED_BY_THE_EXPERT, now)))
                    .orElse(List.of());
            voices.add(new Voice(ids.next(entry.people()), entry.people(), quotes, Map.of(), placements, ""));
        }
        FrontMatter front = draft.front();
        List<ImportRecord.Warning> warnings = draft.warnings().stream()
                .map(w -> new ImportRecord.Warning(w.line(), w.message())).toList();
        ImportRecord record = new ImportRecord(draft.chosen().format().name(), draft.source().name(),
                draft.chosen().confidence(), warnings);
        RoundUp roundUp = new RoundUp(front.title(), front.date(), front.authors(), Optional.empty(), front.url(),
                front.intro(), Optional.of(record), draft.reading().narrative());
        return new Project(roundUp, spectrum, voices);
    }
}
