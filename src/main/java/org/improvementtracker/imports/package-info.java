/**
 * Bringing plans in (DESIGN.md section 6): reads the tables out of Word documents, Excel workbooks and CSV
 * files ({@link org.improvementtracker.imports.SourceTable}), refusing those it must not open with an
 * {@link org.improvementtracker.imports.ImportProblem}, proposes which column holds which part of a plan
 * ({@link org.improvementtracker.imports.HeaderFinder}), previews the plan a file would become with its problems
 * ({@link org.improvementtracker.imports.ImportPreviewer}), keeps uploads between steps as pending imports and
 * commits one all or nothing ({@link org.improvementtracker.imports.Imports},
 * {@link org.improvementtracker.imports.ImportCommit}) through the owning features' bulk entry points.
 */
package org.improvementtracker.imports;
