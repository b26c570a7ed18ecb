package smartcity.localrun;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One of the suite's services, running as a child process from its packaged Quarkus application. It can be stopped,
 * killed and started again on the same port with the same environment, as an orchestrator would restart a container.
 */
final class ServiceProcess {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final String host;
    private final int port;
    private final int managementPort;
    private final Path log;
    /** The command and the whole environment it was started with, so that it can be started again exactly so. */
    private final List<String> command;
    private final Map<String, String> environment;
    private final Process process;

    private ServiceProcess(String name, String host, int port, int managementPort, Path log, List<String> command,
            Map<String, String> environment, Process process) {
        this.name = name;
        this.host = host;
        this.port = port;
        this.managementPort = managementPort;
        this.log = log;
        this.command = command;
        this.environment = environment;
        this.process = process;
    }

    static ServiceProcess start(String name, Path home, String host, int port, int managementPort,
            Map<String, String> environment, Path logDir)
            throws IOException {
        Path app = home.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(app)) {
            throw new IllegalStateException(app + " does not exist: build the suite first (./mvnw package -DskipTests)");
        }
        Files.createDirectories(logDir);
        Path log = logDir.resolve(name + ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-jar", app.toString()))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        return new ServiceProcess(name, host, port, managementPort, log, List.copyOf(builder.command()),
                Map.copyOf(builder.environment()), builder.start());
    }

    /**
     * Starts the service again, once this process has ended: the same command, environment and port, its output
     * appended to the same log after a marker line. Does not wait for it to be ready ({@link #awaitReady}).
     */
    ServiceProcess startAgain() throws IOException {
        if (process.isAlive()) {
            throw new IllegalStateException(name + " is still running (pid " + process.pid() + ")");
        }
        Files.writeString(log, String.format("%n--- %s started again at %s (the previous process ended with exit code %d) ---%n",
                name, Instant.now(), process.exitValue()), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().clear();
        builder.environment().putAll(environment);
        return new ServiceProcess(name, host, port, managementPort, log, command, environment, builder.start());
    }

    String name() {
        return name;
    }

    URI baseUri() {
        return uri(port);
    }

    /** The management interface: {@code /q/health/*} and {@code /q/metrics}. */
    URI managementUri() {
        return uri(managementPort);
    }

    private URI uri(int onPort) {
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + onPort);
    }

    Path log() {
        return log;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** The operating system's id of the service's process, e.g. for {@code kill -9}. */
    long pid() {
        return process.pid();
    }

    /** Waits until the service says it is ready (database included), or fails with the end of its log. */
    void awaitReady(Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        HttpRequest ready = HttpRequest.newBuilder(managementUri().resolve("/q/health/ready")).timeout(Duration.ofSeconds(2)).build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped during start-up (exit code " + process.exitValue() + ")\n" + tail());
            }
            try {
                if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // keep polling
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(name + " was not ready within " + timeout.toSeconds() + " s\n" + tail());
    }

    /** Asks the service to shut down (SIGTERM), and kills it if it has not within the grace period. */
    void stop() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Kills the process outright (SIGKILL), as the kernel's OOM killer or a lost node would: no shutdown hook runs, an
     * open transaction is left for the database to roll back. Returns once the process has ended.
     */
    void kill() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException(name + " (pid " + process.pid() + ") did not end within 10 s of SIGKILL");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    String tail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log at " + log + ")";
        }
    }
}
