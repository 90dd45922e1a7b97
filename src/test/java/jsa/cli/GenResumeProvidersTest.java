package jsa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jsa.cli.CliRunner.Result;
import jsa.llm.LlmTestData;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * {@code gen-resume} through the Anthropic provider against a loopback server: what is stored for
 * valid answers, and that an invalid or cut answer for any part stores no part of the resume.
 */
class GenResumeProvidersTest {
    private static final String NORTHWIND = "examples/jds/northwind-senior-backend-engineer.md";
    private static final String BULLETS = ResumeLoopback.BULLETS;
    private static final String SKILLS = ResumeLoopback.SKILLS;

    @TempDir
    Path dir;

    private final MockWebServer server = new MockWebServer();
    private final List<JsonNode> messages = new CopyOnWriteArrayList<>();
    private CliRunner cli;

    @BeforeEach
    void start() throws Exception {
        server.start();
        cli = new CliRunner(dir);
        cli.env("ANTHROPIC_API_KEY", LlmTestData.API_KEY);
        cli.env("ANTHROPIC_BASE_URL", server.url("/").toString());
        assertThat(cli.run("profile", "import", "examples/profile.yaml").exitCode())
                .isZero();
        assertThat(cli.run("parse-jd", "--provider", "offline", NORTHWIND).exitCode())
                .isZero();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void everyRoleAndTheSkillsAreStoredAsOneVersionWithInventedFactsFlagged() {
        answer(body -> isSkills(body) ? SKILLS : BULLETS);

        Result first = cli.run("gen-resume", "--job", "1");
        Result second = cli.run("gen-resume", "--job", "1");

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(second.exitCode()).as(second.err()).isZero();
        // senior-backend shows three roles: three bullet calls and one skills call per resume
        assertThat(messages).hasSize(8);
        assertThat(first.out())
                .contains("Tessa Lindqvist")
                .contains("Cut p95 latency from 4.2 s to 650 ms")
                .contains("⚑ unverified: $2M, Kubernetes")
                .contains("Languages: Java, Python");
        assertThat(first.err())
                .contains("saved resume 1 for job 1")
                .contains("version 1, template senior-backend")
                .contains("4 calls");
        assertThat(second.err()).contains("saved resume 2 for job 1").contains("version 2");
        assertThat(cli.query("SELECT group_concat(version) FROM resume WHERE job_id = 1"))
                .isEqualTo("1,2");
        assertThat(cli.query("SELECT count(*) FROM resume_role_bullet")).isEqualTo("12");
        // each bullet is checked against its own role's projects: Harborline never cut p95 from 4.2 s to 650 ms
        assertThat(flags("lumenfield_swe"))
                .isEqualTo("[] | [{\"kind\":\"MONEY\",\"text\":\"$2M\"},{\"kind\":\"TOOL\",\"text\":\"Kubernetes\"}]");
        assertThat(flags("harborline_swe"))
                .isEqualTo("[{\"kind\":\"NUMBER\",\"text\":\"p95\"},{\"kind\":\"NUMBER\",\"text\":\"4.2\"},"
                        + "{\"kind\":\"NUMBER\",\"text\":\"650\"}] | [{\"kind\":\"MONEY\",\"text\":\"$2M\"}]");
        assertThat(cli.query("SELECT count(*) FROM llm_call WHERE job_id = 1 AND task IN ('bullets', 'skills')"))
                .isEqualTo("8");
    }

    @Test
    void theBulletCallsShareTheCachedJobContextAndDifferOnlyInTheRole() {
        answer(body -> isSkills(body) ? SKILLS : BULLETS);

        Result result = cli.run("gen-resume", "--job", "1");

        assertThat(result.exitCode()).as(result.err()).isZero();
        List<JsonNode> bulletCalls =
                messages.stream().filter(body -> !isSkills(body)).toList();
        assertThat(bulletCalls).hasSize(3);
        JsonNode context = bulletCalls.get(0).at("/messages/0/content/0");
        assertThat(context.at("/cache_control/type").asText()).isEqualTo("ephemeral");
        assertThat(context.get("text").asText())
                .contains("Senior Backend Engineer, Payments at Northwind Analytics")
                .contains("- Strong Java or Kotlin skills");
        for (JsonNode call : bulletCalls) {
            assertThat(call.get("system")).isEqualTo(bulletCalls.get(0).get("system"));
            assertThat(call.at("/messages/0/content/0")).isEqualTo(context);
        }
        assertThat(bulletCalls.stream()
                        .map(call -> call.at("/messages/0/content/1/text").asText()))
                .satisfiesExactly(
                        lumenfield -> assertThat(lumenfield)
                                .contains("Lumenfield Health")
                                .contains("at most 6"),
                        harborline -> assertThat(harborline)
                                .contains("Harborline Logistics")
                                .contains("at most 5"),
                        brightmoss -> assertThat(brightmoss)
                                .contains("Brightmoss Analytics")
                                .contains("at most 2"));
    }

    @Test
    void tooManyBulletsForOneRoleNameTheRoleAndStoreNothing() {
        // the third role (Brightmoss) may have at most 2 bullets
        String three = BULLETS.replace(
                "]}", ", {\"text\": \"Built a config-driven ingestion framework\", \"relevance\": 0.5}]}");
        answer(body -> isSkills(body) ? SKILLS : three);

        Result result = cli.run("gen-resume", "--job", "1");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err().lines())
                .singleElement()
                .asString()
                .startsWith("jsa: error: role brightmoss_ase (Brightmoss Analytics): the bullets answer is invalid:"
                        + " bullets: 3 given, at most 2 asked for; nothing was saved");
        assertThat(cli.query("SELECT error_kind FROM llm_call WHERE ok = 0")).isEqualTo("validation");
        assertNothingStored();
    }

