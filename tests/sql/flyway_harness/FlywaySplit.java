import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import org.flywaydb.core.internal.dbsupport.SqlScript;
import org.flywaydb.core.internal.dbsupport.SqlStatement;
import org.flywaydb.core.internal.dbsupport.mysql.MySQLDbSupport;

/** Prints what Flyway 3.2.1's SqlScript makes of each file: line number, US, sql, RS. */
public class FlywaySplit {
    public static void main(String[] args) throws Exception {
        StringBuilder out = new StringBuilder();
        for (String path : args) {
            String text = new String(Files.readAllBytes(Paths.get(path)), StandardCharsets.UTF_8);
            SqlScript script = new SqlScript(text, new MySQLDbSupport(null));
            for (SqlStatement statement : script.getSqlStatements()) {
                out.append(statement.getLineNumber()).append('\u001f').append(statement.getSql()).append('\u001e');
            }
            out.append('\u001d');
        }
        System.out.write(out.toString().getBytes(StandardCharsets.UTF_8));
        System.out.flush();
    }
}
