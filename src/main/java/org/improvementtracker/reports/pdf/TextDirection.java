package org.improvementtracker.reports.pdf;

import java.text.Bidi;

import com.openhtmltopdf.bidi.BidiReorderer;
import com.openhtmltopdf.bidi.BidiSplitter;
import com.openhtmltopdf.bidi.BidiSplitterFactory;
import com.openhtmltopdf.bidi.BidiTextRun;

/**
 * Right-to-left text (Arabic, Hebrew) in PDFs, with the JDK's own Unicode bidirectional algorithm
 * instead of the 14 MB ICU4J: runs are found and drawn in their visual order, and a paragraph takes the
 * direction of its first strong character. The JDK has no Arabic shaping, so Arabic letters are drawn
 * in their unjoined forms: readable and in the right order, not typeset as an Arabic reader expects.
 */
final class TextDirection {

    private TextDirection() {
    }

    static final class Splitters implements BidiSplitterFactory {

        @Override
        public BidiSplitter createBidiSplitter() {
            return new Splitter();
        }
    }

    private static final class Splitter implements BidiSplitter {

        private Bidi bidi;

        @Override
        public void setParagraph(String paragraph, byte defaultDirection) {
            bidi = new Bidi(paragraph, defaultDirection == RTL ? Bidi.DIRECTION_RIGHT_TO_LEFT
                    : Bidi.DIRECTION_LEFT_TO_RIGHT);
        }

        @Override
        public int countTextRuns() {
            return bidi.getRunCount();
        }

        /** The runs in logical order: openhtmltopdf keys them by their start. */
        @Override
        public BidiTextRun getVisualRun(int runIndex) {
            int start = bidi.getRunStart(runIndex);
            return new BidiTextRun(start, bidi.getRunLimit(runIndex) - start,
                    bidi.getRunLevel(runIndex) % 2 == 0 ? LTR : RTL);
        }

        @Override
        public byte getBaseDirection(String paragraph) {
            for (int i = 0; i < paragraph.length(); i = paragraph.offsetByCodePoints(i, 1)) {
                switch (Character.getDirectionality(paragraph.codePointAt(i))) {
                    case Character.DIRECTIONALITY_LEFT_TO_RIGHT:
                        return LTR;
                    case Character.DIRECTIONALITY_RIGHT_TO_LEFT, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC:
                        return RTL;
                    default:
                        break;
                }
            }
            return NEUTRAL;
        }
    }

    static final class Reorderer implements BidiReorderer {

        /** A right-to-left run drawn left to right: its characters reversed, brackets turned round. */
        @Override
        public String reorderRTLTextToLTR(String text) {
            StringBuilder visual = new StringBuilder(text.length());
            text.codePoints().forEach(codePoint -> visual.insert(0, Character.toChars(mirrored(codePoint))));
            return visual.toString();
        }

        @Override
        public String shapeText(String text) {
            return text;
        }

        @Override
        public String deshapeText(String text) {
            return text;
        }

        @Override
        public boolean isLiveImplementation() {
            return true;
        }

        private static int mirrored(int codePoint) {
            String pairs = "()[]{}<>«»‹›";
            int at = pairs.indexOf(codePoint);
            if (at < 0) {
                return codePoint;
            }
            return pairs.charAt(at % 2 == 0 ? at + 1 : at - 1);
        }
    }
}
