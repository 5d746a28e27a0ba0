package io.apiemulator.docs;

import org.springframework.boot.web.server.MimeMappings;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.servlet.ConfigurableServletWebServerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.webjars.WebJarVersionLocator;

/**
 * Swagger UI over the published contracts ({@code openapi/*.yaml}, served at {@code /openapi/}): Swagger UI's
 * own files from its webjar, with our {@code swagger-initializer.js} and {@code swagger-config.json} (in
 * {@code static/swagger-ui/}) taking the place of its petstore defaults. Nothing is generated from the
 * controllers, so the UI shows exactly what clients are tested against.
 */
@Configuration(proxyBeanMethods = false)
class ContractDocsConfiguration implements WebMvcConfigurer {

    static final String UI = "/swagger-ui/";

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        String webjar = "classpath:/META-INF/resources/webjars/swagger-ui/"
                + new WebJarVersionLocator().version("swagger-ui") + "/";
        registry.addResourceHandler(UI + "**").addResourceLocations("classpath:/static" + UI, webjar);
    }

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/swagger-ui.html", UI + "index.html");
        registry.addRedirectViewController("/swagger-ui", UI + "index.html");
        registry.addRedirectViewController(UI, UI + "index.html");
    }

    /** The contracts are YAML (RFC 9512), not the servlet container's default octet-stream. */
    @Bean
    WebServerFactoryCustomizer<ConfigurableServletWebServerFactory> yamlMimeType() {
        MimeMappings yaml = new MimeMappings();
        yaml.add("yaml", "application/yaml");
        yaml.add("yml", "application/yaml");
        return factory -> factory.addMimeMappings(yaml);
    }
}
