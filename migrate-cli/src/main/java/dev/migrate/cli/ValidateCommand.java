package dev.migrate.cli;

import java.util.List;
import picocli.CommandLine.Command;

@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = MigrateCommand.Version.class,
        description = "Compare the checksums of applied scripts with the scripts on disk. "
        + "Exits 1 when an applied script was edited since.")
final class ValidateCommand extends Subcommand {

    @Override
    int execute() {
        List<String> problems = migrate().validate();
        if (problems.isEmpty()) {
            out().println("All applied scripts match their recorded checksums.");
            return 0;
        }
        for (String problem : problems) {
            out().println("EDITED: " + problem);
        }
        return 1;
    }
}
