package jsa.resume;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import jsa.resume.Ungrounded.Kind;

class GroundingCheckTest {
    private final GroundingCheck check = new GroundingCheck();

    private static final ExperienceRole ROLE = role(
            "Spending and scale",
            List.of("indexed 2,000 provider records", "moved 1.5 million events a day", "added k8s health checks"),
            List.of("Java 17", "PostgreSQL", "Kubernetes", "GitHub Actions"),
            List.of("cut cloud cost 40%", "saved $1,200,000 a year", "served 3x peak traffic", "p95 of 12 ms"));

    @Test
    void figuresWrittenDifferentlyAreGrounded() {
        assertThat(check.check("Cut cloud cost 40 % and saved $1.2M a year", ROLE))
                .isEmpty();
        assertThat(check.check("Cut cloud cost forty percent, saving 1.2 million dollars", ROLE))
                .isEmpty();
        assertThat(check.check("Served threefold (3×) peak traffic at a p95 of 12ms", ROLE))
                .isEmpty();
        assertThat(check.check("Indexed 2000 records and moved 1,500,000 events (1.5M) daily", ROLE))
                .isEmpty();
    }

    @Test
    void inventedFiguresAreFlaggedAsWritten() {
        assertThat(check.check("Cut cloud cost 45% and saved $2M", ROLE))
                .containsExactly(new Ungrounded(Kind.PERCENT, "45%"), new Ungrounded(Kind.MONEY, "$2M"));
        assertThat(check.check("Indexed 5,000 records across two hundred services, tenfold faster", ROLE))
                .containsExactly(
                        new Ungrounded(Kind.NUMBER, "5,000"),
                        new Ungrounded(Kind.NUMBER, "two hundred"),
                        new Ungrounded(Kind.NUMBER, "tenfold"));
        assertThat(check.check("Doubled throughput and reached p99 of 12 ms", ROLE))
                .containsExactly(new Ungrounded(Kind.NUMBER, "Doubled"), new Ungrounded(Kind.NUMBER, "p99"));
    }

    @Test
    void aPercentOrMoneyNeedsTheSameKindOfFigure() {
        // 12 and 40 are in the data, but not as a share or as money
        assertThat(check.check("Cut latency 12% and saved $40 per user", ROLE))
                .containsExactly(new Ungrounded(Kind.PERCENT, "12%"), new Ungrounded(Kind.MONEY, "$40"));
        // a plain number may repeat any figure of that value
        assertThat(check.check("Cut cost by 40 across 3 regions", ROLE)).isEmpty();
    }

    @Test
    void yearsWithinTheRoleDatesAreGrounded() {
        assertThat(check.check("Led the 2021 and 2023 migrations", ROLE)).isEmpty();
        assertThat(check.check("Led the 2019 migration", ROLE)).containsExactly(new Ungrounded(Kind.NUMBER, "2019"));
    }

    @Test
    void namesWithDigitsAndTheWordOneAreNotFigures() {
        assertThat(check.check("Moved one service from EC2 to Kubernetes with Log4j logs", ROLE))
                .containsExactly(new Ungrounded(Kind.TOOL, "EC2"));
        assertThat(check.check("Shipped with zero downtime", ROLE))
                .containsExactly(new Ungrounded(Kind.NUMBER, "zero"));
    }

    @Test
    void inventedToolsAreFlaggedEachOnce() {
        assertThat(check.check("Moved Kafka topics to Redis, then tuned Kafka consumers in Go", ROLE))
                .containsExactly(
                        new Ungrounded(Kind.TOOL, "Kafka"),
                        new Ungrounded(Kind.TOOL, "Redis"),
                        new Ungrounded(Kind.TOOL, "Go"));
    }

    @Test
    void toolsAreGroundedByAnyOfTheirNames() {
        // "k8s" is in the actions, "Kubernetes" in the tools, "Postgres" is PostgreSQL's alias
        assertThat(check.check("Ran Java services on Kubernetes and k8s-native Postgres", ROLE))
                .isEmpty();
        // a shorter name inside a longer one the data uses
        assertThat(check.check("Automated releases on GitHub", ROLE)).isEmpty();
        assertThat(check.check("Automated releases with Jenkins", ROLE))
                .containsExactly(new Ungrounded(Kind.TOOL, "Jenkins"));
    }

    @Test
    void practicesSoftSkillsAndOrdinaryWordsAreNotTools() {
        assertThat(check.check(
                        "Built data pipelines and microservices with strong communication, mentoring and agile "
                                + "code review during maintenance windows, in a snowflake schema",
                        ROLE))
                .isEmpty();
        assertThat(check.check("Modeled facts in Snowflake", ROLE))
                .containsExactly(new Ungrounded(Kind.TOOL, "Snowflake"));
    }

    @Test
    void plainTextHasNoFlags() {
        assertThat(check.check("Rewrote the eligibility service as an async fan-out with per-partner timeouts", ROLE))
                .isEmpty();
        assertThat(check.check("Led the rollout behind a feature flag, one team at a time", ROLE))
                .isEmpty();
    }

    @Test
    void bulletsComposedFromTheExampleProfileAreNeverFlagged() {
        for (ExperienceRole role : exampleRoles()) {
            for (ExperienceProject project : role.projects()) {
                for (String bullet : composedBullets(project)) {
                    assertThat(check.check(bullet, role)).as(bullet).isEmpty();
                }
            }
        }
    }

    @Test
    void inventedFactsInTheExampleProfileAreFlagged() {
        List<ExperienceRole> roles = exampleRoles();
        ExperienceRole lumenfield = roles.get(0);
        ExperienceRole brightmoss = roles.get(2);

        assertThat(check.check("Cut p95 latency from 4.2 s to 650 ms with Redis caching on AWS ECS", lumenfield))
                .isEmpty();
        assertThat(check.check("Cut p95 latency 85% and saved $300K by moving to Cassandra", lumenfield))
                .containsExactly(
                        new Ungrounded(Kind.PERCENT, "85%"),
                        new Ungrounded(Kind.MONEY, "$300K"),
                        new Ungrounded(Kind.TOOL, "Cassandra"));
        // Kafka is one of Lumenfield's tools, not Brightmoss's
        assertThat(check.check("Streamed sales files through Kafka into Amazon S3 in 1 day instead of 5", brightmoss))
                .containsExactly(new Ungrounded(Kind.TOOL, "Kafka"));
    }

    /** What an offline composer can write: an action, then the tools, then an outcome, all verbatim. */
    private static List<String> composedBullets(ExperienceProject project) {
        List<String> bullets = new ArrayList<>();
        for (String action : project.actions()) {
            for (String outcome : project.outcomes()) {
                String sentence = action.substring(0, 1).toUpperCase(Locale.ROOT) + action.substring(1);
                bullets.add(sentence + " using " + String.join(", ", project.tools()) + ", which " + outcome + ".");
            }
        }
        return bullets;
    }

    private static List<ExperienceRole> exampleRoles() {
        List<ExperienceRole> roles =
                ProfileFile.read(Path.of("examples/profile.yaml")).experience();
        assertThat(roles).hasSizeGreaterThan(2);
        return roles;
    }

    private static ExperienceRole role(
            String context, List<String> actions, List<String> tools, List<String> outcomes) {
        ExperienceProject project = new ExperienceProject("platform", context, actions, tools, outcomes);
        return new ExperienceRole(
                "acme_engineer",
                "Acme",
                "Engineer",
                LocalDate.of(2020, 1, 6),
                LocalDate.of(2023, 3, 31),
                null,
                List.of(project));
    }
}
