// invoice_repository.h: each order's invoice number (assigned once, kept across reprints) and the
// PDFs rendered for it. A rendition is keyed by order, invoice number, plugin and template version
// (a content hash of the template file), so a reprint or an upload finds the same bytes, and an
// edited template or another plugin makes a new rendition.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "domain/ids.h"
#include "domain/time.h"

namespace orderhub::store {

struct InvoiceNumber {
  domain::OrderId order_id{};
  std::string number{};  // "INV-12"
  domain::Date date{};   // the invoice date, fixed when the number is assigned

  friend bool operator==(const InvoiceNumber&, const InvoiceNumber&) = default;
};

// What identifies one rendition of an order's invoice.
struct RenditionKey {
  domain::OrderId order_id{};
  std::string invoice_number{};
  std::string plugin_id{};
  std::string template_version{};  // "" when the plugin's own default template was used

  friend bool operator==(const RenditionKey&, const RenditionKey&) = default;
};

struct Rendition {
  RenditionKey key{};
  std::string pdf{};  // the PDF bytes
  domain::Timestamp created_at{};
};

class InvoiceRepository {
 public:
  virtual ~InvoiceRepository() = default;

  virtual std::optional<InvoiceNumber> find_number(domain::OrderId order_id) = 0;
  // The order's number, assigning "INV-<order id>" dated on `today` when it has none yet.
  // StoreError not_found when the order does not exist.
  virtual InvoiceNumber assign_number(domain::OrderId order_id, domain::Date today) = 0;

  virtual std::optional<Rendition> find_rendition(const RenditionKey& key) = 0;
  // Stores the rendition unless one with the same key exists; returns the stored one (the earlier
  // one when there was one, so concurrent renders agree on the bytes).
  virtual Rendition store_rendition(const Rendition& rendition) = 0;

  // The rendition chosen for the channel upload of the order's invoice: pinned on the first
  // attempt so every retry sends the same bytes.
  virtual std::optional<RenditionKey> find_upload_rendition(domain::OrderId order_id) = 0;
  virtual void pin_upload_rendition(const RenditionKey& key) = 0;
};

}  // namespace orderhub::store
