package org.improvementtracker.reports.pdf;

import java.io.IOException;
import java.io.OutputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The first PDF costs about two seconds of class and font loading; later ones tens of milliseconds.
 * A small document is rendered once the application is ready, on a background thread, so neither
 * start-up nor the first person to download a PDF waits for it.
 */
@Component
class PdfWarmUp {

    private static final Logger log = LoggerFactory.getLogger(PdfWarmUp.class);

    /** Text in both fonts, a paginated table and an SVG chart: every part the reports load. */
    private static final String DOCUMENT = """
            <html lang="en"><head><title>Warm-up</title><meta name="subject" content="Warm-up"/><style>
            @page { size: A4 landscape; @top-right { content: "Page " counter(page) " of " counter(pages); font-family: "DejaVu Sans"; } }
            * { font-family: "DejaVu Sans"; } table { -fs-table-paginate: paginate; }
            </style></head><body><h1>Board pack</h1><table><thead><tr><th>Rating</th></tr></thead>
            <tbody><tr><td>3 On track عربي</td></tr></tbody></table>
            <svg xmlns="http://www.w3.org/2000/svg" width="120" height="32" alt="Trend"><path d="M4 4 L116 28" stroke="#1d70b8"/></svg>
            </body></html>""";

    private final PdfRenderer renderer;

    PdfWarmUp(PdfRenderer renderer) {
        this.renderer = renderer;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        Thread thread = new Thread(this::render, "pdf-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    private void render() {
        try {
            renderer.render(DOCUMENT, OutputStream.nullOutputStream());
        } catch (IOException | RuntimeException failed) {
            log.warn("Warming up the PDF renderer failed; the first PDF will be slower", failed);
        }
    }
}
