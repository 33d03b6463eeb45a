/**
 * Spring Boot auto-configuration of migrate: the {@code Migrate} bean, migrations at startup
 * and the command mode ({@code java -jar app.jar migrate <command>}).
 */
package dev.migrate.autoconfigure;
