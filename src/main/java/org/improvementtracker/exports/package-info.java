/**
 * Getting an organisation's data out and back in: the whole organisation as one versioned JSON document
 * ({@link org.improvementtracker.exports.OrganisationExport}) restored into an empty organisation
 * ({@link org.improvementtracker.exports.OrganisationRestore}), and a plan's actions as one flat table in CSV
 * or XLSX. Like a backup tool it reads every table of the organisation with plain SQL; nothing depends on it.
 */
package org.improvementtracker.exports;
