// repositories.h: the SQLite implementations of the repository interfaces. Each one works on the
// connection of the transaction that owns it; its SQL lives in the .cpp of the same name.
#pragma once

#include "store/sqlite/transaction_context.h"
#include "store/transaction.h"

namespace orderhub::store::sqlite {

class SqliteOrders final : public OrderRepository {
 public:
  explicit SqliteOrders(TransactionContext& context) : context_(context) {}
  std::optional<domain::Order> find(domain::OrderId id) override;
  std::optional<domain::Order> find(const domain::AccountId& account,
                                    const domain::ChannelOrderId& channel_order_id) override;
  UpsertResult upsert_imported(const domain::Order& order) override;
  void update(const domain::Order& order) override;
  std::vector<domain::Order> list(const OrderFilter& filter) override;
  std::int64_t count(const OrderFilter& filter) override;

 private:
  TransactionContext& context_;
};

class SqliteFulfilment final : public FulfilmentRepository {
 public:
  explicit SqliteFulfilment(TransactionContext& context) : context_(context) {}
  std::int64_t add_shipment(const domain::Shipment& shipment) override;
  std::vector<domain::Shipment> list_shipments(domain::OrderId order_id) override;
  std::int64_t add_cancellation(const domain::Cancellation& cancellation) override;
  std::vector<domain::Cancellation> list_cancellations(domain::OrderId order_id) override;
  std::int64_t add_refund(const domain::Refund& refund) override;
  std::vector<domain::Refund> list_refunds(domain::OrderId order_id) override;
  std::int64_t add_rma(const domain::Rma& rma) override;
  std::optional<domain::Rma> find_rma(std::int64_t rma_id) override;
  void update_rma(const domain::Rma& rma) override;
  std::vector<domain::Rma> list_rmas(domain::OrderId order_id) override;

 private:
  TransactionContext& context_;
};

class SqliteHistory final : public HistoryRepository {
 public:
  explicit SqliteHistory(TransactionContext& context) : context_(context) {}
  std::int64_t append(const domain::HistoryEvent& event) override;
  std::vector<domain::HistoryEvent> list(domain::OrderId order_id) override;

 private:
  TransactionContext& context_;
};

class SqliteAccounts final : public AccountRepository {
 public:
  explicit SqliteAccounts(TransactionContext& context) : context_(context) {}
  void add(const domain::Account& account) override;
  std::optional<domain::Account> find(const domain::AccountId& id) override;
  std::vector<domain::Account> list() override;
  void replace_settings(const domain::AccountId& id,
                        const std::map<std::string, std::string>& settings) override;
  void replace_config(const domain::AccountId& id, std::string_view config_json) override;

 private:
  TransactionContext& context_;
};

class SqliteMappings final : public MappingRepository {
 public:
  explicit SqliteMappings(TransactionContext& context) : context_(context) {}
  void put(const domain::ShippingMapping& mapping) override;
  std::optional<domain::ShippingMapping> find(const domain::AccountId& account,
                                              std::string_view channel_method) override;
  std::vector<domain::ShippingMapping> list(const domain::AccountId& account) override;
  bool remove(const domain::AccountId& account, std::string_view channel_method) override;

 private:
  TransactionContext& context_;
};

class SqliteQuarantine final : public QuarantineRepository {
 public:
  explicit SqliteQuarantine(TransactionContext& context) : context_(context) {}
  std::int64_t add(const domain::QuarantinedOrder& order) override;
  std::vector<domain::QuarantinedOrder> list(
      const std::optional<domain::AccountId>& account) override;

 private:
  TransactionContext& context_;
};

class SqliteOutbox final : public OutboxRepository {
 public:
  explicit SqliteOutbox(TransactionContext& context) : context_(context) {}
  EnqueueResult enqueue(const domain::OutboxRequest& request) override;
  std::vector<domain::OutboxRow> claim(const domain::AccountId& account, domain::Timestamp now,
                                       std::chrono::seconds lease, int limit) override;
  bool mark_done(const domain::OutboxRow& claimed, std::string_view channel_reference,
                 domain::Timestamp now) override;
  bool schedule_retry(const domain::OutboxRow& claimed, domain::Timestamp next_attempt_at,
                      std::string_view error) override;
  bool mark_failed(const domain::OutboxRow& claimed, std::string_view error) override;
  bool resend(std::int64_t id, domain::Timestamp now) override;
  std::optional<domain::OutboxRow> find(std::int64_t id) override;
  std::optional<domain::OutboxRow> find_by_key(std::string_view idempotency_key) override;
  std::vector<domain::OutboxRow> list(const OutboxFilter& filter) override;
  std::optional<domain::Timestamp> next_due_at(const domain::AccountId& account) override;

