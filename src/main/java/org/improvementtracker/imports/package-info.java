/**
 * Bringing plans in (DESIGN.md section 6), so far as a library: reads the tables out of Word documents,
 * Excel workbooks and CSV files as text ({@link org.improvementtracker.imports.SourceTable}), refusing
 * files it must not open with an {@link org.improvementtracker.imports.ImportProblem}, and proposes
 * which column holds which part of a plan ({@link org.improvementtracker.imports.HeaderFinder}), and
 * previews the plan and indicators a file would become, with its problems
 * ({@link org.improvementtracker.imports.ImportPreviewer}). Nothing here is stored or shown yet.
 */
package org.improvementtracker.imports;
