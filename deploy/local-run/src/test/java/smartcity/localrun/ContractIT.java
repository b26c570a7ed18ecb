package smartcity.localrun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import smartcity.client.agency.api.AgenciesApi;
import smartcity.client.agency.api.AgencyChangeFeedApi;
import smartcity.client.agency.api.DistrictsApi;
import smartcity.client.agency.model.Agency;
import smartcity.client.agency.model.AgencyChange;
import smartcity.client.agency.model.AgencyChangePage;
import smartcity.client.agency.model.AgencyPage;
import smartcity.client.agency.model.District;
import smartcity.client.agency.model.PageViewDistrictView;
import smartcity.client.committee.api.CommitteeChangeFeedApi;
import smartcity.client.committee.api.CommitteesApi;
import smartcity.client.committee.api.FrameworkApi;
import smartcity.client.committee.api.ResponsibilitiesApi;
import smartcity.client.committee.model.Committee;
import smartcity.client.committee.model.CommitteeChange;
import smartcity.client.committee.model.CommitteeChangePage;
import smartcity.client.committee.model.Dimension;
import smartcity.client.committee.model.DimensionCreate;
import smartcity.client.committee.model.PageViewDimensionView;
import smartcity.client.committee.model.ResponsibilityMatrix;
import smartcity.client.committee.model.Vacancy;
import smartcity.client.reporting.api.ReportsApi;
import smartcity.client.reporting.api.SurveyRoundsApi;
import smartcity.client.reporting.model.AgencyScorecard;
import smartcity.client.reporting.model.CommitteeReport;
import smartcity.client.reporting.model.DimensionsReport;
import smartcity.client.reporting.model.DimensionsRow;
import smartcity.client.reporting.model.Opening;
import smartcity.client.reporting.model.ParticipationReport;
import smartcity.client.reporting.model.Status;
import smartcity.client.reporting.model.Status1;
import smartcity.client.reporting.model.SurveyAnswer;
import smartcity.client.reporting.model.SurveyProject;
import smartcity.client.reporting.model.SurveyResponse;
import smartcity.client.reporting.model.SurveyRound;
import smartcity.client.reporting.model.SurveyRoundCreate;
import smartcity.client.reporting.model.TrendReport;

/**
 * The OpenAPI documents, proved against the running suite: the demo's main paths driven only through the Java clients
 * generated from each service's document (see this module's pom), with the clients' ObjectMapper refusing any field
 * the document does not declare, and every response's status and content type checked against the operation's
 * declared responses ({@link OpenApiContract}). A failure here means a document does not say what its service does.
 * <p>
 * It writes (a dimension, a survey round with one answer), so it runs after the scenario tests, which count what the
 * scenario made ({@code @Order}, with {@code junit.jupiter.testclass.order.default} in junit-platform.properties).
 */
@ExtendWith(ScenarioSuite.class)
@Order(Integer.MAX_VALUE)
class ContractIT {

    private static final LocalDate MEETING_DAY = LocalDate.of(2022, 6, 6);

    private final Map<String, OpenApiContract> contracts = new HashMap<>();
    /** Operations a client generated from the document cannot call as documented (see {@link #asDocumented}). */
    private final List<String> uncallable = new ArrayList<>();

    /** Strict: a field the document does not declare fails, as does an enum value it does not list. */
    private static ObjectMapper strict(ObjectMapper mapper) {
        return mapper.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
                .configure(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL, false);
    }

    @BeforeEach
    void readTheDocuments(ScenarioSuite.Running suite) {
        for (String service : List.of("agency-service", "committee-service", "reporting-service")) {
            contracts.put(service, OpenApiContract.of(suite.home(), service));
        }
    }

    @AfterEach
    void everyResponseWasDocumented() {
        List<String> violations = new ArrayList<>(uncallable);
        contracts.values().forEach(contract -> violations.addAll(contract.takeViolations()));
        assertEquals(List.of(), violations, "responses the OpenAPI documents do not declare");
    }

    // --- agency-service

