package jsa.tracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.ObjLongConsumer;

import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jsa.JsaException;
import jsa.db.Database;

class JobStoreTest {
    private static final String HASH_A = "a".repeat(64);
    private static final String HASH_B = "b".repeat(64);

    @TempDir
    Path dir;

    private Database database;
    private JobStore store;

    @BeforeEach
    void openDatabase() {
        database = Database.open(dir.resolve("jsa.db"));
        store = new JobStore(database.jdbi());
    }

    @Test
    void filingTheSameTextAgainUpdatesItsJobKeepingTheFirstSourceAndKnownLinks() {
        long id = store.file(job("Engineer", "R1", "posting.md", "https://acme.example/1", HASH_A), reqs("Go"), none())
                .jobId();

        JobStore.Filed again =
                store.file(job("Senior Engineer", null, "stdin", null, HASH_A), reqs("Rust", "Go"), none());

        assertThat(again).isEqualTo(new JobStore.Filed(id, true));
        Job job = new JobService(database.jdbi()).show(id).job();
        assertThat(job)
                .extracting(Job::listingJobTitle, Job::externalJobId, Job::source, Job::url)
                .containsExactly("Senior Engineer", "R1", "posting.md", "https://acme.example/1");
        assertThat(new JobService(database.jdbi()).show(id).requirements())
                .extracting(Requirement::text)
                .containsExactly("Rust", "Go");
    }

    @Test
    void whatTheCallerWritesInTheTransactionFailsWithIt() {
        assertThatThrownBy(() -> store.file(job("Engineer", null, null, null, HASH_B), reqs("Go"), (handle, id) -> {
                    throw new IllegalStateException("the link failed");
                }))
                .hasMessageContaining("the link failed");

        assertThat(new JobService(database.jdbi()).page(0).rows()).isEmpty();
    }

    @Test
    void replacingKeepsTheTextAndPostingAndRefusesAMissingJob() {
        long id = store.file(job("Engineer", "R1", "posting.md", null, HASH_A), reqs("Go"), none())
                .jobId();

        store.replace(id, job("Staff Engineer", null, null, null, null), reqs("Kotlin"));

        Job job = new JobService(database.jdbi()).show(id).job();
        assertThat(job)
                .extracting(Job::listingJobTitle, Job::externalJobId, Job::source, Job::jdHash, Job::rawJdText)
                .containsExactly("Staff Engineer", "R1", "posting.md", HASH_A, "text");
        assertThatThrownBy(() -> store.replace(99, job("X", null, null, null, null), List.of()))
                .isInstanceOf(JsaException.class)
                .hasMessageContaining("no job 99");
    }

    private static ObjLongConsumer<Handle> none() {
        return (handle, id) -> {};
    }

    private static List<NewRequirement> reqs(String... texts) {
        return Arrays.stream(texts)
                .map(text -> new NewRequirement(text, List.of(text), 0.5))
                .toList();
    }

    private static NewJob job(String title, String externalId, String source, String url, String hash) {
        return new NewJob(
                "Acme",
                title,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                externalId,
                source,
                url,
                hash == null ? null : "text",
                hash,
                null);
    }
}
