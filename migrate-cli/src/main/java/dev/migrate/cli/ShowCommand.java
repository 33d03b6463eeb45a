package dev.migrate.cli;

import dev.migrate.Migrate;
import dev.migrate.revision.Revision;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "show", mixinStandardHelpOptions = true, versionProvider = MigrateCommand.Version.class,
        description = "Show the revision(s) denoted by the given symbol.")
final class ShowCommand extends Subcommand {

    @Parameters(paramLabel = "REV", description = "an id, prefix, label, head, heads or current")
    String symbol;

    @Override
    int execute() {
        Migrate migrate = migrate();
        List<Revision> revisions = new ArrayList<>();
        if ("current".equals(symbol)) {
            for (String id : migrate.graph().currentHeads(migrate.currentRows())) {
                revisions.add(migrate.graph().find(id).orElseThrow());
            }
        } else {
            revisions.addAll(migrate.graph().resolve(symbol));
        }
        RevisionFormatter formatter = formatter(Set.of());
        for (Revision revision : revisions) {
            out().println(formatter.logEntry(revision));
        }
        return 0;
    }
}
