package smartcity.reporting.feed;

/**
 * A neighbour answered 404 where its change feed should be: an answer, not an outage (a wrong base URL, or a version of
 * the neighbour without the feed), so the guarded call neither retries it nor counts it against the circuit breaker.
 * The follower records it like any failure, and what reads the copy states its freshness.
 */
public class FeedNotServed extends RuntimeException {

    public FeedNotServed(String service, String path) {
        super(service + " serves no change feed at " + path + " (404)", null, false, false);
    }
}
