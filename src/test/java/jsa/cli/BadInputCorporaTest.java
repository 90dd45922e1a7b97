package jsa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.node.ObjectNode;

import jsa.cli.CliRunner.Result;
import jsa.llm.LlmTestData;

import mockwebserver3.MockWebServer;

/**
 * The bad-input corpora of the reliability suite (R3): malformed job description files through
 * the offline parser, and malformed model replies through the Anthropic provider on loopback.
 * Each gives one {@code jsa: error:} line and no stack trace, exits non-zero, and leaves the
 * user tables of a database that already holds a profile and a job exactly as they were.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputCorporaTest {
    private static final String MODEL = ParseJdProvidersTest.MODEL.strip();
    private static final String NORTHWIND = "examples/jds/northwind-senior-backend-engineer.md";

    private Path dir;
    private final MockWebServer server = new MockWebServer();
    private CliRunner cli;
    private Map<String, List<String>> userTables;

    @BeforeAll
    void databaseWithAJob(@TempDir Path sandbox) throws IOException {
        dir = sandbox;
        server.start();
        cli = new CliRunner(dir);
        assertThat(cli.run("profile", "import", "examples/profile.yaml").exitCode())
                .isZero();
        assertThat(cli.run("parse-jd", "--provider", "offline", NORTHWIND).exitCode())
                .isZero();
        userTables = userTables();
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badJdFiles")
    void aMalformedJdFileIsOneErrorLineAndChangesNothing(String name, byte[] content) throws IOException {
        Path file = dir.resolve("jd-" + name.replaceAll("\\W+", "-"));
        Files.write(file, content);

        Result result = cli.run("parse-jd", "--provider", "offline", file.toString());

        assertOneErrorLineAndNothingChanged(name, result);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badReplies")
    void aMalformedModelReplyIsOneErrorLineAndChangesNothing(String name, String reply) {
        server.enqueue(LlmTestData.json(200, "{\"input_tokens\": 1500}"));
        server.enqueue(LlmTestData.json(200, reply));

        Result result = cli.env("ANTHROPIC_API_KEY", LlmTestData.API_KEY)
                .env("ANTHROPIC_BASE_URL", server.url("/").toString())
                .run("parse-jd", "--provider", "anthropic", NORTHWIND);

        assertOneErrorLineAndNothingChanged(name, result);
    }

    private void assertOneErrorLineAndNothingChanged(String name, Result result) {
        assertThat(result.exitCode()).as(name + ": " + result.err()).isNotZero();
        assertThat(result.err().lines().filter(line -> line.startsWith("jsa: error: ")))
                .as(result.err())
                .hasSize(1);
        // no stack trace, and no Java class names: "JsonEOFException" means nothing to a user
        assertThat(result.err()).doesNotContain("\tat ", "Exception");
        assertThat(userTables()).isEqualTo(userTables);
    }

    // every table but the call ledger, which records failed calls too
    private Map<String, List<String>> userTables() {
        return TableContents.of(cli.defaultDatabase(), Set.of("llm_call"));
    }

    Stream<Arguments> badJdFiles() {
        List<Arguments> files = new ArrayList<>();
        add(files, "empty", "");
        add(files, "spaces", "     ");
        add(files, "newlines", "\n\n\n\n");
        add(files, "tabs and newlines", "\t\n\t \r\n");
        add(files, "no-break spaces", "\u00a0\u00a0\u2007\u202f");
        add(files, "zero-width characters", "\u200b\u200c\u200d\ufeff");
        Random random = new Random(20261124);
        for (int i = 1; i <= 8; i++) {
            byte[] bytes = new byte[512 * i];
            random.nextBytes(bytes);
            files.add(Arguments.of("random bytes " + i, bytes));
        }
        files.add(Arguments.of("NUL bytes", new byte[4096]));
        files.add(Arguments.of(
                "PNG header", withHeader(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'})));
        files.add(Arguments.of("PDF", withHeader("%PDF-1.7\n%\u00e2\u00e3\n".getBytes(StandardCharsets.ISO_8859_1))));
        files.add(Arguments.of("ZIP header", withHeader(new byte[] {'P', 'K', 3, 4})));
        files.add(Arguments.of(
                "text with NULs", "Senior Engineer\0\0\0Requirements\0- Java".getBytes(StandardCharsets.UTF_8)));
        add(files, "20 MB", "Requirements:\n" + "- Java experience is required for this role.\n".repeat(460_000));
        add(files, "just over the limit", "x".repeat(100_001));
        add(files, "one 200 KB line", "Engineer ".repeat(22_000));
        files.add(Arguments.of(
                "invalid UTF-8, no company", "Engineer\n\u00ff\u00fe\n- Java\n".getBytes(StandardCharsets.ISO_8859_1)));
        files.add(Arguments.of("lone continuation bytes", new byte[] {'J', 'a', (byte) 0x80, (byte) 0x81, 'v', 'a'}));
        files.add(Arguments.of("overlong encoding", new byte[] {'E', (byte) 0xc0, (byte) 0xaf, 'n', 'g'}));
        files.add(Arguments.of("truncated sequence", new byte[] {'R', 'o', 'l', 'e', (byte) 0xe2, (byte) 0x82}));
        files.add(
                Arguments.of("UTF-16 without BOM", "Software Engineer\n- Java\n".getBytes(StandardCharsets.UTF_16LE)));
        files.add(Arguments.of("surrogate bytes", new byte[] {'A', (byte) 0xed, (byte) 0xa0, (byte) 0x80, 'B'}));
        add(files, "only tags", "<div><span></span><br/></div>");
        add(files, "only a script", "<html><head><script>var jobs = [];</script></head><body></body></html>");
        add(files, "only a style", "<style>body { color: red }</style>");
        add(files, "only comments", "<!-- a job description would be here -->\n<!-- and here -->");
        add(files, "nested empty elements", "<ul><li></li><li> </li></ul><table><tr><td></td></tr></table>");
        add(files, "an image and a form", "<img src=x.png alt=''><form><input type=text></form>");
        add(files, "German", """
                Stellenangebot: Softwareentwickler (m/w/d)

                Ihre Aufgaben:
                - Entwicklung von Microservices

                Ihr Profil:
                - Mehrjährige Erfahrung mit Java
                """);
        add(files, "French", "Développeur logiciel (H/F)\n\nVos missions :\n- Concevoir des services\n");
        add(files, "Spanish", "Ingeniero de software\n\nRequisitos:\n- Experiencia con Java\n");
        add(files, "Japanese", "ソフトウェアエンジニア募集\n\n必須条件:\n- Javaの経験3年以上\n");
        add(files, "Chinese", "高级后端工程师\n\n任职要求：\n- 五年以上Java开发经验\n");
        add(files, "Arabic", "مهندس برمجيات\n\nالمتطلبات:\n- خبرة في جافا\n");
        add(files, "Russian", "Инженер-программист\n\nТребования:\n- Опыт работы с Java\n");
        add(files, "Korean", "백엔드 개발자\n\n자격 요건:\n- Java 경력 3년 이상\n");
        add(files, "only punctuation", "!!! ??? ... --- ***");
        add(files, "only emoji", "🚀🚀🚀 💼 ✨");
        add(files, "only digits", "1234567890\n42\n");
        add(files, "a single word", "Engineer");
        add(files, "a URL only", "https://example.com/jobs/123");
        add(files, "a JSON document", "{\"jobs\": []}");
        add(files, "YAML without a company", "title: Engineer\nrequirements:\n  - Java\n");
        add(files, "a CSV row", "id,title\n1,Engineer\n");
        add(files, "Markdown headings only", "# \n## \n### \n");
        add(files, "requirements heading only", "Requirements:\n");
        return files.stream();
    }

    Stream<Arguments> badReplies() {
        List<Arguments> replies = new ArrayList<>();
        for (String text : List.of(
                "", " ", "null", "[]", "true", "42", "\"a string\"", "hello", "{", "}", "<html>Bad Gateway</html>")) {
            replies.add(Arguments.of("not JSON: " + text, LlmTestData.anthropicMessage(text)));
        }
        replies.add(
                Arguments.of("prose before", LlmTestData.anthropicMessage("Here is the JSON you asked for: " + MODEL)));
        replies.add(
                Arguments.of("prose after", LlmTestData.anthropicMessage(MODEL + "\nLet me know if you need more.")));
        replies.add(Arguments.of("two objects", LlmTestData.anthropicMessage(MODEL + MODEL)));
        for (int cut : new int[] {1, 10, 40, 80, 120, 200, 300, 400, 500, MODEL.length() - 1}) {
            replies.add(Arguments.of("cut at " + cut, LlmTestData.anthropicMessage(MODEL.substring(0, cut))));
        }
        for (String[] change : new String[][] {
            {"no metadata", "\"metadata\": {", "\"meta\": {"},
            {"no requirements", "\"requirements\"", "\"needs\""},
            {"metadata a string", "\"metadata\": {\"company\"", "\"metadata\": \"x\", \"m\": {\"company\""},
            {"requirements an object", "\"requirements\": [", "\"requirements\": {\"a\": ["},
            {"relevance a string", "\"relevance\": 0.4", "\"relevance\": \"high\""},
            {"relevance negative", "\"relevance\": 0.4", "\"relevance\": -0.1"},
            {"relevance above 1", "\"relevance\": 0.4", "\"relevance\": 1.01"},
            {"relevance 100", "\"relevance\": 0.9", "\"relevance\": 100"},
            {"relevance null", "\"relevance\": 0.4", "\"relevance\": null"},
            {"no relevance", ", \"relevance\": 0.4", ""},
            {"text a number", "\"text\": \"Kafka\"", "\"text\": 7"},
            {"text blank", "\"text\": \"Kafka\"", "\"text\": \"  \""},
            {"no text", "\"text\": \"Kafka\", ", ""},
            {"keywords a string", "\"keywords\": [\"Kafka\"]", "\"keywords\": \"Kafka\""},
            {"salary a word", "\"min_salary\": 165000", "\"min_salary\": \"lots\""},
            {"years a fraction", "\"min_experience_years\": 5", "\"min_experience_years\": 5.5"},
            {"work setting unknown", "\"work_setting\": \"hybrid\"", "\"work_setting\": \"on the moon\""},
            {"salary period unknown", "\"salary_period\": \"year\"", "\"salary_period\": \"fortnight\""},
            {"level a number", "\"level\": \"senior\"", "\"level\": 3"},
            {"company an array", "\"company\": \"Northwind Analytics\"", "\"company\": [\"Northwind\"]"},
            {"requirements null", "\"requirements\": [", "\"requirements\": null, \"r\": ["},
        }) {
            assertThat(MODEL).as(change[0]).contains(change[1]);
            replies.add(Arguments.of(change[0], LlmTestData.anthropicMessage(MODEL.replace(change[1], change[2]))));
        }
        replies.add(Arguments.of("stopped at max_tokens", LlmTestData.fixture("anthropic-message-max-tokens.json")));
        ObjectNode empty = (ObjectNode) LlmTestData.tree(LlmTestData.anthropicMessage(MODEL));
        empty.putArray("content");
        replies.add(Arguments.of("no content blocks", empty.toString()));
        ObjectNode refusal = (ObjectNode) LlmTestData.tree(LlmTestData.anthropicMessage(""));
        refusal.put("stop_reason", "refusal");
        replies.add(Arguments.of("a refusal", refusal.toString()));
        replies.add(Arguments.of("not a message", "{\"type\": \"message\"}"));
        replies.add(Arguments.of("an HTML page", "<html><body>502 Bad Gateway</body></html>"));
        // over the 16 MB an answer may have
        replies.add(Arguments.of("17 MB", LlmTestData.anthropicMessage("x".repeat(17 * 1024 * 1024))));
        return replies.stream();
    }

    private static void add(List<Arguments> files, String name, String text) {
        files.add(Arguments.of(name, text.getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] withHeader(byte[] header) {
        byte[] bytes = new byte[2048];
        new Random(header.length).nextBytes(bytes);
        System.arraycopy(header, 0, bytes, 0, header.length);
        return bytes;
    }
}
