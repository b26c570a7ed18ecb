package smartcity.reporting.response;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.query.AuditEntity;
import java.util.Set;
import java.util.UUID;
import smartcity.reporting.agency.AgencyRegistry;
import smartcity.reporting.api.DomainProblem;
import smartcity.reporting.api.InvalidField;
import smartcity.reporting.api.PageRequest;
import smartcity.reporting.api.PageView;
import smartcity.reporting.api.ProblemType;
import smartcity.reporting.round.SurveyRound;
import smartcity.reporting.round.SurveyRoundChanged;
import smartcity.reporting.round.SurveyRounds;
import smartcity.reporting.webhook.WebhookEventType;
import smartcity.reporting.webhook.WebhookEvents;

/**
 * Opening a round (fixing who it surveys) and taking the agencies' answers. Opening and answering first do what may
 * call a neighbour (catching up with a feed), then open their transaction explicitly with {@link QuarkusTransaction},
 * so nothing relies on ArC intercepting a call this bean makes to itself.
 */
@ApplicationScoped
public class Surveys {

    private final SurveyRounds surveyRounds;
    private final RoundAgencyRepository population;
    private final SurveyResponseRepository responses;
    private final AgencyRegistry agencies;
    private final DimensionCodes dimensions;
    private final WebhookEvents events;
    private final ParticipationTally tally;

    Surveys(SurveyRounds surveyRounds, RoundAgencyRepository population, SurveyResponseRepository responses, AgencyRegistry agencies,
            DimensionCodes dimensions, WebhookEvents events, ParticipationTally tally) {
        this.dimensions = dimensions;
        this.tally = tally;
        this.events = events;
        this.surveyRounds = surveyRounds;
        this.population = population;
        this.responses = responses;
        this.agencies = agencies;
    }

    /**
     * Opens the round: every active agency of agency-service, but those of the excluded types, is surveyed. The local
     * copy of the registry is brought up to date first, outside the round's transaction (503 when it cannot be).
     */
    public int open(UUID roundId, Set<String> excludedTypes) {
        surveyRounds.round(roundId);
        agencies.catchUp();
        return QuarkusTransaction.joiningExisting().call(() -> fixPopulation(roundId, excludedTypes));
    }

    /** One statement copies the population from the registry's copy, however large the province. */
    private int fixPopulation(UUID roundId, Set<String> excludedTypes) {
        SurveyRound round = surveyRounds.lockedRound(roundId);
        round.open();
        population.flush();
        var insert = population.getEntityManager().createNativeQuery("INSERT INTO round_agency "
                + "(round_id, agency_id, code, name_th, name_en, type, local_kind, district) "
                + "SELECT ?1, id, code, name_th, name_en, type, local_kind, district FROM agency_copy "
                + "WHERE status = 'ACTIVE'" + (excludedTypes.isEmpty() ? "" : " AND type NOT IN (?2)"))
                .setParameter(1, round.id().toString());
        if (!excludedTypes.isEmpty()) {
            insert.setParameter(2, excludedTypes);
        }
        int surveyed = insert.executeUpdate();
        tally.opened(round.id());
        events.record(WebhookEventType.SURVEY_ROUND_OPENED, SurveyRoundChanged.of(round, surveyed));
        return surveyed;
    }

    /** Closes the round; answers are refused from now on. */
    @Transactional
    public SurveyRound close(UUID roundId) {
        SurveyRound round = surveyRounds.lockedRound(roundId);
        round.close();
        events.record(WebhookEventType.SURVEY_ROUND_CLOSED, SurveyRoundChanged.of(round, population.count("key.roundId", roundId)));
        return round;
    }

    /** One page of every answer the agency gave in the round, oldest first, with who gave it and when. */
    @SuppressWarnings("unchecked")
    public PageView<Answer.Revision> history(UUID roundId, UUID agencyId, PageRequest page) {
        surveyRounds.round(roundId);
        RoundAgency.Key key = new RoundAgency.Key(roundId, agencyId);
        if (population.findByIdOptional(key).isEmpty()) {
            throw new DomainProblem(ProblemType.NOT_FOUND, "Agency " + agencyId + " is not surveyed in this round") { };
        }
        AuditReader reader = AuditReaderFactory.get(responses.getEntityManager());
        long total = ((Number) reader.createQuery().forRevisionsOfEntity(SurveyResponse.class, false, true)
                .add(AuditEntity.id().eq(key))
                .addProjection(AuditEntity.revisionNumber().count())
                .getSingleResult()).longValue();
        List<Object[]> rows = reader.createQuery()
                .forRevisionsOfEntity(SurveyResponse.class, false, true)
                .add(AuditEntity.id().eq(key))
                .addOrder(AuditEntity.revisionNumber().asc())
                .setFirstResult(page.page * page.size)
                .setMaxResults(page.size)
                .getResultList();
        List<Answer.Revision> items = rows.stream().map(row -> {
            SurveyResponse answer = (SurveyResponse) row[0];
            smartcity.reporting.history.Revision revision = (smartcity.reporting.history.Revision) row[1];
            return new Answer.Revision(answer.runsProjects(), answer.projectViews(),
                    java.time.Instant.ofEpochMilli(revision.occurredAt()),
                    revision.actor());
        }).toList();
        return new PageView<>(items, page.page, page.size, total, (int) ((total + page.size - 1) / page.size));
    }

    /** One page of the surveyed agencies that have not answered yet, by code. */
    public PageView<Answer.NonRespondent> nonRespondents(UUID roundId, PageRequest page) {
        surveyRounds.round(roundId);
        return PageView.of(population.notAnswered(roundId), page,
                a -> new Answer.NonRespondent(a.agencyId(), a.code(), a.nameTh(), a.type(), a.district()));
    }

    /**
     * Records an answer. The round's row lock comes first, so answers in one round are taken in turn: two first
     * answers of an agency cannot both see "not answered yet", and a round cannot close under an answer.
     */
    public SurveyResponse answer(UUID roundId, UUID agencyId, Answer answer, String actor) {
        if (!answer.runsSmartCityProjects() && !answer.projectList().isEmpty()) {
            throw new InvalidField("projects", "must be empty when runsSmartCityProjects is false");
        }
        dimensions.confirm(answer.projectList()); // may read committee-service's feed: before the transaction
        return QuarkusTransaction.joiningExisting().call(() -> record(roundId, agencyId, answer, actor));
    }

    /** In the answer's transaction, which locks the round so that an answer and the closing do not cross. */
    private SurveyResponse record(UUID roundId, UUID agencyId, Answer answer, String actor) {
        SurveyRound round = surveyRounds.lockedRound(roundId);
        if (round.status() != SurveyRound.Status.OPEN) {
            throw new DomainProblem(ProblemType.CONFLICT, "The survey round is " + round.status().name().toLowerCase()
                    + "; answers are taken only while it is open") { };
        }
        RoundAgency.Key key = new RoundAgency.Key(roundId, agencyId);
        RoundAgency surveyed = population.findByIdOptional(key).orElseThrow(() ->
                new DomainProblem(ProblemType.NOT_FOUND, "Agency " + agencyId + " is not surveyed in this round") { });
        SurveyResponse response = responses.findByIdOptional(key).orElse(null);
        tally.answered(surveyed, response == null ? null : response.runsProjects(), answer.runsSmartCityProjects());
        if (response == null) {
            response = new SurveyResponse(key, actor);
            response.answer(answer.runsSmartCityProjects(), answer.projectList(), actor);
            responses.persist(response);
        } else {
            response.answer(answer.runsSmartCityProjects(), answer.projectList(), actor);
        }
        responses.flush();
        return response;
    }
}
