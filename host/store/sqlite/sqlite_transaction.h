// sqlite_transaction.h: a Transaction on one borrowed SQLite connection. Write transactions start
// with BEGIN IMMEDIATE, taking the write lock at once (waiting up to the busy timeout) rather than
// at the first write, where a lock conflict could no longer be waited out.
#pragma once

#include <memory>

#include "store/sqlite/repositories.h"
#include "store/sqlite/sqlite_store.h"

namespace orderhub::store::sqlite {

class SqliteTransaction final : public Transaction {
 public:
  // Begins the transaction; throws StoreError busy when the write lock stays taken for longer
  // than the busy timeout.
  SqliteTransaction(SqliteStore& store, std::unique_ptr<Connection> connection, bool writable);
  ~SqliteTransaction() override;

  void commit() override;
  [[nodiscard]] bool is_writable() const override { return context_.writable(); }

  OrderRepository& orders() override { return orders_; }
  FulfilmentRepository& fulfilment() override { return fulfilment_; }
  HistoryRepository& history() override { return history_; }
  AccountRepository& accounts() override { return accounts_; }
  MappingRepository& mappings() override { return mappings_; }
  QuarantineRepository& quarantine() override { return quarantine_; }
  OutboxRepository& outbox() override { return outbox_; }
  CursorRepository& cursors() override { return cursors_; }
  InventoryRepository& inventory() override { return inventory_; }
  KeyValueRepository& key_values() override { return key_values_; }
  RuleRepository& rules() override { return rules_; }
  OrderOverrideRepository& order_overrides() override { return order_overrides_; }
  CostRepository& costs() override { return costs_; }
  InvoiceRepository& invoices() override { return invoices_; }
  HostSettingRepository& host_settings() override { return host_settings_; }

 private:
  SqliteStore& store_;
  std::unique_ptr<Connection> connection_;
  TransactionContext context_;
  SqliteOrders orders_{context_};
  SqliteFulfilment fulfilment_{context_};
  SqliteHistory history_{context_};
  SqliteAccounts accounts_{context_};
  SqliteMappings mappings_{context_};
  SqliteQuarantine quarantine_{context_};
  SqliteOutbox outbox_{context_};
  SqliteCursors cursors_{context_};
  SqliteInventory inventory_{context_};
  SqliteKeyValues key_values_{context_};
  SqliteRules rules_{context_};
  SqliteOrderOverrides order_overrides_{context_};
  SqliteCosts costs_{context_};
  SqliteInvoices invoices_{context_};
  SqliteHostSettings host_settings_{context_};
};

}  // namespace orderhub::store::sqlite
