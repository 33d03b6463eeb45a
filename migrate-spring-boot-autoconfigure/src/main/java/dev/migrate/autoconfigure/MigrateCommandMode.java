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
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The command mode: when an application's arguments start with {@code migrate}, as in
 * {@code java -jar app.jar migrate history} (Spring options such as {@code --spring.profiles.active=prod}
 * may come before {@code migrate}), the application starts without a web server and
 * without migrating, runs that command of the command line against its own {@link Migrate}
 * configuration, and exits with the command's status.
 *
 * <p>Beans are initialised lazily in this mode, so only what the command needs (the DataSource
 * and the {@code Migrate}) is created: an EntityManagerFactory validating a schema that the
 * command is about to create does not stop it. While the context refreshes this listener is also
 * registered as a bean, which keeps the {@link MigrateInitializer} away.
 */
class MigrateCommandMode implements SpringApplicationRunListener, Ordered {

    /** The first argument that selects the command mode. */
    static final String COMMAND = "migrate";

    /** How the JVM is ended; replaced by in-process tests. */
    static IntConsumer exit = System::exit;

    private final SpringApplication application;

    private final String[] commandArgs;

    MigrateCommandMode(SpringApplication application, String[] args) {
        this.application = application;
        this.commandArgs = commandArgs(args);
    }

    /**
     * The arguments after {@code migrate} when it is the first argument that is not a Spring
     * option ({@code --name=value}), else {@code null}. Spring options go before {@code migrate};
     * everything after it belongs to the command.
     */
    static String[] commandArgs(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                return COMMAND.equals(args[i]) ? Arrays.copyOfRange(args, i + 1, args.length) : null;
            }
        }
        return null;
    }

    /** Before Boot's event publishing listener, so logging is initialised with this mode's levels. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
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
                                "spring.main.banner-mode", "off", "spring.main.log-startup-info", "false",
                                "logging.level.root", "warn", "logging.level.dev.migrate", "info",
                                // the command may run before the schema exists: Hibernate must not
                                // validate (or create) it, whatever the application configures
                                "spring.jpa.hibernate.ddl-auto", "none")));
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
