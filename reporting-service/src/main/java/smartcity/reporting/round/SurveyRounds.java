package smartcity.reporting.round;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** Planning and reading survey rounds. */
@ApplicationScoped
public class SurveyRounds {

    private final SurveyRoundRepository rounds;

    public SurveyRounds(SurveyRoundRepository rounds) {
        this.rounds = rounds;
    }

    public SurveyRound round(UUID id) {
        return rounds.findByIdOptional(id).orElseThrow(() -> new SurveyRoundNotFound(id));
    }

    /** The round, locked for the rest of the transaction (opening it, answering in it). */
    public SurveyRound lockedRound(UUID id) {
        return rounds.findByIdOptional(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new SurveyRoundNotFound(id));
    }

    @Transactional
    public SurveyRound plan(SurveyRoundCreate request, String actor) {
        if (rounds.findByCode(request.code()).isPresent()) {
            throw new SurveyRoundCodeTaken(request.code());
        }
        SurveyRound round = SurveyRound.plan(request.code(), request.titleTh().strip(), request.titleEn(), request.periodStart(),
                request.periodEnd(), request.opensOn(), request.closesOn(), actor);
        rounds.persistAndFlush(round);
        return round;
    }
}
