package org.improvementtracker.reports.pdf;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import com.openhtmltopdf.pdfboxout.PageSupplier;

import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The pages of a tagged PDF, made as openhtmltopdf makes them but with a faster list of the page's
 * marked-content properties. Tagging gives every piece of text, border and background on a page its own
 * marked content, and PDFBox, before adding each one to the page's resources, looks through all those
 * already there for the same object: hundreds per page of a table, so a page cost grew with the square of
 * what it holds (about a seventh of a board pack's time). Here that look-up is a hash look-up.
 */
final class TaggedPages implements PageSupplier {

    @Override
    public PDPage requestPage(PDDocument document, float width, float height, int pageNumber, int shadowPageNumber) {
        PDPage page = new PDPage(new PDRectangle(width, height));
        COSDictionary resources = new COSDictionary();
        resources.setItem(COSName.PROPERTIES, new PropertyLists());
        page.setResources(new PDResources(resources));
        document.addPage(page);
        return page;
    }

    /** A /Properties dictionary that also knows its values by identity, as COSDictionary compares them. */
    private static final class PropertyLists extends COSDictionary {

        private final Set<COSBase> values = Collections.newSetFromMap(new IdentityHashMap<>());

        @Override
        public void setItem(COSName key, COSBase value) {
            super.setItem(key, value);
            if (value != null) {
                values.add(value);
            }
        }

        /** A value never added is not there; otherwise (it may have been removed since) ask the dictionary. */
        @Override
        public boolean containsValue(Object value) {
            return (value instanceof COSObject || values.contains(value)) && super.containsValue(value);
        }
    }
}
