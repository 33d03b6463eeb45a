package dev.migrate.cli;

import dev.migrate.Migrate;
import dev.migrate.revision.Revision;
import java.util.HashSet;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "current", mixinStandardHelpOptions = true, versionProvider = MigrateCommand.Version.class,
        description = "Show the database's current revision(s). Never creates the version table.")
final class CurrentCommand extends Subcommand {

    @Option(names = {"-v", "--verbose"}, description = "verbose output")
    boolean verbose;

    @Override
    int execute() {
        Migrate migrate = migrate();
        List<String> rows = migrate.currentRows();
        if (verbose) {
            out().println("Current revision(s) for " + migrate.maskedUrl() + ":");
        }
        RevisionFormatter formatter = formatter(new HashSet<>());
        for (String id : migrate.graph().currentHeads(rows)) {
            Revision revision = migrate.graph().find(id).orElseThrow();
            out().println(formatter.format(revision, verbose, false, false, false, true));
        }
        return 0;
    }
}
