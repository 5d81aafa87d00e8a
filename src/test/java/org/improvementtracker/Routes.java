package org.improvementtracker;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.LinkedHashSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route the application's controllers answer, read from the handler mapping, so tests that
 * must cover "every route" also cover the ones added after the test was written.
 */
public final class Routes {

    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)[^}]*}");

    private Routes() {
    }

    public record Route(RequestMethod method, String pattern, HandlerMethod handler) {

        public Set<String> variables() {
            Set<String> names = new LinkedHashSet<>();
            Matcher matcher = VARIABLE.matcher(pattern);
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
            return names;
        }

        /** The last path variable, which names what the route acts on ("actionId" in .../actions/{actionId}/edit). */
        public String target() {
            List<String> names = new ArrayList<>(variables());
            return names.isEmpty() ? null : names.get(names.size() - 1);
        }

        public boolean isApi() {
            return pattern.startsWith("/api/");
        }

        public boolean isRead() {
            return method == RequestMethod.GET;
        }

        /** The path with the variables filled in; fails naming any variable without a value. */
        public String path(Map<String, ?> values) {
            Matcher matcher = VARIABLE.matcher(pattern);
            StringBuilder path = new StringBuilder();
            while (matcher.find()) {
                Object value = values.get(matcher.group(1));
                if (value == null) {
                    throw new AssertionError("No value for {" + matcher.group(1) + "} in " + this
                            + ": teach the test what to put there");
                }
                matcher.appendReplacement(path, Matcher.quoteReplacement(value.toString()));
            }
            matcher.appendTail(path);
            return path.toString();
        }

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    public static List<Route> all(RequestMappingHandlerMapping mapping) {
        List<Route> routes = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
            Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
            Set<RequestMethod> answered = methods.isEmpty() ? Set.of(RequestMethod.GET, RequestMethod.POST) : methods;
            for (String pattern : entry.getKey().getPatternValues()) {
                for (RequestMethod method : answered) {
                    routes.add(new Route(method, pattern, entry.getValue()));
                }
            }
        }
        routes.sort(Comparator.comparing(Route::pattern).thenComparing(Route::method));
        return routes;
    }
}
