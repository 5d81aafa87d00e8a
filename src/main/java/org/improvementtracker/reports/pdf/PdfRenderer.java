package org.improvementtracker.reports.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.CacheStore;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Turns an XHTML document into a tagged PDF (PDF/UA) with the DejaVu Sans fonts shipped in the
 * application embedded, so it looks the same wherever it is made and screen readers can read its
 * tables. Inline SVG is drawn as vector graphics; right-to-left text is put in its visual order.
 */
@Component
class PdfRenderer {

    static final String FONT_FAMILY = "DejaVu Sans";

    /**
     * Characters XML 1.0 does not allow (most control characters): text pasted from elsewhere can carry
     * them, and one would stop the XHTML parser and so the whole document.
     */
    private static final Pattern NOT_XML = Pattern.compile("[^\\x09\\x0A\\x0D\\x20-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]");

    static {
        XRLog.setLoggerImpl(new RendererLog());
    }

    private static final TaggedPages PAGES = new TaggedPages();

    private final byte[] regular = font("fonts/DejaVuSans.ttf");
    private final byte[] bold = font("fonts/DejaVuSans-Bold.ttf");

    /**
     * The fonts' metrics, worked out from the font files by the first document and shared by every later
     * one (the store is thread-safe), so a document parses a font only to draw with it.
     */
    private final FSCacheEx<String, FSCacheValue> fontMetrics = new FSDefaultCacheStore();

    /** Writes the document as PDF to {@code out}; the caller closes it. */
    void render(String xhtml, OutputStream out) throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useCacheStore(CacheStore.PDF_FONT_METRICS, fontMetrics);
        builder.usePdfUaAccessibility(true);
        builder.usePageSupplier(PAGES);
        builder.useSVGDrawer(new BatikSVGDrawer());
        builder.useUnicodeBidiSplitter(new TextDirection.Splitters());
        builder.useUnicodeBidiReorderer(new TextDirection.Reorderer());
        builder.useFont(() -> stream(regular), FONT_FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> stream(bold), FONT_FAMILY, 700, FontStyle.NORMAL, true);
        builder.withHtmlContent(NOT_XML.matcher(xhtml).replaceAll(""), null);
        builder.toStream(out);
        builder.run();
    }

    private static InputStream stream(byte[] font) {
        return new ByteArrayInputStream(font);
    }

    private static byte[] font(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException missing) {
            throw new UncheckedIOException("The PDF font " + path + " is missing", missing);
        }
    }
}
