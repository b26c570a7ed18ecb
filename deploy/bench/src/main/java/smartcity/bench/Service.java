package smartcity.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One service as a child process of the harness (its packaged JVM application), with what the harness measures of
 * it: how long from process start to a ready answer, and its resident memory.
 */
final class Service {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final String name;
    private final Path home;
    private final int port;
    private final int managementPort;
    private final List<String> javaOptions;
    private final Map<String, String> environment;
    private final Path log;
    private Process process;

    Service(String name, Path home, int port, int managementPort, List<String> javaOptions, Map<String, String> environment,
            Path logDir) {
        this.name = name;
        this.javaOptions = javaOptions;
        this.home = home;
        this.port = port;
        this.managementPort = managementPort;
        this.environment = environment;
        this.log = logDir.resolve(name + ".log");
    }

    String name() {
        return name;
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + port + "/");
    }

    /** The management interface: health and metrics. */
    URI management() {
        return URI.create("http://127.0.0.1:" + managementPort + "/");
    }

    /** Starts the process and waits until {@code /q/health/ready} answers 200: the time from start to ready. */
    Duration startAndAwaitReady() throws IOException, InterruptedException {
        Path app = home.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(app)) {
            throw new IllegalStateException(app + " does not exist: build the suite first (./mvnw package -DskipTests)");
        }
        Files.createDirectories(log.getParent());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java));
        command.addAll(javaOptions);
        Path classDataSharing = app.resolveSibling("app-cds.jsa");
        if (Files.isRegularFile(classDataSharing)) {
            // the class-data archive the build made (quarkus.package.jar.appcds.enabled): classes load from it, mapped
            command.add("-XX:SharedArchiveFile=" + classDataSharing);
        }
        command.addAll(List.of("-jar", app.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        builder.environment().put("QUARKUS_HTTP_HOST", "127.0.0.1");
        builder.environment().put("QUARKUS_MANAGEMENT_PORT", Integer.toString(managementPort));
        builder.environment().put("QUARKUS_MANAGEMENT_HOST", "127.0.0.1");
        long started = System.nanoTime();
        process = builder.start();
        HttpRequest ready = HttpRequest.newBuilder(management().resolve("q/health/ready")).timeout(Duration.ofSeconds(2)).build();
        long deadline = started + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped during start-up; see " + log);
            }
            try {
                if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return Duration.ofNanos(System.nanoTime() - started);
                }
            } catch (IOException notListeningYet) {
                // keep polling
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException(name + " was not ready within 3 minutes; see " + log);
    }

    /** The process's resident set (VmRSS) in MiB, as Linux reports it. */
    double residentMib() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
            }
        }
        throw new IllegalStateException("no VmRSS for " + name);
    }

    void stop() {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
