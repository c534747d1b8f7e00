// The table of CS-Cart's default status letters.
#include "order_status.h"

#include <array>

namespace orderhub::cscart {
namespace {

struct StatusRow {
  OrderStatus status;
  std::string_view letter;
  std::string_view payment_status;
};

constexpr std::array<StatusRow, 9> status_table{{
    {OrderStatus::open, "O", "no_payment"},
    {OrderStatus::processed, "P", "charged"},
    {OrderStatus::complete, "C", "charged"},
    {OrderStatus::failed, "F", "payment_error"},
    {OrderStatus::declined, "D", "payment_error"},
    {OrderStatus::backordered, "B", "charged"},
    {OrderStatus::cancelled, "I", "no_payment"},
    {OrderStatus::awaiting_call, "Y", "no_payment"},
    {OrderStatus::incomplete, "N", "no_payment"},
}};

const StatusRow& row_of(OrderStatus status) {
  for (const StatusRow& row : status_table) {
    if (row.status == status) {
      return row;
    }
  }
  return status_table.front();  // unreachable: every enumerator has a row
}

}  // namespace

std::optional<OrderStatus> order_status_from_letter(std::string_view letter) {
  for (const StatusRow& row : status_table) {
    if (row.letter == letter) {
      return row.status;
    }
  }
  return std::nullopt;
}

std::string_view letter_of(OrderStatus status) {
  return row_of(status).letter;
}

std::string_view payment_status_of(OrderStatus status) {
  return row_of(status).payment_status;
}

}  // namespace orderhub::cscart
