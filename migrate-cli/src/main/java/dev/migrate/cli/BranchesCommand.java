package dev.migrate.cli;

import dev.migrate.revision.Revision;
import dev.migrate.revision.RevisionGraph;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "branches", mixinStandardHelpOptions = true, versionProvider = MigrateCommand.Version.class,
        description = "Show the branch points.")
final class BranchesCommand extends Subcommand {

    @Option(names = {"-v", "--verbose"}, description = "verbose output")
    boolean verbose;

    @Override
    int execute() {
        RevisionGraph graph = migrate().graph();
        RevisionFormatter formatter = formatter(Set.of());
        for (String id : graph.branchPoints()) {
            Revision point = graph.find(id).orElseThrow();
            out().println(formatter.format(point, verbose, true, false, false, true));
            String indent = " ".repeat(id.length());
            for (String child : graph.info(id).children()) {
                Revision next = graph.find(child).orElseThrow();
                out().println(indent + " -> " + formatter.line(next, true, verbose, false, true));
            }
            out().println();
        }
        return 0;
    }
}
