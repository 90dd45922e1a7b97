package jsa.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

import jsa.ExitStatus;
import jsa.db.DatabaseInfo;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
        name = "info",
        mixinStandardHelpOptions = true,
        description = "Show the database's path, size, schema version and row counts.")
final class DbInfoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        DatabaseInfo info = AppContext.of(spec).maintenance().info();
        PrintWriter out = spec.commandLine().getOut();
        Columns summary = new Columns();
        summary.row("path", info.file().toString());
        summary.row("size", String.format(Locale.ROOT, "%,d bytes", info.sizeBytes()));
        summary.row("schema", Integer.toString(info.schemaVersion()));
        summary.row("sqlite", info.sqliteVersion());
        summary.row("journal", info.journalMode());
        summary.print(out);
        out.println();
        Columns rows = new Columns();
        rows.row("TABLE", "ROWS");
        info.rowCounts().forEach((table, count) -> rows.row(table, Long.toString(count)));
        rows.print(out);
        return ExitStatus.OK.code();
    }
}
