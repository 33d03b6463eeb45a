package dev.migrate.cli;

import dev.migrate.MigrateException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "downgrade", mixinStandardHelpOptions = true, versionProvider = MigrateCommand.Version.class,
        description = "Revert to a previous revision (base, an id, -N, label@-N, ...).")
final class DowngradeCommand extends Subcommand {

    @Parameters(paramLabel = "TARGET", description = "revision to downgrade to; with --sql fromrev:torev")
    String target;

    @Option(names = "--sql", description = "print the SQL script instead of running it (offline mode)")
    boolean sql;

    @Override
    int execute() {
        if (target.contains(":") && !sql) {
            throw new MigrateException("Range revision not allowed");
        }
        if (sql) {
            if (!target.contains(":")) {
                throw new MigrateException("downgrade with --sql requires <fromrev>:<torev>");
            }
            out().print(migrate().downgradeSql(target));
        } else {
            migrate().downgrade(target);
        }
        return 0;
    }
}
