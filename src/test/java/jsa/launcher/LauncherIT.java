package jsa.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the packaged jar through {@code bin/jsa} as a user's shell would. */
class LauncherIT {
    private static final Path ROOT =
            Path.of(System.getProperty("jsa.root", ".")).toAbsolutePath();

    @TempDir
    Path dir;

    record Run(int exitCode, String out, String err) {}

    @Test
    void versionIsTheProjectVersionFromTheJarManifest() throws Exception {
        Run run = jsa(Map.of(), "--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("jsa " + System.getProperty("jsa.version") + "\n");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void helpGoesToStdoutAndListsTheGroups() throws Exception {
        Run run = jsa(Map.of(), "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Discover job postings:", "  sync-jobs", "Set up, configure and maintain:");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void unknownCommandIsAUsageErrorWithASuggestion() throws Exception {
        Run run = jsa(Map.of(), "metrcs");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("jsa: error: unknown command 'metrcs'; did you mean 'metrics'");
        assertThat(run.err().lines()).hasSize(1);
    }

    @Test
    void initCreatesTheDatabaseAndTheStartUpCaches() throws Exception {
        Run run = jsa(Map.of(), "init");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().strip()).isEqualTo(dir.resolve("data/jsa.db").toString());
        assertThat(dir.resolve("data/jsa.db")).isRegularFile();
        assertThat(archives()).hasSize(1);
        try (Stream<Path> files = Files.walk(dir.resolve("cache/jsa"))) {
            assertThat(files.map(p -> p.getFileName().toString())).contains(System.mapLibraryName("sqlitejdbc"));
        }
    }

    @Test
    void theClassArchiveIsReusedAndReplacedWhenTheJarChanges() throws Exception {
        jsa(Map.of(), "--version");
        List<Path> first = archives();
        jsa(Map.of(), "--version");
        assertThat(archives()).isEqualTo(first);

        Path jar = ROOT.resolve("target/jsa.jar");
        FileTime original = Files.getLastModifiedTime(jar);
        try {
            Files.setLastModifiedTime(jar, FileTime.from(original.toInstant().plusSeconds(5)));
            Run run = jsa(Map.of(), "--version");

            assertThat(run.exitCode()).isZero();
            assertThat(archives()).hasSize(1).doesNotContainAnyElementsOf(first);
        } finally {
            Files.setLastModifiedTime(jar, original);
        }
    }

    @Test
    void quickCommandsAndRenderingOnesEachGetTheirArchive() throws Exception {
        jsa(Map.of(), "--version");
        Run metrics = jsa(Map.of(), "--db", dir.resolve("m.db").toString(), "metrics", "--format", "json");

        assertThat(metrics.exitCode()).as(metrics.err()).isZero();
        assertThat(archives())
                .map(p -> p.getFileName().toString().replaceAll(".*-", ""))
                .containsExactlyInAnyOrder("lite.jsa", "full.jsa");
    }

    @Test
    void aQuickCommandLoadsEveryClassFromTheArchive() throws Exception {
        Path db = dir.resolve("list.db");
        jsa(Map.of(), "--db", db.toString(), "jobs", "list");
        Run run = jsa(Map.of("JSA_JAVA_OPTS", "-Xlog:class+load=info:stdout"), "--db", db.toString(), "jobs", "list");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("picocli.CommandLine source: shared objects file");
        // picocli's Java 5 classes (raised to Java 8 by the build) included
        assertThat(run.out().lines().filter(line -> line.contains("source: file:")))
                .isEmpty();
    }

    @Test
    void runsWithoutTheArchiveWhenDisabled() throws Exception {
        Run run = jsa(Map.of("JSA_CDS", "0"), "--version");

        assertThat(run.exitCode()).isZero();
        assertThat(dir.resolve("cache/jsa")).doesNotExist();
    }

    @Test
    void stdinReachesTheCommand() throws Exception {
        Path db = dir.resolve("piped.db");
        ProcessBuilder builder = builder(Map.of(), "--db", db.toString(), "init");
        builder.redirectInput(ProcessBuilder.Redirect.PIPE);

        Run run = execute(builder, "ignored input\n");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().strip()).isEqualTo(db.toString());
    }

    @Test
    void aFailedWriteOfTheOutputIsAFailure() throws Exception {
        ProcessBuilder builder = builder(Map.of(), "config", "list");
        builder.redirectOutput(new File("/dev/full"));
        Path err = Files.createTempFile(dir, "err", ".txt");
        builder.redirectError(err.toFile());

        Process process = builder.start();

        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(1);
        assertThat(Files.readString(err)).startsWith("jsa: error: cannot write the output (No space left on device)");
    }

    @Test
    void runsWithoutHome() throws Exception {
        ProcessBuilder builder = builder(Map.of(), "--version");
        builder.environment().remove("HOME");
        builder.environment().remove("XDG_CACHE_HOME");

        Run run = execute(builder, null);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("jsa ");
        assertThat(run.err()).isEmpty();
    }

    private List<Path> archives() throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve("cache/jsa"))) {
            return files.filter(p -> p.getFileName().toString().endsWith(".jsa"))
                    .sorted()
                    .toList();
        }
    }

    private Run jsa(Map<String, String> env, String... args) throws Exception {
        return execute(builder(env, args), null);
    }

    private ProcessBuilder builder(Map<String, String> env, String... args) {
        ProcessBuilder builder = new ProcessBuilder(
                Stream.concat(Stream.of(ROOT.resolve("bin/jsa").toString()), Stream.of(args))
                        .toList());
        Map<String, String> environment = builder.environment();
        environment.put("HOME", dir.resolve("home").toString());
        environment.put("JSA_HOME", dir.resolve("data").toString());
        environment.put("XDG_CONFIG_HOME", dir.resolve("config").toString());
        environment.put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        environment.remove("JSA_DB");
        environment.putAll(env);
        return builder;
    }

    private static Run execute(ProcessBuilder builder, String input) throws Exception {
        Path out = Files.createTempFile("jsa-out", ".txt");
        Path err = Files.createTempFile("jsa-err", ".txt");
        try {
            builder.redirectOutput(out.toFile()).redirectError(err.toFile());
            Process process = builder.start();
            if (input != null) {
                process.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
            }
            process.getOutputStream().close();
            assertThat(process.waitFor(120, TimeUnit.SECONDS))
                    .as("jsa finished")
                    .isTrue();
            return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
