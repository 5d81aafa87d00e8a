package org.improvementtracker.imports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

/** Word and Excel files made with POI for the readers' tests, and the bad variants a hostile upload could be. */
final class OfficeFixtures {

    /** Something to build in a document or workbook; lets fixtures use POI's checked exceptions. */
    interface Builder<T> {
        void build(T document) throws IOException;
    }

    private OfficeFixtures() {
    }

    static byte[] docx(Builder<XWPFDocument> content) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            content.build(document);
            document.write(out);
            return out.toByteArray();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    static byte[] xlsx(Builder<XSSFWorkbook> content) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            content.build(workbook);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** A workbook of one sheet holding these rows of text from A1, a null cell left out. */
    static byte[] sheet(String name, String[]... rows) {
        return xlsx(workbook -> addSheet(workbook, name, rows));
    }

    /** Adds a sheet holding these rows of text from A1, a null cell left out. */
    static void addSheet(XSSFWorkbook workbook, String name, String[]... rows) {
        Sheet sheet = workbook.createSheet(name);
        for (int r = 0; r < rows.length; r++) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < rows[r].length; c++) {
                if (rows[r][c] != null) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
        }
    }

    /** A Word document of one table holding these rows of text, each cell's lines its paragraphs. */
    static byte[] table(String[]... rows) {
        return docx(document -> {
            int width = Arrays.stream(rows).mapToInt(row -> row.length).max().orElse(1);
            XWPFTable table = document.createTable(rows.length, width);
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < rows[r].length; c++) {
                    XWPFTableCell cell = table.getRow(r).getCell(c);
                    String[] lines = rows[r][c] == null ? new String[] {""} : rows[r][c].split("\n");
                    cell.setText(lines[0]);
                    for (int line = 1; line < lines.length; line++) {
                        cell.addParagraph().createRun().setText(lines[line]);
                    }
                }
            }
        });
    }

    static byte[] oneTableDocx() {
        return docx(document -> document.createTable(2, 2).getRow(0).getCell(0).setText("Action"));
    }

    static byte[] oneSheetXlsx() {
        return xlsx(workbook -> workbook.createSheet("Actions").createRow(0).createCell(0).setCellValue("Action"));
    }

    /** The zip with one entry's text changed, everything else copied as it was. */
    static byte[] withEntry(byte[] zip, String name, UnaryOperator<String> change) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals(name)) {
                    String text = new String(content, StandardCharsets.UTF_8);
                    content = change.apply(text).getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(content);
                out.closeEntry();
            }
            out.finish();
            return bytes.toByteArray();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** The Office file saved with a password, as Office does: an OLE2 file holding the encrypted package. */
    static byte[] encrypted(byte[] office) {
        try (POIFSFileSystem ole = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.standard);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream encrypting = encryptor.getDataStream(ole)) {
                encrypting.write(office);
            }
            ole.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException | java.security.GeneralSecurityException failed) {
            throw new IllegalStateException(failed);
        }
    }

    /** An old-style (97-2003) OLE2 file with no encryption in it. */
    static byte[] oldOfficeFile() {
        try (POIFSFileSystem ole = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ole.createDocument(new ByteArrayInputStream(new byte[64]), "WordDocument");
            ole.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** The file with its main part padded by megabytes of spaces: tiny compressed, huge expanded. */
    static byte[] zipBomb(byte[] office, String mainPart) {
        String padding = " ".repeat(8 * 1024 * 1024);
        return withEntry(office, mainPart, xml -> xml.replaceFirst("\\?>", "?>" + padding));
    }
}
