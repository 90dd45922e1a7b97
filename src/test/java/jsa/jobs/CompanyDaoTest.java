package jsa.jobs;

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

class CompanyDaoTest {
    private static final Instant EARLIER = Instant.parse("2026-11-20T09:30:00.123Z");

    @TempDir
    Path dir;

    private Database database;
    private CompanyDao companies;

    @BeforeEach
    void openDatabase() {
        database = Database.open(dir.resolve("jsa.db"));
        companies = database.jdbi().onDemand(CompanyDao.class);
    }

    @Test
    void everyFieldRoundTrips() {
        Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);

        long id = companies.insert("Acme", "workday", "https://acme.wd5.myworkdayjobs.com/Careers", true);

        Company found = companies.findByName("Acme").orElseThrow();
        assertThat(found)
                .isEqualTo(new Company(
                        id,
                        "Acme",
                        "workday",
                        "https://acme.wd5.myworkdayjobs.com/Careers",
                        true,
                        found.createdAt(),
                        found.createdAt()));
        assertThat(found.createdAt()).isBetween(before, Instant.now());
    }

    @Test
    void anInactiveCompanyWithoutSiteRoundTrips() {
        long id = companies.insert("Globex", "greenhouse", null, false);

        Company found = companies.findByName("Globex").orElseThrow();

        assertThat(found.id()).isEqualTo(id);
        assertThat(found.publicSiteUrl()).isNull();
        assertThat(found.active()).isFalse();
    }

    @Test
    void findByNameIgnoresCase() {
        long id = companies.insert("Acme Corp", "lever", null, true);

        assertThat(companies.findByName("ACME corp")).map(Company::id).contains(id);
        assertThat(companies.findByName("Acme")).isEmpty();
    }

    @Test
    void aNameDifferingOnlyInCaseIsTaken() {
        companies.insert("Acme", "lever", null, true);

        assertThatThrownBy(() -> companies.insert("ACME", "ashby", null, true))
                .isInstanceOf(UnableToExecuteStatementException.class)
                .hasMessageContaining("UNIQUE constraint failed: company.name");
    }

    @Test
    void listOrdersByNameIgnoringCaseAndCanSkipInactiveCompanies() {
        companies.insert("globex", "greenhouse", null, true);
        companies.insert("Initech", "other", null, false);
        companies.insert("Acme", "workday", null, true);

        assertThat(companies.list(false)).extracting(Company::name).containsExactly("Acme", "globex", "Initech");
        assertThat(companies.list(true)).extracting(Company::name).containsExactly("Acme", "globex");
    }

    @Test
    void setActiveSwitchesTheFlagAndStampsUpdatedAt() {
        long id = companies.insert("Acme", "workday", null, true);
        database.jdbi()
                .useHandle(handle -> handle.execute(
                        "UPDATE company SET created_at = ?, updated_at = ? WHERE id = ?", EARLIER, EARLIER, id));
        Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);

        assertThat(companies.setActive(id, false)).isTrue();

        Company found = companies.findByName("Acme").orElseThrow();
        assertThat(found.active()).isFalse();
        assertThat(found.createdAt()).isEqualTo(EARLIER);
        assertThat(found.updatedAt()).isBetween(before, Instant.now());
        assertThat(companies.setActive(id, true)).isTrue();
        assertThat(companies.findByName("Acme").orElseThrow().active()).isTrue();
    }

    @Test
    void setActiveReportsFalseForAMissingId() {
        assertThat(companies.setActive(42, true)).isFalse();
    }

    @Test
    void deleteRemovesTheCompanyAndReportsWhetherThereWasOne() {
        long id = companies.insert("Acme", "workday", null, true);

        assertThat(companies.delete(id)).isTrue();
        assertThat(companies.findByName("Acme")).isEmpty();
        assertThat(companies.delete(id)).isFalse();
    }
}