 private:
  TransactionContext& context_;
};

class SqliteCursors final : public CursorRepository {
 public:
  explicit SqliteCursors(TransactionContext& context) : context_(context) {}
  std::optional<domain::DownloadCursor> find(const domain::AccountId& account) override;
  void save(const domain::DownloadCursor& cursor) override;

 private:
  TransactionContext& context_;
};

class SqliteInventory final : public InventoryRepository {
 public:
  explicit SqliteInventory(TransactionContext& context) : context_(context) {}
  std::optional<domain::InventoryItem> find(std::string_view sku) override;
  void put(const domain::InventoryItem& item) override;
  std::vector<domain::InventoryItem> list() override;
  std::int64_t adjust_on_hand(std::string_view sku, std::int64_t delta) override;

 private:
  TransactionContext& context_;
};

class SqliteKeyValues final : public KeyValueRepository {
 public:
  explicit SqliteKeyValues(TransactionContext& context) : context_(context) {}
  std::optional<std::string> get(const domain::AccountId& account, std::string_view key) override;
  void put(const domain::AccountId& account, std::string_view key, std::string_view value) override;
  void remove(const domain::AccountId& account, std::string_view key) override;

 private:
  TransactionContext& context_;
};

class SqliteRules final : public RuleRepository {
 public:
  explicit SqliteRules(TransactionContext& context) : context_(context) {}
  std::int64_t add(const domain::StoredRule& rule) override;
  void update(const domain::StoredRule& rule) override;
  std::optional<domain::StoredRule> find(std::int64_t id) override;
  std::vector<domain::StoredRule> list() override;
  bool remove(std::int64_t id) override;
  std::int64_t append_log(const domain::RuleLogEntry& entry) override;
  std::vector<domain::RuleLogEntry> list_log(const RuleLogFilter& filter) override;
  bool is_scheduled(domain::OrderId order_id, std::int64_t rule_id) override;
  void schedule(domain::OrderId order_id, std::int64_t rule_id, domain::Timestamp due_at) override;
  void mark_evaluated(domain::OrderId order_id, std::int64_t rule_id,
                      domain::Timestamp at) override;
  std::vector<PendingEvaluation> due(domain::Timestamp now) override;

 private:
  TransactionContext& context_;
};

class SqliteInvoices final : public InvoiceRepository {
 public:
  explicit SqliteInvoices(TransactionContext& context) : context_(context) {}
  std::optional<InvoiceNumber> find_number(domain::OrderId order_id) override;
  InvoiceNumber assign_number(domain::OrderId order_id, domain::Date today) override;
  std::optional<Rendition> find_rendition(const RenditionKey& key) override;
  Rendition store_rendition(const Rendition& rendition) override;
  std::optional<RenditionKey> find_upload_rendition(domain::OrderId order_id) override;
  void pin_upload_rendition(const RenditionKey& key) override;

 private:
  TransactionContext& context_;
};

class SqliteOrderOverrides final : public OrderOverrideRepository {
 public:
  explicit SqliteOrderOverrides(TransactionContext& context) : context_(context) {}
  domain::OrderOverrides find(domain::OrderId order_id) override;
  void put(const domain::OrderOverrides& overrides) override;

 private:
  TransactionContext& context_;
};

class SqliteCosts final : public CostRepository {
 public:
  explicit SqliteCosts(TransactionContext& context) : context_(context) {}
  std::int64_t add(const domain::OrderCost& cost) override;
  std::vector<domain::OrderCost> list(domain::OrderId order_id) override;
  bool remove(domain::OrderId order_id, std::int64_t cost_id) override;

 private:
  TransactionContext& context_;
};

class SqliteHostSettings final : public HostSettingRepository {
 public:
  explicit SqliteHostSettings(TransactionContext& context) : context_(context) {}
  std::optional<std::string> get(std::string_view key) override;
  std::map<std::string, std::string> list() override;
  void put(std::string_view key, std::string_view value) override;
  void remove(std::string_view key) override;

 private:
  TransactionContext& context_;
};

}  // namespace orderhub::store::sqlite