    @Test
    void agenciesArePagedAndReadOneByOne(ScenarioSuite.Running suite) throws Exception {
        AgenciesApi agencies = new AgenciesApi(agencyClient(suite, null));

        AgencyPage first = body("GET /agencies", () -> agencies.callList(null, null, 0, null, null, 50, null, null, null, null));
        assertEquals(0, first.getPage());
        assertEquals(50, first.getSize());
        assertEquals(92, first.getTotalItems());
        assertEquals(2, first.getTotalPages());
        assertEquals(50, first.getItems().size());
        AgencyPage second = body("GET /agencies?page=1", () -> agencies.callList(null, null, 1, null, null, 50, null, null, null, null));
        assertEquals(42, second.getItems().size());
        assertTrue(second.getItems().stream().noneMatch(a -> first.getItems().stream().anyMatch(b -> b.getId().equals(a.getId()))),
                "pages do not overlap");

        Agency peo = agencyByCode(suite, "CM-PEO");
        Agency read = body("GET /agencies/{id}", () -> agencies.get(peo.getId()));
        assertEquals("CM-PEO", read.getCode());
        assertEquals(peo.getNameTh(), read.getNameTh());

        // a documented 4xx: size over the maximum is a 400 problem
        smartcity.client.agency.ApiException tooBig = assertThrows(smartcity.client.agency.ApiException.class,
                () -> agencies.callList(null, null, 0, null, null, 201, null, null, null, null));
        assertEquals(400, tooBig.getCode());
        smartcity.client.agency.model.Problem problem = problem(agencyClient(suite, null).getObjectMapper(),
                tooBig.getResponseBody(), smartcity.client.agency.model.Problem.class);
        assertEquals(400, problem.getStatus());
        assertNotNull(problem.getType());
    }

    @Test
    void theDistrictsAreListed(ScenarioSuite.Running suite) throws Exception {
        DistrictsApi districts = new DistrictsApi(agencyClient(suite, null));
        PageViewDistrictView page = body("GET /districts", () -> districts.listDistricts(0, 200));
        assertEquals(25, page.getTotalItems());
        District mueang = page.getItems().stream().filter(d -> "5001".equals(d.getCode())).findFirst().orElseThrow();
        assertEquals("เมืองเชียงใหม่", mueang.getNameTh());
    }

    @Test
    void theAgencyChangeFeedIsReadPageByPage(ScenarioSuite.Running suite) throws Exception {
        AgencyChangeFeedApi feed = new AgencyChangeFeedApi(agencyClient(suite, null));
        AgencyChangePage first = body("GET /agencies/changes", () -> feed.changes(null, 5));
        assertEquals(5, first.getItems().size());
        assertNotNull(first.getNext());
        AgencyChangePage next = body("GET /agencies/changes?after=", () -> feed.changes(first.getNext(), 5));
        assertFalse(next.getItems().isEmpty());
        List<String> seen = first.getItems().stream().map(AgencyChange::getCursor).toList();
        next.getItems().forEach(item -> assertFalse(seen.contains(item.getCursor()), "resuming after " + first.getNext()));
    }

    // --- committee-service

