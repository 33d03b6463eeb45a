package dev.migrate.cli;

import dev.migrate.Migrate;
import dev.migrate.MigrateException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "revision", mixinStandardHelpOptions = true, versionProvider = MigrateCommand.Version.class,
        description = "Create a new revision script.")
final class RevisionCommand extends Subcommand {

    @Option(names = {"-m", "--message"}, description = "the message of the revision")
    String message;

    @Option(names = "--autogenerate", description = "fill the revision from the JPA model (not available yet)")
    boolean autogenerate;

    @Option(names = "--head", description = "the revision to base it on (default: head; base starts a new root)")
    String head;

    @Option(names = "--splice", description = "allow --head to be a revision that is not a head (starts a branch)")
    boolean splice;

    @Option(names = "--branch-label", description = "a branch label for the new revision (repeatable)")
    List<String> branchLabels = new ArrayList<>();

    @Option(names = "--depends-on", description = "a revision or label this one depends on (repeatable)")
    List<String> dependsOn = new ArrayList<>();

    @Option(names = "--rev-id", description = "use this id instead of a generated one")
    String revId;

    @Option(names = "--format", defaultValue = "sql", description = "sql or java (default: sql)")
    String format;

    @Option(names = "--version-path", description = "directory to write into (default: the first filesystem location)")
    Path versionPath;

    @Override
    int execute() {
        if (autogenerate) {
            throw new MigrateException("--autogenerate needs the JPA model reader, which is not part of this "
                    + "release yet; write the revision by hand for now");
        }
        parent.createMissingLocations(out());
        Migrate migrate = migrate();
        Path written = migrate.createRevision(new Migrate.NewRevision(message, head == null ? List.of() : List.of(head),
                splice, branchLabels, dependsOn, revId, format, versionPath));
        out().println("Generating " + written.toAbsolutePath() + " ...  done");
        return 0;
    }
}
