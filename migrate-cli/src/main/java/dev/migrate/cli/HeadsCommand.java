package dev.migrate.cli;

import dev.migrate.revision.Revision;
import dev.migrate.revision.RevisionGraph;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "heads", mixinStandardHelpOptions = true, versionProvider = MigrateCommand.Version.class,
        description = "Show the current heads of the revision scripts.")
final class HeadsCommand extends Subcommand {

    @Option(names = {"-v", "--verbose"}, description = "verbose output")
    boolean verbose;

    @Option(names = "--resolve-dependencies", description = "treat dependency-only heads as not heads")
    boolean resolveDependencies;

    @Override
    int execute() {
        RevisionGraph graph = migrate().graph();
        List<Revision> heads = resolveDependencies ? graph.resolve("heads")
                : graph.heads().stream().map(id -> graph.find(id).orElseThrow()).toList();
        RevisionFormatter formatter = formatter(Set.of());
        for (Revision head : heads) {
            out().println(formatter.format(head, verbose, true, false, false, false));
        }
        return 0;
    }
}
