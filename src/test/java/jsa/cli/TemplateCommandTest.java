package jsa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jsa.cli.CliRunner.Result;

class TemplateCommandTest {
    @TempDir
    Path dir;

    @Test
    void listShowsEachTemplatesTargetAndRolesWithTheirMaxBullets() {
        CliRunner cli = new CliRunner(dir);
        cli.run("profile", "import", "examples/profile.yaml");

        Result result = cli.run("template", "list");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out().lines().toList())
                .hasSize(5)
                .first()
                .asString()
                .startsWith("ID  NAME            ROLE               LEVEL   SPECIALIZATION  ROLES (MAX BULLETS)");
        assertThat(result.out())
                .contains("2   senior-backend  Software Engineer  Senior  Backend         lumenfield_swe (6),"
                        + " harborline_swe (5), brightmoss_ase (2)");
    }

    @Test
    void showPrintsTheTemplateAsInTheProfileFileByIdOrName() {
        CliRunner cli = new CliRunner(dir);
        cli.run("profile", "import", "examples/profile.yaml");

        Result byId = cli.run("template", "show", "3");
        Result byName = cli.run("template", "show", "data-engineer");
        Result missing = cli.run("template", "show", "9");

        assertThat(byId.exitCode()).isZero();
        assertThat(byId.out()).isEqualTo("""
                        name: data-engineer
                        target_role: Data Engineer
                        target_level: null
                        target_specialization: null
                        template_path: html/engineer.ftlh
                        style_path: css/standard.css
                        roles:
                        - experience: lumenfield_swe
                          max_bullet_count: 5
                          title_override: "Software Engineer II, Data Platform"
                        - experience: harborline_swe
                          max_bullet_count: 4
                          title_override: null
                        - experience: brightmoss_ase
                          max_bullet_count: 4
                          title_override: "Associate Software Engineer, Data"
                        """);
        assertThat(byName.out()).isEqualTo(byId.out());
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("no template '9'; 'jsa template list' shows the templates");
    }
}
