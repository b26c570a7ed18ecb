package smartcity.reporting.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.RollbackException;
import java.net.URI;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLSyntaxErrorException;
import javax.transaction.xa.XAException;
import org.junit.jupiter.api.Test;

/**
 * How failures of the database reach the client, for the shapes that only a real outage produces and a test cannot
 * provoke on demand: here they are built as the transaction manager and the driver build them.
 */
@QuarkusTest
class DatabaseFailureProblemsTest {

    @Inject
    ProblemVocabulary vocabulary;

    @Test
    void aCommitThatLostItsConnectionIsA503WithRetryAfter() {
        // what Narayana throws when the database goes away between the last statement and the commit: the driver's
        // error only as a suppressed XAException of the RollbackException, wrapped by the interceptor of the bean
        XAException commitFailed = new XAException("Error trying to transactionCommit local transaction: (conn=21) Socket error");
        commitFailed.initCause(new SQLNonTransientConnectionException("(conn=21) Socket error", "08000"));
        RollbackException rolledBack = new RollbackException("ARJUNA016053: Could not commit transaction.");
        rolledBack.addSuppressed(commitFailed);

        HttpProblem answer = vocabulary.apply(internalError(), ProblemContext.of(
                new RuntimeException("Error invoking subclass method", rolledBack), "/survey-rounds"));

        assertEquals(503, answer.getStatusCode());
        assertEquals(URI.create("/problems/service-unavailable"), answer.getType());
        assertNotNull(answer.getHeaders().get("Retry-After"));
    }

    @Test
    void aStatementTheDatabaseRefusesIsStillAnInternalError() {
        RollbackException rolledBack = new RollbackException("ARJUNA016053: Could not commit transaction.");
        rolledBack.addSuppressed(new SQLSyntaxErrorException("You have an error in your SQL syntax", "42000"));

        HttpProblem answer = vocabulary.apply(internalError(), ProblemContext.of(rolledBack, "/survey-rounds"));

        assertEquals(500, answer.getStatusCode());
        assertEquals(URI.create("/problems/internal"), answer.getType());
        assertNotNull(answer.getParameters().get("correlationId"));
    }

    private static HttpProblem internalError() {
        return HttpProblem.builder().withStatus(500).withTitle("Internal Server Error").build();
    }
}
