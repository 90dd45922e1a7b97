package jsa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;

import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jsa.cli.CliRunner.Result;

/** jobs review driven by keys fed to a JLine terminal. */
class JobsReviewTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
    private CliRunner cli;

    @BeforeEach
    void listings() throws SQLException {
        cli = new CliRunner(dir);
        cli.run("company", "add", "Acme", "--platform", "lever", "--board", "acme");
        for (int id = 1; id <= 4; id++) {
            cli.execute("INSERT INTO job_listing (id, company_id, external_id, title, url, last_fetched, posted_date)"
                    + " SELECT " + id + ", id, 'x" + id + "', 'Engineer " + id + "', 'https://jobs.example/" + id + "',"
                    + " '2026-11-24T09:00:00.000Z', '2026-11-2" + id + "' FROM company");
        }
    }

    @Test
    void eachKeyIsADecisionSavedAtOnce() throws Exception {
        Result result = review("ids" + "q");

        assertThat(result.exitCode()).isZero();
        // newest posting first: 4, 3, 2, 1
        assertThat(cli.query("SELECT status FROM job_listing WHERE id = 4")).isEqualTo("interested");
        assertThat(cli.query("SELECT status FROM job_listing WHERE id = 3")).isEqualTo("dismissed");
        assertThat(cli.query("SELECT status FROM job_listing WHERE id = 2")).isEqualTo("new");
        assertThat(cli.query("SELECT status FROM job_listing WHERE id = 1")).isEqualTo("new");
        assertThat(screen())
                .contains(
                        "[1/4] Engineer 4",
                        "Acme",
                        "https://jobs.example/4",
                        "[3/4] Engineer 2",
                        "done: 2 decisions saved");
    }

    @Test
    void undoPutsTheLastDecisionBackAndShowsThatListingAgain() throws Exception {
        review("idu" + "s" + "q");

        assertThat(cli.query("SELECT status FROM job_listing WHERE id = 4")).isEqualTo("interested");
        assertThat(cli.query("SELECT status FROM job_listing WHERE id = 3")).isEqualTo("new");
        assertThat(screen()).contains("undone: back to new");
        assertThat(screen().split("\\[2/4] Engineer 3", -1)).hasSize(3);
    }

    @Test
    void aRefusedMoveExplainsAndStays() throws Exception {
        review("a" + "q");

        assertThat(cli.query("SELECT status FROM job_listing WHERE id = 4")).isEqualTo("new");
        assertThat(screen()).contains("listing 4 is new and cannot become applied");
    }

    @Test
    void theEndOfInputEndsTheReview() throws Exception {
        Result result = review("i");

        assertThat(result.exitCode()).isZero();
        assertThat(cli.query("SELECT status FROM job_listing WHERE id = 4")).isEqualTo("interested");
        assertThat(screen()).contains("done: 1 decisions saved");
    }

    @Test
    void withoutATerminalItRefuses() {
        Result result = cli.run("jobs", "review");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err())
                .contains("jsa jobs review needs a terminal; run it in a terminal, or use 'jsa jobs mark'");
    }

    private Result review(String keys) throws IOException {
        Terminal terminal = new DumbTerminal(new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)), screen);
        return cli.terminal(terminal).run("jobs", "review");
    }

    private String screen() {
        return screen.toString(StandardCharsets.UTF_8);
    }
}
