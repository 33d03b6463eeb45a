package dev.migrate.cli;

import dev.migrate.MigrateException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "upgrade", mixinStandardHelpOptions = true, versionProvider = MigrateCommand.Version.class,
        description = "Upgrade to a later revision (head, heads, an id, label@head, +N, ...).")
final class UpgradeCommand extends Subcommand {

    @Parameters(paramLabel = "TARGET", description = "revision to upgrade to; with --sql also [from:]to")
    String target;

    @Option(names = "--sql", description = "print the SQL script instead of running it (offline mode)")
    boolean sql;

    @Override
    int execute() {
        if (target.contains(":") && !sql) {
            throw new MigrateException("Range revision not allowed");
        }
        if (sql) {
            out().print(migrate().upgradeSql(target));
        } else {
            migrate().upgrade(target);
        }
        return 0;
    }
}
