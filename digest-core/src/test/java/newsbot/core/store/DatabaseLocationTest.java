package newsbot.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DatabaseLocationTest {
    private final Path base = Path.of("/srv/newsbot/config");

    @Test
    void aPathIsASqliteFileResolvedAgainstTheFolder() {
        DatabaseLocation l = DatabaseLocation.parse("data/newsbot.db", base);

        assertThat(l).isEqualTo(new DatabaseLocation.SqliteFile(Path.of("/srv/newsbot/config/data/newsbot.db")));
        assertThat(l.dialect()).isEqualTo(Dialect.SQLITE);
        assertThat(l.describe()).isEqualTo("/srv/newsbot/config/data/newsbot.db");
    }

    @Test
    void aPostgresqlUrlIsTakenAsWritten() {
        DatabaseLocation l = DatabaseLocation.parse(" jdbc:postgresql://db:5432/news?user=bot ", base);

        assertThat(l).isEqualTo(new DatabaseLocation.Server("jdbc:postgresql://db:5432/news?user=bot"));
        assertThat(l.dialect()).isEqualTo(Dialect.POSTGRESQL);
        assertThat(l.file()).isEmpty();
    }

    @Test
    void aPasswordInTheUrlIsRefusedAndNotRepeated() {
        assertThatThrownBy(() -> DatabaseLocation.parse("jdbc:postgresql://db/news?user=bot&password=s3cret-fake", base))
                .hasMessageContaining(DatabaseLocation.PASSWORD_VARIABLE).hasMessageNotContaining("s3cret-fake");
    }

    @Test
    void anotherEnginesUrlAndAnEmptyValueAreRefused() {
        assertThatThrownBy(() -> DatabaseLocation.parse("jdbc:mysql://db/news", base))
                .hasMessageContaining("jdbc:postgresql://");
        assertThatThrownBy(() -> DatabaseLocation.parse("  ", base)).hasMessageContaining("empty");
    }
}
