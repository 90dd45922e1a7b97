package jsa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jsa.cli.CliRunner.Result;

class CompanyCommandTest {
    private static final Path EXAMPLE = Path.of("examples/companies.yaml");

    @TempDir
    Path dir;

    @Test
    void theExampleFileImportsAndReimportingUpdatesInsteadOfAdding() throws SQLException {
        CliRunner cli = new CliRunner(dir);

        Result first = cli.run("company", "import", EXAMPLE.toString());
        Result second = cli.run("company", "import", EXAMPLE.toString());

        assertThat(first.exitCode()).isZero();
        assertThat(first.out())
                .isEqualTo("companies: 10 added, 0 updated; search terms: 3 added, 0 updated%n".formatted());
        assertThat(second.out())
                .isEqualTo("companies: 0 added, 10 updated; search terms: 0 added, 3 updated%n".formatted());
        assertThat(cli.count("company")).isEqualTo(10);
        assertThat(cli.count("workday_config")).isEqualTo(3);
        assertThat(cli.count("board_config")).isEqualTo(7);
        assertThat(cli.count("search_config")).isEqualTo(3);
    }

    @Test
    void aBadEntryIsNamedAndNothingIsImported() throws Exception {
        CliRunner cli = new CliRunner(dir);
        Path file = Files.writeString(dir.resolve("companies.yaml"), """
                companies:
                  - {name: Stripe, platform: greenhouse, board: stripe}
                  - {name: Acme, platform: greenhous, board: acme}
                search_configs:
                  - {search_term: Software Engineer}
                """);

        Result result = cli.run("company", "import", file.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err().lines())
                .singleElement()
                .asString()
                .isEqualTo("jsa: error: " + file + ": companies[2] (Acme): unknown platform 'greenhous'; use one of"
                        + " workday, greenhouse, lever, ashby, smartrecruiters, other; fix the file and import it again;"
                        + " nothing was imported");
        assertThat(cli.count("company")).isZero();
        assertThat(cli.count("search_config")).isZero();
    }

    @Test
    void everyKindOfMistakeIsReported() throws Exception {
        assertThat(importError("companies: [{name: A, platform: workday}]"))
                .contains("companies[1] (A): a workday company needs 'workday: {base_url, tenant, site}'");
        assertThat(importError("companies: [{name: A, platform: lever}]")).contains("(A): 'board' is missing");
        assertThat(importError("companies: [{name: A, platform: lever, board: a, bord: b}]"))
                .contains("(A): unknown key 'bord'");
        assertThat(importError("companies: [{name: A, platform: lever, board: a, api_base: 'ftp://x'}]"))
                .contains("api_base 'ftp://x' is not an http(s) URL");
        assertThat(importError(
                        "companies: [{name: A, platform: lever, board: a}, {name: a, platform: ashby, board: b}]"))
                .contains("companies[2] (a): the name is listed twice");
        assertThat(importError("companies: [{name: A, platform: lever, board: a, active: maybe}]"))
                .contains("'active' must be true or false");
        assertThat(importError("search_configs: [{search_term: X, exclude_terms: Staff}]"))
                .contains("exclude_terms must be a list");
        assertThat(importError("companies: [unclosed")).contains("is not valid YAML (line ");
        assertThat(importError("companies: [{name: A, platform: lever}, {name: B, platform: ashby}]"))
                .contains("(and 1 more problems)");
    }

