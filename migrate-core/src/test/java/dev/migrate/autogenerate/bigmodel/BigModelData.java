package dev.migrate.autogenerate.bigmodel;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One populated object graph of the big model: at least one instance of every entity, relations
 * set on both sides, element collections non-empty. Times have millisecond precision, the finest
 * SQLite keeps through Hibernate.
 */
final class BigModelData {

    private BigModelData() {
    }

    /** The entities in an order in which each can be persisted on its own (what it references comes first). */
    static List<Object> graph() {
        List<Object> out = new ArrayList<>();
        Instant created = Instant.parse("2026-03-04T05:06:07.123Z");
        LocalDateTime updated = LocalDateTime.parse("2026-03-05T10:11:12.345");

        Country country = new Country();
        country.code = "NL";
        country.name = "Netherlands";
        country.population = 17_900_000L;
        out.add(country);

        Region region = new Region();
        region.name = "Utrecht";
        region.country = country;
        out.add(region);

        City city = new City();
        city.name = "Amersfoort";
        city.region = region;
        city.location = geo(52.15625, 5.375);
        city.population = 160_000;
        out.add(city);

        Company company = new Company();
        audit(company, created, updated);
        company.name = "Acme Holding";
        company.headquarters = address("Main Street 1", "Utrecht", "3511AB", "NL");
        company.billing = address("Billing Lane 9", "Amsterdam", "1011AA", "NL");
        company.status = WorkStatus.ACTIVE;
        company.foundedYear = 1921;
        out.add(company);

        Department department = new Department();
        audit(department, created, updated);
        department.name = "Research";
        department.company = company;
        department.costCenter = "CC-100";
        company.departments.add(department);
        out.add(department);

        Employee boss = employee("Ada", "Lovelace", "ada@example.com", department, null, created, updated);
        out.add(boss);
        Employee worker = employee("Alan", "Turing", "alan@example.com", department, boss, created, updated);
        out.add(worker);

        EmployeeProfile profile = new EmployeeProfile();
        profile.employee = worker;
        profile.biography = "Long biography ".repeat(400);
        profile.photo = bytes(64);
        profile.website = "https://example.com/alan";
        out.add(profile);

        EmployeeBadge badge = new EmployeeBadge();
        badge.employee = worker;
        badge.badgeCode = UUID.fromString("3f2a9c1b-7d4e-4a5b-9c6d-0e1f2a3b4c5d");
        badge.validUntil = LocalDate.of(2027, 12, 31);
        out.add(badge);

        Project project = new Project();
        project.name = "Enigma";
        project.company = company;
        project.startsOn = LocalDate.of(2026, 1, 15);
        project.members.add(boss);
        project.members.add(worker);
        project.labels.add("secret");
        project.labels.add("crypto");
        project.budget.put("hardware", 12_000);
        project.budget.put("travel", 3_500);
        out.add(project);

        Task task = new Task();
        audit(task, created, updated);
        task.title = "Build the bombe";
        task.project = project;
        task.assignee = worker;
        task.status = WorkStatus.ACTIVE;
        task.priority = Priority.CRITICAL;
        task.dueAt = LocalDateTime.parse("2026-06-30T17:00:00.250");
        task.blocked = Boolean.TRUE;
        task.estimateHours = 120;
        project.tasks.add(task);
        out.add(task);

        TaskComment comment = new TaskComment();
        comment.task = task;
        comment.author = boss;
        comment.body = "Looks promising. ".repeat(300);
        comment.postedAt = created.plusSeconds(3600);
        out.add(comment);

        Attachment attachment = new Attachment();
        attachment.fileName = "wiring.png";
        attachment.contentType = "image/png";
        attachment.content = bytes(3000);
        attachment.sizeBytes = 3000L;
        attachment.comment = comment;
        out.add(attachment);

        Customer customer = new Customer();
        audit(customer, created, updated);
        customer.email = "grace@example.com";
        customer.displayName = "Grace Hopper";
        customer.phones.add("+31 30 123 4567");
        customer.phones.add("+31 6 1234 5678");
        customer.address = address("Harbour 3", "Rotterdam", "3011AA", "NL");
        customer.status = WorkStatus.OPEN;
        out.add(customer);

        SalesOrder order = new SalesOrder();
        audit(order, created, updated);
        order.orderNumber = "SO-2026-0001";
        order.customer = customer;
        order.total = money("1234.50", "EUR");
        order.lines.add(lineItem("SKU-1", 2, "100.25"));
        order.lines.add(lineItem("SKU-2", 1, "1034.00"));
        order.lines.add(lineItem("SKU-1", 5, "0.00"));
        order.orderedOn = LocalDate.of(2026, 2, 28);
        out.add(order);

        InvoiceLine first = invoiceLine("Consulting", "1000.00", (short) 1);
        InvoiceLine second = invoiceLine("Travel", "234.50", (short) 3);
        out.add(first);
        out.add(second);
        Invoice invoice = new Invoice();
        invoice.number = "INV-0001";
        invoice.salesOrder = order;
        invoice.lines.add(first);
        invoice.lines.add(second);
        invoice.amountDue = money("1234.50", "EUR");
        invoice.dueOn = LocalDate.of(2026, 3, 31);
        out.add(invoice);

        Category root = new Category();
        root.name = "Tools";
        out.add(root);
        Category child = new Category();
        child.name = "Hammers";
        child.parent = root;
        root.children.add(child);
        out.add(child);

        Product product = new Product();
        product.sku = "HAM-001";
        product.name = "Claw hammer";
        product.price = new BigDecimal("19.99");
        product.stock = 42;
        product.categories.add(root);
        product.categories.add(child);
        out.add(product);

        Warehouse warehouse = new Warehouse();
        warehouse.code = "WH-AMF";
        warehouse.location = geo(52.1875, 5.3125);
        warehouse.address = address("Dock 7", "Amersfoort", "3800AA", "NL");
        warehouse.city = city;
        out.add(warehouse);

        StockLevel stock = new StockLevel();
        stock.warehouse = warehouse;
        stock.product = product;
        stock.quantity = 17;
        stock.countedAt = created.plusSeconds(60);
        out.add(stock);

        PriceHistory price = new PriceHistory();
        price.productId = 4242L;
        price.validFrom = LocalDate.of(2026, 1, 1);
        price.price = new BigDecimal("18.75");
        price.currency = "EUR";
        out.add(price);

        CheckingAccount checking = new CheckingAccount();
        checking.iban = "NL91ABNA0417164300";
        checking.balance = money("250.10", "EUR");
        checking.owner = customer;
        checking.overdraftLimit = new BigDecimal("500.00");
        checking.chequeBook = Boolean.FALSE;
        out.add(checking);
        SavingsAccount savings = new SavingsAccount();
        savings.iban = "NL20INGB0001234567";
        savings.balance = money("10000.00", "EUR");
        savings.owner = customer;
        savings.interestRate = 2.125;
        savings.lockedUntil = LocalDate.of(2030, 1, 1);
        out.add(savings);

        Asset asset = new Asset();
        assetFields(asset, "Company car", company);
        out.add(asset);
        Machine machine = new Machine();
        assetFields(machine, "Lathe", company);
        machine.serialNumber = "LT-0042";
        machine.powerKw = 15;
        machine.mobile = Boolean.FALSE;
        out.add(machine);
        Building building = new Building();
        assetFields(building, "Head office", company);
        building.floors = 7;
        building.address = address("Main Street 1", "Utrecht", "3511AB", "NL");
        out.add(building);

        EmailNotification email = new EmailNotification();
        notification(email, worker, created);
        email.subject = "Welcome";
        email.body = "Dear Alan, ".repeat(100);
        email.toAddress = "alan@example.com";
        out.add(email);
        SmsNotification sms = new SmsNotification();
        notification(sms, boss, created);
        sms.phoneNumber = "+31612345678";
        sms.text = "Meeting at 10";
        out.add(sms);

        TypeSample sample = new TypeSample();
        sample.bigValue = 9_007_199_254_740_993L;
        sample.intValue = -2_000_000_000;
        sample.shortValue = (short) -32_000;
        sample.primitiveLong = Long.MAX_VALUE;
        sample.primitiveInt = Integer.MIN_VALUE;
        sample.primitiveShort = Short.MAX_VALUE;
        sample.doubleValue = 3.141592653589793;
        sample.primitiveDouble = -0.5;
        sample.flag = Boolean.TRUE;
        sample.primitiveFlag = true;
        // 15 significant digits: SQLite stores a fractional NUMERIC as an 8-byte REAL
        sample.decimalValue = new BigDecimal("123456789.123456");
        sample.uuidValue = UUID.fromString("00112233-4455-6677-8899-aabbccddeeff");
        sample.instantValue = created;
        sample.dateValue = LocalDate.of(1999, 12, 31);
        sample.dateTimeValue = updated;
        sample.bytesValue = bytes(200);
        sample.clobValue = "Some text that is long enough to be a LOB. ".repeat(200);
        sample.longText = "x".repeat(1000);
        out.add(sample);

        AuditEntry entry = new AuditEntry();
        entry.occurredAt = created;
        entry.actor = boss;
        entry.entityName = "Task";
        entry.entityId = 77L;
        entry.newStatus = WorkStatus.DONE;
        out.add(entry);

        Membership membership = new Membership();
        membership.customer = customer;
        membership.company = company;
        membership.since = LocalDate.of(2020, 5, 5);
        out.add(membership);

        Setting setting = new Setting();
        setting.name = "feature.bigmodel";
        setting.content = "enabled";
        setting.secret = Boolean.FALSE;
        out.add(setting);
        return out;
    }

