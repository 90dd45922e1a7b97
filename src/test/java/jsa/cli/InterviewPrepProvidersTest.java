package jsa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import jsa.cli.CliRunner.Result;
import jsa.llm.LlmTestData;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * {@code interview-prep generate} through the Anthropic provider against a loopback server: the
 * interview calls share the base preparation as their cached prefix, and an invalid answer is
 * saved nowhere.
 */
class InterviewPrepProvidersTest {
    private static final String BASE = """
            {"formatted_jd": "### Requirements\\n\\n- **Strong Java** and Spring Boot\\n- SQL",
             "company_context": "Northwind Analytics builds a forecasting platform for retailers.",
             "primary_drivers": [{"driver": "Java", "justification": "Named first; the eligibility api used Java 17."}],
             "background_narrative": {"opening_line": "Backend engineer in health care.",
                                      "core_narrative": "Cut p95 latency from 4.2 s to 650 ms.",
                                      "forward_hook": "Payments is the next step."}}
            """;
    private static final String STAR = """
            {"question": "Tell me about a latency problem.", "situation": "Intake hung.",
             "task": "Make it fast.", "action": "Async fan-out.", "result": "%s"}
            """;
    private static final String TO_ASK = "{\"question\": \"How do you deploy?\", \"rationale\": \"Practices.\"}";

    @TempDir
    Path dir;

    private final MockWebServer server = new MockWebServer();
    private final List<JsonNode> calls = new CopyOnWriteArrayList<>();
    private CliRunner cli;

    @BeforeEach
    void start() throws Exception {
        server.start();
        cli = new CliRunner(dir);
        cli.env("ANTHROPIC_API_KEY", LlmTestData.API_KEY);
        cli.env("ANTHROPIC_BASE_URL", server.url("/").toString());
        succeed("profile", "import", "examples/profile.yaml");
        succeed("parse-jd", "--provider", "offline", "examples/jds/northwind-senior-backend-engineer.md");
        succeed("apply", "--job", "1", "--date", LocalDate.now().minusDays(10).toString());
        succeed(
                "app",
                "status",
                "1",
                "callback",
                "--date",
                LocalDate.now().minusDays(5).toString());
        succeed(
                "interview",
                "add",
                "1",
                "--stage",
                "recruiter_screen",
                "--at",
                LocalDate.now().plusDays(2) + " 10:00");
        succeed(
                "interview",
                "add",
                "1",
                "--stage",
                "final_loop",
                "--at",
                LocalDate.now().plusDays(9) + " 10:00");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void theInterviewCallsShareTheJobAndTheBasePreparationAsTheirCachedPrefix() {
        answer(BASE, interview(4, "Timeouts fell from 3.1% to 0.2% and costs by 57% with Flink.", 5));

        Result result = cli.run("interview-prep", "generate", "1");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err())
                .contains("3 calls")
                .contains("interview 2: preparation written")
                .contains("jsa: ⚑ interview 1, predicted question 1: 57%, Flink (not in your projects")
                .doesNotContain("3.1%");
        assertThat(calls).hasSize(3);
        JsonNode context = calls.get(1).at("/messages/0/content/0");
        assertThat(context.at("/cache_control/type").asText()).isEqualTo("ephemeral");
        assertThat(context.get("text").asText())
                .startsWith("Job: Senior Backend Engineer, Payments at Northwind Analytics")
                .contains("The base preparation (Markdown):")
                .contains("- **Java**: Named first; the eligibility api used Java 17.");
        assertThat(calls.get(2).at("/messages/0/content/0")).isEqualTo(context);
        assertThat(cli.query("SELECT primary_drivers FROM interview_preparation_base"))
                .isEqualTo("- **Java**: Named first; the eligibility api used Java 17.");
        assertThat(cli.query("SELECT group_concat(provider || ' ' || model) FROM interview_preparation"))
                .startsWith("anthropic ");
    }

    @Test
    void anInvalidBaseIsSavedNowhereAndNamesTheField() {
        answer(BASE.replace("**Strong Java**", "Strong Java"), interview(4, "x", 5));
        Result noDriver = cli.run("interview-prep", "generate", "1");
        answer(
                BASE.replace("Northwind Analytics builds a forecasting platform for retailers.", " "),
                interview(4, "x", 5));
        Result noContext = cli.run("interview-prep", "generate", "1");

        assertThat(noDriver.exitCode()).isEqualTo(1);
        assertThat(noDriver.err())
                .contains("the interview-prep answer is invalid: formatted_jd: 0 bold passages, 1 to 3 callback"
                        + " drivers asked for")
                .contains("nothing was saved");
        assertThat(noContext.err()).contains("company_context must not be blank");
        assertThat(calls).hasSize(2);
        assertThat(cli.count("interview_preparation_base")).isZero();
        assertThat(cli.count("interview_preparation")).isZero();
        assertThat(cli.query("SELECT group_concat(error_kind) FROM llm_call WHERE task = 'interview-prep'"))
                .isEqualTo("validation,validation");
    }

    @Test
    void anInterviewAnswerWithTooFewQuestionsOrAMissingResultIsNotSaved() {
        answer(BASE, interview(2, "", 4));

        Result result = cli.run("interview-prep", "generate", "1", "--interview", "1");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err())
                .contains("predicted_questions must hold 3 to 5 questions")
                .contains("predicted_questions[0].result must not be blank")
                .contains("questions_to_ask must hold exactly 5 questions");
        // the base is a write of its own, valid and kept; the interview's is not
        assertThat(cli.count("interview_preparation_base")).isEqualTo(1);
        assertThat(cli.count("interview_preparation")).isZero();
    }

    private static String interview(int questions, String result, int toAsk) {
        String star = STAR.formatted(result);
        return "{\"predicted_questions\": [" + String.join(",", Collections.nCopies(questions, star))
                + "], \"questions_to_ask\": [" + String.join(",", Collections.nCopies(toAsk, TO_ASK)) + "]}";
    }

    private void answer(String base, String interview) {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                if (request.getUrl().encodedPath().endsWith("/count_tokens")) {
                    return LlmTestData.json(200, "{\"input_tokens\": 900}");
                }
                JsonNode body = LlmTestData.tree(request.getBody().utf8());
                calls.add(body);
                boolean isBase = body.at("/system/0/text").asText().contains("This call writes the base");
                return LlmTestData.json(200, LlmTestData.anthropicMessage(isBase ? base : interview));
            }
        });
    }

    private void succeed(String... args) {
        Result result = cli.run(args);
        assertThat(result.exitCode())
                .as(String.join(" ", args) + ": " + result.err())
                .isZero();
    }
}