    @Test
    void dimensionsAreListedAndANewCodeIsCreatedOnce(ScenarioSuite.Running suite) throws Exception {
        FrameworkApi publicFramework = new FrameworkApi(committeeClient(suite, null));
        PageViewDimensionView active = body("GET /dimensions", () -> publicFramework.listDimensions(true, 0, 200));
        assertTrue(active.getItems().stream().map(Dimension::getCode).toList().containsAll(List.of("SMART_ENERGY", "TRADE_INVESTMENT")));

        FrameworkApi framework = new FrameworkApi(committeeClient(suite, suite.token("secretariat", null)));
        String code = "CONTRACT_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        DimensionCreate create = new DimensionCreate().code(code).nameTh("ด้านทดสอบสัญญา").nameEn("Contract test");
        String key = UUID.randomUUID().toString();
        asDocumented("POST /dimensions", () -> framework.createDimension(create, key),
                () -> framework.createDimension(create, key, Map.of("Accept", "application/json")));
        Dimension created = body("GET /dimensions", () -> publicFramework.listDimensions(null, 0, 200)).getItems().stream()
                .filter(d -> code.equals(d.getCode())).findFirst().orElseThrow(() -> new AssertionError(code + " not listed"));
        assertEquals("Contract test", body("GET /dimensions/{id}", () -> publicFramework.getDimension(created.getId())).getNameEn());
        // resent with its Idempotency-Key, the create is answered from the first one (without the key: the 409 below)
        Dimension retried = body("POST /dimensions with the same Idempotency-Key",
                () -> framework.createDimension(create, key, Map.of("Accept", "application/json")));
        assertEquals(created.getId(), retried.getId());

        // asking for JSON as the successful create did: as documented the client is refused (406) before the service
        // looks at the code (recorded above), which would hide whether the conflict is a documented 409 problem
        smartcity.client.committee.ApiException again = assertThrows(smartcity.client.committee.ApiException.class,
                () -> framework.createDimension(new DimensionCreate().code(code).nameTh("ซ้ำ").nameEn("Again"), null,
                        Map.of("Accept", "application/json")));
        assertEquals(409, again.getCode());
        assertTrue(again.getResponseHeaders().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        smartcity.client.committee.model.Problem conflict = problem(committeeClient(suite, null).getObjectMapper(),
                again.getResponseBody(), smartcity.client.committee.model.Problem.class);
        assertEquals("/problems/conflict", conflict.getType());
        assertEquals(409, conflict.getStatus());
        assertTrue(conflict.getDetail().contains(code), conflict.getDetail());
    }

    @Test
    void theCommitteesRosterVacanciesAndResponsibilityMatrix(ScenarioSuite.Running suite) throws Exception {
        CommitteesApi committees = new CommitteesApi(committeeClient(suite, null));
        Committee committee = body("GET /committees", () -> committees.listCommittees(0, 50)).getItems().stream()
                .filter(c -> "CM-SMART-CITY".equals(c.getCode())).findFirst().orElseThrow();

        // the roster's body is not read: the document declares no 200 for it, so the generated client returns nothing
        asDocumented("GET /committees/{id}/roster", () -> committees.roster(committee.getId(), MEETING_DAY),
                () -> committees.roster(committee.getId(), MEETING_DAY, Map.of("Accept", "application/json")));

        List<Vacancy> vacancies = body("GET /committees/{id}/vacancies",
                () -> committees.vacancies(committee.getId(), MEETING_DAY));
        assertEquals(4, vacancies.size());

        ResponsibilityMatrix matrix = body("GET /responsibility-matrix",
                () -> new ResponsibilitiesApi(committeeClient(suite, null)).matrix(MEETING_DAY));
        assertTrue(matrix.getDimensions().size() >= 8);
        assertTrue(matrix.getDimensions().stream().allMatch(row -> row.getLead() != null || !row.getCode().startsWith("SMART_")));
    }

    @Test
    void theCommitteeChangeFeedIsReadPageByPage(ScenarioSuite.Running suite) throws Exception {
        CommitteeChangeFeedApi feed = new CommitteeChangeFeedApi(committeeClient(suite, null));
        CommitteeChangePage first = body("GET /changes", () -> feed.changes(null, 5));
        // `limit` counts revisions, and a page never splits one (as documented): more items than 5, at most 5 revisions
        assertFalse(first.getItems().isEmpty());
        assertTrue(first.getItems().stream().map(CommitteeChange::getRevision).distinct().count() <= 5);
        assertNotNull(first.getNext());
        CommitteeChangePage next = body("GET /changes?after=", () -> feed.changes(first.getNext(), 5));
        assertFalse(next.getItems().isEmpty());
        List<String> seen = first.getItems().stream().map(CommitteeChange::getCursor).toList();
        next.getItems().forEach(item -> assertFalse(seen.contains(item.getCursor()), "resuming after " + first.getNext()));
    }

    // --- reporting-service

    @Test
    void aRoundIsCreatedOpenedAnsweredAndReported(ScenarioSuite.Running suite) throws Exception {
        SurveyRoundsApi secretariat = new SurveyRoundsApi(reportingClient(suite, suite.token("secretariat", null)));
        SurveyRoundsApi publicRounds = new SurveyRoundsApi(reportingClient(suite, null));
        String code = "CONTRACT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        SurveyRoundCreate create = new SurveyRoundCreate().code(code)
                .titleTh("รอบทดสอบสัญญา").titleEn("Contract test round")
                .periodStart(LocalDate.of(2022, 10, 1)).periodEnd(LocalDate.of(2023, 9, 30))
                .opensOn(LocalDate.of(2023, 4, 1)).closesOn(LocalDate.of(2023, 5, 31));
        asDocumented("POST /survey-rounds", () -> secretariat.create(create, null),
                () -> secretariat.create(create, null, Map.of("Accept", "application/json")));
        SurveyRound round = body("GET /survey-rounds", () -> publicRounds.callList(0, 200)).getItems().stream()
                .filter(r -> code.equals(r.getCode())).findFirst().orElseThrow(() -> new AssertionError(code + " not listed"));
        assertEquals(Status.PLANNED, round.getStatus());

        body("POST /survey-rounds/{id}/opening",
                () -> secretariat.open(round.getId(), new Opening().excludeTypes(Set.of("PRIVATE_SECTOR"))));
        assertEquals(Status.OPEN, body("GET /survey-rounds/{id}", () -> publicRounds.get(round.getId())).getStatus());

        // the agency answers for itself, with a project under a dimension of the framework
        Agency peo = agencyByCode(suite, "CM-PEO");
        SurveyRoundsApi editor = new SurveyRoundsApi(reportingClient(suite, suite.token("agency-editor", peo.getId().toString())));
        SurveyResponse answer = body("PUT /survey-rounds/{id}/responses/{agencyId}", () -> editor.answer(
                peo.getId(), round.getId(), new SurveyAnswer().runsSmartCityProjects(true).projects(List.of(new SurveyProject()
                        .titleTh("โซลาร์รูฟท็อปในสถานที่ราชการ").titleEn("Rooftop solar on government buildings")
                        .dimensions(List.of("SMART_ENERGY")).status(Status1.ONGOING).budgetThb(new BigDecimal("3000000"))
                        .startsOn(LocalDate.of(2022, 10, 1)).endsOn(LocalDate.of(2023, 9, 30))))));
        assertEquals(peo.getId(), answer.getAgencyId());
        assertEquals(1, answer.getProjects().size());

        ReportsApi reports = new ReportsApi(reportingClient(suite, null));
        ParticipationReport participation = body("GET /survey-rounds/{id}/reports/participation",
                () -> reports.participation(round.getId(), "en"));
        assertEquals(code, participation.getRoundCode());
        assertEquals(91, participation.getOverall().getSurveyed());
        assertEquals(1, participation.getOverall().getResponded());
        assertEquals(1, participation.getOverall().getRunning().getCount());

        DimensionsReport dimensions = body("GET /survey-rounds/{id}/reports/dimensions",
                () -> reports.dimensions(round.getId(), MEETING_DAY, "en"));
        DimensionsRow energy = dimensions.getDimensions().stream().filter(d -> "SMART_ENERGY".equals(d.getCode())).findFirst().orElseThrow();
        assertEquals(1, energy.getProjects());

        // reporting-service reads committee-service's feed every few seconds: right after a start it may not have yet
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        CommitteeReport committee;
        do {
            committee = body("GET /reports/committee", () -> reports.committee(MEETING_DAY, "en"));
        } while (committee.getCommittees().stream().noneMatch(c -> "CM-SMART-CITY".equals(c.getCode()))
                && System.nanoTime() < deadline && pause());
        assertTrue(committee.getCommittees().stream().anyMatch(c -> "CM-SMART-CITY".equals(c.getCode())),
                "the committee report shows CM-SMART-CITY within 60 s");

        TrendReport trend = body("GET /reports/trend", reports::trend);
        assertTrue(trend.getRounds().stream().anyMatch(r -> code.equals(r.getRoundCode())));

        AgencyScorecard scorecard = body("GET /reports/agencies/{agencyId}/scorecard",
                () -> reports.scorecard(peo.getId(), "en"));
        assertEquals("CM-PEO", scorecard.getCode());
        assertTrue(scorecard.getSurveys().stream().anyMatch(s -> code.equals(s.getRoundCode()) && Boolean.TRUE.equals(s.getAnswered())));
    }

    private static boolean pause() throws InterruptedException {
        Thread.sleep(500);
        return true;
    }

    // --- the clients

    private smartcity.client.agency.ApiClient agencyClient(ScenarioSuite.Running suite, String token) {
        smartcity.client.agency.ApiClient client = new smartcity.client.agency.ApiClient();
        client.setObjectMapper(strict(smartcity.client.agency.ApiClient.createDefaultObjectMapper()));
        configure(suite.baseUri("agency-service"), token, contracts.get("agency-service"), client::updateBaseUri,
                client::setRequestInterceptor, client::setResponseInterceptor);
        client.setReadTimeout(Duration.ofSeconds(30));
        return client;
    }

    private smartcity.client.committee.ApiClient committeeClient(ScenarioSuite.Running suite, String token) {
        smartcity.client.committee.ApiClient client = new smartcity.client.committee.ApiClient();
        client.setObjectMapper(strict(smartcity.client.committee.ApiClient.createDefaultObjectMapper()));
        configure(suite.baseUri("committee-service"), token, contracts.get("committee-service"), client::updateBaseUri,
                client::setRequestInterceptor, client::setResponseInterceptor);
        client.setReadTimeout(Duration.ofSeconds(30));
        return client;
    }

    private smartcity.client.reporting.ApiClient reportingClient(ScenarioSuite.Running suite, String token) {
        smartcity.client.reporting.ApiClient client = new smartcity.client.reporting.ApiClient();
        client.setObjectMapper(strict(smartcity.client.reporting.ApiClient.createDefaultObjectMapper()));
        configure(suite.baseUri("reporting-service"), token, contracts.get("reporting-service"), client::updateBaseUri,
                client::setRequestInterceptor, client::setResponseInterceptor);
        // opening a round first catches up with agency-service's change feed
        client.setReadTimeout(Duration.ofSeconds(60));
        return client;
    }

    private static void configure(URI base, String token, OpenApiContract contract, Consumer<String> baseUri,
            Consumer<Consumer<java.net.http.HttpRequest.Builder>> requests,
            Consumer<Consumer<java.net.http.HttpResponse<java.io.InputStream>>> responses) {
        baseUri.accept(base.toString());
        if (token != null) {
            requests.accept(request -> request.header("Authorization", "Bearer " + token));
        }
        responses.accept(contract::check);
    }

    private Agency agencyByCode(ScenarioSuite.Running suite, String code) throws Exception {
        AgenciesApi agencies = new AgenciesApi(agencyClient(suite, null));
        return body("GET /agencies?q=", () -> agencies.callList(null, null, 0, null, code, 200, null, null, null, null))
                .getItems().stream().filter(a -> code.equals(a.getCode())).findFirst()
                .orElseThrow(() -> new AssertionError("no agency " + code));
    }

    @FunctionalInterface
    private interface Call<T> {
        T call() throws Exception;
    }

    @FunctionalInterface
    private interface VoidCall {
        void call() throws Exception;
    }

    /**
     * The body a generated client read. A body that does not fit the document's schema (an undeclared field, an
     * unlisted enum value, a wrong type) fails with the operation's name and Jackson's account of the mismatch.
     */
    private static <T> T body(String operation, Call<T> call) throws Exception {
        try {
            return call.call();
        } catch (Exception e) {
            Throwable cause = e.getCause();
            if (cause instanceof JsonProcessingException mismatch) {
                fail(operation + ": the response does not match the OpenAPI document: " + mismatch.getOriginalMessage()
                        + " at " + mismatch.getLocation(), mismatch);
            }
            throw e;
        }
    }

    private static void call(String operation, VoidCall call) throws Exception {
        body(operation, () -> {
            call.call();
            return null;
        });
    }

    /**
     * Calls the operation as its generated client does. Where the document declares no body for the success response,
     * the client asks only for {@code application/problem+json} and the service answers 406: that is recorded (the
     * test fails at its end) and the call is made again asking for JSON, so that the rest of the path is still checked.
     */
    private void asDocumented(String operation, VoidCall documented, VoidCall askingForJson) throws Exception {
        try {
            call(operation, documented);
        } catch (smartcity.client.agency.ApiException | smartcity.client.committee.ApiException
                | smartcity.client.reporting.ApiException e) {
            if (e.getMessage() == null || !e.getMessage().contains(" 406 - ")) {
                throw e;
            }
            uncallable.add(operation + ": the generated client cannot call it (406 Not Acceptable): the document declares "
                    + "no JSON body for its success response, so the client accepts only application/problem+json");
            call(operation, askingForJson);
        }
    }

    /** A problem body, read with the document's Problem schema (strictly: no undeclared field). */
    private static <P> P problem(ObjectMapper mapper, String body, Class<P> type) {
        try {
            return mapper.readValue(body, type);
        } catch (JsonProcessingException e) {
            throw new AssertionError("the problem does not match the document's Problem schema: " + e.getOriginalMessage()
                    + "\n" + body, e);
        }
    }
}
