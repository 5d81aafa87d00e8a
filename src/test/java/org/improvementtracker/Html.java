package org.improvementtracker;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small helpers for asserting on rendered pages without an HTML parser. */
public final class Html {

    private static final Pattern INLINE_TAG = Pattern.compile("</?(?:span|a|abbr|strong|b|i|em)(?:\\s[^>]*)?>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(x?)([0-9a-fA-F]+);");

    private Html() {
    }

    /** What a reader sees: tags removed, entities decoded, white space collapsed. */
    public static String text(String html) {
        String withoutInline = INLINE_TAG.matcher(html).replaceAll("");
        return unescape(TAG.matcher(withoutInline).replaceAll(" ")).replaceAll("\\s+", " ").strip();
    }

    /** The text as Thymeleaf writes it into a page (th:text and attribute values). */
    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    public static String unescape(String html) {
        Matcher numeric = NUMERIC_ENTITY.matcher(html);
        StringBuilder decoded = new StringBuilder();
        while (numeric.find()) {
            int code = Integer.parseInt(numeric.group(2), numeric.group(1).isEmpty() ? 10 : 16);
            numeric.appendReplacement(decoded, Matcher.quoteReplacement(new String(Character.toChars(code))));
        }
        numeric.appendTail(decoded);
        return decoded.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&nbsp;", "\u00a0").replace("&amp;", "&");
    }

    /**
     * What is inside the element whose start tag holds {@code marker} (for example {@code id="due-date"}),
     * up to the first {@code end} after it: {@code inside(page, "id=\"due-date\"", "</dd>")}.
     */
    public static String inside(String html, String marker, String end) {
        int at = html.indexOf(marker);
        if (at < 0) {
            throw new AssertionError("The page has no " + marker);
        }
        int from = html.indexOf('>', at) + 1;
        int to = html.indexOf(end, from);
        if (to < 0) {
            throw new AssertionError("The page has no " + end + " after " + marker);
        }
        return html.substring(from, to);
    }

    /** Every first group of the pattern in the page, in order. */
    public static List<String> all(String html, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(html);
        List<String> found = new ArrayList<>();
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    /** The value of the hidden input with this name in the page (for example the version an edit form posts back). */
    public static String hiddenValue(String html, String name) {
        List<String> values = all(html, "<input type=\"hidden\"[^>]*name=\"" + Pattern.quote(name) + "\"[^>]*value=\"([^\"]*)\"");
        if (values.isEmpty()) {
            throw new AssertionError("The page has no hidden input " + name);
        }
        return unescape(values.get(0));
    }
}
