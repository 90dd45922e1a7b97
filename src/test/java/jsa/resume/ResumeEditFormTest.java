package jsa.resume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import jsa.ExitStatus;
import jsa.JsaException;

class ResumeEditFormTest {
    private static final String LUMENFIELD = "## Software Engineer II — Lumenfield Health";
    private static final String HARBORLINE = "## Software Engineer — Harborline Logistics";
    private static final String CUT = "[41] Cut p95 latency from 4.2 s to 650 ms\n";

    private static final Resume RESUME = new Resume(
            new ResumeSummary(
                    12,
                    3L,
                    1,
                    "senior-backend",
                    2,
                    "Backend Engineer",
                    "Senior",
                    "anthropic",
                    "claude-haiku-5-5",
                    Instant.parse("2026-05-01T10:22:00Z"),
                    "Northwind Analytics",
                    "Senior Backend Engineer"),
            List.of(
                    role(
                            5,
                            "Software Engineer II",
                            "Lumenfield Health",
                            new ResumeBullet(
                                    41, 0, "Cut p95 latency from 4.2 s to 650 ms", null, false, 0.9, List.of()),
                            new ResumeBullet(
                                    42,
                                    1,
                                    "Saved $2M a year on claims reporting",
                                    null,
                                    false,
                                    0.6,
                                    List.of(new Ungrounded(Ungrounded.Kind.MONEY, "$2M")))),
                    role(
                            6,
                            "Software Engineer",
                            "Harborline Logistics",
                            new ResumeBullet(
                                    43,
                                    0,
                                    "Built shipment tracking events",
                                    "Built shipment tracking on Kafka",
                                    false,
                                    0.8,
                                    List.of()),
                            new ResumeBullet(44, 1, "Ran the warehouse ETL", null, true, 0.3, List.of()))),
            List.of(
                    new ResumeSkills(7, 0, "Languages", "Java, Python", null, false),
                    new ResumeSkills(8, 1, "Data", "Kafka, PostgreSQL", null, true)));

    private static final String FORM = ResumeEditForm.write(RESUME);

    @Test
    void theFormHasEveryItemWithItsStateUnderItsRoleAndExplainsItself() {
        List<String> lines = FORM.lines().toList();

        assertThat(lines.get(0))
                .isEqualTo("# Resume 12, version 2, job 3: Northwind Analytics, Senior Backend Engineer");
        assertThat(String.join("\n", lines.subList(1, 9)))
                .contains("\"[id] text\"", "\"x \" before an id", "\"# generated:\"", "keep the \"##\"");
        assertThat(String.join("\n", lines.subList(9, lines.size())) + "\n")
                .isEqualTo("\n" + LUMENFIELD + "\n" + CUT + """
                        [42] Saved $2M a year on claims reporting
                        #   ⚑ unverified: $2M

                        ## Software Engineer — Harborline Logistics
                        [43] Built shipment tracking on Kafka
                        #   generated: Built shipment tracking events
                        x [44] Ran the warehouse ETL

                        ## Skills
                        [7] Languages: Java, Python
                        x [8] Data: Kafka, PostgreSQL
                        """);
    }

    @Test
    void anUntouchedFormChoosesWhatIsStored() {
        ResumeChoices choices = ResumeEditForm.parse(RESUME, FORM);

        assertThat(choices.bullets())
                .containsExactly(
                        new ItemChoice(41, null, false, 0),
                        new ItemChoice(42, null, false, 1),
                        new ItemChoice(43, "Built shipment tracking on Kafka", false, 0),
                        new ItemChoice(44, null, true, 1));
        assertThat(choices.skills())
                .containsExactly(new ItemChoice(7, null, false, 0), new ItemChoice(8, null, true, 1));
    }

    @Test
    void newTextOverridesAndTheGeneratedTextOrARespacedOneIsNoOverride() {
        String edited = FORM.replace("650 ms", "650 ms for 2M members")
                .replace("[42] Saved $2M a year", "[42]   Saved  $2M a year  ")
                .replace("[43] Built shipment tracking on Kafka", "[43] Built shipment tracking events")
                .replace("[7] Languages: Java, Python", "[7] Languages :Java, Kotlin");

        ResumeChoices choices = ResumeEditForm.parse(RESUME, edited);

        assertThat(choices.bullets())
                .containsExactly(
                        new ItemChoice(41, "Cut p95 latency from 4.2 s to 650 ms for 2M members", false, 0),
                        new ItemChoice(42, null, false, 1),
                        new ItemChoice(43, null, false, 0),
                        new ItemChoice(44, null, true, 1));
        assertThat(choices.skills().get(0)).isEqualTo(new ItemChoice(7, "Java, Kotlin", false, 0));
    }

