package jsa.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jsa.db.Database;

class LlmCallDaoTest {
    private static final Instant FROM = Instant.parse("2026-11-24T09:30:00.123Z");

    @TempDir
    Path dir;

    private Database database;
    private LlmCallDao calls;

    @BeforeEach
    void openDatabase() {
        database = Database.open(dir.resolve("jsa.db"));
        calls = database.jdbi().onDemand(LlmCallDao.class);
    }

    @Test
    void aSuccessfulCallRoundTripsEveryField() {
        long jobId = insertJob();
        NewLlmCall call = new NewLlmCall(
                "parse-jd",
                "anthropic",
                "claude-sonnet-4-5",
                "parse-jd",
                3,
                "f00d",
                1_200,
                1_234,
                567,
                1_000,
                200,
                0.012345,
                2_345L,
                true,
                null,
                jobId);
        Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);

        long id = calls.insert(call);

        LlmCall found = calls.since(before).get(0);
        assertThat(found.id()).isEqualTo(id);
        assertThat(found)
                .usingRecursiveComparison()
                .ignoringFields("id", "createdAt")
                .isEqualTo(call);
        assertThat(found.createdAt()).isBetween(before, Instant.now());
    }

    @Test
    void aFailedCallKeepsItsErrorKindAndReadsBackNulls() {
        NewLlmCall call = failedCall("rate_limited");

        calls.insert(call);

        LlmCall found = calls.since(Instant.EPOCH).get(0);
        assertThat(found)
                .usingRecursiveComparison()
                .ignoringFields("id", "createdAt")
                .isEqualTo(call);
        assertThat(found.ok()).isFalse();
        assertThat(found.estimatedInputTokens()).isNull();
        assertThat(found.jobId()).isNull();
    }

    @Test
    void aFailedCallNeedsAnErrorKind() {
        assertThatThrownBy(() -> calls.insert(failedCall(null)))
                .isInstanceOf(UnableToExecuteStatementException.class)
                .hasMessageContaining("CHECK constraint failed");
    }

    @Test
    void sinceReturnsTheCallsFromTheInstantOnOldestFirst() {
        long nextDay = insertAt(FROM.plus(1, ChronoUnit.DAYS));
        long justBefore = insertAt(FROM.minusMillis(1));
        long atFrom = insertAt(FROM);
        long oneMilliLater = insertAt(FROM.plusMillis(1));

        assertThat(calls.since(FROM)).extracting(LlmCall::id).containsExactly(atFrom, oneMilliLater, nextDay);
        assertThat(calls.since(FROM.minusMillis(1)).get(0).id()).isEqualTo(justBefore);
        assertThat(calls.since(FROM.plus(2, ChronoUnit.DAYS))).isEmpty();
    }

    private static NewLlmCall failedCall(String errorKind) {
        return new NewLlmCall(
                "bullets", "openai", "gpt-5", "bullets", 1, "beef", null, 0, 0, 0, 0, 0.0, 30_000L, false, errorKind,
                null);
    }

    private long insertAt(Instant createdAt) {
        long id = calls.insert(failedCall("transport"));
        database.jdbi()
                .useHandle(handle -> handle.execute("UPDATE llm_call SET created_at = ? WHERE id = ?", createdAt, id));
        return id;
    }

    private long insertJob() {
        return database.jdbi().withHandle(handle -> {
            handle.execute("INSERT INTO job (id, company, listing_job_title) VALUES (3, 'Acme', 'Engineer')");
            return 3L;
        });
    }
}
