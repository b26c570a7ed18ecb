package smartcity.reporting.round;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import smartcity.reporting.api.MergePatch;
import smartcity.reporting.webhook.WebhookEventType;
import smartcity.reporting.webhook.WebhookEvents;

/** Planning, correcting, cancelling and reading survey rounds. */
@ApplicationScoped
public class SurveyRounds {

    private final SurveyRoundRepository rounds;
    private final MergePatch patches;
    private final WebhookEvents events;
    private final Clock clock;

    SurveyRounds(SurveyRoundRepository rounds, MergePatch patches, WebhookEvents events, Clock clock) {
        this.rounds = rounds;
        this.patches = patches;
        this.events = events;
        this.clock = clock;
    }

    public SurveyRound round(UUID id) {
        return rounds.findByIdOptional(id).orElseThrow(() -> new SurveyRoundNotFound(id));
    }

    /** The round, locked for the rest of the transaction (opening it, answering in it). */
    public SurveyRound lockedRound(UUID id) {
        return rounds.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new SurveyRoundNotFound(id));
    }

    @Transactional
    public SurveyRound plan(SurveyRoundCreate request, String actor) {
        if (rounds.findByCode(request.code()).isPresent()) {
            throw new SurveyRoundCodeTaken(request.code());
        }
        SurveyRound round = SurveyRound.plan(request, actor);
        rounds.persistAndFlush(round);
        return round;
    }

    /**
     * Corrects a planned round by a JSON merge patch (RFC 7396) of its details, validated as a whole; {@code ifMatch},
     * when given, must be its current ETag. The round is locked first, so a correction and its opening do not cross.
     * Nothing is changed when any check fails.
     *
     * @throws JsonProcessingException when the merged patch cannot be read as a round's details (a server-owned or
     *     unknown field, a value of the wrong type): declared, so that it reaches the problem mappers as itself
     */
    @Transactional(rollbackOn = JsonProcessingException.class)
    public SurveyRound correct(UUID id, JsonNode patch, String ifMatch, String actor) throws JsonProcessingException {
        SurveyRound round = lockedRound(id);
        if (!round.matches(ifMatch)) {
            throw new StaleSurveyRound(round);
        }
        round.requireCorrectable();
        SurveyRoundCreate corrected = patches.apply(round.details(), patch, SurveyRoundCreate.class);
        if (!corrected.code().equals(round.code()) && rounds.findByCode(corrected.code()).isPresent()) {
            throw new SurveyRoundCodeTaken(corrected.code());
        }
        round.correct(corrected, actor);
        rounds.flush(); // the new version is the ETag of the answer
        events.record(WebhookEventType.SURVEY_ROUND_CORRECTED, SurveyRoundChanged.of(round, 0));
        return round;
    }

    /** Cancels a planned round, with an optional reason; {@code ifMatch}, when given, must be its current ETag. */
    @Transactional
    public SurveyRound cancel(UUID id, String reason, String ifMatch, String actor) {
        SurveyRound round = lockedRound(id);
        if (!round.matches(ifMatch)) {
            throw new StaleSurveyRound(round);
        }
        round.cancel(reason, clock.instant(), actor);
        rounds.flush();
        events.record(WebhookEventType.SURVEY_ROUND_CANCELLED, SurveyRoundChanged.of(round, 0));
        return round;
    }
}
