package dev.migrate.cli;

import dev.migrate.Migrate;
import dev.migrate.MigrateException;
import dev.migrate.revision.Revision;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "history", mixinStandardHelpOptions = true, versionProvider = MigrateCommand.Version.class,
        description = "List revisions in order, newest first.")
final class HistoryCommand extends Subcommand {

    @Option(names = {"-r", "--rev-range"}, paramLabel = "[start]:[end]",
            description = "range, e.g. -r base:head, -r-3:current, -r ae10:+2")
    String range;

    @Option(names = {"-v", "--verbose"}, description = "verbose output")
    boolean verbose;

    @Option(names = {"-i", "--indicate-current"}, description = "mark the database's current revisions")
    boolean indicateCurrent;

    @Override
    int execute() {
        String lower = null;
        String upper = null;
        if (range != null) {
            int colon = range.indexOf(':');
            if (colon < 0) {
                throw new MigrateException("History range requires [start]:[end], [start]:, or :[end]");
            }
            lower = range.substring(0, colon).strip();
            upper = range.substring(colon + 1).strip();
        }
        Migrate migrate = migrate();
        boolean needsDatabase = indicateCurrent || "current".equals(lower) || "current".equals(upper);
        List<String> rows = needsDatabase ? migrate.currentRows() : List.of();
        Set<String> current = indicateCurrent ? new HashSet<>(rows) : Set.of();
        RevisionFormatter formatter = formatter(current);
        for (Revision revision : migrate.graph().history(lower, upper, rows)) {
            out().println(formatter.format(revision, verbose, true, true, true, true));
        }
        return 0;
    }
}
