package dev.migrate.sample;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The shop's REST API: customers, products, orders. */
@RestController
class ShopController {

    private final CustomerRepository customers;
    private final ProductRepository products;
    private final PurchaseOrderRepository orders;

    ShopController(CustomerRepository customers, ProductRepository products,
            PurchaseOrderRepository orders) {
        this.customers = customers;
        this.products = products;
        this.orders = orders;
    }

    @GetMapping("/customers")
    List<Customer> customers() {
        return customers.findAll();
    }

    @PostMapping("/customers")
    @ResponseStatus(HttpStatus.CREATED)
    Customer addCustomer(@RequestBody NewCustomer request) {
        return customers.save(new Customer(request.name(), request.email()));
    }

    @GetMapping("/products")
    List<Product> products() {
        return products.findAll();
    }

    @GetMapping("/orders")
    List<PurchaseOrder> orders() {
        return orders.findAll();
    }

    @PostMapping("/orders")
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    PurchaseOrder order(@RequestBody NewOrder request) {
        Customer customer = customers.findById(request.customerId())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no customer " + request.customerId()));
        Product product = products.findById(request.productId())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no product " + request.productId()));
        return orders.save(new PurchaseOrder(customer, product, request.quantity()));
    }

    record NewCustomer(String name, String email) {
    }

    record NewOrder(int customerId, int productId, int quantity) {
    }
}
