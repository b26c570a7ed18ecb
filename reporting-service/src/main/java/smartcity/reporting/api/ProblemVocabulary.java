package smartcity.reporting.api;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemPostProcessor;
import io.quarkiverse.resteasy.problem.validation.Violation;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;
import java.net.URI;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.JDBCConnectionException;

/**
 * Puts every problem the service answers with into the suite's vocabulary: a {@link ProblemType} URI instead of
 * {@code about:blank}, validation failures as {@code errors: [{field, message}]}, an unreachable database as 503 with
 * {@code Retry-After}, and unexpected failures as a bare 500 with a correlation id that the log line carries too.
 */
@ApplicationScoped
class ProblemVocabulary implements ProblemPostProcessor {

    private static final URI ABOUT_BLANK = URI.create("about:blank");
    private static final String RETRY_AFTER_SECONDS = "5";

    @Override
    public int priority() {
        // before the extension's own logger, so that what it logs is what the client got
        return 500;
    }

    @Override
    public HttpProblem apply(HttpProblem problem, ProblemContext context) {
        // the extension's own instance would be the decoded path, which is not always a URI (an id sent as %3Cx%3E)
        return HttpProblem.builder(inVocabulary(problem, context)).withInstance(ProblemInstance.of(context.path)).build();
    }

    private static HttpProblem inVocabulary(HttpProblem problem, ProblemContext context) {
        if (context.cause instanceof jakarta.ws.rs.NotFoundException && context.cause.getCause() instanceof NumberFormatException e) {
            // JAX-RS must answer a query parameter that is not a number with 404; it is bad input (our path ids are UUIDs)
            return ProblemType.VALIDATION.problem("A query parameter is not a whole number: " + e.getMessage()).build();
        }
        if (context.cause instanceof NotFoundException && context.cause.getCause() instanceof HttpProblem parameterProblem) {
            // JAX-RS must wrap a query parameter's failed conversion in a 404; QueryParameterConverters says what was wrong
            return parameterProblem;
        }
        if (databaseUnreachable(context.cause)) {
            Log.warnf("Database unreachable while serving %s: %s", context.path, context.cause.toString());
            return ProblemType.SERVICE_UNAVAILABLE.problem("The database does not answer; try again shortly.")
                    .withHeader("Retry-After", RETRY_AFTER_SECONDS)
                    .build();
        }
        if (changedConcurrently(context.cause)) {
            // another request changed the same record between our read and our write (its @Version moved on)
            return ProblemType.CONFLICT.problem("The record was changed by another request at the same time; "
                    + "read it again and retry.").build();
        }
        if (integrityRuleBroken(context.cause)) {
            // e.g. two requests raced past the service's own duplicate check and the unique key decided
            return ProblemType.CONFLICT.problem("The request conflicts with a record that already exists.").build();
        }
        if (problem.getParameters().get("violations") instanceof List<?> violations) {
            return validationProblem(violations);
        }
        if (problem.getStatusCode() >= 500 && problem.getType() == null) {
            String correlationId = UUID.randomUUID().toString();
            Log.errorf(context.cause, "Unexpected failure serving %s [correlationId=%s]", context.path, correlationId);
            return ProblemType.INTERNAL.problem("An unexpected error occurred. Quote the correlation id when reporting it.")
                    .with("correlationId", correlationId)
                    .build();
        }
        if (problem.getType() == null || ABOUT_BLANK.equals(problem.getType())) {
            ProblemType type = ProblemType.forStatus(problem.getStatusCode());
            HttpProblem.Builder builder = HttpProblem.builder(problem).withType(type.uri());
            if (problem.getStatusCode() == type.status()) {
                builder.withTitle(type.title());
            }
            return builder.build();
        }
        return problem;
    }

    /**
     * Every broken rule, up to {@value ProblemDocument#MAX_ERRORS}: beyond that the problem lists the first ones and
     * says how many there are in all ({@code errorCount}), so that neither the answer nor its log line grows with the
     * input.
     */
    private static HttpProblem validationProblem(List<?> violations) {
        List<ProblemDocument.FieldError> errors = violations.stream()
                .limit(ProblemDocument.MAX_ERRORS)
                .map(Violation.class::cast)
                .map(violation -> new ProblemDocument.FieldError(violation.field, violation.message))
                .toList();
        int count = violations.size();
        HttpProblem.Builder problem = ProblemType.VALIDATION.problem(count == 1 ? "1 field is not valid"
                : count > errors.size() ? count + " fields are not valid; the first " + errors.size() + " are listed"
                : count + " fields are not valid");
        problem.with("errors", errors);
        if (count > errors.size()) {
            problem.with("errorCount", count);
        }
        return problem.build();
    }

    private static boolean changedConcurrently(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof jakarta.persistence.OptimisticLockException || t instanceof org.hibernate.StaleStateException) {
                return true;
            }
        }
        return false;
    }

    private static boolean integrityRuleBroken(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException) {
                return true;
            }
        }
        return false;
    }

    /**
     * The database did not answer: Hibernate says so, or the driver (SQLState class 08, connection exception), or the
     * pool. Suppressed exceptions count too: a commit that lost its connection is a RollbackException carrying the
     * driver's error as a suppressed one, and whether the commit took effect is unknown, so the client is told to retry.
     */
    private static boolean databaseUnreachable(Throwable cause) {
        Deque<Throwable> pending = new ArrayDeque<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        pending.push(cause);
        while (!pending.isEmpty()) {
            Throwable t = pending.pop();
            if (!seen.add(t)) {
                continue;
            }
            if (t instanceof JDBCConnectionException || t instanceof SQLTransientConnectionException
                    || t instanceof SQLException sql && (isConnectionState(sql) || noConnectionFromPool(sql))) {
                return true;
            }
            if (t.getCause() != null) {
                pending.push(t.getCause());
            }
            for (Throwable suppressed : t.getSuppressed()) {
                pending.push(suppressed);
            }
        }
        return false;
    }

    private static boolean isConnectionState(SQLException sql) {
        return sql instanceof SQLNonTransientConnectionException || sql.getSQLState() != null && sql.getSQLState().startsWith("08");
    }

    /**
     * The connection pool (Agroal) could not hand out a usable connection: it waited its acquisition timeout in vain (all
     * connections busy, or none can be opened), or the connection it gave could not join the transaction because the
     * database had closed it (a restart). Agroal says so with a plain SQLException without SQLState, which Hibernate
     * passes on as a GenericJDBCException; for the client it is the database being unavailable, not a server bug.
     */
    private static boolean noConnectionFromPool(SQLException sql) {
        StackTraceElement[] thrownAt = sql.getStackTrace();
        return sql.getSQLState() == null && thrownAt.length > 0 && thrownAt[0].getClassName().startsWith("io.agroal.");
    }
}
