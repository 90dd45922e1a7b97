package jsa.resume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import jsa.jd.CorpusScore;
import jsa.jd.JdRequirement;
import jsa.jd.JdText;
import jsa.jd.OfflineJdParser;

class OfflineBulletWriterTest {
    private static final List<ExperienceRole> EXAMPLE =
            ProfileFile.read(Path.of("examples/profile.yaml")).experience();

    private static final String TARGET = "Senior Data Engineer at Northwind Traders";
    private static final String KAFKA = lines(
            "5+ years building streaming data pipelines",
            "Hands-on experience with Kafka or Kinesis",
            "Change data capture (Debezium or similar)",
            "SQL and a cloud warehouse such as Snowflake",
            "Python or Java");
    private static final String SEARCH = lines(
            "Search relevance and ranking with OpenSearch or Elasticsearch",
            "Geo search and fuzzy matching",
            "Experimentation and A/B testing",
            "Java backend services");

    private final OfflineBulletWriter writer = new OfflineBulletWriter();

    private record Bullet(String text, double relevance) {}

    @Test
    void everyBulletOfEveryExampleRoleIsGrounded() {
        GroundingCheck check = new GroundingCheck();
        List<String> requirementLists = new ArrayList<>(List.of(KAFKA, SEARCH, ""));
        requirementLists.addAll(corpusRequirements().values());
        int bullets = 0;
        for (ExperienceRole role : EXAMPLE) {
            for (String requirements : requirementLists) {
                // a smaller max gets the first of these bullets (see fewerBulletsAreTheFirstPicksOfMore)
                for (Bullet bullet : bullets(role, requirements, 20)) {
                    assertThat(check.check(bullet.text(), role))
                            .as("%s: %s", role.key(), bullet.text())
                            .isEmpty();
                    bullets++;
                }
            }
        }
        assertThat(bullets).isGreaterThan(1000);
    }

    @Test
    void everyBulletIsOneProjectsActionToolsAndOutcome() {
        for (ExperienceRole role : EXAMPLE) {
            List<Pattern> shapes = role.projects().stream()
                    .map(OfflineBulletWriterTest::bulletShape)
                    .toList();
            for (String requirements : List.of(KAFKA, SEARCH, "")) {
                for (Bullet bullet : bullets(role, requirements, 20)) {
                    assertThat(shapes).as(bullet.text()).anyMatch(shape -> shape.matcher(bullet.text())
                            .matches());
                }
            }
        }
    }

    @Test
    void bulletsKeepTheAnswerContract() {
        for (ExperienceRole role : EXAMPLE) {
            for (String requirements : List.of(KAFKA, SEARCH, "")) {
                for (int max : List.of(1, 4, 20)) {
                    List<Bullet> bullets = bullets(role, requirements, max);
                    assertThat(bullets).hasSizeBetween(1, max);
                    for (Bullet bullet : bullets) {
                        assertThat(bullet.text()).isNotBlank().hasSizeLessThanOrEqualTo(300);
                        assertThat(bullet.text()).doesNotEndWith(".").doesNotEndWith(" ");
                        assertThat(Character.isUpperCase(bullet.text().charAt(0)))
                                .as(bullet.text())
                                .isTrue();
                        assertThat(bullet.relevance()).isBetween(0.0, 1.0);
                        assertThat(Math.round(bullet.relevance() * 100) / 100.0).isEqualTo(bullet.relevance());
                    }
                    assertThat(bullets)
                            .extracting(Bullet::relevance)
                            .isSortedAccordingTo((a, b) -> Double.compare(b, a));
                }
            }
        }
    }

    @Test
    void fewerBulletsAreTheFirstPicksOfMore() {
        for (ExperienceRole role : EXAMPLE) {
            for (String requirements : List.of(KAFKA, SEARCH, "")) {
                List<Bullet> all = bullets(role, requirements, 20);
                for (int max = 1; max < all.size(); max++) {
                    assertThat(all).containsAll(bullets(role, requirements, max));
                }
            }
        }
    }

    @Test
    void noActionOrOutcomeIsUsedTwiceWithinARole() {
        for (ExperienceRole role : EXAMPLE) {
            List<Bullet> bullets = bullets(role, KAFKA, 20);
            for (ExperienceProject project : role.projects()) {
                Stream.concat(project.actions().stream(), project.outcomes().stream())
                        .forEach(phrase -> assertThat(bullets)
                                .as(phrase)
                                .filteredOn(bullet -> bullet.text()
                                        .toLowerCase(Locale.ROOT)
                                        .contains(phrase.toLowerCase(Locale.ROOT)))
                                .hasSizeLessThanOrEqualTo(1));
            }
        }
    }

