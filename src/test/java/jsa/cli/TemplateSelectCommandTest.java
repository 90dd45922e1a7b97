package jsa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jsa.cli.CliRunner.Result;

class TemplateSelectCommandTest {
    @TempDir
    Path dir;

    private CliRunner cli;

    @BeforeEach
    void profile() {
        cli = new CliRunner(dir);
        assertThat(cli.run("profile", "import", "examples/profile.yaml").exitCode())
                .isZero();
    }

    @Test
    void aParsedJobGetsTheTemplateOfItsRoleLevelAndSpecialization() {
        cli.run("parse-jd", "examples/jds/northwind-senior-backend-engineer.md");
        cli.run("parse-jd", "examples/jds/harbor-data-engineer.html");

        Result northwind = cli.run("template", "select", "--job", "1");
        Result harbor = cli.run("template", "select", "--job", "2");

        // Northwind's role is "Backend Engineer": Software Engineer for Backend
        assertThat(northwind.exitCode()).as(northwind.err()).isZero();
        assertThat(northwind.out())
                .startsWith("2\tsenior-backend\tfallback: role Backend Engineer as Software Engineer, level Senior,"
                        + " specialization Backend");
        assertThat(harbor.exitCode()).as(harbor.err()).isZero();
        assertThat(harbor.out()).startsWith("3\tdata-engineer\t");
    }

    @Test
    void aTypedRoleFallsBackAndSaysWhy() {
        Result staff = cli.run("template", "select", "--role", "Software Engineer", "--level", "Staff");
        Result senior = cli.run(
                "template", "select", "--role", "Software Engineer", "--level", "Sr.", "--specialization", "Backend");

        assertThat(staff.out()).startsWith("2\tsenior-backend\tfallback:");
        assertThat(senior.out()).startsWith("2\tsenior-backend\texact:");
        assertThat(cli.run("template", "select").exitCode()).isEqualTo(2);
    }
}
