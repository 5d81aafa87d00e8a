/**
 * Shared building blocks every feature uses: the clock, typed not-found and conflict exceptions,
 * error pages, problem details and static assets.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.improvementtracker.support;
