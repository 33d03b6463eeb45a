package dev.migrate.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/** One in-process run of the command line: exit status, standard output and standard error. */
record CliRun(int status, String out, String err) {

    static CliRun of(List<String> common, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(common);
        all.addAll(List.of(args));
        int status = MigrateCommand.run(null, new PrintWriter(out), new PrintWriter(err), all.toArray(String[]::new));
        return new CliRun(status, out.toString(), err.toString());
    }

    List<String> lines() {
        return out.lines().toList();
    }

    @Override
    public String toString() {
        return "exit " + status + "\n--- out\n" + out + "--- err\n" + err;
    }
}
