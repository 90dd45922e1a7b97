package jsa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.node.ObjectNode;

import jsa.cli.CliRunner.Result;
import jsa.llm.LlmTestData;

import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/** {@code parse-jd} and {@code llm check} through the HTTP providers, against loopback servers. */
class ParseJdProvidersTest {
    private static final String NORTHWIND = "examples/jds/northwind-senior-backend-engineer.md";
    static final String MODEL = """
            {"metadata": {"company": "Northwind Analytics", "listing_job_title": "Senior Backend Engineer",
              "role": "Backend Engineer", "specialization": "Payments", "level": "senior",
              "location": "Seattle, WA", "work_setting": "hybrid", "min_experience_years": 5,
              "min_salary": 165000, "max_salary": 205000, "salary_currency": "USD", "salary_period": "year"},
             "requirements": [{"text": "Kafka", "keywords": ["Kafka"], "relevance": 0.4},
                              {"text": "5+ years of Java", "keywords": ["Java"], "relevance": 0.9}]}
            """;

    @TempDir
    Path dir;

    private final MockWebServer server = new MockWebServer();
    private CliRunner cli;

    @BeforeEach
    void start() throws Exception {
        server.start();
        cli = new CliRunner(dir);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void anAnthropicAnswerIsValidatedStoredAndCostedFromAllFourCounters() throws Exception {
        server.enqueue(LlmTestData.json(200, "{\"input_tokens\": 1500}"));
        server.enqueue(LlmTestData.json(200, LlmTestData.anthropicMessage(MODEL)));
        anthropic();

        Result result = cli.run("parse-jd", NORTHWIND);

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).contains("claude-haiku-5-5 via anthropic").contains("saved job 1");
        assertThat(result.err()).doesNotContain(LlmTestData.API_KEY);
        RecordedRequest count = server.takeRequest();
        RecordedRequest message = server.takeRequest();
        assertThat(count.getUrl().encodedPath()).isEqualTo("/v1/messages/count_tokens");
        assertThat(message.getHeaders().get("x-api-key")).isEqualTo(LlmTestData.API_KEY);
        assertThat(message.getBody().utf8())
                .contains("Northwind Analytics builds")
                .contains("\"model\":\"claude-haiku-5-5\"");
        // requirements are stored most relevant first
        assertThat(cli.query("SELECT group_concat(text, ' | ') FROM (SELECT text FROM requirement ORDER BY position)"))
                .isEqualTo("5+ years of Java | Kafka");
        // Haiku 5.5: 100 input at 0.10, 1000 read at 0.01, 200 5m-write at 0.125, 50 output at 0.50 per million
        assertThat(cli.query(
                        "SELECT printf('%.9f', cost_usd) || ' ' || estimated_input_tokens || ' ' || cache_read_tokens"
                                + " || ' ' || cache_write_tokens || ' ' || job_id FROM llm_call"))
                .isEqualTo(String.format(
                        "%.9f 1500 1000 200 1", (100 * 0.10 + 1000 * 0.01 + 200 * 0.125 + 50 * 0.50) / 1e6));
    }

    @Test
    void anAnswerOfTheWrongShapeStopsWithTheFieldAndWritesOnlyTheLedgerRow() {
        // a real structured-output reply, but for another schema
        server.enqueue(LlmTestData.json(200, LlmTestData.fixture("openai-chat-json-schema.json")));
        cli.env("OPENAI_BASE_URL", server.url("/v1").toString());

        Result result = cli.run("parse-jd", NORTHWIND);

        assertThat(result.exitCode()).isEqualTo(1);
        // the reference lists no OpenAI prices: the model is costed at $0 with a warning
        assertThat(result.err()).contains("warning: no price is known for model gpt-4o-2024-08-06");
        assertThat(result.err().lines().filter(line -> line.startsWith("jsa: error:")))
                .singleElement()
                .asString()
                .contains("the parse-jd answer is invalid")
                .contains("metadata must not be null")
                .contains("nothing was saved");
        assertThat(cli.query("SELECT count(*) FROM job")).isEqualTo("0");
        assertThat(cli.query("SELECT provider || ' ' || ok || ' ' || error_kind || ' ' || model FROM llm_call"))
                .isEqualTo("openai 0 validation gpt-4o-2024-08-06");
    }

    @Test
    void anHttpErrorIsOneLineWithoutTheKeyAndWritesOnlyTheLedgerRow() {
        server.enqueue(LlmTestData.json(200, "{\"input_tokens\": 10}"));
        server.enqueue(LlmTestData.json(401, LlmTestData.fixture("anthropic-error-authentication.json")));
        anthropic();

        Result result = cli.run("parse-jd", NORTHWIND);

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err().lines()).singleElement().asString().contains("ANTHROPIC_API_KEY");
        assertThat(result.err()).doesNotContain(LlmTestData.API_KEY);
        assertThat(cli.query("SELECT count(*) FROM job")).isEqualTo("0");
        assertThat(cli.query("SELECT error_kind FROM llm_call")).isEqualTo("http_4xx");

