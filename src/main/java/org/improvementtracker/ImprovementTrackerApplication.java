package org.improvementtracker;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ImprovementTrackerApplication {

    public static void main(String[] args) {
        SpringApplication.run(ImprovementTrackerApplication.class, args);
    }
}
