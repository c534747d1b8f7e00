// transaction.h: one database transaction and the repositories that work inside it.
//
// Everything read or written through a Transaction is one atomic, isolated unit: it becomes
// visible to others on commit(), and is rolled back when the Transaction is destroyed without
// commit() (including during stack unwinding). Read the state you are about to change inside the
// same write transaction: writers run one at a time, so what you read cannot change under you.
// A Transaction belongs to one thread at a time and must not outlive its Store.
#pragma once

#include "store/account_repository.h"
#include "store/cost_repository.h"
#include "store/cursor_repository.h"
#include "store/fulfilment_repository.h"
#include "store/history_repository.h"
#include "store/host_setting_repository.h"
#include "store/inventory_repository.h"
#include "store/invoice_repository.h"
#include "store/key_value_repository.h"
#include "store/mapping_repository.h"
#include "store/order_override_repository.h"
#include "store/order_repository.h"
#include "store/outbox_repository.h"
#include "store/quarantine_repository.h"
#include "store/rule_repository.h"

namespace orderhub::store {

class Transaction {
 public:
  virtual ~Transaction() = default;

  // Makes every change durable and visible. Afterwards the transaction cannot be used.
  virtual void commit() = 0;
  // False for a transaction from Store::begin_read(): any write through it throws StoreError
  // misuse.
  [[nodiscard]] virtual bool is_writable() const = 0;

  virtual OrderRepository& orders() = 0;
  virtual FulfilmentRepository& fulfilment() = 0;
  virtual HistoryRepository& history() = 0;
  virtual AccountRepository& accounts() = 0;
  virtual MappingRepository& mappings() = 0;
  virtual QuarantineRepository& quarantine() = 0;
  virtual OutboxRepository& outbox() = 0;
  virtual CursorRepository& cursors() = 0;
  virtual InventoryRepository& inventory() = 0;
  virtual KeyValueRepository& key_values() = 0;
  virtual RuleRepository& rules() = 0;
  virtual OrderOverrideRepository& order_overrides() = 0;
  virtual CostRepository& costs() = 0;
  virtual InvoiceRepository& invoices() = 0;
  virtual HostSettingRepository& host_settings() = 0;
};

}  // namespace orderhub::store
