package smartcity.localrun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The oracle of the hostile-input suite refuses what it must: each of its rules, shown to fail. */
class HostileAnswersTest {

    private static final Optional<String> PROBLEM = Optional.of("application/problem+json");
    private static final String NOT_FOUND = "{\"type\":\"/problems/not-found\",\"title\":\"Not found\",\"status\":404}";

    @Test
    void aProblemForARefusalIsRight() {
        assertEquals(List.of(), HostileAnswers.check(true, 0, 404, PROBLEM, NOT_FOUND));
        assertEquals(List.of(), HostileAnswers.check(false, 0, 201, Optional.of("application/json"), "{\"id\":\"x\"}"));
    }

    @Test
    void aServerErrorIsWrongWhateverItsBody() {
        List<String> wrong = HostileAnswers.check(false, 0, 500, PROBLEM,
                "{\"type\":\"/problems/internal\",\"title\":\"Internal error\",\"status\":500}");
        assertTrue(wrong.contains("a server error (500)"), wrong.toString());
    }

    @Test
    void acceptingInputThatMustBeRefusedIsWrong() {
        assertEquals(List.of("accepted input that is not valid (200)"),
                HostileAnswers.check(true, 0, 200, Optional.of("application/json"), "{}"));
    }

    @Test
    void aRefusalThatIsNotAProblemIsWrong() {
        assertEquals(List.of("a 413 answered as (none), not application/problem+json"),
                HostileAnswers.check(true, 0, 413, Optional.empty(), ""));
        assertEquals(List.of("a 400 answered as text/plain, not application/problem+json"),
                HostileAnswers.check(true, 0, 400, Optional.of("text/plain;charset=UTF-8"), "Bad Request"));
        assertEquals(List.of("the problem's status 400 is not the HTTP status 404"),
                HostileAnswers.check(true, 0, 404, PROBLEM, "{\"title\":\"Not found\",\"status\":400}"));
        assertEquals(List.of("a problem without a title"), HostileAnswers.check(true, 0, 404, PROBLEM, "{\"status\":404}"));
        assertEquals(List.of("a problem body that is not JSON"), HostileAnswers.check(true, 0, 404, PROBLEM, "<html>"));
    }

    @Test
    void aProblemWhoseInstanceIsNotAUriIsWrong() {
        assertEquals(List.of("the problem's instance \"/agencies/<x>/dissolution\" is not a URI reference"),
                HostileAnswers.check(true, 401, 401, PROBLEM,
                        "{\"title\":\"Authentication required\",\"status\":401,\"instance\":\"/agencies/<x>/dissolution\"}"));
        assertEquals(List.of(), HostileAnswers.check(true, 401, 401, PROBLEM,
                "{\"title\":\"Authentication required\",\"status\":401,\"instance\":\"/agencies/%3Cx%3E/dissolution\"}"));
    }

    @Test
    void theWrongStatusIsWrongWhereTheCaseNamesOne() {
        assertEquals(List.of("status 403 where 401 is right"), HostileAnswers.check(true, 401, 403, PROBLEM,
                "{\"title\":\"Forbidden\",\"status\":403}"));
    }

    @Test
    void aStackTraceAClassNameOrSqlInAnyAnswerIsWrong() {
        for (String leak : List.of("\tat smartcity.agency.AgencyResource.create(AgencyResource.java:12)",
                "java.lang.IllegalArgumentException: HV000116", "Cannot deserialize value of type `java.util.UUID`",
                "org.hibernate.exception.DataException", "SQLState: 22007", "of type smartcity.agency.AgencyType",
                "exceeds the maximum allowed (1000, from `StreamReadConstraints.getMaxNestingDepth()`)")) {
            String body = "{\"title\":\"Malformed request\",\"status\":400,\"detail\":\"" + leak.replace("\t", "\\t") + "\"}";
            List<String> wrong = HostileAnswers.check(true, 0, 400, PROBLEM, body);
            assertTrue(wrong.stream().anyMatch(w -> w.startsWith("the body shows the implementation")), leak + ": " + wrong);
        }
        List<String> inAnAcceptedAnswer = HostileAnswers.check(false, 0, 200, Optional.of("text/html"),
                "<pre>java.lang.NullPointerException: x\n\tat smartcity.reporting.Dashboard</pre>");
        assertTrue(inAnAcceptedAnswer.stream().anyMatch(w -> w.startsWith("the body shows the implementation")),
                inAnAcceptedAnswer.toString());
    }
}
