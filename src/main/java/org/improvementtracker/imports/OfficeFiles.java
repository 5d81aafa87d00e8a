package org.improvementtracker.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Opens a Word document or Excel workbook as its zip package, after refusing what must not be opened: a
 * file that is not an Office file at all, a password-protected one (an OLE2 file holding the encrypted
 * package), an old 97-2003 file, one with macros, or a zip bomb (POI's ZipSecureFile limits stay on and
 * their refusal is recognised here).
 */
final class OfficeFiles {

    /** Which Office file a reader wants: its name for people and the content type of its main part. */
    enum Kind {
        WORD("a Word document", "Word", ".docx", "wordprocessingml"),
        EXCEL("an Excel workbook", "Excel", ".xlsx", "spreadsheetml");

        private final String described;
        private final String application;
        private final String extension;
        private final String contentType;

        Kind(String described, String application, String extension, String contentType) {
            this.described = described;
            this.application = application;
            this.extension = extension;
            this.contentType = contentType;
        }
    }

    /** Reads the tables out of an opened package; may throw whatever POI throws. */
    interface PackageReader {
        List<SourceTable> read(OPCPackage pack) throws Exception;
    }

    private OfficeFiles() {
    }

    /** The tables the reader finds in the file, or the problem with the file; the package is never saved. */
    static List<SourceTable> read(String fileName, byte[] file, Kind kind, PackageReader reader) {
        OPCPackage pack = open(fileName, file, kind);
        try {
            return reader.read(pack);
        } catch (Exception unreadable) {
            throw unreadable(fileName, kind, unreadable);
        } finally {
            pack.revert();
        }
    }

    private static OPCPackage open(String fileName, byte[] file, Kind kind) {
        FileMagic magic = magic(file);
        if (magic == FileMagic.OLE2) {
            throw refused(fileName, oldOrEncrypted(file, kind));
        }
        if (magic == FileMagic.PDF) {
            throw refused(fileName, "The file is a PDF, not " + kind.described + ": upload the " + kind.application
                    + " file the PDF was made from");
        }
        if (magic != FileMagic.OOXML) {
            throw refused(fileName, notOffice(kind));
        }
        OPCPackage pack;
        try {
            pack = OPCPackage.open(new ByteArrayInputStream(file));
        } catch (Exception unopened) {
            throw unreadable(fileName, kind, unopened);
        }
        try {
            PackagePart main = pack.getPartsByRelationshipType(PackageRelationshipTypes.CORE_DOCUMENT).get(0);
            String contentType = main.getContentType();
            if (contentType.toLowerCase(Locale.ROOT).contains("macroenabled")) {
                throw refused(fileName, "The file contains macros, which are not accepted: in " + kind.application
                        + " choose Save As and the " + kind.extension + " type, then upload that file");
            }
            if (!contentType.contains(kind.contentType)) {
                throw refused(fileName, notOffice(kind));
            }
            return pack;
        } catch (UnreadableFile refused) {
            pack.revert();
            throw refused;
        } catch (RuntimeException damaged) {
            pack.revert();
            throw unreadable(fileName, kind, damaged);
        }
    }

    /**
     * The problem for whatever POI threw while reading: a zip bomb is named as such (POI's message says
     * "Zip bomb detected"), anything else is a damaged file.
     */
    private static UnreadableFile unreadable(String fileName, Kind kind, Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && cause.getMessage().contains("Zip bomb")) {
                return new UnreadableFile(ImportProblem.ofFile(fileName, "The file expands to far more than its size, "
                        + "as harmful files do, so it was not opened: save the plan again as a new " + kind.extension
                        + " file"), thrown);
            }
        }
        return new UnreadableFile(ImportProblem.ofFile(fileName, "The file could not be read as " + kind.described
                + "; it may be damaged: open it in " + kind.application + ", save it as " + kind.extension
                + " and upload it again"), thrown);
    }

    private static FileMagic magic(byte[] file) {
        try (InputStream start = FileMagic.prepareToCheckMagic(new ByteArrayInputStream(file))) {
            return FileMagic.valueOf(start);
        } catch (IOException unreadable) {
            return FileMagic.UNKNOWN;
        }
    }

    private static String oldOrEncrypted(byte[] file, Kind kind) {
        try (POIFSFileSystem ole = new POIFSFileSystem(new ByteArrayInputStream(file))) {
            if (ole.getRoot().hasEntry(Decryptor.DEFAULT_POIFS_ENTRY)) {
                return "The file is protected with a password: open it in " + kind.application
                        + ", remove the password (File, Info, Protect) and upload it again";
            }
            return "The file is an older " + kind.application + " 97-2003 file: open it in " + kind.application
                    + ", save it as " + kind.extension + " and upload that file";
        } catch (IOException | RuntimeException notOle) {
            return notOffice(kind);
        }
    }

    private static String notOffice(Kind kind) {
        return "The file is not " + kind.described + " (" + kind.extension + "): choose the " + kind.extension
                + " file, or save the plan from " + kind.application + " as " + kind.extension;
    }

    private static UnreadableFile refused(String fileName, String message) {
        return new UnreadableFile(ImportProblem.ofFile(fileName, message));
    }
}
