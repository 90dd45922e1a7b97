package jsa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jsa.cli.CliRunner.Result;

class ProfileCommandTest {
    private static final Path EXAMPLE = Path.of("examples/profile.yaml");

    @TempDir
    Path dir;

    @Test
    void theExampleImportsAndReimportingUpdatesWithoutDuplicates() {
        CliRunner cli = new CliRunner(dir);

        Result first = cli.run("profile", "import", EXAMPLE.toString());
        Result second = cli.run("profile", "import", EXAMPLE.toString());

        assertThat(first.exitCode()).isZero();
        assertThat(first.out())
                .isEqualTo("roles: 4 added, 0 updated, 0 removed, 0 kept; projects: 14; templates: 4 added, 0 updated,"
                        + " 0 kept%n".formatted());
        assertThat(second.out())
                .isEqualTo("roles: 0 added, 4 updated, 0 removed, 0 kept; projects: 14; templates: 0 added, 4 updated,"
                        + " 0 kept%n".formatted());
        assertThat(cli.count("profile")).isEqualTo(1);
        assertThat(cli.count("experience_role")).isEqualTo(4);
        assertThat(cli.count("experience_project")).isEqualTo(14);
        assertThat(cli.count("resume_template")).isEqualTo(4);
        assertThat(cli.count("template_role_config")).isEqualTo(13);
        assertThat(cli.query("SELECT json_extract(links, '$[0].url') FROM profile"))
                .isEqualTo("https://github.com/tessa-lindqvist-example");
        assertThat(cli.query("SELECT outcomes FROM experience_project WHERE short_name = 'eligibility-api'"))
                .isEqualTo("[\"cut p95 latency from 4.2 s to 650 ms\",\"dropped intake timeouts from 3.1% to 0.2% of"
                        + " requests\"]");
    }

    @Test
    void exportImportsBackToTheSameProfile() throws Exception {
        CliRunner cli = new CliRunner(dir);
        cli.run("profile", "import", EXAMPLE.toString());
        String exported = cli.run("profile", "export").out();
        Path file = Files.writeString(dir.resolve("exported.yaml"), exported);
        CliRunner other = new CliRunner(dir.resolve("other"));

        Result imported = other.run("profile", "import", file.toString());

        assertThat(imported.exitCode()).isZero();
        assertThat(exported)
                .contains("name: Tessa Lindqvist", "start_date: 2023-04-03", "end_date: null", "max_bullet_count: 5")
                .contains(
                        "headline: Backend & data engineer – 8 years building reliable APIs and data pipelines on AWS\n")
                .contains("title_override: \"Software Engineer II, Data Platform\"");
        assertThat(other.run("profile", "export").out()).isEqualTo(exported);
    }

    @Test
    void aRoleAStoredResumeUsesSurvivesAReimportWithoutIt() throws Exception {
        CliRunner cli = new CliRunner(dir);
        cli.run("profile", "import", EXAMPLE.toString());
        cli.execute("INSERT INTO resume (template_id, version, target_role) SELECT id, 1, 'Data Engineer'"
                + " FROM resume_template WHERE name = 'data-engineer'");
        cli.execute("INSERT INTO resume_role (resume_id, experience_role_id, title, position)"
                + " SELECT 1, id, title, 0 FROM experience_role WHERE key = 'brightmoss_ase'");
        String withoutTwoRoles = Files.readString(EXAMPLE)
                .replaceAll("(?s)  - key: brightmoss_ase.*?(?=templates:)", "")
                .replaceAll("(?m)^ +- \\{experience: (brightmoss_ase|quillstone_intern),.*\\n", "");
        Path file = Files.writeString(dir.resolve("shorter.yaml"), withoutTwoRoles);

        Result result = cli.run("profile", "import", file.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).startsWith("roles: 0 added, 2 updated, 1 removed, 1 kept; projects: 8;");
        assertThat(result.err())
                .isEqualTo("jsa: note: kept role 'brightmoss_ase', which is not in the file, because a stored resume"
                        + " was written from it%n".formatted());
        assertThat(cli.query("SELECT group_concat(key, ',') FROM (SELECT key FROM experience_role ORDER BY key)"))
                .isEqualTo("brightmoss_ase,harborline_swe,lumenfield_swe");
        assertThat(cli.count("resume_role")).isEqualTo(1);
    }

    @Test
    void aBadFileImportsNothingAndNamesTheField() throws Exception {
        CliRunner cli = new CliRunner(dir);
        String bad = Files.readString(EXAMPLE).replaceFirst("max_bullet_count: 3", "max_bullet_count: 0");
        Path file = Files.writeString(dir.resolve("bad.yaml"), bad);

        Result result = cli.run("profile", "import", file.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err().lines())
                .singleElement()
                .asString()
                .isEqualTo("jsa: error: " + file + ": templates[0].roles[2].max_bullet_count must be greater than or"
                        + " equal to 1 (was '0'); fix the file and import it again; nothing was imported");
        assertThat(cli.count("profile")).isZero();
        assertThat(cli.count("experience_role")).isZero();
    }

