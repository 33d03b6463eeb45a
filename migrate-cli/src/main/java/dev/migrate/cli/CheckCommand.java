package dev.migrate.cli;

import java.util.List;
import picocli.CommandLine.Command;

@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = MigrateCommand.Version.class,
        description = "Check the revision scripts: one head, intact references, unique ids, "
        + "file names matching their revisions. Exits 1 when anything is found.")
final class CheckCommand extends Subcommand {

    @Override
    int execute() {
        List<String> problems = parent.checkProblems();
        if (problems.isEmpty()) {
            out().println("No problems detected.");
            return 0;
        }
        for (String problem : problems) {
            out().println("PROBLEM: " + problem);
        }
        out().println(problems.size() + (problems.size() == 1 ? " problem" : " problems") + " detected.");
        return 1;
    }
}
