package dev.migrate.autogenerate.hibernate.model;

import java.util.List;

/** The classes of the test model, as an application would list its managed types. */
public final class TestModel {

    private TestModel() {
    }

    public static List<String> classNames() {
        return List.of(Address.class, Customer.class, Tag.class, PurchaseOrder.class,
                        Payment.class, CardPayment.class, BankPayment.class,
                        Vehicle.class, Car.class, Truck.class,
                        Document.class, Invoice.class, Receipt.class)
                .stream().map(Class::getName).toList();
    }
}
