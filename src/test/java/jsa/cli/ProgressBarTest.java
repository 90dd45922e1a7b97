package jsa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

class ProgressBarTest {
    private final StringWriter err = new StringWriter();

    @Test
    void onATerminalTheBarRedrawsItsLineAndClearsItForOtherLines() {
        ProgressBar bar = new ProgressBar(new PrintWriter(err, true), true);

        bar.show(1, 4, "rendered");
        bar.println("jsa: resume 2: error: no resume 2");
        bar.show(4, 4, "rendered");
        bar.clear();

        assertThat(err.toString())
                .isEqualTo("\r\u001b[K[######..................] 1/4 rendered"
                        + "\r\u001b[Kjsa: resume 2: error: no resume 2\n"
                        + "\r\u001b[K[########################] 4/4 rendered"
                        + "\r\u001b[K");
    }

    @Test
    void elsewhereOnlyTheOtherLinesArePrinted() {
        ProgressBar bar = new ProgressBar(new PrintWriter(err, true), false);

        bar.show(1, 4, "rendered");
        bar.println("jsa: warning: something");
        bar.clear();

        assertThat(err.toString()).isEqualTo("jsa: warning: something\n");
    }
}
