package org.improvementtracker.support.web;

import java.time.Duration;
import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;
import org.webjars.WebJarVersionLocator;

/**
 * Static files, each folder from its own path. Boot's catch-all mapping of {@code /**} to the static
 * folder is off ({@code spring.web.resources.add-mappings: false}): under it every link a page writes,
 * to an action or a reorder form, was looked for on the class path as a possible file before it was
 * written, which made a section page of 500 actions three times slower (docs/benchmarks.md).
 *
 * <p>Our stylesheet and scripts carry a hash of their content in their URL, so a change reaches browsers
 * at once. GOV.UK Frontend comes from its WebJar, addressed without its version; its stylesheet loads
 * fonts and images from absolute {@code /assets/...} paths, so that path is served from the WebJar too.
 */
@Configuration(proxyBeanMethods = false)
class AssetsConfiguration implements WebMvcConfigurer {

    private static final CacheControl A_WEEK = CacheControl.maxAge(Duration.ofDays(7));

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        for (String folder : List.of("css", "js")) {
            registry.addResourceHandler("/" + folder + "/**")
                    .addResourceLocations("classpath:/static/" + folder + "/")
                    .setCacheControl(A_WEEK)
                    .resourceChain(true)
                    .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
        }
        registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(A_WEEK)
                .resourceChain(true);
        String version = new WebJarVersionLocator().version("govuk-frontend");
        registry.addResourceHandler("/assets/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/govuk-frontend/" + version + "/dist/govuk/assets/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic());
    }
}
