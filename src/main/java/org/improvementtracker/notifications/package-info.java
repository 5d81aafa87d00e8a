/**
 * Messages of the reporting cycle (DESIGN.md section 4): the request for updates when a period opens,
 * reminders before the deadline, the notice on the deadline, and the word that an update was returned.
 * Every message is shown in-app and kept as the record of what was sent; it is emailed when mail is set
 * up, and otherwise waits in the administrators' outbox. Also the invitations of new members. Listens to
 * reporting and accounts; nothing depends on it.
 */
package org.improvementtracker.notifications;
