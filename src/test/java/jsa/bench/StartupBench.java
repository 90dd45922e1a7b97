package jsa.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Start-up benchmark: {@code bin/jsa --help}, {@code --version} and {@code init} on an existing
 * database against a Java hello-world, each run as a fresh process. Runs are interleaved
 * (one of each per round) so machine noise hits all commands alike; prints medians and ratios.
 * Run with {@code mvn -B -Pbench verify -DskipTests}; the goal is each command ≤ 6× hello-world.
 */
public final class StartupBench {
    private static final double GOAL = 6.0;

    private StartupBench() {}

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath();
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Path sandbox = Files.createTempDirectory("jsa-bench");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String jsa = root.resolve("bin/jsa").toString();
        String helloClasspath = Path.of(HelloWorld.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI())
                .toString();

        Map<String, List<String>> commands = new LinkedHashMap<>();
        commands.put("java hello-world", List.of(java, "-cp", helloClasspath, HelloWorld.class.getName()));
        commands.put("jsa --help", List.of(jsa, "--help"));
        commands.put("jsa --version", List.of(jsa, "--version"));
        commands.put("jsa init (existing db)", List.of(jsa, "init"));

        // warm-up: builds the jar if needed, trains the class archive, creates the database
        for (List<String> command : commands.values()) {
            for (int i = 0; i < 3; i++) {
                time(command, sandbox);
            }
        }
        Map<String, List<Long>> samples = new LinkedHashMap<>();
        commands.keySet().forEach(name -> samples.put(name, new ArrayList<>()));
        for (int round = 0; round < rounds; round++) {
            for (Map.Entry<String, List<String>> command : commands.entrySet()) {
                samples.get(command.getKey()).add(time(command.getValue(), sandbox));
            }
        }
        report(samples, rounds);
    }

    private static void report(Map<String, List<Long>> samples, int rounds) {
        double baseline = median(samples.get("java hello-world"));
        System.out.printf(
                "%nStart-up, median of %d interleaved runs (ms), %s, %d cores%n",
                rounds,
                System.getProperty("java.vm.version"),
                Runtime.getRuntime().availableProcessors());
        System.out.printf("%-24s %8s %8s %8s  %s%n", "command", "median", "min", "ratio", "goal ≤ " + GOAL + "×");
        samples.forEach((name, values) -> {
            double median = median(values);
            double ratio = median / baseline;
            System.out.printf(
                    "%-24s %8.1f %8d %7.2f×  %s%n",
                    name,
                    median,
                    values.stream().mapToLong(Long::longValue).min().orElse(0),
                    ratio,
                    name.startsWith("java") ? "" : ratio <= GOAL ? "ok" : "MISSED");
        });
    }

    private static long time(List<String> command, Path sandbox) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("HOME", sandbox.resolve("home").toString());
        builder.environment().put("JSA_HOME", sandbox.resolve("data").toString());
        builder.environment().put("XDG_CONFIG_HOME", sandbox.resolve("config").toString());
        builder.environment().put("XDG_CACHE_HOME", sandbox.resolve("cache").toString());
        long start = System.nanoTime();
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed with exit " + process.exitValue());
        }
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    private static double median(List<Long> values) {
        long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
    }
}
