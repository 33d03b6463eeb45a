package dev.migrate.autoconfigure;

import dev.migrate.Migrate;
import dev.migrate.cli.MigrateCommand;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.function.IntConsumer;
import org.springframework.boot.bootstrap.ConfigurableBootstrapContext;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringApplicationRunListener;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The command mode: when an application's arguments start with {@code migrate}, as in
 * {@code java -jar app.jar migrate history}, the application starts without a web server and
 * without migrating, runs that command of the command line against its own {@link Migrate}
 * configuration, and exits with the command's status.
 *
 * <p>Beans are initialised lazily in this mode, so only what the command needs (the DataSource
 * and the {@code Migrate}) is created: an EntityManagerFactory validating a schema that the
 * command is about to create does not stop it. While the context refreshes this listener is also
 * registered as a bean, which keeps the {@link MigrateInitializer} away.
 */
class MigrateCommandMode implements SpringApplicationRunListener {

    /** The first argument that selects the command mode. */
    static final String COMMAND = "migrate";

    /** How the JVM is ended; replaced by in-process tests. */
    static IntConsumer exit = System::exit;

    private final SpringApplication application;

    private final String[] commandArgs;

    MigrateCommandMode(SpringApplication application, String[] args) {
        this.application = application;
        this.commandArgs = (args.length > 0 && COMMAND.equals(args[0])) ? Arrays.copyOfRange(args, 1, args.length)
                : null;
    }

    private boolean active() {
        return this.commandArgs != null;
    }

    @Override
    public void starting(ConfigurableBootstrapContext bootstrapContext) {
        if (active()) {
            this.application.setWebApplicationType(WebApplicationType.NONE);
        }
    }

    @Override
    public void environmentPrepared(ConfigurableBootstrapContext bootstrapContext,
            ConfigurableEnvironment environment) {
        if (active()) {
            environment.getPropertySources()
                .addFirst(new MapPropertySource("migrateCommandMode",
                        Map.of("spring.main.web-application-type", "none", "spring.main.lazy-initialization", "true",
                                "spring.main.banner-mode", "off", "spring.main.log-startup-info", "false")));
        }
    }

    @Override
    public void contextPrepared(ConfigurableApplicationContext context) {
        if (active()) {
            context.getBeanFactory().registerSingleton("migrateCommandMode", this);
        }
    }

    @Override
    public void started(ConfigurableApplicationContext context, Duration timeTaken) {
        if (active()) {
            int status = run(context, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
            int exitCode = SpringApplication.exit(context, () -> status);
            exit.accept(exitCode);
        }
    }

    /** Runs the command against the context's {@link Migrate} and returns its exit status. */
    int run(ConfigurableApplicationContext context, PrintWriter out, PrintWriter err) {
        Migrate migrate = context.getBeanProvider(Migrate.class).getIfUnique();
        if (migrate == null) {
            err.println("FAILED: the application has no single Migrate bean to run 'migrate "
                    + String.join(" ", this.commandArgs) + "' against; is there a DataSource (or migrate.url), "
                    + "and is migrate.enabled true?");
            err.flush();
            return MigrateCommand.FAILED;
        }
        return MigrateCommand.run(migrate.configuration(), out, err, this.commandArgs);
    }

}