        server.enqueue(LlmTestData.json(200, "{\"input_tokens\": 10}"));
        server.enqueue(LlmTestData.json(401, LlmTestData.fixture("anthropic-error-authentication.json")));
        Result verbose = cli.run("--verbose", "parse-jd", NORTHWIND);
        assertThat(verbose.err()).contains("LlmException").doesNotContain(LlmTestData.API_KEY);
    }

    @Test
    void llmCheckMakesOneTinyCallOrSaysItIsOffline() {
        server.enqueue(LlmTestData.json(200, "{\"input_tokens\": 40}"));
        server.enqueue(LlmTestData.json(200, LlmTestData.anthropicMessage("{\"ok\": true}")));
        anthropic();

        Result online = cli.run("llm", "check");
        Result offline = cli.run("llm", "check", "--provider", "offline");

        assertThat(online.exitCode()).as(online.err()).isZero();
        assertThat(online.out())
                .startsWith(
                        "anthropic: claude-haiku-5-5 (llm.model.parse-jd) answered with valid structured output in");
        assertThat(offline.out()).startsWith("offline: the rule-based engine");
        assertThat(cli.query("SELECT group_concat(task || '/' || prompt_name || '/' || provider) FROM llm_call"))
                .isEqualTo("parse-jd/check/anthropic,parse-jd/check/offline");
        assertThat(cli.run("llm", "check", "--task", "resume").exitCode()).isEqualTo(2);
    }

    @Test
    void aServerWithoutStructuredOutputsGetsTheStrictToolFromTheFirstCount() throws Exception {
        String rejected = "{\"type\":\"error\",\"error\":{\"type\":\"invalid_request_error\","
                + "\"message\":\"output_config: Extra inputs are not permitted\"}}";
        server.enqueue(LlmTestData.json(400, rejected));
        server.enqueue(LlmTestData.json(200, "{\"input_tokens\": 900}"));
        ObjectNode reply = (ObjectNode) LlmTestData.tree(LlmTestData.fixture("anthropic-message-tool-use.json"));
        ObjectNode toolUse = (ObjectNode) reply.get("content").get(0);
        toolUse.put("name", "jd_model").set("input", LlmTestData.tree(MODEL));
        server.enqueue(LlmTestData.json(200, reply.toString()));
        anthropic();

        Result result = cli.run("parse-jd", NORTHWIND, "--budget", "1");

        assertThat(result.exitCode()).as(result.err()).isZero();
        server.takeRequest();
        assertThat(server.takeRequest().getBody().utf8()).contains("\"tools\"").doesNotContain("output_config");
        assertThat(server.takeRequest().getBody().utf8())
                .contains("\"strict\":true")
                .doesNotContain("output_config");
        assertThat(cli.query("SELECT listing_job_title FROM job")).isEqualTo("Senior Backend Engineer");
    }

    @Test
    void aCutAnswerIsLedgeredWithTheTokensItWasBilledFor() {
        server.enqueue(LlmTestData.json(200, "{\"input_tokens\": 1500}"));
        server.enqueue(LlmTestData.json(200, LlmTestData.fixture("anthropic-message-max-tokens.json")));
        anthropic();

        Result result = cli.run("parse-jd", NORTHWIND);

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("was cut at its limit");
        assertThat(cli.query("SELECT error_kind || ' ' || model || ' ' || output_tokens || ' ' || cache_read_tokens"
                        + " FROM llm_call"))
                .isEqualTo("truncated claude-sonnet-4-20250514 100 2055");
        assertThat(cli.query("SELECT count(*) FROM job")).isEqualTo("0");
    }

    @Test
    void aBudgetCannotBoundAnUnpricedModelSoTheCallIsNotSent() {
        cli.env("OPENAI_BASE_URL", server.url("/v1").toString());

        Result result = cli.run("parse-jd", NORTHWIND, "--budget", "0.01");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err())
                .contains("no price is known for model gpt-4.1-mini")
                .contains("prices.yaml");
        assertThat(server.getRequestCount()).isZero();
        assertThat(cli.query("SELECT error_kind FROM llm_call")).isEqualTo("budget");
    }

    @Test
    void llmCheckSaysWhenAServerCannotEnforceTheSchema() {
        // llama.cpp's answer to a json_schema response_format (the flat form it does not read)
        server.enqueue(LlmTestData.json(
                400,
                "{\"error\":{\"code\":400,\"message\":\"response_format type must be one of \\\"text\\\" or"
                        + " \\\"json_object\\\"\",\"type\":\"invalid_request_error\"}}"));
        ObjectNode reply = (ObjectNode) LlmTestData.tree(LlmTestData.fixture("openai-chat-json-schema.json"));
        ((ObjectNode) reply.get("choices").get(0).get("message")).put("content", "{\"ok\": true}");
        server.enqueue(LlmTestData.json(200, reply.toString()));
        cli.env("OPENAI_BASE_URL", server.url("/v1").toString());

        Result result = cli.run("llm", "check");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out())
                .contains("openai: gpt-4o-2024-08-06 (llm.model.parse-jd) answered")
                .contains("the server rejected json_schema");
    }

    private void anthropic() {
        cli.env("ANTHROPIC_API_KEY", LlmTestData.API_KEY);
        cli.env("ANTHROPIC_BASE_URL", server.url("/").toString());
    }
}
