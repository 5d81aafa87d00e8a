package db.migration;

import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * On PostgreSQL the database itself refuses to change or remove an audit entry, so that not even a
 * mistaken statement of the application (or a stolen application password) can rewrite history. H2 has
 * no procedural triggers; there the rule rests on the application having no such statement.
 */
public class V8_1__Audit_entries_are_append_only extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        if (!context.getConnection().getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
            return;
        }
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute("""
                    create function audit_entry_refuse_change() returns trigger language plpgsql as $$
                    begin
                        raise exception 'Audit entries cannot be changed or removed';
                    end $$""");
            statement.execute("""
                    create trigger audit_entry_append_only before update or delete on audit_entry
                    for each row execute function audit_entry_refuse_change()""");
            statement.execute("""
                    create trigger audit_entry_no_truncate before truncate on audit_entry
                    for each statement execute function audit_entry_refuse_change()""");
        }
    }
}
