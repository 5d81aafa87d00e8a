package org.improvementtracker.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.util.unit.DataSize;

class ImportLimitsTests {

    @Test
    void theLimitIsTwentyMegabytesUnlessConfigured() {
        assertThat(bound(Map.of()).maxFileSize()).isEqualTo(DataSize.ofMegabytes(20));
        assertThat(bound(Map.of()).maxFileSize()).isEqualTo(ImportLimits.DEFAULT.maxFileSize());
        assertThat(bound(Map.of("improvement-tracker.imports.max-file-size", "5MB")).maxFileSize())
                .isEqualTo(DataSize.ofMegabytes(5));
    }

    @Test
    void aFileOfExactlyTheLimitIsAcceptedAndOneByteMoreRefused() {
        ImportLimits limits = new ImportLimits(DataSize.ofBytes(10));

        limits.check("plan.csv", new byte[10]);
        UnreadableFile refused = catchThrowableOfType(UnreadableFile.class,
                () -> limits.check("plan.csv", new byte[11]));

        assertThat(refused.problem().sentence()).startsWith("plan.csv: The file is larger than 10 bytes");
    }

    private static ImportLimits bound(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("improvement-tracker.imports", ImportLimits.class);
    }
}
