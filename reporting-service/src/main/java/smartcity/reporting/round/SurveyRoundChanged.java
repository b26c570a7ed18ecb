package smartcity.reporting.round;

import java.util.UUID;

/**
 * The {@code data} of the survey round webhook events: {@code survey-round.opened}, {@code survey-round.closed},
 * {@code survey-round.corrected} and {@code survey-round.cancelled}. {@code surveyed} is 0 until the round opens.
 */
public record SurveyRoundChanged(UUID roundId, String code, String titleTh, String titleEn, String status,
        long surveyed) {

    public static SurveyRoundChanged of(SurveyRound round, long surveyed) {
        return new SurveyRoundChanged(round.id(), round.code(), round.titleTh(), round.titleEn(), round.status().name(),
                surveyed);
    }
}
