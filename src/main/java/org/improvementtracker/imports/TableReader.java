package org.improvementtracker.imports;

import java.util.List;

/** Reads every table out of one kind of file, or refuses it with an {@link UnreadableFile}. */
public interface TableReader {

    List<SourceTable> read(String fileName, byte[] file);
}
