package jsa.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;

class BoardScheduleTest {
    // The host of a company is its name's first letter: A1 and A2 share host A.
    private static BoardSchedule schedule(int perHost, String... names) {
        List<CompanySpec> companies = Arrays.stream(names)
                .map(name -> new CompanySpec(name, Platform.GREENHOUSE, null, true, null, new BoardConfig(name, null)))
                .toList();
        return new BoardSchedule(companies, c -> c.name().substring(0, 1), perHost);
    }

    @Test
    void aBusyHostDoesNotHoldBackAnotherHostsBoard() throws Exception {
        BoardSchedule schedule = schedule(1, "A1", "A2", "A3", "B1");

        BoardSchedule.Board first = schedule.take();
        BoardSchedule.Board second = schedule.take();

        assertThat(first.company().name()).isEqualTo("A1");
        assertThat(second.company().name()).isEqualTo("B1");
        assertThat(second.index()).isEqualTo(3);
    }

    @Test
    void theHostWithTheMostBoardsLeftGoesFirst() throws Exception {
        BoardSchedule schedule = schedule(2, "A1", "B1", "B2", "B3");

        assertThat(schedule.take().host()).isEqualTo("B");
        assertThat(schedule.take().host()).isEqualTo("B");
        assertThat(schedule.take().host()).isEqualTo("A");
    }

    @Test
    void aTakeWaitsUntilItsHostHasRoomAndEndsWithNull() throws Exception {
        BoardSchedule schedule = schedule(1, "A1", "A2");
        BoardSchedule.Board first = schedule.take();
        CompletableFuture<BoardSchedule.Board> next = CompletableFuture.supplyAsync(() -> take(schedule));

        assertThatWaits(next);
        schedule.done(first);
        BoardSchedule.Board second = next.get(10, TimeUnit.SECONDS);

        assertThat(second.company().name()).isEqualTo("A2");
        assertThat(schedule.take()).isNull();
    }

    private static void assertThatWaits(CompletableFuture<?> take) throws Exception {
        try {
            take.get(200, TimeUnit.MILLISECONDS);
            throw new AssertionError("take() returned while its host was full: " + take.get());
        } catch (TimeoutException expected) {
            assertThat(take).isNotDone();
        }
    }

    private static BoardSchedule.Board take(BoardSchedule schedule) {
        try {
            return schedule.take();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
