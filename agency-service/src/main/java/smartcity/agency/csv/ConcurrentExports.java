package smartcity.agency.csv;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import smartcity.agency.AgencyExport;
import smartcity.agency.AgencyFilter;
import smartcity.agency.AgencyRepository;

/**
 * Starts the CSV exports, a few at a time: an export reads the whole registry and is anonymous, so a handful at once
 * would take the database and the worker threads from every other request. At most
 * {@link ExportConfig#maxConcurrent()} run; one more is refused at once ({@link TooManyExports}, 503 with Retry-After)
 * rather than queued, so that waiting exports cannot pile up either. An export runs from here, where the matching ids
 * are read, until its response has ended (written, or the connection closed), whatever happened in between.
 */
@ApplicationScoped
class ConcurrentExports implements AgencyExport.Starter {

    private final Semaphore running;
    private final AgencyRepository agencies;
    private final CurrentVertxRequest request;

    ConcurrentExports(ExportConfig config, AgencyRepository agencies, CurrentVertxRequest request) {
        this.running = new Semaphore(config.maxConcurrent());
        this.agencies = agencies;
        this.request = request;
    }

    @Override
    public AgencyExport start(AgencyFilter filter) {
        if (!running.tryAcquire()) {
            throw new TooManyExports();
        }
        AtomicBoolean finished = new AtomicBoolean();
        Runnable finish = () -> {
            if (finished.compareAndSet(false, true)) {
                running.release();
            }
        };
        try {
            request.getCurrent().addEndHandler(ended -> finish.run());
            // read here rather than in the writer, so that a database failure is still answered as a problem
            return new AgencyExport(agencies.idsMatching(filter));
        } catch (RuntimeException e) {
            finish.run();
            throw e;
        }
    }
}
