package smartcity.reporting.dashboard;

import java.time.LocalDate;
import java.util.UUID;
import smartcity.reporting.i18n.Name;
import smartcity.reporting.round.SurveyRound;

/** A survey round as the dashboard lists and heads it. */
public record RoundChoice(UUID id, String code, Name title, SurveyRound.Status status, LocalDate periodStart,
        LocalDate periodEnd, LocalDate opensOn, LocalDate closesOn, boolean selected) {

    static RoundChoice of(SurveyRound round, boolean selected) {
        return new RoundChoice(round.id(), round.code(), new Name(round.titleTh(), round.titleEn()), round.status(),
                round.periodStart(), round.periodEnd(), round.opensOn(), round.closesOn(), selected);
    }
}
