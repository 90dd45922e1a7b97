package jsa.cli;

import static jsa.cli.MetricsExpectations.count;
import static jsa.cli.MetricsExpectations.percent;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jsa.cli.CliRunner.Result;
import jsa.cli.MetricsDataset.App;

/** {@code jsa metrics --format json} against metrics the test works out from generated data. */
class MetricsCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private CliRunner cli;
    private List<App> apps;

    @BeforeEach
    void data() throws Exception {
        cli = new CliRunner(dir);
        apps = MetricsDataset.generate(400);
        MetricsDataset.write(cli.defaultDatabase(), apps);
    }

    private JsonNode metrics(String... options) throws Exception {
        List<String> args = new ArrayList<>(List.of("metrics", "--format", "json"));
        args.addAll(List.of(options));
        Result result = cli.run(args.toArray(String[]::new));
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).isEmpty();
        return JSON.readTree(result.out());
    }

    @Test
    void everyPartMatchesWhatTheDataSays() throws Exception {
        JsonNode report = metrics();

        assertMatches(report, apps);
        assertThat(report.at("/deep_dive/dimension").asText()).isEqualTo("role");
        assertThat(rows(report.at("/deep_dive/rows"))).isEqualTo(MetricsExpectations.byValue(apps, App::role));
    }

    @Test
    void timelinesListDaysWithoutApplications() throws Exception {
        JsonNode timeline = metrics().get("timeline");

        for (int day = MetricsDataset.GAP_FROM; day < MetricsDataset.GAP_FROM + MetricsDataset.GAP_DAYS; day++) {
            String date = MetricsDataset.START.plusDays(day).toString();
            assertThat(timeline.findValues("date").stream().map(JsonNode::asText))
                    .contains(date);
        }
        assertThat(apps.stream().map(App::applied))
                .doesNotContain(MetricsDataset.START.plusDays(MetricsDataset.GAP_FROM));
    }

    @Test
    void filtersApplyToEveryPart() throws Exception {
        LocalDate from = MetricsDataset.START.plusDays(10);
        LocalDate to = MetricsDataset.START.plusDays(45);
        List<App> kept = apps.stream()
                .filter(a -> !a.applied().isBefore(from) && !a.applied().isAfter(to))
                .filter(a -> a.role().equals("Data Engineer"))
                .filter(a -> MetricsExpectations.area(a.location()).equals("Greater Seattle"))
                .filter(a -> "hybrid".equals(a.workSetting()))
                .toList();
        assertThat(kept).hasSizeGreaterThan(3);

        JsonNode report = metrics(
                "--from", from.toString(),
                "--to", to.toString(),
                "--role", "data engineer",
                "--location", "greater seattle",
                "--work-setting", "HYBRID",
                "--dimension", "template");

        assertMatches(report, kept, MetricsExpectations.timeline(kept, from, to));
        assertThat(report.at("/deep_dive/dimension").asText()).isEqualTo("template");
        assertThat(report.get("timeline").get(0).get("date").asText()).isEqualTo(from.toString());
    }

    @Test
    void aLocationFilterAlsoTakesTheJobsOwnLocation() throws Exception {
        JsonNode report = metrics("--location", "austin, tx", "--level", "senior", "--specialization", "apis");

        assertMatches(
                report,
                apps.stream()
                        .filter(a -> "Austin, TX".equals(a.location()))
                        .filter(a -> a.level().equals("senior") && "APIs".equals(a.specialization()))
                        .toList());
    }

    @Test
    void theUsersAreasReplaceAndExtendTheBuiltInOnes() throws Exception {
        Files.createDirectories(cli.configFile().getParent());
        Files.writeString(
                cli.configFile().resolveSibling("location-groups.txt"),
                "# mine\nChicago area: Chicago\nBay Area: San Francisco, Oakland\n");

        Map<String, List<Number>> locations = rows(metrics().at("/by_dimension/location"));

        assertThat(locations).containsKeys("Greater Seattle", "Chicago area", "Evanston, IL", "Bay Area");
        assertThat(locations).doesNotContainKey("San Francisco, CA");
        assertThat(locations.get("Bay Area").get(0))
                .isEqualTo(apps.stream()
                        .filter(a -> "San Francisco, CA".equals(a.location()))
                        .count());
    }

    @Test
    void salaryBandsComeInTheirOwnOrderWithUnknownLast() throws Exception {
        List<String> bands = new ArrayList<>();
        metrics()
                .at("/by_dimension/salary_band")
                .forEach(row -> bands.add(row.get("value").asText()));

        assertThat(bands).containsExactly("<$150k", "$150k-$180k", "$180k-$200k", ">$200k", "unknown");
    }

    @Test
    void noApplicationsGiveZerosAndEmptyTimelines() throws Exception {
        JsonNode report = metrics("--from", "2030-01-01");

        assertThat(report.at("/summary/total").asLong()).isZero();
        assertThat(report.at("/summary/callback_rate").asDouble()).isZero();
        assertThat(report.get("timeline")).isEmpty();
        assertThat(report.get("median_days_to_first_response").isNull()).isTrue();
        assertThat(report.at("/by_dimension/role")).isEmpty();
    }

    @Test
    void aPeriodEndsTodayAndIsAtMostTenYears() throws Exception {
        JsonNode future = metrics("--to", LocalDate.now().plusYears(2).toString());
        Result decades = cli.run("metrics", "--from", "1990-01-01");

        JsonNode timeline = future.get("timeline");
        assertThat(timeline.get(timeline.size() - 1).get("date").asText())
                .isEqualTo(LocalDate.now().toString());
        assertThat(decades.exitCode()).isEqualTo(2);
        assertThat(decades.err())
                .startsWith("jsa: error: the period from 1990-01-01 to ")
                .contains("longer than ten years");
    }

    @Test
    void fromAfterToIsAUsageError() {
        Result result = cli.run("metrics", "--from", "2026-05-02", "--to", "2026-05-01");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--from 2026-05-02 is after --to 2026-05-01");
    }

    private static void assertMatches(JsonNode report, List<App> apps) {
        assertMatches(report, apps, MetricsExpectations.timeline(apps));
    }

    private static void assertMatches(JsonNode report, List<App> apps, List<String> timeline) {
        long total = apps.size();
        JsonNode summary = report.get("summary");
        assertThat(summary.get("total").asLong()).isEqualTo(total);
        assertThat(summary.get("callbacks").asLong()).isEqualTo(count(apps, "callback"));
        assertThat(summary.get("rejected").asLong()).isEqualTo(count(apps, "rejected"));
        assertThat(summary.get("closed").asLong()).isEqualTo(count(apps, "closed"));
        assertThat(summary.get("no_response").asLong()).isEqualTo(count(apps, null));
        assertThat(summary.get("callback_rate").asDouble()).isEqualTo(percent(count(apps, "callback"), total));
        assertThat(summary.get("no_response_rate").asDouble()).isEqualTo(percent(count(apps, null), total));
        assertThat(summary.get("days").asLong()).isEqualTo(timeline.size());
        assertThat(summary.get("applications_per_day").asDouble())
                .isEqualTo(Math.round(total * 100.0 / timeline.size()) / 100.0);
        List<String> days = new ArrayList<>();
        report.get("timeline")
                .forEach(d -> days.add(
                        d.get("date").asText() + "=" + d.get("applications").asLong() + "/"
                                + d.get("callbacks").asLong()));
        assertThat(days).isEqualTo(timeline);

        long callbacks = apps.stream()
                .filter(a -> "callback".equals(a.state()) || a.interviewed())
                .count();
        long interviews = apps.stream().filter(App::interviewed).count();
        long offers = apps.stream().filter(a -> "offer".equals(a.outcome())).count();
        List<String> funnel = new ArrayList<>();
        report.get("funnel")
                .forEach(s -> funnel.add(
                        s.get("stage").asText() + "=" + s.get("count").asLong()));
        assertThat(funnel)
                .containsExactly(
                        "applied=" + total, "callback=" + callbacks, "interview=" + interviews, "offer=" + offers);
        assertThat(report.at("/funnel/2/rate_from_previous").asDouble()).isEqualTo(percent(interviews, callbacks));
        assertThat(report.get("median_days_to_first_response").asDouble()).isEqualTo(MetricsExpectations.median(apps));

        Map<String, Function<App, String>> dimensions = MetricsExpectations.dimensions();
        assertThat(report.get("by_dimension").fieldNames()).toIterable().containsExactlyElementsOf(dimensions.keySet());
        dimensions.forEach((name, value) -> assertThat(rows(report.at("/by_dimension/" + name)))
                .as(name)
                .isEqualTo(MetricsExpectations.byValue(apps, value)));
        for (String name : List.of("role", "location", "work_setting")) {
            List<String> top = new ArrayList<>();
            report.at("/rejections/" + name)
                    .forEach(r -> top.add(
                            r.get("value").asText() + "=" + r.get("rejected").asLong()));
            assertThat(top).as(name).isEqualTo(MetricsExpectations.topRejections(apps, dimensions.get(name)));
        }
    }

    /** Value → [total, callbacks, rejected, closed, no response, callback rate] from JSON rows. */
    private static Map<String, List<Number>> rows(JsonNode rows) {
        Map<String, List<Number>> result = new TreeMap<>();
        rows.forEach(row -> result.put(
                row.get("value").asText(),
                List.of(
                        row.get("total").asLong(),
                        row.get("callbacks").asLong(),
                        row.get("rejected").asLong(),
                        row.get("closed").asLong(),
                        row.get("no_response").asLong(),
                        row.get("callback_rate").asDouble())));
        return result;
    }
}