    @Test
    void aRoleGetsAsManyBulletsAsItsPhrasesAllow() {
        for (ExperienceRole role : EXAMPLE) {
            // every action makes a bullet; outcomes stand alone only when their project has more than actions
            int material = role.projects().stream()
                    .mapToInt(p -> p.actions().size()
                            + Math.max(0, p.outcomes().size() - p.actions().size()))
                    .sum();
            assertThat(bullets(role, SEARCH, 20)).hasSize(Math.min(20, material));
            assertThat(bullets(role, SEARCH, 3)).hasSize(3);
        }
    }

    @Test
    void kafkaRequirementsRankTheKafkaProjectsFirst() {
        ExperienceRole lumenfield = role("lumenfield_swe");
        List<Bullet> bullets = bullets(lumenfield, KAFKA, 5);
        assertThat(bullets.subList(0, 2))
                .extracting(bullet -> project(bullet, lumenfield))
                .containsOnly("claims-cdc-pipeline");
        assertThat(bullets.get(0).text())
                .isEqualTo("Built a change-data-capture pipeline from PostgreSQL to Snowflake;"
                        + " made claims data available within 15 minutes instead of next day");

        ExperienceRole harborline = role("harborline_swe");
        Bullet first = bullets(harborline, KAFKA, 4).get(0);
        assertThat(project(first, harborline)).isEqualTo("shipment-tracking-events");
        assertThat(first.text()).startsWith("Designed an event-driven tracking pipeline on Kafka");
    }

    @Test
    void searchRequirementsRankProviderSearchFirst() {
        ExperienceRole lumenfield = role("lumenfield_swe");
        List<Bullet> bullets = bullets(lumenfield, SEARCH, 5);

        assertThat(bullets.subList(0, 3))
                .extracting(bullet -> project(bullet, lumenfield))
                .containsOnly("provider-search");
        assertThat(bullets.get(0).text()).startsWith("Added geo-distance and fuzzy-match ranking");
        assertThat(bullets.get(0).relevance()).isGreaterThan(bullets.get(4).relevance());
    }

    @Test
    void aClearlyBetterProjectGetsMoreThanItsTurn() {
        ExperienceRole lumenfield = role("lumenfield_swe");
        assertThat(bullets(lumenfield, KAFKA, 4))
                .extracting(bullet -> project(bullet, lumenfield))
                .filteredOn("claims-cdc-pipeline"::equals)
                .hasSizeGreaterThan(1);
    }

    @Test
    void withNothingToRankByTheBulletsGoRoundTheProjectsInOrder() {
        ExperienceRole lumenfield = role("lumenfield_swe");
        List<Bullet> bullets = bullets(lumenfield, "", "", 5);

        assertThat(bullets)
                .extracting(bullet -> project(bullet, lumenfield))
                .containsExactly(
                        "eligibility-api",
                        "claims-cdc-pipeline",
                        "provider-search",
                        "on-call-observability",
                        "eligibility-api");
        assertThat(bullets).extracting(Bullet::relevance).containsOnly(0.0);
        assertThat(bullets.get(0).text())
                .isEqualTo("Rewrote the eligibility service as an async fan-out with per-partner timeouts"
                        + " using Java 17, Spring Boot and Redis; cut p95 latency from 4.2 s to 650 ms");
    }

    @Test
    void withoutRequirementsTheTargetWordsRank() {
        ExperienceRole lumenfield = role("lumenfield_swe");
        assertThat(project(
                        bullets(lumenfield, "Search Engineer, Provider Directory", "", 4)
                                .get(0),
                        lumenfield))
                .isEqualTo("provider-search");
        assertThat(project(
                        bullets(lumenfield, "Site Reliability Engineer, On-call Tooling", "", 4)
                                .get(0),
                        lumenfield))
                .isEqualTo("on-call-observability");
        // with requirements the target only names the job
        assertThat(bullets(lumenfield, "Search Engineer", KAFKA, 4)).isEqualTo(bullets(lumenfield, KAFKA, 4));
    }

    @Test
    void theSameInputsGiveTheSameJson() {
        for (ExperienceRole role : EXAMPLE) {
            Map<String, String> inputs = inputs(role, TARGET, KAFKA, 5);
            assertThat(new OfflineBulletWriter().answer(inputs).toString())
                    .isEqualTo(writer.answer(inputs).toString());
        }
    }