    @Test
    void aMissingFileIsAFailure() {
        Result result = new CliRunner(dir)
                .run("company", "import", dir.resolve("nope.yaml").toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("nope.yaml does not exist");
    }

    @Test
    void showPrintsAnEntryThatImportsBackToTheSameCompany() throws Exception {
        CliRunner cli = new CliRunner(dir);
        cli.run(
                "company",
                "add",
                "Local Board",
                "--platform",
                "greenhouse",
                "--board",
                "local",
                "--api-base",
                "http://127.0.0.1:8089",
                "--inactive");
        String shown = cli.run("company", "show", "local board").out();
        Path file = Files.writeString(
                dir.resolve("again.yaml"), "companies:\n  - " + shown.strip().replace("\n", "\n    ") + "\n");
        CliRunner other = new CliRunner(dir.resolve("other"));

        assertThat(other.run("company", "import", file.toString()).exitCode()).isZero();

        assertThat(shown).contains("api_base: http://127.0.0.1:8089", "active: false", "board: local");
        assertThat(other.run("company", "show", "Local Board").out()).isEqualTo(shown);
    }

    @Test
    void addChecksWhatThePlatformNeedsAndRefusesATakenName() {
        CliRunner cli = new CliRunner(dir);

        Result noBoard = cli.run("company", "add", "Acme", "--platform", "lever");
        Result workday = cli.run("company", "add", "Acme", "--platform", "workday", "--tenant", "acme");
        Result added = cli.run("company", "add", "Acme", "--platform", "lever", "--board", "acme");
        Result again = cli.run("company", "add", "ACME", "--platform", "ashby", "--board", "acme");

        assertThat(noBoard.exitCode()).isEqualTo(2);
        assertThat(noBoard.err()).contains("a lever company needs --board");
        assertThat(workday.err()).contains("needs --workday-url, --tenant and --site");
        assertThat(added.exitCode()).isZero();
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("a company named 'ACME' exists");
    }

    @Test
    void listFiltersByActivityAndPrintsJson() {
        CliRunner cli = new CliRunner(dir);
        cli.run("company", "import", EXAMPLE.toString());

        Result inactive = cli.run("company", "list", "--inactive", "--format", "json");
        Result active = cli.run("company", "list", "--active");

        assertThat(inactive.out())
                .contains("\"name\" : \"HireVue\"", "\"active\" : false")
                .doesNotContain("Stripe");
        assertThat(active.out())
                .contains("Stripe", "nordstrom/nordstrom_careers")
                .doesNotContain("HireVue");
        assertThat(cli.run("company", "list", "--active", "--inactive").exitCode())
                .isEqualTo(2);
    }

    @Test
    void removingACompanyWithListingsNeedsYes() throws SQLException {
        CliRunner cli = new CliRunner(dir);
        cli.run("company", "add", "Acme", "--platform", "lever", "--board", "acme");
        cli.execute("INSERT INTO job_listing (company_id, external_id, title, last_fetched)"
                + " SELECT id, 'x1', 'Engineer', '2026-11-24T09:30:00.000Z' FROM company");

        Result refused = cli.run("company", "remove", "acme");
        Result removed = cli.run("company", "remove", "acme", "--yes");

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("Acme has 1 listings that would be deleted with it; pass --yes");
        assertThat(removed.exitCode()).isZero();
        assertThat(cli.count("job_listing")).isZero();
    }

    @Test
    void searchTermsAreManagedByName() {
        CliRunner cli = new CliRunner(dir);

        cli.run("search", "add", "Data Engineer", "--exclude", "Staff", "--exclude", "Principal");
        cli.run("search", "add", "ML Engineer");
        cli.run("search", "disable", "ml engineer");

        assertThat(cli.run("search", "list").out())
                .containsPattern("(?m)^Data Engineer +yes +Staff, Principal$")
                .containsPattern("(?m)^ML Engineer +no$");
        assertThat(cli.run("search", "enable", "ML ENGINEER").exitCode()).isZero();
        assertThat(cli.run("search", "list", "--format", "json").out())
                .contains("\"search_term\" : \"ML Engineer\"", "\"exclude_terms\" : [ \"Staff\", \"Principal\" ]");
        assertThat(cli.run("search", "remove", "Data Engineer").exitCode()).isZero();
        Result missing = cli.run("search", "remove", "Data Engineer");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("no search term 'Data Engineer'");
    }

    private String importError(String yaml) throws Exception {
        Path file = Files.writeString(dir.resolve("bad.yaml"), yaml);
        Result result = new CliRunner(dir).run("company", "import", file.toString());
        assertThat(result.exitCode()).as(yaml).isEqualTo(2);
        assertThat(result.err().lines()).as(yaml).hasSize(1);
        return result.err();
    }

    @Test
    void aCompanyWithoutABoardIsKeptButNotSynced() throws Exception {
        CliRunner cli = new CliRunner(dir);
        cli.run("search", "add", "Engineer");

        Result added = cli.run("company", "add", "Corner Shop", "--platform", "other");
        Result shown = cli.run("company", "show", "corner shop");
        Result synced = cli.run("sync-jobs", "--company", "Corner Shop");

        assertThat(added.exitCode()).isZero();
        assertThat(shown.out()).contains("platform: other").doesNotContain("board");
        assertThat(synced.exitCode()).isEqualTo(2);
        assertThat(synced.err()).contains("Corner Shop has no job board to sync (platform other)");
        assertThat(importError("companies: [{name: A, platform: other, board: a}]"))
                .contains("'board' does not apply to this platform");
    }
}
