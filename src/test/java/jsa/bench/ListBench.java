package jsa.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The {@code jobs list} part of {@link SyncBench}: {@code bin/jsa} processes timed against a Java hello-world. */
final class ListBench {
    private static final int ROUNDS = 5;

    private ListBench() {}

    /**
     * {@code bin/jsa jobs list} (the newest screenful of new listings, as a table) and {@code jobs
     * list --status all --format csv} (every listing) against hello-world, interleaved.
     */
    static void run(Path root, Path dir, Path db) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String helloClasspath = Path.of(HelloWorld.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .getPath())
                .toString();
        List<String> hello = List.of(java, "-cp", helloClasspath, HelloWorld.class.getName());
        List<String> jsa = List.of(root.resolve("bin/jsa").toString(), "--db", db.toString(), "jobs", "list");
        List<String> all = new ArrayList<>(jsa);
        all.addAll(List.of("--status", "all", "--format", "csv"));
        // warm-up: trains the class archive
        for (int i = 0; i < 2; i++) {
            time(hello, dir);
            time(jsa, dir);
        }
        long[] helloMs = new long[ROUNDS];
        long[] listMs = new long[ROUNDS];
        long[] allMs = new long[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            helloMs[round] = time(hello, dir);
            listMs[round] = time(jsa, dir);
            allMs[round] = time(all, dir);
        }
        long helloMedian = median(helloMs);
        System.out.printf(
                "jobs list             %8d ms  hello-world %d ms, median of %d interleaved: %.2f×  goal ≤ 8×%n",
                median(listMs), helloMedian, ROUNDS, (double) median(listMs) / helloMedian);
        System.out.printf(
                "jobs list (all, csv)  %8d ms  every listing: %.2f× hello-world%n",
                median(allMs), (double) median(allMs) / helloMedian);
    }

    private static long time(List<String> command, Path dir) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("HOME", dir.resolve("home").toString());
        builder.environment().put("JSA_HOME", dir.resolve("data").toString());
        builder.environment().put("XDG_CONFIG_HOME", dir.resolve("config").toString());
        builder.environment().put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        long start = System.nanoTime();
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed");
        }
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
