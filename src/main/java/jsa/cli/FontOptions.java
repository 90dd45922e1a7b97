package jsa.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Option;

/** {@code --font-dir}, for the commands that write PDFs. */
final class FontOptions {
    @Option(
            names = "--font-dir",
            paramLabel = "DIR",
            description = "Look here first for Carlito, Liberation Sans and DejaVu Sans, and embed every font in"
                    + " it as a fallback (repeatable).")
    List<Path> dirs = new ArrayList<>();
}
