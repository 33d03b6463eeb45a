package dev.migrate.cli;

import dev.migrate.MigrateException;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "stamp", mixinStandardHelpOptions = true, versionProvider = MigrateCommand.Version.class,
        description = "Record the given revisions in the version table without running any migration.")
final class StampCommand extends Subcommand {

    @Parameters(paramLabel = "TARGET", arity = "1..*", description = "revisions to stamp (base, heads, ids, ...)")
    List<String> targets;

    @Option(names = "--sql", description = "print the SQL script instead of running it (offline mode)")
    boolean sql;

    @Option(names = "--purge", description = "delete every version row first (repairs a table naming unknown revisions)")
    boolean purge;

    @Override
    int execute() {
        if (purge && sql) {
            throw new MigrateException("Can't use --purge with --sql mode");
        }
        if (!sql) {
            for (String target : targets) {
                if (target.contains(":")) {
                    throw new MigrateException("Range revision not allowed");
                }
            }
            migrate().stamp(targets, purge);
            return 0;
        }
        String start = null;
        List<String> destinations = new ArrayList<>();
        for (String target : targets) {
            String destination = target;
            int colon = target.indexOf(':');
            if (colon >= 0) {
                String from = target.substring(0, colon);
                if (start != null && !start.equals(from)) {
                    throw new MigrateException(
                            "Stamp operation with --sql only supports a single starting revision at a time");
                }
                start = from;
                destination = target.substring(colon + 1);
            }
            destinations.add(destination);
        }
        out().print(migrate().stampSql(start, destinations));
        return 0;
    }
}