    private static void audit(Audited entity, Instant created, LocalDateTime updated) {
        entity.createdAt = created;
        entity.updatedAt = updated;
    }

    private static Employee employee(String first, String last, String email, Department department, Employee manager,
            Instant created, LocalDateTime updated) {
        Employee employee = new Employee();
        audit(employee, created, updated);
        employee.firstName = first;
        employee.lastName = last;
        employee.birthDate = LocalDate.of(1912, 6, 23);
        employee.email = email;
        employee.department = department;
        employee.manager = manager;
        employee.priority = Priority.HIGH;
        employee.salary = new BigDecimal("98765.43");
        employee.hiredOn = LocalDate.of(1939, 9, 4);
        employee.active = true;
        employee.remote = Boolean.FALSE;
        employee.grade = 7;
        employee.rating = 4.75;
        employee.vacationDays = 25;
        return employee;
    }

    private static PostalAddress address(String street, String city, String postCode, String country) {
        PostalAddress address = new PostalAddress();
        address.street = street;
        address.city = city;
        address.postCode = postCode;
        address.countryCode = country;
        return address;
    }

    private static Money money(String amount, String currency) {
        Money money = new Money();
        money.amount = new BigDecimal(amount);
        money.currency = currency;
        return money;
    }

    private static GeoPoint geo(double latitude, double longitude) {
        GeoPoint point = new GeoPoint();
        point.latitude = latitude;
        point.longitude = longitude;
        return point;
    }

    private static LineItem lineItem(String sku, int quantity, String unitPrice) {
        LineItem item = new LineItem();
        item.sku = sku;
        item.quantity = quantity;
        item.unitPrice = new BigDecimal(unitPrice);
        return item;
    }

    private static InvoiceLine invoiceLine(String description, String amount, short quantity) {
        InvoiceLine line = new InvoiceLine();
        line.description = description;
        line.amount = new BigDecimal(amount);
        line.quantity = quantity;
        return line;
    }

    private static void assetFields(Asset asset, String name, Company owner) {
        asset.name = name;
        asset.purchasePrice = new BigDecimal("45000.00");
        asset.acquiredOn = LocalDate.of(2024, 4, 1);
        asset.owner = owner;
    }

    private static void notification(Notification notification, Employee recipient, Instant created) {
        notification.sentAt = created.plusSeconds(5);
        notification.recipient = recipient;
        notification.priority = Priority.MEDIUM;
    }

    private static byte[] bytes(int length) {
        byte[] out = new byte[length];
        for (int i = 0; i < length; i++) {
            out[i] = (byte) (i * 31 + 7);
        }
        return out;
    }
}
