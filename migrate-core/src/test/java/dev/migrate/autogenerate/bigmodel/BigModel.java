package dev.migrate.autogenerate.bigmodel;

import java.util.List;

/**
 * A test model of 34 entities that uses every mapping autogenerate must understand: relations of
 * every kind (with and without ON DELETE), element collections, embeddables under overrides, a
 * mapped superclass, the three inheritance strategies, both enum mappings, defaults, named unique
 * constraints, indexes and checks, LOBs, composite keys and identity, sequence and UUID ids.
 */
public final class BigModel {

    private BigModel() {
    }

    /** The managed classes, as an application would list them (entities, embeddables, the mapped superclass). */
    public static List<String> classNames() {
        return List.of(Audited.class, PostalAddress.class, Money.class, GeoPoint.class, LineItem.class,
                        StockLevelId.class,
                        Country.class, Region.class, City.class, Company.class, Department.class, Employee.class,
                        EmployeeProfile.class, EmployeeBadge.class, Project.class, Task.class, TaskComment.class,
                        Attachment.class, Customer.class, SalesOrder.class, Invoice.class, InvoiceLine.class,
                        Product.class, Category.class, Warehouse.class, StockLevel.class, PriceHistory.class,
                        Account.class, CheckingAccount.class, SavingsAccount.class,
                        Asset.class, Machine.class, Building.class,
                        Notification.class, EmailNotification.class, SmsNotification.class,
                        TypeSample.class, AuditEntry.class, Membership.class, Setting.class)
                .stream().map(Class::getName).toList();
    }

    /** The entity classes only. */
    public static List<Class<?>> entityClasses() {
        return classNames().stream().map(BigModel::load)
                .filter(c -> c.isAnnotationPresent(jakarta.persistence.Entity.class))
                .toList();
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
