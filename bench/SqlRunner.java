import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmarks' stand-in for psql where it is not installed (the embedded PostgreSQL ships no client): runs a
 * SQL file or command over JDBC with the PostgreSQL driver the app already bundles, and prints result rows as
 * {@code psql -At -F'|'} does. Understands the psql subset the bench scripts use: {@code -v name=value} with
 * {@code :name} and {@code :'name'} substitution, {@code -1} (one transaction), {@code -f}, {@code -c}; lines
 * starting with a backslash (psql meta-commands) are skipped.
 *
 * <pre>java -cp postgresql.jar bench/SqlRunner.java --port 5432 [-1] [-v k=v]... (-f file | -c sql)</pre>
 */
public class SqlRunner {

    public static void main(String[] args) throws Exception {
        String port = "5432";
        boolean oneTransaction = false;
        Map<String, String> vars = new LinkedHashMap<>();
        List<String> scripts = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = args[++i];
                case "-1" -> oneTransaction = true;
                case "-v" -> {
                    String[] kv = args[++i].split("=", 2);
                    vars.put(kv[0], kv[1]);
                }
                case "-f" -> scripts.add(Files.readString(Path.of(args[++i])));
                case "-c" -> scripts.add(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        String url = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres")) {
            c.setAutoCommit(!oneTransaction);
            for (String script : scripts) {
                run(c, substitute(withoutMetaCommands(script), vars));
            }
            if (oneTransaction) {
                c.commit();
            }
        } catch (SQLException e) {
            System.err.println("ERROR: " + e.getMessage());
            System.exit(3);
        }
    }

    private static void run(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            boolean isResult = st.execute(sql);
            while (true) {
                if (isResult) {
                    try (ResultSet rs = st.getResultSet()) {
                        int columns = rs.getMetaData().getColumnCount();
                        while (rs.next()) {
                            StringBuilder line = new StringBuilder();
                            for (int i = 1; i <= columns; i++) {
                                String value = rs.getString(i);
                                line.append(i > 1 ? "|" : "").append(value == null ? "" : value);
                            }
                            System.out.println(line);
                        }
                    }
                } else if (st.getUpdateCount() == -1) {
                    break;
                }
                isResult = st.getMoreResults();
            }
        }
    }

    private static String withoutMetaCommands(String script) {
        StringBuilder kept = new StringBuilder();
        for (String line : script.split("\n", -1)) {
            if (!line.stripLeading().startsWith("\\")) {
                kept.append(line).append('\n');
            }
        }
        return kept.toString();
    }

    /** Only the variables given are replaced, so casts (::int) and JSON text ("00:00") stay as they are. */
    private static String substitute(String sql, Map<String, String> vars) {
        for (Map.Entry<String, String> v : vars.entrySet()) {
            String name = Pattern.quote(v.getKey());
            sql = sql.replaceAll(":'" + name + "'",
                    Matcher.quoteReplacement("'" + v.getValue().replace("'", "''") + "'"));
            sql = sql.replaceAll("(?<![:\\w]):" + name + "(?!\\w)", Matcher.quoteReplacement(v.getValue()));
        }
        return sql;
    }
}
