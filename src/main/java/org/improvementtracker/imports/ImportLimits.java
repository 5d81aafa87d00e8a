package org.improvementtracker.imports;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How large a file the readers accept ({@code improvement-tracker.imports.max-file-size}, 20MB unless set):
 * a plan's document is rarely over a few megabytes, and every byte is held in memory while it is read.
 */
@ConfigurationProperties("improvement-tracker.imports")
public record ImportLimits(@DefaultValue("20MB") DataSize maxFileSize) {

    public static final ImportLimits DEFAULT = new ImportLimits(DataSize.ofMegabytes(20));

    /** Refuses an empty file or one over the limit, before any reader looks inside it. */
    void check(String fileName, byte[] file) {
        if (file.length == 0) {
            throw new UnreadableFile(ImportProblem.ofFile(fileName, "The file is empty: choose the saved plan again"));
        }
        if (file.length > maxFileSize.toBytes()) {
            throw new UnreadableFile(ImportProblem.ofFile(fileName, "The file is larger than "
                    + described() + ": remove pictures or split the plan into smaller files"));
        }
    }

    private String described() {
        if (maxFileSize.toMegabytes() > 0) {
            return maxFileSize.toMegabytes() + " MB";
        }
        return maxFileSize.toKilobytes() > 0 ? maxFileSize.toKilobytes() + " KB" : maxFileSize.toBytes() + " bytes";
    }
}
