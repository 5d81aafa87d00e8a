package org.improvementtracker;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Features depend on each other one way only, through their public API. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(ImprovementTrackerApplication.class);

    @Test
    void featuresRespectTheirBoundaries() {
        modules.verify();
    }
}
