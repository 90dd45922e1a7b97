package jsa.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jsa.cli.CliRunner.Result;
import jsa.jobs.RecordedBoards;
import jsa.llm.LlmTestData;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * Every {@code jsa} command line of README.md's {@code ```sh} blocks, run in order, in-process,
 * against one scratch database: each must exit 0, or the code its trailing {@code # exits N}
 * comment says. The rules, so that nothing is skipped silently:
 *
 * <ul>
 *   <li>A line of a sh block is a {@code jsa} command, a comment, or a line of a tool in
 *       {@link #OTHER_TOOLS} (not run; {@code export} and {@code unset} change the environment of
 *       the commands after them). Anything else fails the test.
 *   <li>A command is read as a shell would: quotes, backslash continuations, {@code ~} for the
 *       home directory, {@code # comments}, {@code > FILE} (stdout into the sandbox, or home for
 *       {@code ~/}) and {@code < FILE} (stdin). A later argument naming a file a redirection wrote
 *       reads that file. Pipes, {@code $} expansions, {@code ;} and {@code &&} fail the test:
 *       README commands are concrete.
 *   <li>No network: {@code examples/companies.yaml} (real boards) is replaced by the companies
 *       file {@link RecordedBoards} writes, which points each recorded company at a loopback
 *       server; the other companies of the real file are not in the run. The exported URL of an
 *       LLM provider is replaced by a loopback model that answers the check, bullets and skills
 *       prompts ({@link ResumeLoopback}'s answers), and ANTHROPIC_BASE_URL points there from the
 *       start. {@code jobs open} and {@code --open} print the URL, as there is no DISPLAY.
 *   <li>{@code $EDITOR} is a script that saves the file unchanged; {@code jobs review} gets a
 *       terminal on which the user types q.
 *   <li>Boards are fetched one at a time ({@code JSA_SYNC_CONCURRENCY=1}), so listings get the
 *       same ids on every run and the README can name them. PDFs and reports go to
 *       {@code JSA_OUTPUT_DIR} in the sandbox, and the project directory must be unchanged after
 *       the run.
 *   <li>A {@code jsa} line in a fenced block other than {@code ```sh} fails the test, as it
 *       would not be run.
 * </ul>
 */
class ReadmeCommandsTest {
    private static final Path README = Path.of("README.md");
    private static final Path REAL_BOARDS = Path.of("examples/companies.yaml");
    /** Tools whose lines README sh blocks may hold; none of them is run. */
    private static final Set<String> OTHER_TOOLS = Set.of("bin/jsa", "mvn", "export", "unset", "ollama", "source");
    /** What {@code jobs review} reads from its terminal: quit at once. */
    private static final String REVIEW_KEYS = "q";

    private static final Pattern EXITS = Pattern.compile("\\bexits (\\d)\\b");
    private static final Pattern URL_HOST = Pattern.compile("^https?://[^/]+");

    @TempDir
    Path dir;

    @Test
    void everyReadmeCommandRunsAndExitsAsTheReadmeSays() throws Exception {
        List<String> readme = Files.readAllLines(README, StandardCharsets.UTF_8);
        List<Line> lines = shLines(readme);
        Set<String> before = projectFiles();
        Path work = Files.createDirectories(dir.resolve("work"));
        CliRunner cli = new CliRunner(dir);
        Files.createDirectories(cli.home());
        cli.env("JSA_OUTPUT_DIR", Files.createDirectories(dir.resolve("out")).toString());
        cli.env("JSA_SYNC_CONCURRENCY", "1");
        cli.env("EDITOR", cli.editor("true"));
        List<String> failures = new ArrayList<>();
        jsaLinesOutsideSh(readme)
                .forEach(line -> failures.add(line + ": a jsa command outside a ```sh block is not run"));
        int commands = 0;
        Path recordedCompanies = dir.resolve("recorded-companies.yaml");
        RecordedBoards boards = RecordedBoards.start(recordedCompanies);
        try (MockWebServer model = loopbackModel()) {
            String modelBase = model.url("/").toString().replaceAll("/$", "");
            cli.env("ANTHROPIC_BASE_URL", modelBase);
            Env env = new Env(cli, modelBase);
            for (Line line : lines) {
                Command command;
                try {
                    command = Command.parse(line.text(), cli.home(), work);
                } catch (IllegalArgumentException e) {
                    failures.add(line.where() + ": " + e.getMessage());
                    continue;
                }
                if (command == null) {
                    continue;
                }
                if (!command.program().equals("jsa")) {
                    env.apply(command);
                    continue;
                }
                commands++;
                String failure = run(cli, command, recordedCompanies);
                if (failure != null) {
                    failures.add(line.where() + ": " + failure);
                }
            }
        } finally {
            boards.close();
        }
        assertThat(failures).as("README commands that failed").isEmpty();
        assertThat(commands).as("jsa commands found in README.md").isGreaterThan(50);
        assertThat(projectFiles())
                .as("files the README commands wrote into the project")
                .isEqualTo(before);
    }

    @Test
    void aLineOfAnUnknownToolOrWithAPipeFailsInsteadOfBeingSkipped() {
        Path home = dir.resolve("home");
        assertThatThrownBy(() -> Command.parse("cp my-profile.yaml profile.yaml", home, dir))
                .hasMessageContaining("neither a jsa command nor a line of");
        assertThatThrownBy(() -> Command.parse("jsa parse-jd x.html | jq .metadata", home, dir))
                .hasMessageContaining("'|'");
        assertThatThrownBy(() -> Command.parse("jsa completion zsh > \"${fpath[1]}/_jsa\"", home, dir))
                .hasMessageContaining("'$'");
        Command command = Command.parse(
                "jsa interview add 7 --at \"2026-12-01 14:30\" \\\n  --focus coding   # exits 3", home, dir);
        assertThat(command.args())
                .containsExactly("interview", "add", "7", "--at", "2026-12-01 14:30", "--focus", "coding");
        assertThat(command.expectedExit()).isEqualTo(3);
        assertThat(Command.parse("jsa db backup ~/b.db > out.txt", home, dir).stdout())
                .isEqualTo(dir.resolve("out.txt"));
    }

    /** Runs one README command; returns why it failed, or null. */
    private String run(CliRunner cli, Command command, Path recordedCompanies) throws IOException {
        List<String> args = new ArrayList<>();
        for (String arg : command.args()) {
            args.add(Path.of(arg).normalize().equals(REAL_BOARDS) ? recordedCompanies.toString() : arg);
        }
        boolean review =
                args.size() >= 2 && args.get(0).equals("jobs") && args.get(1).equals("review");
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        if (review) {
            cli.terminal(
                    new DumbTerminal(new ByteArrayInputStream(REVIEW_KEYS.getBytes(StandardCharsets.UTF_8)), screen));
        }
        cli.stdin(command.stdin() == null ? "" : Files.readString(command.stdin()));
        Result result;
        try {
            result = cli.run(args.toArray(String[]::new));
        } finally {
            cli.terminal(null).stdin("");
        }
        if (command.stdout() != null) {
            Files.writeString(command.stdout(), result.out());
        }
        if (result.exitCode() != command.expectedExit()) {
            return "jsa " + String.join(" ", command.args()) + " exited " + result.exitCode() + ", expected "
                    + command.expectedExit() + "\n  stderr: "
                    + result.err().strip().replace("\n", "\n          ")
                    + "\n  stdout: " + abbreviate(result.out().strip()).replace("\n", "\n          ");
        }
        return null;
    }

    private static String abbreviate(String text) {
        return text.length() > 2000 ? text.substring(0, 2000) + " ..." : text;
    }

    /** The top two levels of the project directory, to notice a command that wrote into it. */
    private static Set<String> projectFiles() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("."), 2)) {
            return files.map(Path::toString)
                    .filter(name -> !name.startsWith("./target") && !name.startsWith("./.git"))
                    .collect(TreeSet::new, Set::add, Set::addAll);
        }
    }

    /** The logical lines of every {@code ```sh} block, continuations joined, with their line numbers. */
    static List<Line> shLines(List<String> readme) {
        List<Line> lines = new ArrayList<>();
        boolean inSh = false;
        boolean inBlock = false;
        StringBuilder pending = null;
        int start = 0;
        for (int i = 0; i < readme.size(); i++) {
            String text = readme.get(i);
            if (text.startsWith("```")) {
                inSh = !inBlock && text.strip().equals("```sh");
                inBlock = !inBlock;
                continue;
            }
            if (!inSh) {
                continue;
            }
            if (pending == null) {
                pending = new StringBuilder();
                start = i + 1;
            }
            pending.append(text).append('\n');
            if (!text.endsWith("\\")) {
                lines.add(new Line(start, pending.toString().strip()));
                pending = null;
            }
        }
        return lines;
    }

    /** The lines of fenced blocks other than {@code ```sh} that start with {@code jsa } or {@code $ jsa }. */
    static List<String> jsaLinesOutsideSh(List<String> readme) {
        List<String> found = new ArrayList<>();
        boolean inBlock = false;
        boolean inSh = false;
        for (int i = 0; i < readme.size(); i++) {
            String text = readme.get(i);
            if (text.startsWith("```")) {
                inSh = !inBlock && text.strip().equals("```sh");
                inBlock = !inBlock;
            } else if (inBlock && !inSh && text.strip().matches("(\\$ )?jsa .*")) {
                found.add("README.md:" + (i + 1) + ": " + text.strip());
            }
        }
        return found;
    }

    /** Answers the check, bullets and skills prompts as Anthropic and as an OpenAI-compatible server. */
    private static MockWebServer loopbackModel() throws IOException {
        MockWebServer server = new MockWebServer();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String path = request.getUrl().encodedPath();
                if (path.endsWith("/messages/count_tokens")) {
                    return LlmTestData.json(200, "{\"input_tokens\": 900}");
                }
                JsonNode body = LlmTestData.tree(request.getBody().utf8());
                if (path.endsWith("/v1/messages")) {
                    String answer = answer(body.at("/system/0/text").asText());
                    return answer == null ? refused() : LlmTestData.json(200, LlmTestData.anthropicMessage(answer));
                }
                if (path.endsWith("/chat/completions")) {
                    String answer = answer(body.at("/messages/0/content").asText());
                    if (answer == null) {
                        return refused();
                    }
                    ObjectNode reply =
                            (ObjectNode) LlmTestData.tree(LlmTestData.fixture("openai-chat-json-schema.json"));
                    ((ObjectNode) reply.at("/choices/0/message")).put("content", answer);
                    return LlmTestData.json(200, reply.toString());
                }
                return new MockResponse.Builder().code(404).build();
            }
        });
        server.start();
        return server;
    }

    private static String answer(String system) {
        if (system.startsWith("You answer health checks")) {
            return "{\"ok\": true}";
        }
        if (system.startsWith("You write resume bullets")) {
            return ResumeLoopback.BULLETS;
        }
        if (system.startsWith("You write the skills section")) {
            return ResumeLoopback.SKILLS;
        }
        return null;
    }

    // a README command sent the model a prompt it has no answer for: the command fails, and so the test
    private static MockResponse refused() {
        return LlmTestData.json(
                400,
                "{\"type\": \"error\", \"error\": {\"type\": \"invalid_request_error\","
                        + " \"message\": \"the README test's loopback model answers only check, bullets and skills\"}}");
    }

    /** A logical line of a sh block and the README line it starts on. */
    record Line(int number, String text) {
        String where() {
            return "README.md:" + number + ": " + text.lines().findFirst().orElse("");
        }
    }

    /** The environment lines of the README: {@code export NAME=VALUE} and {@code unset NAME}. */
    private static final class Env {
        private final CliRunner cli;
        private final String modelBase;

        Env(CliRunner cli, String modelBase) {
            this.cli = cli;
            this.modelBase = modelBase;
        }

        void apply(Command command) {
            List<String> args = command.args();
            if (command.program().equals("export")) {
                for (String assignment : args) {
                    int eq = assignment.indexOf('=');
                    String name = assignment.substring(0, eq);
                    // a provider's address is the loopback model's, with the README's path
                    cli.env(name, URL_HOST.matcher(assignment.substring(eq + 1)).replaceFirst(modelBase));
                }
            } else if (command.program().equals("unset")) {
                args.forEach(name -> cli.env(name, null));
            }
        }
    }

    /**
     * A sh line as its words: the program, its arguments, redirections, and the exit code its
     * comment expects.
     */
    record Command(String program, List<String> args, Path stdout, Path stdin, int expectedExit) {
        /**
         * The command of {@code line}, or null for a comment or blank line.
         *
         * @throws IllegalArgumentException for a line this test does not run and does not know
         */
        static Command parse(String line, Path home, Path work) {
            List<String> words = new ArrayList<>();
            String comment = "";
            StringBuilder word = null;
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '\\' && i + 1 < line.length() && line.charAt(i + 1) == '\n') {
                    i++;
                } else if (Character.isWhitespace(c)) {
                    if (word != null) {
                        words.add(expand(word.toString(), quoted, home));
                        word = null;
                        quoted = false;
                    }
                } else if (c == '#' && word == null) {
                    comment = line.substring(i);
                    break;
                } else if (c == '\'' || c == '"') {
                    int end = line.indexOf(c, i + 1);
                    if (end < 0) {
                        throw new IllegalArgumentException("unbalanced " + c);
                    }
                    String inside = line.substring(i + 1, end);
                    if (c == '"' && inside.contains("$")) {
                        throw new IllegalArgumentException("'$' expansion: write the value out");
                    }
                    word = word == null ? new StringBuilder() : word;
                    word.append(inside);
                    quoted = true;
                    i = end;
                } else if ("|;&$`".indexOf(c) >= 0) {
                    throw new IllegalArgumentException("'" + c + "' is not run: write the command out without it");
                } else if ((c == '>' || c == '<') && word == null) {
                    words.add(String.valueOf(c));
                } else {
                    word = word == null ? new StringBuilder() : word;
                    word.append(c);
                }
            }
            if (word != null) {
                words.add(expand(word.toString(), quoted, home));
            }
            if (words.isEmpty()) {
                return null;
            }
            String program = words.get(0);
            if (!program.equals("jsa") && !OTHER_TOOLS.contains(program)) {
                throw new IllegalArgumentException(
                        "neither a jsa command nor a line of " + new TreeSet<>(OTHER_TOOLS) + ": add it to the test");
            }
            Path stdout = null;
            Path stdin = null;
            List<String> args = new ArrayList<>();
            for (int i = 1; i < words.size(); i++) {
                String w = words.get(i);
                if ((w.equals(">") || w.equals("<")) && i + 1 < words.size()) {
                    String name = words.get(++i);
                    if (w.equals(">")) {
                        stdout = work.resolve(name);
                    } else {
                        // a file an earlier redirection wrote, else one of the project (examples/...)
                        stdin = Files.exists(work.resolve(name)) ? work.resolve(name) : Path.of(name);
                    }
                } else if (w.equals(">") || w.equals("<")) {
                    throw new IllegalArgumentException("a redirection without a file");
                } else {
                    // a file an earlier redirection wrote
                    args.add(
                            !w.startsWith("-") && Files.exists(work.resolve(w))
                                    ? work.resolve(w).toString()
                                    : w);
                }
            }
            Matcher exits = EXITS.matcher(comment);
            return new Command(
                    program, List.copyOf(args), stdout, stdin, exits.find() ? Integer.parseInt(exits.group(1)) : 0);
        }

        private static String expand(String word, boolean quoted, Path home) {
            if (quoted) {
                return word;
            }
            if (word.equals("~")) {
                return home.toString();
            }
            return word.startsWith("~/") ? home.resolve(word.substring(2)).toString() : word;
        }
    }
}