    @Test
    void aCutSkillsAnswerStoresNoBulletsEither() {
        answer(body -> isSkills(body) ? null : BULLETS);

        Result result = cli.run("gen-resume", "--job", "1");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("was cut at its limit");
        assertNothingStored();
        assertThat(cli.query("SELECT group_concat(task || ':' || ok) FROM llm_call WHERE task != 'parse-jd'"))
                .isEqualTo("bullets:1,bullets:1,bullets:1,skills:0");
    }

    @Test
    void inABatchOneFailureKeepsTheOthersAndExitsThree() {
        answer(body -> isSkills(body) ? SKILLS : BULLETS);

        Result result = cli.run("gen-resume", "--job", "1", "--job", "99");

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err()).contains("[1/2] saved resume 1").contains("[2/2] job 99: error: no job 99");
        assertThat(cli.query("SELECT count(*) FROM resume")).isEqualTo("1");
    }

    @Test
    void anOpenAiCompatibleServerGetsTheJobContextFirstInTheUserMessage() {
        List<JsonNode> chats = new CopyOnWriteArrayList<>();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                JsonNode body = LlmTestData.tree(request.getBody().utf8());
                chats.add(body);
                boolean skills = body.at("/messages/0/content").asText().startsWith("You write the skills section");
                ObjectNode reply = (ObjectNode) LlmTestData.tree(LlmTestData.fixture("openai-chat-json-schema.json"));
                ((ObjectNode) reply.at("/choices/0/message")).put("content", skills ? SKILLS : BULLETS);
                return LlmTestData.json(200, reply.toString());
            }
        });
        cli.env("ANTHROPIC_API_KEY", null);
        cli.env("OPENAI_BASE_URL", server.url("/v1").toString());

        Result result = cli.run("gen-resume", "--job", "1");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).contains("saved resume 1 for job 1").contains("via openai");
        assertThat(chats).hasSize(4);
        // automatic prefix caching needs the shared part first: context, then the role
        for (JsonNode chat : chats.subList(0, 3)) {
            assertThat(chat.at("/messages/1/content").asText())
                    .startsWith("Job: Senior Backend Engineer, Payments at Northwind Analytics")
                    .contains("The role and its projects (JSON):");
        }
        assertThat(cli.query("SELECT count(*) || ' ' || min(provider) FROM llm_call WHERE task = 'bullets'"))
                .isEqualTo("3 openai");
    }

    /** The grounding flags of the first resume's bullets for {@code roleKey}, in order. */
    private String flags(String roleKey) {
        return cli.query("SELECT group_concat(grounding_flags, ' | ') FROM (SELECT b.grounding_flags"
                + " FROM resume_role_bullet b JOIN resume_role r ON r.id = b.resume_role_id"
                + " JOIN experience_role e ON e.id = r.experience_role_id"
                + " WHERE r.resume_id = 1 AND e.key = '" + roleKey + "' ORDER BY b.position)");
    }

    private void assertNothingStored() {
        for (String table : List.of("resume", "resume_role", "resume_role_bullet", "resume_skills_category")) {
            assertThat(cli.query("SELECT count(*) FROM " + table)).as(table).isEqualTo("0");
        }
    }

    private static boolean isSkills(JsonNode body) {
        return body.at("/system/0/text").asText().startsWith("You write the skills section");
    }

    /** Counts every input at 900 tokens and answers each message with {@code reply}'s JSON (null: cut). */
    private void answer(Function<JsonNode, String> reply) {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                if (request.getUrl().encodedPath().endsWith("/count_tokens")) {
                    return LlmTestData.json(200, "{\"input_tokens\": 900}");
                }
                JsonNode body = LlmTestData.tree(request.getBody().utf8());
                messages.add(body);
                String answer = reply.apply(body);
                return LlmTestData.json(
                        200,
                        answer == null
                                ? LlmTestData.fixture("anthropic-message-max-tokens.json")
                                : LlmTestData.anthropicMessage(answer));
            }
        });
    }
}
