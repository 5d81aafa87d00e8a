package db.migration;

import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * On PostgreSQL the database itself refuses to change or remove a published pack or its files, as it does
 * for audit entries (V8_1): what the board was sent must stay exactly as sent. H2 has no procedural
 * triggers; there the rule rests on the application having no such statement.
 */
public class V12_1__Published_packs_are_immutable extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        if (!context.getConnection().getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
            return;
        }
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute("""
                    create function published_pack_refuse_change() returns trigger language plpgsql as $$
                    begin
                        raise exception 'Published board packs cannot be changed or removed';
                    end $$""");
            for (String table : new String[] {"published_pack", "published_file"}) {
                statement.execute("create trigger " + table + "_insert_only before update or delete on " + table
                        + " for each row execute function published_pack_refuse_change()");
                statement.execute("create trigger " + table + "_no_truncate before truncate on " + table
                        + " for each statement execute function published_pack_refuse_change()");
            }
        }
    }
}
