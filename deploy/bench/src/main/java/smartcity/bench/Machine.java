package smartcity.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the figures were measured on: they only mean something beside it. */
record Machine(int cores, String cpu, String memory, String jdk, String wrk, String os) {

    static Machine describe() throws IOException, InterruptedException {
        String cpu = "unknown";
        for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
            if (line.startsWith("model name")) {
                cpu = line.substring(line.indexOf(':') + 1).strip();
                break;
            }
        }
        String memory = "unknown";
        for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
            if (line.startsWith("MemTotal:")) {
                memory = String.format("%.1f GiB", Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0 / 1024.0);
                break;
            }
        }
        String os = Files.exists(Path.of("/etc/os-release")) ? Files.readAllLines(Path.of("/etc/os-release")).stream()
                .filter(l -> l.startsWith("PRETTY_NAME=")).map(l -> l.substring(12).replace("\"", "")).findFirst()
                .orElse("Linux") : "Linux";
        return new Machine(Runtime.getRuntime().availableProcessors(), cpu, memory,
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                firstLine("wrk", "--version"), os);
    }

    private static String firstLine(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return out.lines().findFirst().orElse("").replaceAll("\\s+Copyright.*", "").strip();
    }
}
