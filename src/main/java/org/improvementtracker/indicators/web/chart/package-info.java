/**
 * Small SVG charts of indicator values. Other modules draw the same sparklines (the board pack), so
 * this package is part of the indicators module's API.
 */
@NamedInterface("chart")
package org.improvementtracker.indicators.web.chart;

import org.springframework.modulith.NamedInterface;