    @Test
    void onlyTheProjectsFirstActionListsItsToolsPreferringThoseTheRequirementsName() {
        String brief = brief(
                List.of("rewrote the billing service", "moved nightly jobs onto Kafka topics", "wrote the runbooks"),
                List.of("Java 17", "Spring Boot", "Redis", "Kafka", "Docker"),
                List.of());

        List<String> texts = texts(brief, lines("Event streaming with Apache Kafka"), 3);

        // the first action gets Kafka first, then the first tools, in the project's order; the others get none
        assertThat(texts)
                .containsExactly(
                        "Moved nightly jobs onto Kafka topics",
                        "Rewrote the billing service using Java 17, Spring Boot and Kafka",
                        "Wrote the runbooks");
        assertThat(texts(brief, lines("Redis caching"), 1))
                .containsExactly("Rewrote the billing service using Java 17, Spring Boot and Redis");
        // an action naming a tool of the project lists none, even when it is the first
        String named = brief(List.of("moved nightly jobs onto Kafka topics"), List.of("Kafka", "Docker"), List.of());
        assertThat(texts(named, lines("Docker"), 1)).containsExactly("Moved nightly jobs onto Kafka topics");
    }

    @Test
    void anActionThatSaysUsingGetsItsToolsWithWith() {
        String brief = brief(List.of("migrated traffic using shadow reads"), List.of("Docker"), List.of());
        assertThat(texts(brief, "", 1)).containsExactly("Migrated traffic using shadow reads with Docker");
    }

    @Test
    void eachActionIsPairedWithTheMostRelevantUnusedOutcome() {
        String brief = brief(
                List.of("tuned the ingestion workers", "rewrote the search indexer"),
                List.of(),
                List.of("cut cloud spend 20%", "halved search latency", "raised throughput 3x"));

        assertThat(texts(brief, lines("Search latency and relevance"), 3))
                .containsExactly(
                        "Rewrote the search indexer; halved search latency",
                        "Tuned the ingestion workers; cut cloud spend 20%",
                        "Raised throughput 3x");
    }

    @Test
    void outcomesStandAloneOnlyOnceEveryActionIsUsed() {
        String brief = brief(
                List.of("rewrote the search indexer"),
                List.of(),
                List.of("a", "b", "c").stream()
                        .map(letter -> "outcome " + letter)
                        .toList());

        assertThat(texts(brief, "", 1)).containsExactly("Rewrote the search indexer; outcome a");
        assertThat(texts(brief, "", 5))
                .containsExactly("Rewrote the search indexer; outcome a", "Outcome b", "Outcome c");
    }

    @Test
    void aRoleWithoutActionsOrOutcomesGetsNoBullets() {
        String noProjects = new RoleBrief("Acme", "Engineer", "2020-01", null, List.of()).toJson();
        String emptyProject = brief(List.of(), List.of("Java"), List.of());
        String nullLists = "{\"company\":\"Acme\",\"title\":\"Engineer\",\"start\":\"2020-01\",\"end\":null,"
                + "\"projects\":[{\"name\":\"x\",\"context\":null,\"actions\":null,\"tools\":null,\"outcomes\":null}]}";

        for (String brief : List.of(noProjects, emptyProject, nullLists)) {
            assertThat(texts(brief, KAFKA, 5)).isEmpty();
        }
    }

    @Test
    void anOverlongBulletDropsTheToolsThenTheOutcomeAndCutsNothingMidWord() {
        String longAction =
                "rebuilt " + "the legacy settlement batch ".repeat(9).strip();
        String longOutcome = "cut settlement errors "
                + "across every regional ledger ".repeat(3).strip();
        List<String> tools = List.of("Java 17", "Spring Boot", "PostgreSQL");

        String withOutcome = texts(brief(List.of(longAction), tools, List.of("cut errors 40%")), "", 1)
                .get(0);
        assertThat(longAction.length() + " using Java 17, Spring Boot and PostgreSQL; cut errors 40%".length())
                .isGreaterThan(300);
        assertThat(withOutcome).endsWith("batch; cut errors 40%").doesNotContain("using");

        String alone = texts(brief(List.of(longAction), tools, List.of(longOutcome)), "", 1)
                .get(0);
        assertThat(alone).isEqualTo("R" + longAction.substring(1));

        String tooLong =
                "designed " + "a very long and winding sentence ".repeat(12).strip();
        String cut = texts(brief(List.of(tooLong), List.of(), List.of()), "", 1).get(0);
        assertThat(cut).hasSizeLessThanOrEqualTo(300);
        assertThat(tooLong.substring(0, cut.length() + 1)).isEqualTo(cut.toLowerCase(Locale.ROOT) + " ");
    }

    @Test
    void phrasesLoseTheirClosingPeriodAndKeepNamesAsSpelled() {
        String brief = brief(List.of("shipped the iOS app.", "iOS widgets for the home screen"), List.of(), List.of());
        assertThat(texts(brief, "", 2)).containsExactly("Shipped the iOS app", "iOS widgets for the home screen");
    }

