package dev.migrate.sample;

import org.springframework.data.jpa.repository.JpaRepository;

/** Spring Data repository of {@link PurchaseOrder}. */
interface PurchaseOrderRepository extends JpaRepository<PurchaseOrder, Integer> {
}
