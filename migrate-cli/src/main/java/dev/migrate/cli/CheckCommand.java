package dev.migrate.cli;

import dev.migrate.Migrate;
import dev.migrate.autogenerate.Change;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;

@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = MigrateCommand.Version.class,
        description = "Check the revision scripts (one head, intact references, unique ids, file names matching "
        + "their revisions) and, in the Spring application's command mode, that the database at its heads matches "
        + "the JPA model. Exits 1 when anything is found.")
final class CheckCommand extends Subcommand {

    @Override
    int execute() {
        List<String> problems = new ArrayList<>(parent.checkProblems());
        List<Change> drift = List.of();
        if (problems.isEmpty() && migrate().hasModel()) {
            Migrate.ModelCheck model = migrate().checkModel();
            model.notUpToDate().ifPresent(problems::add);
            drift = model.diff().changes();
            drift.forEach(change -> problems.add(describe(change)));
        }
        if (problems.isEmpty()) {
            out().println("No problems detected.");
            return 0;
        }
        for (String problem : problems) {
            out().println("PROBLEM: " + problem);
        }
        if (!drift.isEmpty()) {
            out().println("Generate the revision that makes them match with 'migrate revision --autogenerate -m \"...\"'.");
        }
        out().println(problems.size() + (problems.size() == 1 ? " problem" : " problems") + " detected.");
        return 1;
    }

    /** A difference between model and database as {@code check} lists it: risk, what, and the notes indented. */
    private static String describe(Change change) {
        StringBuilder line = new StringBuilder("the JPA model and the database differ: ").append(change.describe());
        change.notes().forEach(note -> line.append(System.lineSeparator()).append("  ").append(note));
        return line.toString();
    }
}
