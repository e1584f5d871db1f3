package newsbot.bot.schedule;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Statement;
import java.util.stream.Collectors;
import newsbot.core.store.DatabaseLocation;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.quartz.Scheduler;

/**
 * Quartz's tables on PostgreSQL, made by a migration of their own (history in {@code quartz_schema_history}, apart
 * from the store's): the script that ships in the Quartz jar for PostgreSQL, so the tables always match the Quartz in
 * use, without its {@code DROP TABLE} lines (a migration never drops what is there).
 */
final class QuartzTables {
    private static final String SCRIPT = "org/quartz/impl/jdbcjobstore/tables_postgres.sql";

    private QuartzTables() {
    }

    static void migrate(DatabaseLocation.Server server) {
        try {
            String password = System.getenv(DatabaseLocation.PASSWORD_VARIABLE);
            Flyway.configure(QuartzTables.class.getClassLoader())
                    .dataSource(server.url(), null, password)
                    .table("quartz_schema_history")
                    .locations("classpath:newsbot/bot/schedule/none") // only the migration below
                    .javaMigrations(new V1__Quartz_tables())
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .loggers("slf4j")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new IllegalStateException("cannot create Quartz's tables in " + server.describe() + ": "
                    + e.getMessage(), e);
        }
    }

    @SuppressWarnings("checkstyle:TypeName") // Flyway reads the version from the class name
    static final class V1__Quartz_tables extends BaseJavaMigration {
        @Override
        public void migrate(Context context) throws Exception {
            try (Statement st = context.getConnection().createStatement()) {
                for (String statement : statements()) {
                    st.execute(statement);
                }
            }
        }

        static java.util.List<String> statements() throws IOException {
            String script;
            try (InputStream in = Scheduler.class.getClassLoader().getResourceAsStream(SCRIPT)) {
                if (in == null) {
                    throw new IOException(SCRIPT + " is not in the Quartz jar");
                }
                script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            String withoutComments = script.lines().filter(l -> !l.strip().startsWith("--"))
                    .collect(Collectors.joining("\n"));
            return java.util.Arrays.stream(withoutComments.split(";"))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .filter(s -> !s.regionMatches(true, 0, "DROP TABLE", 0, 10))
                    .filter(s -> !s.equalsIgnoreCase("commit"))
                    .toList();
        }
    }
}
