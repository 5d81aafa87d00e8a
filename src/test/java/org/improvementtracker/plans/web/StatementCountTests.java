package org.improvementtracker.plans.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;

import org.improvementtracker.DatabaseTest;
import org.improvementtracker.Html;
import org.improvementtracker.StatementCounter;
import org.improvementtracker.TestData;
import org.improvementtracker.TestData.Organisation;
import org.improvementtracker.plans.LargePlanGenerator;
import org.improvementtracker.plans.LargePlanGenerator.GeneratedPlan;
import org.improvementtracker.plans.LargePlanGenerator.Shape;
import org.improvementtracker.plans.web.PlanReads.Read;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Reading a plan takes a fixed number of statements, however large the plan: a page or API call that
 * queried once per section, outcome or action would send more for the larger plan. A count of
 * statements is behaviour, not timing, so it is checked on every build; docs/benchmarks.md has the times.
 */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({TestData.class, LargePlanGenerator.class, StatementCounter.class})
class StatementCountTests {

    @Autowired
    TestData testData;

    @Autowired
    LargePlanGenerator generator;

    @Autowired
    StatementCounter counter;

    @LocalServerPort
    int port;

    @Test
    void readingAPlanOf400ActionsTakesAsManyStatementsAsAPlanOf20() {
        Organisation organisation = testData.organisation();
        GeneratedPlan small = generator.generate(organisation, new Shape(2, 2, 5, 2), 20);
        GeneratedPlan large = generator.generate(organisation, new Shape(4, 10, 10, 2), 400);
        PlanReads reads = new PlanReads(port, organisation);

        Map<Read, Integer> forSmall = statements(reads, small);
        Map<Read, Integer> forLarge = statements(reads, large);

        assertThat(forSmall).as("statements per read").allSatisfy((read, count) -> assertThat(count).isPositive());
        assertThat(forLarge).as("statements per read of 400 actions, against 20").isEqualTo(forSmall);
    }

    @Test
    void readsShowTheWholeGeneratedPlan() {
        Organisation organisation = testData.organisation();
        GeneratedPlan plan = generator.generate(organisation, new Shape(3, 4, 5, 2), 7);
        PlanReads reads = new PlanReads(port, organisation);

        assertThat(Html.text(reads.read(Read.OVERVIEW, plan).body())).contains("3 priorities, 12 outcomes, 60 actions");
        assertThat(Html.all(reads.read(Read.SECTION, plan).body(), "id=\"(action-\\d+)\""))
                .hasSize(plan.actionsPerSection());
        assertThat(Html.all(reads.read(Read.API, plan).body(), "(\"reference\":)")).hasSize(60);
    }

    private Map<Read, Integer> statements(PlanReads reads, GeneratedPlan plan) {
        Map<Read, Integer> counts = new EnumMap<>(Read.class);
        for (Read read : Read.values()) {
            counts.put(read, counter.statementsOf(() -> reads.read(read, plan)));
        }
        return counts;
    }
}
