package dev.migrate.cli;

import dev.migrate.Migrate;
import java.io.PrintWriter;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** What every subcommand shares: the configured facade and the output stream. */
abstract class Subcommand implements Callable<Integer> {

    @ParentCommand
    MigrateCommand parent;

    @Spec
    CommandSpec spec;

    private Migrate migrate;

    Migrate migrate() {
        if (migrate == null) {
            migrate = parent.migrate();
        }
        return migrate;
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    RevisionFormatter formatter(Set<String> current) {
        return new RevisionFormatter(migrate().graph(), current);
    }

    @Override
    public final Integer call() throws Exception {
        try {
            return execute();
        } finally {
            out().flush();
        }
    }

    abstract int execute() throws Exception;
}
