package jsa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jsa.cli.CliRunner.Result;
import jsa.llm.LlmTestData;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import picocli.CommandLine;

/**
 * With {@code ANTHROPIC_API_KEY} set, every command of the tree with {@code --verbose} (most
 * fail for want of arguments, with stack traces shown), and the LLM commands against a server
 * that answers, then refuses the key: the key is in no output and in no file jsa wrote.
 */
class SecretsTest {
    private static final String KEY = "sk-ant-api03-SECRET-" + "7f3e9c1d5b";
    private static final String NORTHWIND = "examples/jds/northwind-senior-backend-engineer.md";

    @TempDir
    Path dir;

    private final MockWebServer server = new MockWebServer();
    private final AtomicBoolean refuse = new AtomicBoolean();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void theApiKeyAppearsInNoOutputAndNoFile() throws IOException {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                if (request.getUrl().encodedPath().endsWith("/count_tokens")) {
                    return LlmTestData.json(200, "{\"input_tokens\": 1500}");
                }
                return refuse.get()
                        ? LlmTestData.json(401, """
                                {"type": "error", "error": {"type": "authentication_error", "message": "invalid x-api-key"}}
                                """)
                        : LlmTestData.json(200, LlmTestData.anthropicMessage(ParseJdProvidersTest.MODEL));
            }
        });
        server.start();
        CliRunner cli = new CliRunner(dir)
                .env("ANTHROPIC_API_KEY", KEY)
                .env("ANTHROPIC_BASE_URL", server.url("/").toString())
                .env("JSA_OUTPUT_DIR", dir.resolve("out").toString());
        List<Result> results = new ArrayList<>();
        for (String[] args : List.of(
                new String[] {"profile", "import", "examples/profile.yaml"},
                new String[] {"parse-jd", NORTHWIND, "--verbose"},
                new String[] {"apply", "--job", "1", "--verbose"},
                new String[] {"app", "status", "1", "callback"},
                new String[] {"interview", "add", "1", "--stage", "technical_screen", "--at", "2099-01-05 10:00"},
                new String[] {"llm", "usage", "--verbose"},
                new String[] {"config", "list", "--verbose"},
                new String[] {"db", "backup"})) {
            results.add(cli.run(args));
        }
        assertThat(results.get(1).exitCode()).as(results.get(1).err()).isZero();
        refuse.set(true);
        for (String[] args : List.of(
                new String[] {"parse-jd", NORTHWIND, "--verbose"},
                new String[] {"gen-resume", "--job", "1", "--verbose"},
                new String[] {"interview-prep", "generate", "1", "--verbose"},
                new String[] {"llm", "check", "--verbose"})) {
            Result refused = cli.run(args);
            assertThat(refused.exitCode()).as(String.join(" ", args)).isNotZero();
            results.add(refused);
        }
        for (List<String> command : leafCommands()) {
            List<String> args = new ArrayList<>(command);
            args.add("--verbose");
            results.add(cli.run(args.toArray(String[]::new)));
        }

        assertThat(results).hasSizeGreaterThan(60);
        assertThat(results)
                .allSatisfy(result -> assertThat(result.out() + result.err()).doesNotContain(KEY));
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(files).anyMatch(f -> f.getFileName().toString().equals("jsa.db"));
        byte[] key = KEY.getBytes(StandardCharsets.UTF_8);
        assertThat(files).allSatisfy(file -> assertThat(contains(Files.readAllBytes(file), key))
                .as(file.toString())
                .isFalse());
    }

    /** Every command of the tree that has no subcommands, as the words that name it. */
    private static List<List<String>> leafCommands() {
        CommandLine root = JsaCli.create(
                new AppContext(Map.of(), Path.of("/nonexistent")),
                new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()));
        List<List<String>> leaves = new ArrayList<>();
        collect(root, List.of(), leaves);
        return leaves;
    }

    private static void collect(CommandLine command, List<String> path, List<List<String>> leaves) {
        if (command.getSubcommands().isEmpty()) {
            leaves.add(path);
            return;
        }
        command.getSubcommands().forEach((name, sub) -> {
            // help's aliases and the like name the same command twice
            if (sub.getCommandName().equals(name)) {
                List<String> next = new ArrayList<>(path);
                next.add(name);
                collect(sub, next, leaves);
            }
        });
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