    @Test
    void anXExcludesAndTheOrderOfTheLinesIsTheOrder() {
        String edited = FORM.replace(CUT, "")
                .replace("#   ⚑ unverified: $2M\n", "#   ⚑ unverified: $2M\nx " + CUT)
                .replace("x [44]", "[44]")
                .replace(
                        "[7] Languages: Java, Python\nx [8] Data: Kafka, PostgreSQL",
                        "X [8] Data: Kafka, PostgreSQL\nx[7] Languages: Java, Python");

        ResumeChoices choices = ResumeEditForm.parse(RESUME, edited);

        assertThat(choices.bullets())
                .containsExactly(
                        new ItemChoice(42, null, false, 0),
                        new ItemChoice(41, null, true, 1),
                        new ItemChoice(43, "Built shipment tracking on Kafka", false, 0),
                        new ItemChoice(44, null, false, 1));
        assertThat(choices.skills())
                .containsExactly(new ItemChoice(8, null, true, 0), new ItemChoice(7, null, true, 1));
    }

    static Stream<Arguments> malformedEdits() {
        return Stream.of(
                Arguments.of(
                        "an unknown id",
                        edit(form -> form.replace("[41]", "[99]")),
                        "line 12: resume 12 has no bullet [99]; bullet [41] is missing: keep every line"),
                Arguments.of(
                        "a duplicate id",
                        edit(form -> form.replace("[42] Saved", "[41] Again\n[42] Saved")),
                        "line 13: bullet [41] is also on line 12"),
                Arguments.of(
                        "a missing id",
                        edit(form -> form.replace(CUT, "")),
                        "bullet [41] is missing: keep every line (put \"x \" before an id to leave it out)"),
                Arguments.of(
                        "a bullet broken over two lines",
                        edit(form -> form.replace("a year on claims", "a year\non claims")),
                        "line 14: \"on claims reporting\" is not an item (\"[id] text\"), a \"##\" heading or a \"#\" note;"
                                + " an item must stay on one line"),
                Arguments.of(
                        "a blank text",
                        edit(form -> form.replace(CUT, "[41]  \n")),
                        "line 12: the text of bullet [41] is blank; to leave it out, put \"x \" before its id"),
                Arguments.of(
                        "a bullet too long",
                        edit(form -> form.replace(CUT, "[41] " + "a".repeat(301) + "\n")),
                        "line 12: the text of bullet [41] has 301 characters, more than the 300 a bullet may have"),
                Arguments.of(
                        "a renamed skills category",
                        edit(form -> form.replace("[7] Languages:", "[7] Langs:")),
                        "line 22: skills category [7] must read \"Languages: skills\"; a category cannot be renamed"),
                Arguments.of(
                        "a skills line without its category",
                        edit(form -> form.replace("[7] Languages: Java", "[7] Java")),
                        "line 22: skills category [7] must read \"Languages: skills\""),
                Arguments.of(
                        "a bullet moved to another role",
                        edit(form -> form.replace(CUT, "").replace(HARBORLINE + "\n", HARBORLINE + "\n" + CUT)),
                        "line 16: bullet [41] belongs under \"" + LUMENFIELD
                                + "\"; a line cannot move to another section; nothing was saved"),
                Arguments.of(
                        "a skills line moved into a role",
                        edit(form -> form.replace("[7] Languages: Java, Python\n", "")
                                .replace(CUT, CUT + "[7] Languages: Java, Python\n")),
                        "line 13: skills category [7] belongs under \"## Skills\""),
                Arguments.of(
                        "an item above the first heading",
                        edit(form ->
                                form.replace(CUT, "").replace("\n\n" + LUMENFIELD, "\n" + CUT + "\n" + LUMENFIELD)),
                        "line 10: [41] comes before the first \"##\" heading"),
                Arguments.of(
                        "a changed heading",
                        edit(form -> form.replace(HARBORLINE, "## Engineer — Harborline Logistics")),
                        "the edited resume is not valid: line 16: expected the heading \"" + HARBORLINE
                                + "\"; the \"##\" headings cannot be changed, added, moved or removed; nothing was saved"),
                Arguments.of(
                        "an extra heading",
                        edit(form -> form + "## Awards\n"),
                        "line 24: \"## Awards\" is a heading after the last one, \"## Skills\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedEdits")
    void aMalformedEditIsRefusedNamingTheLine(String what, UnaryOperator<String> edit, String problem) {
        assertThatThrownBy(() -> ResumeEditForm.parse(RESUME, edit.apply(FORM)))
                .isInstanceOfSatisfying(
                        JsaException.class, e -> assertThat(e.status()).isEqualTo(ExitStatus.USAGE))
                .hasMessageStartingWith("the edited resume is not valid: ")
                .hasMessageContaining(problem)
                .hasMessageEndingWith("; nothing was saved; fix the form and apply it again");
    }

    @Test
    void beyondFiveProblemsTheRestAreCounted() {
        String edited = FORM.replaceAll("\\[(\\d+)]", "[9$1]");

        assertThatThrownBy(() -> ResumeEditForm.parse(RESUME, edited))
                .hasMessageContaining("line 12: resume 12 has no bullet [941]; line 13: ")
                .hasMessageContaining("; and 7 more problems; nothing was saved");
    }

    private static UnaryOperator<String> edit(UnaryOperator<String> edit) {
        return edit;
    }

    private static ResumeRole role(long id, String title, String company, ResumeBullet... bullets) {
        return new ResumeRole(
                id,
                "key_" + id,
                company,
                title,
                LocalDate.of(2020, 1, 1),
                null,
                "Seattle, WA",
                (int) id - 5,
                List.of(bullets));
    }
}
