package dev.migrate.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import dev.migrate.Migrate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "merge", mixinStandardHelpOptions = true, versionProvider = MigrateCommand.Version.class,
        description = "Merge two or more revisions (heads for all heads) into a new revision.")
final class MergeCommand extends Subcommand {

    @Parameters(paramLabel = "REV", arity = "1..*", description = "revisions to merge, or heads")
    List<String> revisions;

    @Option(names = {"-m", "--message"}, description = "the message of the merge revision")
    String message;

    @Option(names = "--branch-label", description = "a branch label for the merge revision (repeatable)")
    List<String> branchLabels = new ArrayList<>();

    @Option(names = "--rev-id", description = "use this id instead of a generated one")
    String revId;

    @Option(names = "--splice", description = "allow revisions that are not heads")
    boolean splice;

    @Option(names = "--format", defaultValue = "sql", description = "sql or java (default: sql)")
    String format;

    @Option(names = "--version-path", description = "directory to write into (default: the first filesystem location)")
    Path versionPath;

    @Override
    int execute() {
        parent.createMissingLocations(out());
        Path written = migrate().createRevision(new Migrate.NewRevision(message, revisions, splice, branchLabels,
                List.of(), revId, format, versionPath));
        out().println("Generating " + written.toAbsolutePath() + " ...  done");
        return 0;
    }
}
