package org.improvementtracker.partners.web;

import org.improvementtracker.partners.PartnerAccess;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The partner check runs before every handler of the application, pages and API alike. */
@Configuration(proxyBeanMethods = false)
class PartnerWebConfiguration implements WebMvcConfigurer {

    private final PartnerAccess access;

    PartnerWebConfiguration(PartnerAccess access) {
        this.access = access;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new NamedActionsOnly(access));
    }
}