    @Test
    void everyKindOfMistakeNamesTheEntryAndField() throws Exception {
        String role = "experience: [{key: a_role, company: A, title: T, start_date: 2020-01-01}]";
        assertThat(importError("profile: {name: X}\n" + role.replace("a_role", "ARole")))
                .contains("experience[0].key must be lower_snake_case");
        assertThat(importError("profile: {name: X}\n" + role.replace("2020-01-01", "2020-13-01")))
                .contains("experience[0].start_date: '2020-13-01' is not a date (YYYY-MM-DD)");
        assertThat(importError("profile: {name: X}\n" + role.replace("}]", ", end_date: 2019-01-01}]")))
                .contains("experience[0].end_date: 2019-01-01 is before start_date 2020-01-01");
        assertThat(importError("profile: {name: X, emial: x@example.com}")).contains("unknown field profile.emial");
        assertThat(importError(
                        "profile: {name: X}\n" + role.replace("}]", ", projects: [{short_name: p, outcomes: 3}]}]")))
                .contains("experience[0].projects[0].outcomes: expected a list");
        assertThat(importError("profile: {name: X}\n" + role + "\n"
                        + role.replace("experience:", "").replace("[", "  - ")))
                .contains("not valid YAML");
        assertThat(importError(
                        "profile: {name: X}\ntemplates: [{name: t, target_role: R, template_path: a, style_path: b,"
                                + " roles: [{experience: nope, max_bullet_count: 2}]}]"))
                .contains("templates[0].roles[0].experience: no role 'nope' in the file");
        assertThat(importError("profile: {name: ' '}")).contains("profile.name must not be blank");
    }

    @Test
    void aJsonResumeBecomesTheProfileWithHighlightsAsProjects() throws Exception {
        CliRunner cli = new CliRunner(dir);
        Path file = Files.writeString(dir.resolve("resume.json"), """
                {
                  "basics": {
                    "name": "Ana Díaz", "label": "Platform engineer", "email": "ana@example.com",
                    "url": "https://ana.example.com",
                    "location": {"city": "Austin", "region": "TX"},
                    "profiles": [{"network": "GitHub", "url": "https://github.com/ana"}]
                  },
                  "work": [
                    {"name": "Acme Corp", "position": "Senior Engineer", "startDate": "2021-03",
                     "highlights": ["Cut deploy time 60% by moving CI to GitHub Actions", "Led the Kafka migration"]},
                    {"name": "Acme Corp", "position": "Senior Engineer", "startDate": "2019-01-15",
                     "endDate": "2021-02-28", "highlights": []}
                  ],
                  "education": [{"institution": "UT Austin", "studyType": "BSc", "area": "CS",
                                 "startDate": "2012-09-01", "endDate": "2016-05-30"}],
                  "skills": [{"name": "Java"}]
                }
                """);

        Result result = cli.run("profile", "import", file.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).startsWith("roles: 2 added, 0 updated, 0 removed, 0 kept; projects: 2;");
        assertThat(cli.query("SELECT group_concat(key || '@' || start_date, ',') FROM experience_role"))
                .isEqualTo("acme_corp_senior_engineer@2021-03-01,acme_corp_senior_engineer_2@2019-01-15");
        assertThat(cli.query("SELECT actions FROM experience_project WHERE position = 1"))
                .isEqualTo("[\"Led the Kafka migration\"]");
        assertThat(cli.run("profile", "show").out())
                .startsWith("""
                        Ana Díaz
                        Platform engineer
                        ana@example.com, Austin, TX
                        Website: https://ana.example.com
                        GitHub: https://github.com/ana
                        BSc CS, UT Austin (2012-09 to 2016-05)
                        """)
                .contains("acme_corp_senior_engineer    Acme Corp  Senior Engineer  2021-03-01  now         2");
    }

    @Test
    void aJsonResumeRoleWithoutAStartDateIsNamed() throws Exception {
        Path file = Files.writeString(
                dir.resolve("resume.json"), "{\"basics\": {\"name\": \"A\"}, \"work\": [{\"name\": \"B\"}]}");

        Result result = new CliRunner(dir).run("profile", "import", file.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("work[0].startDate is missing");
    }

    @Test
    void showAndExportNeedAnImportedProfile() {
        Result result = new CliRunner(dir).run("profile", "export");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("no profile is stored yet; import one with 'jsa profile import FILE'");
    }

    private String importError(String yaml) throws Exception {
        CliRunner cli = new CliRunner(dir.resolve("case" + Math.abs(yaml.hashCode())));
        Path file = Files.writeString(dir.resolve("case" + Math.abs(yaml.hashCode()) + ".yaml"), yaml);
        Result result = cli.run("profile", "import", file.toString());
        assertThat(result.exitCode()).as(result.err()).isEqualTo(2);
        assertThat(cli.count("experience_role")).isZero();
        return result.err();
    }
}