    @Test
    void relevanceComparesAcrossRoles() {
        double harborline = bullets(role("harborline_swe"), KAFKA, 1).get(0).relevance();
        double quillstone = bullets(role("quillstone_intern"), KAFKA, 1).get(0).relevance();
        assertThat(harborline).isGreaterThan(quillstone);
    }

    @Test
    void aMaxThatIsNotAPositiveNumberIsRefused() {
        for (String max : List.of("0", "-1", "five", "")) {
            Map<String, String> inputs = new LinkedHashMap<>(inputs(role("lumenfield_swe"), TARGET, KAFKA, 1));
            inputs.put("max_bullets", max);
            assertThatThrownBy(() -> writer.answer(inputs))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("max_bullets");
        }
    }

    /** The requirement lists the offline parser finds in the JD corpus, by file. */
    private static Map<String, String> corpusRequirements() {
        OfflineJdParser parser = new OfflineJdParser();
        Map<String, String> lists = new LinkedHashMap<>();
        for (CorpusScore.Posting posting : CorpusScore.load()) {
            List<JdRequirement> requirements =
                    parser.parse(JdText.normalize(posting.text())).requirements();
            lists.put(
                    posting.file(),
                    lines(requirements.stream().map(JdRequirement::text).toArray(String[]::new)));
        }
        assertThat(lists).hasSizeGreaterThan(20);
        return lists;
    }

    /**
     * What a bullet of {@code project} may be: an action, capitalized, with up to three of the
     * project's tools and one of its outcomes; or an outcome alone.
     */
    private static Pattern bulletShape(ExperienceProject project) {
        String action = alternatives(project.actions().stream().map(OfflineBulletWriterTest::capitalized));
        String tool = alternatives(project.tools().stream());
        String outcome = alternatives(project.outcomes().stream());
        String tools = "(?: (?:using|with) " + tool + "(?:(?:, | and )" + tool + "){0,2})?";
        String lone = alternatives(project.outcomes().stream().map(OfflineBulletWriterTest::capitalized));
        return Pattern.compile(action + tools + "(?:; " + outcome + ")?|" + lone);
    }

    private static String alternatives(Stream<String> phrases) {
        return phrases.map(Pattern::quote).collect(Collectors.joining("|", "(?:", ")"));
    }

    private static String capitalized(String phrase) {
        return phrase.substring(0, 1).toUpperCase(Locale.ROOT) + phrase.substring(1);
    }

    /** The short name of the project whose action {@code bullet} is made of. */
    private static String project(Bullet bullet, ExperienceRole role) {
        return role.projects().stream()
                .filter(p -> Stream.concat(p.actions().stream(), p.outcomes().stream())
                        .anyMatch(phrase ->
                                bullet.text().toLowerCase(Locale.ROOT).startsWith(phrase.toLowerCase(Locale.ROOT))))
                .map(ExperienceProject::shortName)
                .findFirst()
                .orElseThrow();
    }

    private static ExperienceRole role(String key) {
        return EXAMPLE.stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow();
    }

    private List<Bullet> bullets(ExperienceRole role, String requirements, int max) {
        return bullets(role, TARGET, requirements, max);
    }

    private List<Bullet> bullets(ExperienceRole role, String target, String requirements, int max) {
        return bullets(writer.answer(inputs(role, target, requirements, max)));
    }

    private List<String> texts(String brief, String requirements, int max) {
        JsonNode answer = writer.answer(
                Map.of("target", TARGET, "requirements", requirements, "role", brief, "max_bullets", "" + max));
        return bullets(answer).stream().map(Bullet::text).toList();
    }

    private static List<Bullet> bullets(JsonNode answer) {
        List<Bullet> bullets = new ArrayList<>();
        answer.get("bullets")
                .forEach(node -> bullets.add(new Bullet(
                        node.get("text").asText(), node.get("relevance").asDouble())));
        return bullets;
    }

    private static Map<String, String> inputs(ExperienceRole role, String target, String requirements, int max) {
        return Map.of(
                "target",
                target,
                "requirements",
                requirements,
                "role",
                RoleBrief.of(role).toJson(),
                "max_bullets",
                Integer.toString(max));
    }

    private static String brief(List<String> actions, List<String> tools, List<String> outcomes) {
        RoleBrief.Project project = new RoleBrief.Project("billing", null, actions, tools, outcomes);
        return new RoleBrief("Acme", "Engineer", "2020-01", null, List.of(project)).toJson();
    }

    private static String lines(String... requirements) {
        return Stream.of(requirements).map(line -> "- " + line).collect(Collectors.joining("\n"));
    }
}
