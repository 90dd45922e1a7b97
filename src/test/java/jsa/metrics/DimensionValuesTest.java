package jsa.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jsa.JsaException;

class DimensionValuesTest {
    @TempDir
    Path dir;

    @Test
    void salaryBandsGoByTheMidpointOrTheOneKnownEnd() {
        assertThat(DimensionValues.salaryBand(100_000L, 199_999L)).isEqualTo("<$150k");
        assertThat(DimensionValues.salaryBand(100_000L, 200_000L)).isEqualTo("$150k-$180k");
        assertThat(DimensionValues.salaryBand(179_999L, 179_999L)).isEqualTo("$150k-$180k");
        assertThat(DimensionValues.salaryBand(180_000L, 180_000L)).isEqualTo("$180k-$200k");
        assertThat(DimensionValues.salaryBand(190_000L, 210_000L)).isEqualTo("$180k-$200k");
        assertThat(DimensionValues.salaryBand(190_000L, 210_002L)).isEqualTo(">$200k");
        assertThat(DimensionValues.salaryBand(null, 140_000L)).isEqualTo("<$150k");
        assertThat(DimensionValues.salaryBand(205_000L, null)).isEqualTo(">$200k");
        assertThat(DimensionValues.salaryBand(null, null)).isEqualTo("unknown");
    }

    @Test
    void citiesOfAnAreaCountAsTheAreaInAnyCase() {
        LocationGroups groups = LocationGroups.builtIn();

        assertThat(groups.group("Seattle, WA")).isEqualTo("Greater Seattle");
        assertThat(groups.group("  oak brook , IL")).isEqualTo("Chicago area");
        assertThat(groups.group("TACOMA")).isEqualTo("Greater Seattle");
        assertThat(groups.group(" Austin, TX ")).isEqualTo("Austin, TX");
        assertThat(groups.group(" ")).isEqualTo("unknown");
        assertThat(groups.group(null)).isEqualTo("unknown");
    }

    @Test
    void aUserFileLineWithoutAnAreaIsReportedWithItsNumber() throws Exception {
        Path file = Files.writeString(dir.resolve("location-groups.txt"), "# areas\n\nSeattle, Bellevue\n");

        assertThatThrownBy(() -> LocationGroups.load(file))
                .isInstanceOf(JsaException.class)
                .hasMessageContaining("location-groups.txt:3: expected 'Area: City, City'");
    }

    @Test
    void aMissingUserFileLeavesTheBuiltInAreas() {
        assertThat(LocationGroups.load(dir.resolve("none.txt")).group("Naperville, IL"))
                .isEqualTo("Chicago area");
    }
}
