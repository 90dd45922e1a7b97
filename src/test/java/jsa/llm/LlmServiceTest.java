package jsa.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import jsa.ExitStatus;
import jsa.db.Database;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

class LlmServiceTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A record answer with constraints, as the tasks' records have. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Greeting(@NotBlank String text, @Min(0) int timesSaid) {}

    private static final StructuredTask<Greeting> GREET = new StructuredTask<>(
            "greet", Prompts.load("parse-jd", 1), "greeting", JSON.createObjectNode(), Greeting.class, 100);

    @TempDir
    Path dir;

    private Database database;
    private final List<String> warnings = new ArrayList<>();

    @BeforeEach
    void openDatabase() {
        database = Database.open(dir.resolve("jsa.db"));
    }

    @Test
    void aValidAnswerIsReturnedAndLedgeredWithItsCost() throws Exception {
        ScriptedClient client = new ScriptedClient(
                1_200, request -> reply("{\"text\": \"hi\", \"times_said\": 2}", new TokenUsage(200, 50, 1_000, 0, 0)));

        Answer<Greeting> answer = service(client, null).ask(GREET, Map.of("jd", "a posting"));

        assertThat(answer.value()).isEqualTo(new Greeting("hi", 2));
        assertThat(client.requests).singleElement().satisfies(request -> {
            assertThat(request.model()).isEqualTo("claude-haiku-4-5");
            assertThat(request.user()).endsWith("a posting");
            assertThat(request.inputs()).containsEntry("jd", "a posting");
        });
        LlmCall call = onlyCall();
        assertThat(call.id()).isEqualTo(answer.callId());
        assertThat(call)
                .extracting(
                        LlmCall::task,
                        LlmCall::provider,
                        LlmCall::model,
                        LlmCall::promptName,
                        LlmCall::estimatedInputTokens,
                        LlmCall::inputTokens,
                        LlmCall::outputTokens,
                        LlmCall::cacheReadTokens,
                        LlmCall::ok)
                .containsExactly(
                        "greet", "anthropic", "claude-haiku-4-5-20251001", "parse-jd", 1_200, 200, 50, 1_000, true);
        // Haiku 4.5: input 1, read 0.10, output 5 per million
        assertThat(call.costUsd()).isCloseTo((200 * 1 + 1_000 * 0.10 + 50 * 5) / 1e6, within(1e-12));
        assertThat(answer.costUsd()).isEqualTo(call.costUsd());
    }

    @Test
    void anInvalidAnswerNamesTheFieldAndValueAndIsLedgeredAsAValidationFailure() {
        ScriptedClient client = new ScriptedClient(
                10, request -> reply("{\"text\": \" \", \"times_said\": -1}", new TokenUsage(10, 5, 0, 0, 0)));

        assertThatThrownBy(() -> service(client, null).ask(GREET, Map.of("jd", "x")))
                .isInstanceOfSatisfying(
                        LlmException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.VALIDATION))
                .hasMessageContaining("times_said must be greater than or equal to 0 (was '-1')")
                .hasMessageContaining("text must not be blank (was ' ')")
                .hasMessageContaining("nothing was saved");
        LlmCall call = onlyCall();
        assertThat(call.ok()).isFalse();
        assertThat(call.errorKind()).isEqualTo("validation");
        assertThat(call.outputTokens()).isEqualTo(5);
    }

    @Test
    void anAnswerOfTheWrongShapeIsAValidationFailureNamingThePath() {
        ScriptedClient client = new ScriptedClient(
                10, request -> reply("{\"text\": \"hi\", \"times_said\": \"often\"}", TokenUsage.NONE));

        assertThatThrownBy(() -> service(client, null).ask(GREET, Map.of("jd", "x")))
                .hasMessageContaining("times_said");
        assertThat(onlyCall().errorKind()).isEqualTo("validation");
    }

    @Test
    void aFailedCallIsLedgeredWithItsKind() {
        ScriptedClient client = new ScriptedClient(10, request -> {
            throw new LlmException(ErrorKind.HTTP_5XX, "overloaded", "try later", ExitStatus.UNAVAILABLE);
        });

        assertThatThrownBy(() -> service(client, null).ask(GREET, Map.of("jd", "x")))
                .hasMessageContaining("overloaded");
        assertThat(onlyCall()).extracting(LlmCall::ok, LlmCall::errorKind).containsExactly(false, "http_5xx");
    }

    @Test
    void aCallWhoseCeilingExceedsTheBudgetIsNeverSent() {
        ScriptedClient client = new ScriptedClient(100_000, request -> reply("{}", TokenUsage.NONE));

        // ceiling: 100k input at the 5-minute write rate 1.25 + 100 output at 5 per million = $0.1255
        assertThatThrownBy(() -> service(client, new Budget(0.10)).ask(GREET, Map.of("jd", "x")))
                .isInstanceOfSatisfying(
                        LlmException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.BUDGET))
                .hasMessageContaining("$0.1255")
                .hasMessageContaining("--budget 0.10");
        assertThat(client.requests).isEmpty();
        assertThat(onlyCall())
                .extracting(LlmCall::errorKind, LlmCall::estimatedInputTokens)
                .containsExactly("budget", 100_000);
    }

    @Test
    void aCountThatFailsStopsTheCallOnlyWhenABudgetNeedsIt() {
        LlmClient cannotCount =
                new ScriptedClient(0, request -> reply("{\"text\": \"hi\", \"times_said\": 1}", TokenUsage.NONE)) {
                    @Override
                    public int countInputTokens(LlmRequest request) {
                        throw new LlmException(
                                ErrorKind.HTTP_4XX, "no count_tokens here", "use another proxy", ExitStatus.FAILURE);
                    }
                };

        assertThat(service(cannotCount, null)
                        .ask(GREET, Map.of("jd", "x"))
                        .value()
                        .text())
                .isEqualTo("hi");
        assertThatThrownBy(() -> service(cannotCount, new Budget(1)).ask(GREET, Map.of("jd", "x")))
                .hasMessageContaining("no count_tokens here");
    }

    @Test
    void anUnpricedModelCostsNothingWithAWarning() {
        ScriptedClient client = new ScriptedClient(
                10,
                request -> new LlmReply(
                        json("{\"text\": \"hi\", \"times_said\": 1}"),
                        "llama3.2",
                        new TokenUsage(10, 5, 0, 0, 0),
                        null));

        Answer<Greeting> answer = service(client, null).ask(GREET, Map.of("jd", "x"));

        assertThat(answer.costUsd()).isZero();
        assertThat(warnings).singleElement().asString().contains("llama3.2");
    }

    private LlmService service(LlmClient client, Budget budget) {
        return new LlmService(
                client, task -> "claude-haiku-4-5", database.jdbi(), Prices.load(null), budget, warnings::add);
    }

    private LlmCall onlyCall() {
        List<LlmCall> calls = database.jdbi().withExtension(LlmCallDao.class, dao -> dao.since(Instant.EPOCH));
        assertThat(calls).hasSize(1);
        return calls.get(0);
    }

    private static LlmReply reply(String json, TokenUsage usage) {
        return new LlmReply(json(json), "claude-haiku-4-5-20251001", usage, "req_1");
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A provider that answers by script and remembers what it was asked. */
    private static class ScriptedClient implements LlmClient {
        private final int inputTokens;
        private final Function<LlmRequest, LlmReply> answer;
        final List<LlmRequest> requests = new ArrayList<>();

        ScriptedClient(int inputTokens, Function<LlmRequest, LlmReply> answer) {
            this.inputTokens = inputTokens;
            this.answer = answer;
        }

        @Override
        public String provider() {
            return "anthropic";
        }

        @Override
        public int countInputTokens(LlmRequest request) {
            return inputTokens;
        }

        @Override
        public LlmReply complete(LlmRequest request) {
            requests.add(request);
            return answer.apply(request);
        }
    }
}
