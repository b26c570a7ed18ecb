package smartcity.reporting.response;

import java.util.UUID;
import smartcity.reporting.round.SurveyRound;

/** The {@code data} of the {@code survey-round.opened} and {@code survey-round.closed} webhook events. */
public record SurveyRoundChanged(UUID roundId, String code, String titleTh, String titleEn, String status,
        long surveyed) {

    static SurveyRoundChanged of(SurveyRound round, long surveyed) {
        return new SurveyRoundChanged(round.id(), round.code(), round.titleTh(), round.titleEn(), round.status().name(),
                surveyed);
    }
}
